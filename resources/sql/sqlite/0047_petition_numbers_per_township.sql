-- zz:rebuild-table (Database::migrate runs this file with foreign keys off and checks them before commit)
-- Ledger numbers per township (issue 11): a petition's number (信访编号) is unique within its township, no
-- longer across the database, so two townships on one county server may both keep "2024-001" from their
-- old ledgers (migration 0040 kept them unique per township in petition_kept_numbers already). The
-- counter's own numbers carry the township's code and stay unique anyway. SQLite cannot drop a column's
-- UNIQUE constraint, so the table is rebuilt as https://sqlite.org/lang_altertable.html describes
-- (new table, copy, drop, rename; indexes and triggers again); the PostgreSQL file of the same number drops
-- the constraint. petitions_number serves the lookup of a number within the account's scope.
CREATE TABLE petitions_rebuilt (
    id                 INTEGER PRIMARY KEY,
    petition_no        TEXT NOT NULL,
    township_id        INTEGER NOT NULL REFERENCES org_units(id),
    year               INTEGER NOT NULL,
    seq                INTEGER NOT NULL,
    org_unit_id        INTEGER NOT NULL REFERENCES org_units(id),
    org_path           TEXT NOT NULL,
    place_address      TEXT NOT NULL DEFAULT '' CHECK (length(place_address) <= 200),
    channel            TEXT NOT NULL,
    petition_type      TEXT NOT NULL,
    visit_form         TEXT NOT NULL DEFAULT 'individual' CHECK (visit_form IN ('individual', 'group')),
    head_count         INTEGER NOT NULL DEFAULT 1 CHECK (head_count BETWEEN 1 AND 100000),
    request            TEXT NOT NULL CHECK (length(request) <= 2000),
    facts              TEXT NOT NULL DEFAULT '' CHECK (length(facts) <= 10000),
    flags              TEXT NOT NULL DEFAULT '',
    reporter_protected INTEGER NOT NULL DEFAULT 0,
    receiving_officer  TEXT NOT NULL DEFAULT '' CHECK (length(receiving_officer) <= 50),
    received_by        INTEGER REFERENCES users(id),
    interview_record   TEXT NOT NULL DEFAULT '' CHECK (length(interview_record) <= 10000),
    status             TEXT NOT NULL,
    repeat_kind        TEXT NOT NULL DEFAULT 'first' CHECK (repeat_kind IN ('first', 'repeat')),
    predecessor_id     INTEGER REFERENCES petitions(id),
    chain_first_id     INTEGER REFERENCES petitions(id),
    case_id            INTEGER REFERENCES cases(id),
    department_id      INTEGER REFERENCES departments(id),
    handler_user_id    INTEGER REFERENCES users(id),
    decision           TEXT,
    decision_basis     TEXT NOT NULL DEFAULT '' CHECK (length(decision_basis) <= 2000),
    rule_set           TEXT NOT NULL,
    rule_version       TEXT NOT NULL,
    next_due_date      TEXT,
    next_clock_kind    TEXT,
    received_at        INTEGER NOT NULL,
    closed_at          INTEGER,
    created_by         INTEGER REFERENCES users(id),
    updated_at         INTEGER NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1,
    idempotency_key    TEXT UNIQUE,
    UNIQUE (township_id, year, seq),
    UNIQUE (township_id, petition_no)
);
INSERT INTO petitions_rebuilt (id, petition_no, township_id, year, seq, org_unit_id, org_path, place_address,
                               channel, petition_type, visit_form, head_count, request, facts, flags,
                               reporter_protected, receiving_officer, received_by, interview_record, status,
                               repeat_kind, predecessor_id, chain_first_id, case_id, department_id,
                               handler_user_id, decision, decision_basis, rule_set, rule_version, next_due_date,
                               next_clock_kind, received_at, closed_at, created_by, updated_at, version,
                               idempotency_key)
    SELECT id, petition_no, township_id, year, seq, org_unit_id, org_path, place_address, channel, petition_type,
           visit_form, head_count, request, facts, flags, reporter_protected, receiving_officer, received_by,
           interview_record, status, repeat_kind, predecessor_id, chain_first_id, case_id, department_id,
           handler_user_id, decision, decision_basis, rule_set, rule_version, next_due_date, next_clock_kind,
           received_at, closed_at, created_by, updated_at, version, idempotency_key
    FROM petitions;
DROP TABLE petitions;
ALTER TABLE petitions_rebuilt RENAME TO petitions;

CREATE INDEX petitions_number ON petitions(petition_no);
CREATE INDEX petitions_received ON petitions(received_at, id);
CREATE INDEX petitions_org_path ON petitions(org_path, received_at, id);
CREATE INDEX petitions_status ON petitions(status, received_at, id);
CREATE INDEX petitions_next_due ON petitions(next_due_date, id) WHERE next_due_date IS NOT NULL;
CREATE INDEX petitions_predecessor ON petitions(predecessor_id) WHERE predecessor_id IS NOT NULL;
CREATE INDEX petitions_chain ON petitions(chain_first_id) WHERE chain_first_id IS NOT NULL;
CREATE INDEX petitions_case ON petitions(case_id) WHERE case_id IS NOT NULL;
CREATE INDEX petitions_township_received ON petitions(township_id, received_at, id);
CREATE TRIGGER petitions_count_insert AFTER INSERT ON petitions BEGIN
    INSERT OR IGNORE INTO petition_status_counts (township_id, status, n) VALUES (NEW.township_id, NEW.status, 0);
    UPDATE petition_status_counts SET n = n + 1 WHERE township_id = NEW.township_id AND status = NEW.status;
END;
CREATE TRIGGER petitions_count_update_old AFTER UPDATE OF status, township_id ON petitions BEGIN
    UPDATE petition_status_counts SET n = n - 1 WHERE township_id = OLD.township_id AND status = OLD.status;
END;
CREATE TRIGGER petitions_count_update_new AFTER UPDATE OF status, township_id ON petitions BEGIN
    INSERT OR IGNORE INTO petition_status_counts (township_id, status, n) VALUES (NEW.township_id, NEW.status, 0);
    UPDATE petition_status_counts SET n = n + 1 WHERE township_id = NEW.township_id AND status = NEW.status;
END;
CREATE TRIGGER petitions_count_delete AFTER DELETE ON petitions BEGIN
    UPDATE petition_status_counts SET n = n - 1 WHERE township_id = OLD.township_id AND status = OLD.status;
END;
CREATE INDEX petitions_township_next_due ON petitions(township_id, next_due_date, id) WHERE next_due_date IS NOT NULL;
CREATE INDEX petitions_closed ON petitions(closed_at, id) WHERE closed_at IS NOT NULL;
CREATE TRIGGER petitions_due_count_insert AFTER INSERT ON petitions WHEN NEW.next_due_date IS NOT NULL BEGIN
    INSERT OR IGNORE INTO petition_due_counts (township_id, due_date, n) VALUES (NEW.township_id, NEW.next_due_date, 0);
    UPDATE petition_due_counts SET n = n + 1 WHERE township_id = NEW.township_id AND due_date = NEW.next_due_date;
END;
CREATE TRIGGER petitions_due_count_update_old AFTER UPDATE OF next_due_date, township_id ON petitions
WHEN OLD.next_due_date IS NOT NULL BEGIN
    UPDATE petition_due_counts SET n = n - 1 WHERE township_id = OLD.township_id AND due_date = OLD.next_due_date;
END;
CREATE TRIGGER petitions_due_count_update_new AFTER UPDATE OF next_due_date, township_id ON petitions
WHEN NEW.next_due_date IS NOT NULL BEGIN
    INSERT OR IGNORE INTO petition_due_counts (township_id, due_date, n) VALUES (NEW.township_id, NEW.next_due_date, 0);
    UPDATE petition_due_counts SET n = n + 1 WHERE township_id = NEW.township_id AND due_date = NEW.next_due_date;
END;
CREATE TRIGGER petitions_due_count_delete AFTER DELETE ON petitions WHEN OLD.next_due_date IS NOT NULL BEGIN
    UPDATE petition_due_counts SET n = n - 1 WHERE township_id = OLD.township_id AND due_date = OLD.next_due_date;
END;
ANALYZE petitions;
