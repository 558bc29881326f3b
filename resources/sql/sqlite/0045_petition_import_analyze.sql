-- ANALYZE after a petition ledger import (issue 11): on PostgreSQL zz_import_analyze() now also lets an
-- account have the petitions' flow, clocks, documents and kept numbers analysed. SQLite needs nothing:
-- every connection may run ANALYZE, and the importer does after a bulk import.
SELECT 1;
