-- The step dates a historical ledger gives (issue 11: the case ledger round trip). An imported case gets a
-- flow row for the step it stands at only; the ledger's other dates (立案, 派遣, 反馈) were kept in that
-- row's note as days. They are now kept as given, beside the row's fingerprint, and the case ledger export
-- reads them where the flow log has no row of that step. The program writes them (CaseImportService);
-- on PostgreSQL zz_case_import() does (the file of the same number).
ALTER TABLE case_imports ADD COLUMN registered_at INTEGER;
ALTER TABLE case_imports ADD COLUMN dispatched_at INTEGER;
ALTER TABLE case_imports ADD COLUMN feedback_at INTEGER;
