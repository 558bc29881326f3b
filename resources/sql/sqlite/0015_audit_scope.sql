-- Zongzhi Workbench schema, version 15 (SQLite): an index for the audit-log viewer's filter by person.
-- The scope rule the PostgreSQL file of the same number puts in the server is the program's here
-- (AuditLogReader).

CREATE INDEX audit_log_actor ON audit_log(actor_user_id, id);
