-- Zongzhi Workbench schema, version 2 (SQLite): the tamper-evident audit log.
-- Each row carries the SHA-256 of its own fields chained to the previous row's hash; the canonical
-- form is defined once in src/storage/AuditLog.cpp (AuditLog::hashOf), mirrored by the PostgreSQL
-- function zz_audit_hash(). Rows are written by zz::AuditLog::record() inside the caller's
-- transaction (BEGIN IMMEDIATE serialises writers, so ids stay gap-free). The triggers below stop
-- changes through SQL; editing the file by other means is what `zongzhi-cli audit verify` catches.

CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY,
    at            INTEGER NOT NULL,
    actor_user_id INTEGER,
    actor_login   TEXT NOT NULL DEFAULT '',
    action        TEXT NOT NULL,
    object_type   TEXT NOT NULL DEFAULT '',
    object_id     INTEGER,
    detail        TEXT NOT NULL DEFAULT '',
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX audit_log_object ON audit_log(object_type, object_id, id);
CREATE INDEX audit_log_action ON audit_log(action, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
