-- SQLite: nothing to do. On PostgreSQL this migration lets the account that registered a person see
-- him (a protected 检举控告 reporter included); on SQLite PersonDirectory's visibility clause says the same.
SELECT 1;
