-- SQLite only (the FTS5 search index's merge setting); nothing to do on PostgreSQL.
SELECT 1;
