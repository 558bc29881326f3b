-- Who may import cases (issue 11): on PostgreSQL zz_case_import() now checks the kind of rows against the
-- account's roles (a historical ledger: admins and leaders; 12345 work orders: reception, duty officers and
-- leaders). SQLite needs no schema change: the program checks the same in CaseImportService::store.
SELECT 1;
