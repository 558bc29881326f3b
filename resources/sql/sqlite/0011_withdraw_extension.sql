-- Zongzhi Workbench schema, version 11 (SQLite): nothing to change. The PostgreSQL file of the same
-- number adds 撤回延期申请 to the server's copy of the workflow; on SQLite the program's own
-- CaseWorkflow is the rule.
SELECT 1;
