-- SQLite: nothing to do. On PostgreSQL the persons read policy lets the account that registered a
-- person see him; on SQLite PersonDirectory's visibility clause says the same.
SELECT 1;
