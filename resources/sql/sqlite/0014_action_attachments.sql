-- Zongzhi Workbench schema, version 14 (SQLite): files on any action. An attachment names the flow row
-- it came with (NULL: handed in with the report); CaseService writes both in one transaction.

ALTER TABLE attachments ADD COLUMN flow_id INTEGER REFERENCES case_flow(id) ON DELETE CASCADE;
CREATE INDEX attachments_flow ON attachments(flow_id) WHERE flow_id IS NOT NULL;
