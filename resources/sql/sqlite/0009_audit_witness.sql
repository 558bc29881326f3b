-- Zongzhi Workbench schema, version 9 (SQLite): witnesses for the audit log.
-- Whoever holds the database file can rewrite audit_log and recompute its hash chain. The witness
-- is a checkpoint signed with an Ed25519 key kept off this machine (zongzhi-cli audit keygen /
-- checkpoint, src/storage/AuditWitness.cpp); `audit verify --checkpoint FILE` compares the log
-- with it. Only public keys live here; a checkpoint signed by a key not listed in audit_keys is
-- refused. audit_checkpoints records that a checkpoint was taken (the file is the witness; this
-- table drives the reminder to take one, and verify's note when a file is not recorded here).

CREATE TABLE audit_keys (
    id         INTEGER PRIMARY KEY,
    public_key TEXT NOT NULL UNIQUE, -- Ed25519, 64 lowercase hex digits
    label      TEXT NOT NULL DEFAULT '',
    added_at   INTEGER NOT NULL,
    added_by   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE audit_checkpoints (
    id         INTEGER PRIMARY KEY,
    head_id    INTEGER NOT NULL,
    head_hash  TEXT NOT NULL,
    row_count  INTEGER NOT NULL,
    at         INTEGER NOT NULL,
    public_key TEXT NOT NULL REFERENCES audit_keys(public_key),
    signature  TEXT NOT NULL UNIQUE -- Ed25519, 128 lowercase hex digits
);
CREATE INDEX audit_checkpoints_at ON audit_checkpoints(at);
