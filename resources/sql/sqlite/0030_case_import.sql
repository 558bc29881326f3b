-- Zongzhi Workbench schema (SQLite): historical cases (台账) and 12345 work orders come in by import
-- (issue 11). case_imports: the cases an import made, with the fingerprint of their row (a re-import of
-- the same row changes nothing, a changed row updates its case). hotline_orders: a 12345 work order,
-- unique by number within the county, with its case, the hotline's raw words, its due time and the
-- open case of the same caller the cross-check found. The program writes both (CaseImportService),
-- with the rules the PostgreSQL file of the same number holds in zz_case_import().

CREATE TABLE case_imports (
    case_id     INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('ledger', 'hotline')),
    row_hash    TEXT NOT NULL,
    imported_at INTEGER NOT NULL,
    imported_by INTEGER REFERENCES users(id)
);

CREATE TABLE hotline_orders (
    id               INTEGER PRIMARY KEY,
    county_id        INTEGER NOT NULL REFERENCES org_units(id),
    order_no         TEXT NOT NULL CHECK (length(order_no) BETWEEN 1 AND 64),
    township_id      INTEGER NOT NULL REFERENCES org_units(id),
    case_id          INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    status_raw       TEXT NOT NULL DEFAULT '',
    result_raw       TEXT NOT NULL DEFAULT '',
    satisfaction_raw TEXT NOT NULL DEFAULT '',
    unit_raw         TEXT NOT NULL DEFAULT '',
    called_at        INTEGER NOT NULL,
    due_at           INTEGER,
    flag_case_id     INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    flag_reason      TEXT NOT NULL DEFAULT '',
    updated_at       INTEGER NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    UNIQUE (county_id, order_no)
);
CREATE INDEX hotline_orders_case ON hotline_orders(case_id);
CREATE INDEX hotline_orders_township ON hotline_orders(township_id, called_at);
