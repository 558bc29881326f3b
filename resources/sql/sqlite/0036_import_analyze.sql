-- ANALYZE after a bulk import (issue 11): on PostgreSQL the function zz_import_analyze() lets accounts,
-- who own no table, have the imported tables analysed. SQLite needs nothing: every connection may run
-- ANALYZE, and the importer does after a bulk import.
SELECT 1;
