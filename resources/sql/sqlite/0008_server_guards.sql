-- SQLite: nothing to do (the program is the last line on a single machine; see PostgreSQL 0008).
SELECT 1;
