-- Zongzhi Workbench schema, version 10 (PostgreSQL): board figures that stay instant for real accounts
-- at a million cases. Equivalent to the SQLite file of the same number.

-- Row-level security: the scope test through an operator the planner estimates as "nearly every row".
-- A range on (SELECT zz_scope_path()), and starts_with() on it alike, left the planner guessing 0.5 % of
-- the table for a whole county (5,005 rows of 1,001,002): at LIMIT 200 it sorted the whole scope (0.9 s)
-- instead of walking the received index (2 ms), and with a status or department filter it sorted every
-- match (0.2-2 s) where a walk takes milliseconds. The operator runs the built-in starts_with() but
-- takes its estimate from neqsel (about 1): the queries repeat the scope as a sargable range with
-- literal bounds, which the planner estimates from statistics, and the policy stays the guard.
CREATE OPERATOR <@@ (LEFTARG = text, RIGHTARG = text, FUNCTION = starts_with, RESTRICT = neqsel);
ALTER POLICY cases_scope ON cases
    USING (org_path <@@ (SELECT zz_scope_path())
           AND (NOT confidential OR created_by = (SELECT zz_user_id()) OR zz_case_access(id)))
    WITH CHECK (org_path <@@ (SELECT zz_scope_path())
                AND (NOT confidential OR created_by = (SELECT zz_user_id()) OR zz_case_access(id)));

-- Cases per township and status, confidential cases left out (they are counted live, as each
-- account may see them), maintained in the same transaction as every change of a case. The stage
-- strip and the unfiltered "共 N 件" of a county or township read these instead of the cases.
CREATE TABLE case_status_counts (
    township_id BIGINT NOT NULL REFERENCES org_units(id),
    status      TEXT NOT NULL,
    n           BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (township_id, status)
);
INSERT INTO case_status_counts (township_id, status, n)
    SELECT township_id, status, COUNT(*) FROM cases WHERE NOT confidential GROUP BY township_id, status;

-- Statement-level with transition tables: a bulk load of a thousand rows is one update per group.
CREATE FUNCTION zz_count_cases() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE case_status_counts k SET n = k.n - o.n
        FROM (SELECT township_id, status, COUNT(*) AS n FROM old_rows WHERE NOT confidential
              GROUP BY township_id, status) o
        WHERE k.township_id = o.township_id AND k.status = o.status;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO case_status_counts AS k (township_id, status, n)
            SELECT township_id, status, COUNT(*) FROM new_rows WHERE NOT confidential GROUP BY township_id, status
        ON CONFLICT (township_id, status) DO UPDATE SET n = k.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER cases_count_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_count_cases();
CREATE TRIGGER cases_count_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_count_cases();
CREATE TRIGGER cases_count_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_count_cases();
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_count_cases() SET search_path = %I, pg_temp', current_schema());
END
$$;
REVOKE ALL ON FUNCTION zz_count_cases() FROM PUBLIC;

-- Accounts read the counts of the townships in their scope; nobody writes them but the trigger.
GRANT SELECT ON case_status_counts TO zongzhi_staff;
ALTER TABLE case_status_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_status_counts_scope ON case_status_counts FOR SELECT USING (zz_in_scope(township_id));

-- Open cases with every column the warnings and the row-level security policy read: the stage
-- strip's live half is an index-only scan for accounts too (county at 1M: 166 ms -> 9 ms).
CREATE INDEX cases_open_scope ON cases (status, org_path)
    INCLUDE (deadline_at, received_at, confidential, created_by, id)
    WHERE status IN ('reported', 'registered', 'dispatched', 'in_progress', 'feedback');

-- Confidential cases are few: counted live through their own index.
CREATE INDEX cases_confidential ON cases(org_path, status) WHERE confidential;

-- Statistics by closed date (reports, the monthly figures): no more scans of the whole table.
CREATE INDEX cases_closed ON cases(closed_at, org_path) WHERE closed_at IS NOT NULL;
