-- Zongzhi Workbench schema, version 1 (SQLite).
-- Timestamps are Unix epoch seconds (UTC) in both dialects; enum columns hold the stable text codes
-- defined in src/core/Types.cpp. The PostgreSQL file of the same number must stay equivalent.

CREATE TABLE org_units (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES org_units(id),
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    township_id INTEGER REFERENCES org_units(id),
    path        TEXT NOT NULL
);
CREATE INDEX org_units_parent ON org_units(parent_id);
CREATE INDEX org_units_path ON org_units(path);

CREATE TABLE grids (
    org_unit_id      INTEGER PRIMARY KEY REFERENCES org_units(id) ON DELETE CASCADE,
    grid_type        TEXT NOT NULL,
    households       INTEGER NOT NULL DEFAULT 0,
    boundary_geojson TEXT
);

CREATE TABLE departments (
    id          INTEGER PRIMARY KEY,
    org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
    name        TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (org_unit_id, name)
);

CREATE TABLE categories (
    id                    INTEGER PRIMARY KEY,
    parent_id             INTEGER REFERENCES categories(id),
    code                  TEXT NOT NULL UNIQUE,
    name                  TEXT NOT NULL,
    time_limit_days       INTEGER NOT NULL DEFAULT 15 CHECK (time_limit_days > 0),
    working_days          INTEGER NOT NULL DEFAULT 1,
    default_department_id INTEGER REFERENCES departments(id),
    active                INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX categories_parent ON categories(parent_id);

CREATE TABLE workers (
    id           INTEGER PRIMARY KEY,
    org_unit_id  INTEGER NOT NULL REFERENCES org_units(id),
    name         TEXT NOT NULL,
    phone        TEXT NOT NULL DEFAULT '',
    is_grid_head INTEGER NOT NULL DEFAULT 0,
    active       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX workers_org_unit ON workers(org_unit_id);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    roles         TEXT NOT NULL DEFAULT '',
    org_unit_id   INTEGER NOT NULL REFERENCES org_units(id),
    department_id INTEGER REFERENCES departments(id),
    password_hash TEXT NOT NULL DEFAULT '',
    active        INTEGER NOT NULL DEFAULT 1,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  INTEGER,
    created_at    INTEGER NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE case_counters (
    township_id INTEGER NOT NULL REFERENCES org_units(id),
    year        INTEGER NOT NULL,
    last_seq    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (township_id, year)
);

CREATE TABLE cases (
    id                     INTEGER PRIMARY KEY,
    case_no                TEXT NOT NULL UNIQUE,
    township_id            INTEGER NOT NULL REFERENCES org_units(id),
    year                   INTEGER NOT NULL,
    seq                    INTEGER NOT NULL,
    lookup_code            TEXT NOT NULL,
    title                  TEXT NOT NULL,
    description            TEXT NOT NULL DEFAULT '',
    source                 TEXT NOT NULL,
    nature                 TEXT NOT NULL,
    category_id            INTEGER REFERENCES categories(id),
    org_unit_id            INTEGER NOT NULL REFERENCES org_units(id),
    org_path               TEXT NOT NULL,
    address                TEXT NOT NULL DEFAULT '',
    latitude               REAL,
    longitude              REAL,
    urgency                TEXT NOT NULL DEFAULT 'normal',
    risk                   TEXT NOT NULL DEFAULT 'green',
    status                 TEXT NOT NULL,
    level_org_unit_id      INTEGER NOT NULL REFERENCES org_units(id),
    department_id          INTEGER REFERENCES departments(id),
    worker_id              INTEGER REFERENCES workers(id),
    received_at            INTEGER NOT NULL,
    deadline_at            INTEGER,
    deadline_working       INTEGER NOT NULL DEFAULT 1,
    closed_at              INTEGER,
    supervise_level        TEXT NOT NULL DEFAULT 'none',
    extension_pending_days INTEGER NOT NULL DEFAULT 0,
    satisfaction           TEXT,
    dispute_settled        INTEGER,
    confidential           INTEGER NOT NULL DEFAULT 0,
    created_by             INTEGER REFERENCES users(id),
    updated_at             INTEGER NOT NULL,
    version                INTEGER NOT NULL DEFAULT 1,
    idempotency_key        TEXT UNIQUE,
    UNIQUE (township_id, year, seq)
);
CREATE INDEX cases_received ON cases(received_at, id);
CREATE INDEX cases_status_deadline ON cases(status, deadline_at, id);
CREATE INDEX cases_deadline ON cases(deadline_at, id);
CREATE INDEX cases_org_path ON cases(org_path, received_at);
CREATE INDEX cases_category ON cases(category_id, received_at);
CREATE INDEX cases_department ON cases(department_id, status);
CREATE INDEX cases_lookup ON cases(lookup_code);

CREATE TABLE case_parties (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    resident_id TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    anonymous   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_parties_case ON case_parties(case_id);
CREATE INDEX case_parties_resident_id ON case_parties(resident_id) WHERE resident_id <> '';
CREATE INDEX case_parties_phone ON case_parties(phone) WHERE phone <> '';

CREATE TABLE case_flow (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    action           TEXT NOT NULL,
    from_status      TEXT,
    to_status        TEXT NOT NULL,
    actor_user_id    INTEGER REFERENCES users(id),
    actor_name       TEXT NOT NULL DEFAULT '',
    from_org_unit_id INTEGER REFERENCES org_units(id),
    to_org_unit_id   INTEGER REFERENCES org_units(id),
    department_id    INTEGER REFERENCES departments(id),
    worker_id        INTEGER REFERENCES workers(id),
    days             INTEGER NOT NULL DEFAULT 0,
    note             TEXT NOT NULL DEFAULT '',
    at               INTEGER NOT NULL
);
CREATE INDEX case_flow_case ON case_flow(case_id, id);

CREATE TABLE holidays (
    day        TEXT PRIMARY KEY,
    is_workday INTEGER NOT NULL,
    name       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Substring search that works for Chinese: FTS5 with the trigram tokenizer, kept in step by triggers.
CREATE VIRTUAL TABLE cases_fts USING fts5(
    title, description, address,
    content='cases', content_rowid='id', tokenize='trigram'
);

CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
    INSERT INTO cases_fts(rowid, title, description, address)
    VALUES (new.id, new.title, new.description, new.address);
END;

CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, title, description, address)
    VALUES ('delete', old.id, old.title, old.description, old.address);
END;

CREATE TRIGGER cases_fts_update AFTER UPDATE OF title, description, address ON cases BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, title, description, address)
    VALUES ('delete', old.id, old.title, old.description, old.address);
    INSERT INTO cases_fts(rowid, title, description, address)
    VALUES (new.id, new.title, new.description, new.address);
END;
