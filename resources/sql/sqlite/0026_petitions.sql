-- Petitions (信访, issue 12): persons and their matching, petitions with their people, links, statutory
-- clocks, flow log and documents, editable document templates and the provinces' rule sets.
-- On SQLite the program keeps the rules the PostgreSQL file of the same number makes the server keep
-- (scope, numbering, flow row and audit row with every change, protected reporters); the triggers
-- below hold on both engines: at most five representatives (信访工作条例 2022, Art. 20), clocks that
-- keep the due date and rule they were given, documents that keep their number and text, links that
-- are only ever unlinked.

CREATE TABLE petition_counters (
    township_id INTEGER NOT NULL REFERENCES org_units(id),
    year        INTEGER NOT NULL,
    last_seq    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (township_id, year)
);

CREATE TABLE petition_document_counters (
    township_id INTEGER NOT NULL REFERENCES org_units(id),
    kind        TEXT NOT NULL,
    year        INTEGER NOT NULL,
    last_seq    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (township_id, kind, year)
);

CREATE TABLE persons (
    id          INTEGER PRIMARY KEY,
    township_id INTEGER NOT NULL REFERENCES org_units(id),
    org_path    TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 50),
    resident_id TEXT NOT NULL DEFAULT '' CHECK (length(resident_id) <= 18),
    phone       TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 20),
    address     TEXT NOT NULL DEFAULT '' CHECK (length(address) <= 200),
    protected   INTEGER NOT NULL DEFAULT 0,
    created_by  INTEGER REFERENCES users(id),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX persons_resident_id ON persons(resident_id, org_path) WHERE resident_id <> '';
CREATE INDEX persons_phone ON persons(phone, org_path) WHERE phone <> '';
CREATE INDEX persons_name ON persons(name, org_path);

CREATE TABLE petitions (
    id                 INTEGER PRIMARY KEY,
    petition_no        TEXT NOT NULL UNIQUE,
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
    UNIQUE (township_id, year, seq)
);
CREATE INDEX petitions_received ON petitions(received_at, id);
CREATE INDEX petitions_org_path ON petitions(org_path, received_at, id);
CREATE INDEX petitions_status ON petitions(status, received_at, id);
CREATE INDEX petitions_next_due ON petitions(next_due_date, id) WHERE next_due_date IS NOT NULL;
CREATE INDEX petitions_predecessor ON petitions(predecessor_id) WHERE predecessor_id IS NOT NULL;
CREATE INDEX petitions_chain ON petitions(chain_first_id) WHERE chain_first_id IS NOT NULL;
CREATE INDEX petitions_case ON petitions(case_id) WHERE case_id IS NOT NULL;

CREATE TABLE petition_persons (
    id          INTEGER PRIMARY KEY,
    petition_id INTEGER NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES persons(id),
    role        TEXT NOT NULL CHECK (role IN ('petitioner', 'representative', 'reporter')),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (petition_id, person_id, role)
);
CREATE INDEX petition_persons_person ON petition_persons(person_id, petition_id);

CREATE TABLE petition_links (
    id                INTEGER PRIMARY KEY,
    petition_id       INTEGER NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
    other_petition_id INTEGER NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN ('multi_send', 'joint', 'repeat', 'merge')),
    reason            TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
    created_by        INTEGER REFERENCES users(id),
    created_at        INTEGER NOT NULL,
    unlinked_by       INTEGER REFERENCES users(id),
    unlinked_at       INTEGER,
    unlink_reason     TEXT NOT NULL DEFAULT '' CHECK (length(unlink_reason) <= 500),
    version           INTEGER NOT NULL DEFAULT 1,
    CHECK (petition_id <> other_petition_id)
);
CREATE INDEX petition_links_petition ON petition_links(petition_id);
CREATE INDEX petition_links_other ON petition_links(other_petition_id);

CREATE TABLE petition_clocks (
    id             INTEGER PRIMARY KEY,
    petition_id    INTEGER NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    start_date     TEXT NOT NULL,
    base_due_date  TEXT NOT NULL,
    due_date       TEXT NOT NULL,
    days           INTEGER NOT NULL,
    working_days   INTEGER NOT NULL,
    rule_set       TEXT NOT NULL,
    rule_version   TEXT NOT NULL,
    article        TEXT NOT NULL DEFAULT '',
    extension_days INTEGER NOT NULL DEFAULT 0 CHECK (extension_days >= 0),
    pauses         TEXT NOT NULL DEFAULT '[]',
    state          TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'paused', 'met', 'stopped')),
    met_at         INTEGER,
    created_at     INTEGER NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX petition_clocks_petition ON petition_clocks(petition_id, id);

CREATE TABLE petition_flow (
    id            INTEGER PRIMARY KEY,
    petition_id   INTEGER NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
    action        TEXT NOT NULL,
    from_status   TEXT,
    to_status     TEXT NOT NULL,
    actor_user_id INTEGER REFERENCES users(id),
    actor_name    TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    at            INTEGER NOT NULL
);
CREATE INDEX petition_flow_petition ON petition_flow(petition_id, id);

CREATE TABLE document_templates (
    id          INTEGER PRIMARY KEY,
    org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
    kind        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    title       TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 100),
    body        TEXT NOT NULL CHECK (length(body) <= 50000),
    created_by  INTEGER REFERENCES users(id),
    created_at  INTEGER NOT NULL,
    UNIQUE (org_unit_id, kind, version)
);

CREATE TABLE petition_documents (
    id               INTEGER PRIMARY KEY,
    petition_id      INTEGER NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
    kind             TEXT NOT NULL,
    doc_no           TEXT NOT NULL,
    year             INTEGER NOT NULL,
    seq              INTEGER NOT NULL DEFAULT 0,
    template_id      INTEGER REFERENCES document_templates(id),
    body             TEXT NOT NULL,
    issued_by        INTEGER REFERENCES users(id),
    issued_at        INTEGER NOT NULL,
    delivered_on     TEXT,
    delivery_method  TEXT,
    delivered_by     INTEGER REFERENCES users(id),
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX petition_documents_petition ON petition_documents(petition_id, id);
CREATE UNIQUE INDEX petition_documents_no ON petition_documents(doc_no);

CREATE TABLE petition_rule_sets (
    id         INTEGER PRIMARY KEY,
    province   TEXT NOT NULL,
    version    TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    created_at INTEGER NOT NULL,
    UNIQUE (province, version)
);

CREATE TRIGGER petition_persons_representatives AFTER INSERT ON petition_persons
WHEN NEW.role = 'representative'
 AND (SELECT COUNT(*) FROM petition_persons pp WHERE pp.petition_id = NEW.petition_id
                                                AND pp.role = 'representative') > 5
BEGIN
    SELECT RAISE(ABORT, 'a group visit names at most 5 representatives (Art. 20)');
END;
CREATE TRIGGER petition_persons_representatives_update AFTER UPDATE ON petition_persons
WHEN NEW.role = 'representative'
 AND (SELECT COUNT(*) FROM petition_persons pp WHERE pp.petition_id = NEW.petition_id
                                                AND pp.role = 'representative') > 5
BEGIN
    SELECT RAISE(ABORT, 'a group visit names at most 5 representatives (Art. 20)');
END;

CREATE TRIGGER petition_clocks_keep BEFORE UPDATE ON petition_clocks
WHEN NEW.petition_id <> OLD.petition_id OR NEW.kind <> OLD.kind OR NEW.start_date <> OLD.start_date
  OR NEW.base_due_date <> OLD.base_due_date OR NEW.days <> OLD.days OR NEW.working_days <> OLD.working_days
  OR NEW.rule_set <> OLD.rule_set OR NEW.rule_version <> OLD.rule_version OR NEW.article <> OLD.article
  OR NEW.created_at <> OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'a clock keeps the due date and the rule it was given');
END;

CREATE TRIGGER petition_documents_keep BEFORE UPDATE ON petition_documents
WHEN NEW.petition_id <> OLD.petition_id OR NEW.kind <> OLD.kind OR NEW.doc_no <> OLD.doc_no
  OR NEW.year <> OLD.year OR NEW.seq <> OLD.seq OR NEW.body <> OLD.body
  OR NEW.template_id IS NOT OLD.template_id OR NEW.issued_by IS NOT OLD.issued_by OR NEW.issued_at <> OLD.issued_at
BEGIN
    SELECT RAISE(ABORT, 'a document keeps its number and its text as issued');
END;

CREATE TRIGGER petition_links_keep BEFORE UPDATE ON petition_links
WHEN NEW.petition_id <> OLD.petition_id OR NEW.other_petition_id <> OLD.other_petition_id OR NEW.kind <> OLD.kind
  OR NEW.reason <> OLD.reason OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at <> OLD.created_at
  OR OLD.unlinked_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a link is only ever unlinked, once');
END;
