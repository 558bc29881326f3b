-- Import mapping profiles (issue 11): how the columns of one source's spreadsheets (the county's base
-- data sheet, the grid platform's monthly export, a 12345 export) map onto an import kind's columns,
-- saved per unit under a name. A township reads its own and the county's profiles and writes its own;
-- on SQLite the program holds that rule (ImportProfileRepository) and writes the audit rows.
CREATE TABLE import_profiles (
    id          INTEGER PRIMARY KEY,
    org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
    kind        TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    mapping     TEXT NOT NULL,
    header_row  INTEGER NOT NULL DEFAULT 1 CHECK (header_row >= 1),
    header_rows INTEGER NOT NULL DEFAULT 1 CHECK (header_rows IN (1, 2)),
    created_by  INTEGER REFERENCES users(id),
    updated_at  INTEGER NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (org_unit_id, kind, name)
);
CREATE INDEX import_profiles_kind ON import_profiles(kind, org_unit_id);
