-- Zongzhi Workbench schema, version 21 (SQLite): the grid-worker monthly assessment (网格员积分考评,
-- issue 13). Worker activities (走访, patrols, base-data records, meetings), rule schemes per month, the
-- monthly runs with their results, items and point rows (each row names its source: a case, an
-- activity or an adjustment), manual adjustments with an approver other than their author, appeals.
-- A locked month is immutable: triggers refuse any change to its rows (here and on PostgreSQL), and a
-- locked run only goes back to draft with a reason (the program lets only a leader do it).
-- The PostgreSQL file of the same number must stay equivalent.

-- The card a 督办 flow row raised (yellow or red): the assessment deducts per card in the month. Set
-- from the case's level, which the same transaction has just written before its flow row.
ALTER TABLE case_flow ADD COLUMN supervise_level TEXT;
UPDATE case_flow SET supervise_level = CASE
        WHEN note LIKE '红牌督办%' THEN 'red'
        WHEN note LIKE '黄牌督办%' THEN 'yellow'
        WHEN id = (SELECT MAX(f.id) FROM case_flow f WHERE f.case_id = case_flow.case_id AND f.action = 'supervise')
            THEN (SELECT c.supervise_level FROM cases c WHERE c.id = case_flow.case_id)
    END
WHERE action = 'supervise';
CREATE TRIGGER case_flow_card AFTER INSERT ON case_flow WHEN NEW.action = 'supervise' BEGIN
    UPDATE case_flow SET supervise_level = (SELECT c.supervise_level FROM cases c WHERE c.id = NEW.case_id)
    WHERE id = NEW.id;
END;
CREATE INDEX case_flow_cards ON case_flow(at) WHERE action = 'supervise';
CREATE INDEX case_flow_settled ON case_flow(at) WHERE action = 'settle_on_spot';
CREATE INDEX callbacks_unsatisfied ON callbacks(called_at) WHERE result = 'unsatisfied';

-- What a worker did besides cases. day is ISO 'YYYY-MM-DD'. quantity: households for a counted visit
-- (household = ''), 1 for a visit to a named household, hours for a patrol, records for base data,
-- 1 for a meeting.
CREATE TABLE worker_activities (
    id          INTEGER PRIMARY KEY,
    township_id INTEGER NOT NULL REFERENCES org_units(id),
    worker_id   INTEGER NOT NULL REFERENCES workers(id),
    grid_id     INTEGER REFERENCES org_units(id),
    kind        TEXT NOT NULL CHECK (kind IN ('visit', 'patrol', 'base_record', 'meeting')),
    day         TEXT NOT NULL CHECK (length(day) = 10),
    household   TEXT NOT NULL DEFAULT '' CHECK (length(household) <= 100),
    quantity    REAL NOT NULL DEFAULT 1 CHECK (quantity >= 0 AND quantity <= 10000),
    key_persons INTEGER NOT NULL DEFAULT 0 CHECK (key_persons >= 0),
    night       INTEGER NOT NULL DEFAULT 0,
    attended    INTEGER NOT NULL DEFAULT 1,
    note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    origin      TEXT NOT NULL DEFAULT 'entry' CHECK (origin IN ('entry', 'import')),
    created_by  INTEGER REFERENCES users(id),
    created_at  INTEGER NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX worker_activities_township ON worker_activities(township_id, day);
CREATE INDEX worker_activities_worker ON worker_activities(worker_id, day);

-- A township's scheme from a month on (until a later row), as JSON (src/core/AssessmentScheme.cpp).
CREATE TABLE score_schemes (
    id          INTEGER PRIMARY KEY,
    township_id INTEGER NOT NULL REFERENCES org_units(id),
    from_period TEXT NOT NULL CHECK (length(from_period) = 7),
    body        TEXT NOT NULL,
    created_by  INTEGER REFERENCES users(id),
    created_at  INTEGER NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (township_id, from_period)
);

-- A township's month: draft → approved → locked; unlocked (back to draft) only with a reason.
CREATE TABLE score_runs (
    id            INTEGER PRIMARY KEY,
    township_id   INTEGER NOT NULL REFERENCES org_units(id),
    period        TEXT NOT NULL CHECK (length(period) = 7),
    status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'locked')),
    scheme_body   TEXT NOT NULL,
    computed_at   INTEGER NOT NULL,
    computed_by   INTEGER REFERENCES users(id),
    approved_at   INTEGER,
    approved_by   INTEGER REFERENCES users(id),
    locked_at     INTEGER,
    locked_by     INTEGER REFERENCES users(id),
    unlocks       INTEGER NOT NULL DEFAULT 0,
    unlock_reason TEXT NOT NULL DEFAULT '',
    unlocked_by   INTEGER REFERENCES users(id),
    unlocked_at   INTEGER,
    version       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (township_id, period)
);

-- One row per worker of a run: the table as printed.
CREATE TABLE score_results (
    run_id       INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,
    worker_id    INTEGER NOT NULL REFERENCES workers(id),
    code         TEXT NOT NULL DEFAULT '',
    name         TEXT NOT NULL,
    village      TEXT NOT NULL DEFAULT '',
    grids        TEXT NOT NULL DEFAULT '',
    days_in_post INTEGER NOT NULL,
    coverage     REAL,
    sections     TEXT NOT NULL,
    bonus        REAL NOT NULL,
    total        REAL NOT NULL,
    money        REAL NOT NULL DEFAULT 0,
    grade        TEXT NOT NULL,
    stipend      INTEGER,
    rank         INTEGER NOT NULL DEFAULT 0,
    village_rank INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, worker_id)
);

-- One row per worker and item: units, points after the cap, money.
CREATE TABLE score_lines (
    run_id    INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    seq       INTEGER NOT NULL,
    section   TEXT NOT NULL,
    item      TEXT NOT NULL,
    name      TEXT NOT NULL,
    units     REAL NOT NULL,
    points    REAL NOT NULL,
    money     REAL NOT NULL DEFAULT 0,
    capped    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, worker_id, item)
);

-- The point rows: each fact behind an item, with its source.
CREATE TABLE score_rows (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,
    worker_id   INTEGER NOT NULL REFERENCES workers(id),
    item        TEXT NOT NULL,
    source_kind TEXT NOT NULL CHECK (source_kind IN ('case', 'activity', 'adjustment')),
    source_id   INTEGER NOT NULL,
    label       TEXT NOT NULL DEFAULT '',
    day         TEXT,
    units       REAL NOT NULL DEFAULT 1
);
CREATE INDEX score_rows_item ON score_rows(run_id, worker_id, item);

-- Manual points (加分, corrections) and money deductions: counted once approved by someone else.
CREATE TABLE score_adjustments (
    id            INTEGER PRIMARY KEY,
    township_id   INTEGER NOT NULL REFERENCES org_units(id),
    period        TEXT NOT NULL CHECK (length(period) = 7),
    worker_id     INTEGER NOT NULL REFERENCES workers(id),
    section       TEXT NOT NULL,
    points        REAL NOT NULL CHECK (points BETWEEN -100 AND 100),
    money         REAL NOT NULL DEFAULT 0 CHECK (money >= 0 AND money <= 100000),
    reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0 AND length(reason) <= 500),
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
    author_id     INTEGER REFERENCES users(id),
    author_name   TEXT NOT NULL DEFAULT '',
    approver_id   INTEGER REFERENCES users(id),
    approver_name TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    decided_at    INTEGER,
    version       INTEGER NOT NULL DEFAULT 1,
    CHECK (approver_id IS NULL OR author_id IS NULL OR approver_id <> author_id)
);
CREATE INDEX score_adjustments_period ON score_adjustments(township_id, period);

-- A worker's appeal (申诉) against his month, answered before the month is locked.
CREATE TABLE score_appeals (
    id               INTEGER PRIMARY KEY,
    township_id      INTEGER NOT NULL REFERENCES org_units(id),
    period           TEXT NOT NULL CHECK (length(period) = 7),
    worker_id        INTEGER NOT NULL REFERENCES workers(id),
    reason           TEXT NOT NULL CHECK (length(trim(reason)) > 0 AND length(reason) <= 1000),
    answer           TEXT NOT NULL DEFAULT '' CHECK (length(answer) <= 1000),
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered')),
    filed_by         INTEGER REFERENCES users(id),
    filed_by_name    TEXT NOT NULL DEFAULT '',
    filed_at         INTEGER NOT NULL,
    answered_by      INTEGER REFERENCES users(id),
    answered_by_name TEXT NOT NULL DEFAULT '',
    answered_at      INTEGER,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX score_appeals_period ON score_appeals(township_id, period);

-- ---- A locked month is immutable.
CREATE TRIGGER score_runs_locked BEFORE UPDATE ON score_runs WHEN OLD.status = 'locked'
    AND NOT (NEW.status = 'draft' AND NEW.unlocks = OLD.unlocks + 1 AND length(trim(NEW.unlock_reason)) > 0
             AND NEW.township_id = OLD.township_id AND NEW.period = OLD.period
             AND NEW.scheme_body = OLD.scheme_body AND NEW.computed_at = OLD.computed_at)
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER score_runs_no_delete BEFORE DELETE ON score_runs WHEN OLD.status <> 'draft' BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER score_results_locked_insert BEFORE INSERT ON score_results
WHEN (SELECT r.status FROM score_runs r WHERE r.id = NEW.run_id) = 'locked'
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER score_results_locked_update BEFORE UPDATE ON score_results
WHEN (SELECT r.status FROM score_runs r WHERE r.id = OLD.run_id) = 'locked'
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER score_results_locked_delete BEFORE DELETE ON score_results
WHEN (SELECT r.status FROM score_runs r WHERE r.id = OLD.run_id) = 'locked'
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER score_lines_locked_insert BEFORE INSERT ON score_lines
WHEN (SELECT r.status FROM score_runs r WHERE r.id = NEW.run_id) = 'locked'
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER score_lines_locked_update BEFORE UPDATE ON score_lines
WHEN (SELECT r.status FROM score_runs r WHERE r.id = OLD.run_id) = 'locked'
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER score_lines_locked_delete BEFORE DELETE ON score_lines
WHEN (SELECT r.status FROM score_runs r WHERE r.id = OLD.run_id) = 'locked'
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER score_rows_locked_insert BEFORE INSERT ON score_rows
WHEN (SELECT r.status FROM score_runs r WHERE r.id = NEW.run_id) = 'locked'
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER score_rows_locked_update BEFORE UPDATE ON score_rows
WHEN (SELECT r.status FROM score_runs r WHERE r.id = OLD.run_id) = 'locked'
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER score_rows_locked_delete BEFORE DELETE ON score_rows
WHEN (SELECT r.status FROM score_runs r WHERE r.id = OLD.run_id) = 'locked'
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER score_adjustments_locked_insert BEFORE INSERT ON score_adjustments
WHEN EXISTS (SELECT 1 FROM score_runs r WHERE r.township_id = NEW.township_id AND r.period = NEW.period AND r.status = 'locked')
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER score_adjustments_locked_update BEFORE UPDATE ON score_adjustments
WHEN EXISTS (SELECT 1 FROM score_runs r WHERE r.township_id = OLD.township_id AND r.period = OLD.period AND r.status = 'locked') OR EXISTS (SELECT 1 FROM score_runs r WHERE r.township_id = NEW.township_id AND r.period = NEW.period AND r.status = 'locked')
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER score_adjustments_locked_delete BEFORE DELETE ON score_adjustments
WHEN EXISTS (SELECT 1 FROM score_runs r WHERE r.township_id = OLD.township_id AND r.period = OLD.period AND r.status = 'locked')
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER score_appeals_locked_insert BEFORE INSERT ON score_appeals
WHEN EXISTS (SELECT 1 FROM score_runs r WHERE r.township_id = NEW.township_id AND r.period = NEW.period AND r.status = 'locked')
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER score_appeals_locked_update BEFORE UPDATE ON score_appeals
WHEN EXISTS (SELECT 1 FROM score_runs r WHERE r.township_id = OLD.township_id AND r.period = OLD.period AND r.status = 'locked') OR EXISTS (SELECT 1 FROM score_runs r WHERE r.township_id = NEW.township_id AND r.period = NEW.period AND r.status = 'locked')
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER score_appeals_locked_delete BEFORE DELETE ON score_appeals
WHEN EXISTS (SELECT 1 FROM score_runs r WHERE r.township_id = OLD.township_id AND r.period = OLD.period AND r.status = 'locked')
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER worker_activities_locked_insert BEFORE INSERT ON worker_activities
WHEN EXISTS (SELECT 1 FROM score_runs r WHERE r.township_id = NEW.township_id AND r.period = substr(NEW.day, 1, 7) AND r.status = 'locked')
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER worker_activities_locked_update BEFORE UPDATE ON worker_activities
WHEN EXISTS (SELECT 1 FROM score_runs r WHERE r.township_id = OLD.township_id AND r.period = substr(OLD.day, 1, 7) AND r.status = 'locked') OR EXISTS (SELECT 1 FROM score_runs r WHERE r.township_id = NEW.township_id AND r.period = substr(NEW.day, 1, 7) AND r.status = 'locked')
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
CREATE TRIGGER worker_activities_locked_delete BEFORE DELETE ON worker_activities
WHEN EXISTS (SELECT 1 FROM score_runs r WHERE r.township_id = OLD.township_id AND r.period = substr(OLD.day, 1, 7) AND r.status = 'locked')
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: score_month_locked');
END;
