-- Zongzhi Workbench schema, version 17 (SQLite): 核查 and 结案 as one or two steps. The setting lives in
-- settings (workflow.check_steps, workflow.check_steps.<township id>), the status 'verified' (待结案) is a
-- new value of cases.status, and on SQLite the program's CaseWorkflow is the rule: nothing to change.
SELECT 1;
