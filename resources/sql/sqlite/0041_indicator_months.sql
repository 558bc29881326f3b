-- Leaders' figures at a million cases (issue 14): monthly aggregates per township and dimension.
-- The dashboard and the report asked about 170 aggregates over up to 400,000 cases for a county year
-- (6-10 s). Each township-month's figures are now computed once from its cases and kept until a case
-- or call-back of that month changes: every change stamps its months (a new version), and a month's
-- figures count only while the version they were computed at is the current one. Nothing is adjusted
-- by increments, so the figures cannot drift from the cases; tst_indicator_aggregates compares them
-- with the live figures after every kind of change. Confidential cases are left out and counted live
-- (as each account may see them), like case_status_counts.

-- The working days the 平均办理时长 counts, 2000-2040, kept by the program from the holiday calendar
-- (bundled and entered); the fingerprint says which calendar they came from.
CREATE TABLE workday_ordinals (
    day     INTEGER PRIMARY KEY, -- days since 1970-01-01 (local)
    ordinal INTEGER NOT NULL     -- working days from 2000-01-01 up to and including the day
) WITHOUT ROWID;
CREATE TABLE workday_calendar (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT NOT NULL
);

-- The version of each township-month: bumped by every change of its figures' cases.
CREATE TABLE indicator_stamps (
    township_id INTEGER NOT NULL,
    month       INTEGER NOT NULL, -- yyyymm
    version     INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (township_id, month)
) WITHOUT ROWID;
-- The township-months whose figures are computed, at which version, UTC offset and calendar.
CREATE TABLE indicator_valid (
    township_id INTEGER NOT NULL,
    month       INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    utc_offset  INTEGER NOT NULL,
    calendar    TEXT NOT NULL,
    PRIMARY KEY (township_id, month)
) WITHOUT ROWID;
-- Per township, month and group of a dimension ('t' township, 'u' the case's place, 'c' category,
-- 's' source, 'd' department; gkey the group's id or code, '' for none): received and registered by
-- the month received, closed and its parts by the month closed, call-backs by the month called.
CREATE TABLE indicator_months (
    township_id      INTEGER NOT NULL,
    month            INTEGER NOT NULL,
    dim              TEXT NOT NULL,
    gkey             TEXT NOT NULL,
    received         INTEGER NOT NULL DEFAULT 0,
    registered       INTEGER NOT NULL DEFAULT 0,
    closed           INTEGER NOT NULL DEFAULT 0,
    closed_on_time   INTEGER NOT NULL DEFAULT 0,
    dispute_recorded INTEGER NOT NULL DEFAULT 0,
    dispute_settled  INTEGER NOT NULL DEFAULT 0,
    handling_days    INTEGER NOT NULL DEFAULT 0,
    callbacks        INTEGER NOT NULL DEFAULT 0,
    satisfied        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (township_id, month, dim, gkey)
) WITHOUT ROWID;
CREATE INDEX indicator_months_dim ON indicator_months(dim, month);
-- 结案率's numerator: the registered cases received in a month, by the month they were closed in.
CREATE TABLE indicator_closures (
    township_id  INTEGER NOT NULL,
    month        INTEGER NOT NULL,
    dim          TEXT NOT NULL,
    gkey         TEXT NOT NULL,
    closed_month INTEGER NOT NULL,
    n            INTEGER NOT NULL,
    PRIMARY KEY (township_id, month, dim, gkey, closed_month)
) WITHOUT ROWID;
CREATE INDEX indicator_closures_dim ON indicator_closures(dim, month);
-- 在办超期 at the end of any day, per township: a case is overdue from max(deadline, received) until it
-- is closed. +1 on the day it becomes overdue (an open case: kept under its month received; a case
-- closed late: under its month closed), -1 on the day it was closed; the count at a day's end is the
-- sum of every day before the next.
CREATE TABLE indicator_overdue (
    township_id INTEGER NOT NULL,
    month       INTEGER NOT NULL,
    day         INTEGER NOT NULL, -- days since 1970-01-01 (local)
    delta       INTEGER NOT NULL,
    PRIMARY KEY (township_id, month, day)
) WITHOUT ROWID;

-- A change stamps the months of its times as UTC±14 h months (the month in any time zone is one of
-- the two), for the township before and after.
CREATE TRIGGER cases_figures_insert AFTER INSERT ON cases BEGIN
    INSERT INTO indicator_stamps (township_id, month)
        SELECT NEW.township_id, m FROM (
            SELECT CAST(strftime('%Y%m', NEW.received_at - 50400, 'unixepoch') AS INTEGER) AS m
            UNION SELECT CAST(strftime('%Y%m', NEW.received_at + 50400, 'unixepoch') AS INTEGER)
            UNION SELECT CAST(strftime('%Y%m', NEW.closed_at - 50400, 'unixepoch') AS INTEGER)
                WHERE NEW.closed_at IS NOT NULL
            UNION SELECT CAST(strftime('%Y%m', NEW.closed_at + 50400, 'unixepoch') AS INTEGER)
                WHERE NEW.closed_at IS NOT NULL) WHERE true
    ON CONFLICT (township_id, month) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER cases_figures_update AFTER UPDATE OF township_id, received_at, status, closed_at, deadline_at,
    dispute_settled, org_unit_id, category_id, source, department_id, confidential ON cases BEGIN
    INSERT INTO indicator_stamps (township_id, month)
        SELECT t, m FROM (SELECT OLD.township_id AS t UNION SELECT NEW.township_id) CROSS JOIN (
            SELECT CAST(strftime('%Y%m', x - 50400, 'unixepoch') AS INTEGER) AS m FROM (
                SELECT OLD.received_at AS x UNION SELECT NEW.received_at UNION SELECT OLD.closed_at
                UNION SELECT NEW.closed_at UNION SELECT called_at FROM callbacks WHERE case_id = NEW.id)
            WHERE x IS NOT NULL
            UNION SELECT CAST(strftime('%Y%m', x + 50400, 'unixepoch') AS INTEGER) FROM (
                SELECT OLD.received_at AS x UNION SELECT NEW.received_at UNION SELECT OLD.closed_at
                UNION SELECT NEW.closed_at UNION SELECT called_at FROM callbacks WHERE case_id = NEW.id)
            WHERE x IS NOT NULL) WHERE true
    ON CONFLICT (township_id, month) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER cases_figures_delete AFTER DELETE ON cases BEGIN
    INSERT INTO indicator_stamps (township_id, month)
        SELECT OLD.township_id, m FROM (
            SELECT CAST(strftime('%Y%m', x - 50400, 'unixepoch') AS INTEGER) AS m FROM (
                SELECT OLD.received_at AS x UNION SELECT OLD.closed_at) WHERE x IS NOT NULL
            UNION SELECT CAST(strftime('%Y%m', x + 50400, 'unixepoch') AS INTEGER) FROM (
                SELECT OLD.received_at AS x UNION SELECT OLD.closed_at) WHERE x IS NOT NULL) WHERE true
    ON CONFLICT (township_id, month) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER callbacks_figures_insert AFTER INSERT ON callbacks BEGIN
    INSERT INTO indicator_stamps (township_id, month)
        SELECT c.township_id, m FROM cases c CROSS JOIN (
            SELECT CAST(strftime('%Y%m', NEW.called_at - 50400, 'unixepoch') AS INTEGER) AS m
            UNION SELECT CAST(strftime('%Y%m', NEW.called_at + 50400, 'unixepoch') AS INTEGER))
        WHERE c.id = NEW.case_id
    ON CONFLICT (township_id, month) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER callbacks_figures_update AFTER UPDATE OF case_id, called_at, result ON callbacks BEGIN
    INSERT INTO indicator_stamps (township_id, month)
        SELECT c.township_id, m FROM cases c CROSS JOIN (
            SELECT CAST(strftime('%Y%m', x - 50400, 'unixepoch') AS INTEGER) AS m FROM (
                SELECT OLD.called_at AS x UNION SELECT NEW.called_at)
            UNION SELECT CAST(strftime('%Y%m', x + 50400, 'unixepoch') AS INTEGER) FROM (
                SELECT OLD.called_at AS x UNION SELECT NEW.called_at))
        WHERE c.id IN (OLD.case_id, NEW.case_id)
    ON CONFLICT (township_id, month) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER callbacks_figures_delete AFTER DELETE ON callbacks BEGIN
    INSERT INTO indicator_stamps (township_id, month)
        SELECT c.township_id, m FROM cases c CROSS JOIN (
            SELECT CAST(strftime('%Y%m', OLD.called_at - 50400, 'unixepoch') AS INTEGER) AS m
            UNION SELECT CAST(strftime('%Y%m', OLD.called_at + 50400, 'unixepoch') AS INTEGER))
        WHERE c.id = OLD.case_id
    ON CONFLICT (township_id, month) DO UPDATE SET version = version + 1;
END;

-- What stays live, through small indexes: 在办超期 at an as-of date (open cases past their deadline,
-- and cases closed late after it) and the confidential cases.
CREATE INDEX cases_overdue_open ON cases(status, deadline_at, received_at, township_id, org_path, category_id,
    source, department_id, org_unit_id, confidential)
    WHERE status IN ('reported', 'registered', 'dispatched', 'in_progress', 'feedback', 'verified');
CREATE INDEX cases_overdue_closed ON cases(closed_at, deadline_at, received_at, status, township_id, org_path,
    category_id, source, department_id, org_unit_id, confidential)
    WHERE closed_at > deadline_at;
-- Call-backs by the time called: the months' figures read one month of them.
CREATE INDEX callbacks_called ON callbacks(called_at, case_id, result);
-- The months' own statements leave the confidential cases out: the covering indexes of 0035 get the flag,
-- or each month's refresh would visit every case's row (23 s for a county's 37 months at 1,000,000).
DROP INDEX cases_received_figures;
CREATE INDEX cases_received_figures ON cases(received_at, township_id, status, closed_at, org_path,
    category_id, source, department_id, org_unit_id, latitude, longitude, confidential);
DROP INDEX cases_closed_figures;
CREATE INDEX cases_closed_figures ON cases(closed_at, status, deadline_at, dispute_settled, received_at,
    township_id, org_path, category_id, source, department_id, org_unit_id, confidential)
    WHERE closed_at IS NOT NULL;
CREATE INDEX cases_confidential_received ON cases(received_at) WHERE confidential;
CREATE INDEX cases_confidential_closed ON cases(closed_at) WHERE confidential AND closed_at IS NOT NULL;
ANALYZE cases;
