-- Leaders' figures at a million cases (issue 14): monthly aggregates per township and dimension.
-- Equivalent to the SQLite file of the same number. The dashboard and the report asked about 170
-- aggregates over up to 400,000 cases for a county year (6-10 s). Each township-month's figures are
-- now computed once from its cases, by zz_indicator_refresh() as the schema owner, and kept until a
-- case or call-back of that month changes: every change stamps its months (a new version), and a
-- month's figures count only while the version they were computed at is current. Nothing is adjusted
-- by increments, so the figures cannot drift from the cases (tst_indicator_aggregates compares them
-- with the live figures after every kind of change), and no account writes them: a township cannot
-- dress up its own figures. Confidential cases are left out and counted live, as each account may
-- see them (like case_status_counts).

-- The working days the 平均办理时长 counts, 2000-2040, written by the program from the holiday calendar
-- (bundled and entered) by the owner or a county admin; the fingerprint says which calendar.
CREATE TABLE workday_ordinals (
    day     INTEGER PRIMARY KEY, -- days since 1970-01-01 (local)
    ordinal INTEGER NOT NULL     -- working days from 2000-01-01 up to and including the day
);
CREATE TABLE workday_calendar (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT NOT NULL
);
GRANT SELECT ON workday_ordinals, workday_calendar TO zongzhi_staff;
GRANT INSERT, UPDATE, DELETE ON workday_ordinals, workday_calendar TO zongzhi_admin;
ALTER TABLE workday_ordinals ENABLE ROW LEVEL SECURITY;
CREATE POLICY workday_ordinals_read ON workday_ordinals FOR SELECT USING (true);
CREATE POLICY workday_ordinals_admin ON workday_ordinals FOR ALL TO zongzhi_admin
    USING (zz_county_scope()) WITH CHECK (zz_county_scope());
ALTER TABLE workday_calendar ENABLE ROW LEVEL SECURITY;
CREATE POLICY workday_calendar_read ON workday_calendar FOR SELECT USING (true);
CREATE POLICY workday_calendar_admin ON workday_calendar FOR ALL TO zongzhi_admin
    USING (zz_county_scope()) WITH CHECK (zz_county_scope());

CREATE TABLE indicator_stamps (
    township_id BIGINT NOT NULL,
    month       INTEGER NOT NULL, -- yyyymm
    version     BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (township_id, month)
);
CREATE TABLE indicator_valid (
    township_id BIGINT NOT NULL,
    month       INTEGER NOT NULL,
    version     BIGINT NOT NULL,
    utc_offset  INTEGER NOT NULL,
    calendar    TEXT NOT NULL,
    PRIMARY KEY (township_id, month)
);
CREATE TABLE indicator_months (
    township_id      BIGINT NOT NULL,
    month            INTEGER NOT NULL,
    dim              TEXT NOT NULL,
    gkey             TEXT NOT NULL,
    received         BIGINT NOT NULL DEFAULT 0,
    registered       BIGINT NOT NULL DEFAULT 0,
    closed           BIGINT NOT NULL DEFAULT 0,
    closed_on_time   BIGINT NOT NULL DEFAULT 0,
    dispute_recorded BIGINT NOT NULL DEFAULT 0,
    dispute_settled  BIGINT NOT NULL DEFAULT 0,
    handling_days    BIGINT NOT NULL DEFAULT 0,
    callbacks        BIGINT NOT NULL DEFAULT 0,
    satisfied        BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (township_id, month, dim, gkey)
);
CREATE INDEX indicator_months_dim ON indicator_months(dim, month);
CREATE TABLE indicator_closures (
    township_id  BIGINT NOT NULL,
    month        INTEGER NOT NULL,
    dim          TEXT NOT NULL,
    gkey         TEXT NOT NULL,
    closed_month INTEGER NOT NULL,
    n            BIGINT NOT NULL,
    PRIMARY KEY (township_id, month, dim, gkey, closed_month)
);
CREATE INDEX indicator_closures_dim ON indicator_closures(dim, month);
-- 在办超期 at the end of any day, per township: a case is overdue from max(deadline, received) until it
-- is closed. +1 on the day it becomes overdue (an open case: kept under its month received; a case
-- closed late: under its month closed), -1 on the day it was closed; the count at a day's end is the
-- sum of every day before the next.
CREATE TABLE indicator_overdue (
    township_id BIGINT NOT NULL,
    month       INTEGER NOT NULL,
    day         INTEGER NOT NULL, -- days since 1970-01-01 (local)
    delta       BIGINT NOT NULL,
    PRIMARY KEY (township_id, month, day)
);

-- Accounts read the figures of the townships in their scope; only the functions below write them.
-- The scope as the set of its units, computed once per statement (zz_in_scope() per row took 100-200 ms
-- over a county year's rows).
GRANT SELECT ON indicator_stamps, indicator_valid, indicator_months, indicator_closures, indicator_overdue
    TO zongzhi_staff;
ALTER TABLE indicator_stamps ENABLE ROW LEVEL SECURITY;
CREATE POLICY indicator_stamps_scope ON indicator_stamps FOR SELECT
    USING (township_id IN (SELECT o.id FROM org_units o WHERE starts_with(o.path, (SELECT zz_scope_path()))));
ALTER TABLE indicator_valid ENABLE ROW LEVEL SECURITY;
CREATE POLICY indicator_valid_scope ON indicator_valid FOR SELECT
    USING (township_id IN (SELECT o.id FROM org_units o WHERE starts_with(o.path, (SELECT zz_scope_path()))));
ALTER TABLE indicator_months ENABLE ROW LEVEL SECURITY;
CREATE POLICY indicator_months_scope ON indicator_months FOR SELECT
    USING (township_id IN (SELECT o.id FROM org_units o WHERE starts_with(o.path, (SELECT zz_scope_path()))));
ALTER TABLE indicator_overdue ENABLE ROW LEVEL SECURITY;
CREATE POLICY indicator_overdue_scope ON indicator_overdue FOR SELECT
    USING (township_id IN (SELECT o.id FROM org_units o WHERE starts_with(o.path, (SELECT zz_scope_path()))));
ALTER TABLE indicator_closures ENABLE ROW LEVEL SECURITY;
CREATE POLICY indicator_closures_scope ON indicator_closures FOR SELECT
    USING (township_id IN (SELECT o.id FROM org_units o WHERE starts_with(o.path, (SELECT zz_scope_path()))));

-- The month (yyyymm) of a time in UTC.
CREATE FUNCTION zz_utc_month(p_at bigint) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(to_timestamp(p_at) AT TIME ZONE 'UTC', 'YYYYMM')::integer
$$;

-- A change stamps the months of its times as UTC±14 h months (the month in any time zone is one of
-- the two), for the township before and after. Statement-level: a bulk import is one upsert per month.
CREATE FUNCTION zz_stamp_case_figures() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO indicator_stamps AS s (township_id, month)
            SELECT DISTINCT n.township_id, zz_utc_month(x.at + d.shift)
            FROM new_rows n CROSS JOIN LATERAL (VALUES (n.received_at), (n.closed_at)) AS x(at)
            CROSS JOIN (VALUES (-50400), (50400)) AS d(shift)
            WHERE x.at IS NOT NULL
        ON CONFLICT (township_id, month) DO UPDATE SET version = s.version + 1;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO indicator_stamps AS s (township_id, month)
            SELECT DISTINCT o.township_id, zz_utc_month(x.at + d.shift)
            FROM old_rows o CROSS JOIN LATERAL (VALUES (o.received_at), (o.closed_at)) AS x(at)
            CROSS JOIN (VALUES (-50400), (50400)) AS d(shift)
            WHERE x.at IS NOT NULL
        ON CONFLICT (township_id, month) DO UPDATE SET version = s.version + 1;
    ELSE
        INSERT INTO indicator_stamps AS s (township_id, month)
            SELECT DISTINCT t.township_id, zz_utc_month(x.at + d.shift)
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            CROSS JOIN LATERAL (VALUES (o.township_id), (n.township_id)) AS t(township_id)
            CROSS JOIN LATERAL (SELECT v.at FROM (VALUES (o.received_at), (n.received_at), (o.closed_at),
                                                         (n.closed_at)) AS v(at)
                                UNION ALL SELECT b.called_at FROM callbacks b WHERE b.case_id = n.id) AS x(at)
            CROSS JOIN (VALUES (-50400), (50400)) AS d(shift)
            WHERE x.at IS NOT NULL
              AND (o.township_id, o.received_at, o.status, o.closed_at, o.deadline_at, o.dispute_settled,
                   o.org_unit_id, o.category_id, o.source, o.department_id, o.confidential)
                  IS DISTINCT FROM
                  (n.township_id, n.received_at, n.status, n.closed_at, n.deadline_at, n.dispute_settled,
                   n.org_unit_id, n.category_id, n.source, n.department_id, n.confidential)
        ON CONFLICT (township_id, month) DO UPDATE SET version = s.version + 1;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER cases_figures_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_stamp_case_figures();
CREATE TRIGGER cases_figures_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_stamp_case_figures();
CREATE TRIGGER cases_figures_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_stamp_case_figures();

CREATE FUNCTION zz_stamp_callback_figures() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO indicator_stamps AS s (township_id, month)
            SELECT DISTINCT c.township_id, zz_utc_month(o.called_at + d.shift)
            FROM old_rows o JOIN cases c ON c.id = o.case_id CROSS JOIN (VALUES (-50400), (50400)) AS d(shift)
        ON CONFLICT (township_id, month) DO UPDATE SET version = s.version + 1;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO indicator_stamps AS s (township_id, month)
            SELECT DISTINCT c.township_id, zz_utc_month(n.called_at + d.shift)
            FROM new_rows n JOIN cases c ON c.id = n.case_id CROSS JOIN (VALUES (-50400), (50400)) AS d(shift)
        ON CONFLICT (township_id, month) DO UPDATE SET version = s.version + 1;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER callbacks_figures_insert AFTER INSERT ON callbacks REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_stamp_callback_figures();
CREATE TRIGGER callbacks_figures_update AFTER UPDATE ON callbacks REFERENCING OLD TABLE AS old_rows
    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zz_stamp_callback_figures();
CREATE TRIGGER callbacks_figures_delete AFTER DELETE ON callbacks REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_stamp_callback_figures();

-- Computes one month's figures of townships from their cases (confidential ones left out), for an
-- account whose scope holds every one of them, at the account's UTC offset, over the stored
-- working-day calendar. The same statements as IndicatorCache's on SQLite; the figures are the
-- schema's, not the caller's.
CREATE FUNCTION zz_indicator_refresh(p_townships bigint[], p_month integer, p_offset integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_calendar text;
    v_from bigint;
    v_to bigint;
    v_first date;
BEGIN
    IF NOT zz_is_owner() AND EXISTS (SELECT 1 FROM unnest(p_townships) AS t(id) WHERE NOT zz_in_scope(t.id)) THEN
        RAISE EXCEPTION 'township not in scope' USING ERRCODE = '42501';
    END IF;
    IF p_offset NOT BETWEEN -50400 AND 50400 OR p_month % 100 NOT BETWEEN 1 AND 12 THEN
        RAISE EXCEPTION 'bad month or offset' USING ERRCODE = '22023';
    END IF;
    SELECT fingerprint INTO v_calendar FROM workday_calendar WHERE id = 1;
    IF v_calendar IS NULL THEN
        RAISE EXCEPTION 'no working-day calendar' USING ERRCODE = '55000';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('zz_indicator_refresh'), p_month);
    v_first := make_date(p_month / 100, p_month % 100, 1);
    v_from := extract(epoch FROM v_first::timestamp)::bigint - p_offset;
    v_to := extract(epoch FROM (v_first + interval '1 month')::timestamp)::bigint - p_offset;
    DELETE FROM indicator_valid WHERE month = p_month AND township_id = ANY (p_townships);
    -- The versions first: a change committed after this is stamped later and voids the figures.
    INSERT INTO indicator_valid (township_id, month, version, utc_offset, calendar)
        SELECT t.id, p_month, coalesce(s.version, 0), p_offset, v_calendar
        FROM (SELECT DISTINCT id FROM unnest(p_townships) AS u(id)) AS t
        LEFT JOIN indicator_stamps s ON s.township_id = t.id AND s.month = p_month;
    DELETE FROM indicator_months WHERE month = p_month AND township_id = ANY (p_townships);
    DELETE FROM indicator_closures WHERE month = p_month AND township_id = ANY (p_townships);
    DELETE FROM indicator_overdue WHERE month = p_month AND township_id = ANY (p_townships);

    INSERT INTO indicator_months (township_id, month, dim, gkey, received, registered, closed, closed_on_time,
                                  dispute_recorded, dispute_settled, handling_days, callbacks, satisfied)
    WITH f AS MATERIALIZED (
        SELECT c.township_id, c.org_unit_id, c.category_id, c.source, c.department_id, 1 AS received,
               CASE WHEN c.status <> 'declined' THEN 1 ELSE 0 END AS registered, 0 AS closed, 0 AS on_time,
               0 AS recorded, 0 AS settled, 0 AS handling, 0 AS callbacks, 0 AS satisfied
        FROM cases c WHERE c.received_at >= v_from AND c.received_at < v_to
          AND c.township_id = ANY (p_townships) AND NOT c.confidential
        UNION ALL
        SELECT c.township_id, c.org_unit_id, c.category_id, c.source, c.department_id, 0, 0, 1,
               CASE WHEN c.deadline_at IS NULL OR c.closed_at <= c.deadline_at THEN 1 ELSE 0 END,
               CASE WHEN c.dispute_settled IS NOT NULL THEN 1 ELSE 0 END,
               CASE WHEN c.dispute_settled = true THEN 1 ELSE 0 END,
               CASE WHEN w2.ordinal > w1.ordinal THEN w2.ordinal - w1.ordinal ELSE 0 END, 0, 0
        FROM cases c
        LEFT JOIN workday_ordinals w1 ON w1.day = (c.received_at + p_offset) / 86400
        LEFT JOIN workday_ordinals w2 ON w2.day = (c.closed_at + p_offset) / 86400
        WHERE c.closed_at >= v_from AND c.closed_at < v_to AND c.status IN ('closed', 'archived')
          AND c.township_id = ANY (p_townships) AND NOT c.confidential
        UNION ALL
        SELECT c.township_id, c.org_unit_id, c.category_id, c.source, c.department_id, 0, 0, 0, 0, 0, 0, 0, 1,
               CASE WHEN b.result IN ('satisfied', 'basic') THEN 1 ELSE 0 END
        FROM callbacks b JOIN cases c ON c.id = b.case_id
        WHERE b.called_at >= v_from AND b.called_at < v_to AND b.result <> 'unreachable'
          AND c.township_id = ANY (p_townships) AND NOT c.confidential)
    SELECT g.township_id, p_month, g.dim, g.gkey, SUM(received), SUM(registered), SUM(closed), SUM(on_time),
           SUM(recorded), SUM(settled), SUM(handling), SUM(callbacks), SUM(satisfied)
    FROM (SELECT 't' AS dim, COALESCE(CAST(township_id AS TEXT), '') AS gkey, * FROM f
          UNION ALL SELECT 'u', COALESCE(CAST(org_unit_id AS TEXT), ''), * FROM f
          UNION ALL SELECT 'c', COALESCE(CAST(category_id AS TEXT), ''), * FROM f
          UNION ALL SELECT 's', COALESCE(source, ''), * FROM f
          UNION ALL SELECT 'd', COALESCE(CAST(department_id AS TEXT), ''), * FROM f) AS g
    GROUP BY g.township_id, g.dim, g.gkey;

    INSERT INTO indicator_closures (township_id, month, dim, gkey, closed_month, n)
    WITH f AS MATERIALIZED (
        SELECT c.township_id, c.org_unit_id, c.category_id, c.source, c.department_id,
               zz_utc_month(c.closed_at + p_offset) AS closed_month
        FROM cases c WHERE c.received_at >= v_from AND c.received_at < v_to
          AND c.township_id = ANY (p_townships) AND NOT c.confidential AND c.status <> 'declined'
          AND c.closed_at IS NOT NULL)
    SELECT g.township_id, p_month, g.dim, g.gkey, g.closed_month, COUNT(*)
    FROM (SELECT 't' AS dim, COALESCE(CAST(township_id AS TEXT), '') AS gkey, township_id, closed_month FROM f
          UNION ALL SELECT 'u', COALESCE(CAST(org_unit_id AS TEXT), ''), township_id, closed_month FROM f
          UNION ALL SELECT 'c', COALESCE(CAST(category_id AS TEXT), ''), township_id, closed_month FROM f
          UNION ALL SELECT 's', COALESCE(source, ''), township_id, closed_month FROM f
          UNION ALL SELECT 'd', COALESCE(CAST(department_id AS TEXT), ''), township_id, closed_month FROM f) AS g
    GROUP BY g.township_id, g.dim, g.gkey, g.closed_month;

    INSERT INTO indicator_overdue (township_id, month, day, delta)
    SELECT e.township_id, p_month, e.day, SUM(e.delta) FROM (
        SELECT c.township_id, (greatest(c.deadline_at, c.received_at) + p_offset) / 86400 AS day, 1 AS delta
        FROM cases c WHERE c.received_at >= v_from AND c.received_at < v_to
          AND c.township_id = ANY (p_townships) AND NOT c.confidential AND c.deadline_at IS NOT NULL
          AND c.status IN ('reported', 'registered', 'dispatched', 'in_progress', 'feedback', 'verified')
        UNION ALL
        SELECT c.township_id, x.day, x.delta FROM cases c
        CROSS JOIN LATERAL (VALUES ((greatest(c.deadline_at, c.received_at) + p_offset) / 86400, 1),
                                   ((c.closed_at + p_offset) / 86400, -1)) AS x(day, delta)
        WHERE c.closed_at >= v_from AND c.closed_at < v_to AND c.township_id = ANY (p_townships)
          AND NOT c.confidential AND c.deadline_at IS NOT NULL AND c.status IN ('closed', 'archived')
          AND c.closed_at > greatest(c.deadline_at, c.received_at)) AS e
    GROUP BY e.township_id, e.day HAVING SUM(e.delta) <> 0;
END
$$;
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_stamp_case_figures() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION zz_stamp_callback_figures() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION zz_indicator_refresh(bigint[], integer, integer) SET search_path = %I, pg_temp',
                   current_schema());
END
$$;
REVOKE ALL ON FUNCTION zz_stamp_case_figures() FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_stamp_callback_figures() FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_indicator_refresh(bigint[], integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION zz_indicator_refresh(bigint[], integer, integer) TO zongzhi_staff;

-- What stays live, through small indexes holding every column the statements and the row-level
-- security policy read: 在办超期 at an as-of date (open cases past their deadline, and cases closed
-- late after it) and the confidential cases.
CREATE INDEX cases_overdue_open ON cases(deadline_at) INCLUDE (received_at, status, township_id, org_path,
    category_id, source, department_id, org_unit_id, confidential, created_by, id)
    WHERE status IN ('reported', 'registered', 'dispatched', 'in_progress', 'feedback', 'verified');
CREATE INDEX cases_overdue_closed ON cases(closed_at) INCLUDE (deadline_at, received_at, status, township_id,
    org_path, category_id, source, department_id, org_unit_id, confidential, created_by, id)
    WHERE closed_at > deadline_at;
-- Call-backs by the time called: the months' figures read one month of them.
CREATE INDEX callbacks_called ON callbacks(called_at, case_id, result);
CREATE INDEX cases_confidential_received ON cases(received_at) WHERE confidential;
CREATE INDEX cases_confidential_closed ON cases(closed_at) WHERE confidential AND closed_at IS NOT NULL;
ANALYZE cases;
