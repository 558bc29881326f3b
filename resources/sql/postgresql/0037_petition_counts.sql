-- Petitions per township and status (issue 12), kept in the same transaction as every change of a
-- petition, as case_status_counts is for cases (migration 0010): the board's and the leader's overview's
-- counts by status of a county or township read these instead of the petitions (a county at 1,000,000
-- petitions: a grouped scan of the whole table otherwise). The SQLite file of the same number is equivalent.
CREATE TABLE petition_status_counts (
    township_id BIGINT NOT NULL REFERENCES org_units(id),
    status      TEXT NOT NULL,
    n           BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (township_id, status)
);
INSERT INTO petition_status_counts (township_id, status, n)
    SELECT township_id, status, COUNT(*) FROM petitions GROUP BY township_id, status;

-- Statement-level with transition tables: a bulk load is one update per group.
CREATE FUNCTION zz_count_petitions() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE petition_status_counts k SET n = k.n - o.n
        FROM (SELECT township_id, status, COUNT(*) AS n FROM old_rows GROUP BY township_id, status) o
        WHERE k.township_id = o.township_id AND k.status = o.status;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO petition_status_counts AS k (township_id, status, n)
            SELECT township_id, status, COUNT(*) FROM new_rows GROUP BY township_id, status
        ON CONFLICT (township_id, status) DO UPDATE SET n = k.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER petitions_count_insert AFTER INSERT ON petitions REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_count_petitions();
CREATE TRIGGER petitions_count_update AFTER UPDATE ON petitions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_count_petitions();
CREATE TRIGGER petitions_count_delete AFTER DELETE ON petitions REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_count_petitions();
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_count_petitions() SET search_path = %I, pg_temp', current_schema());
END
$$;
REVOKE ALL ON FUNCTION zz_count_petitions() FROM PUBLIC;

-- Accounts read the counts of the townships in their scope; nobody writes them but the trigger.
GRANT SELECT ON petition_status_counts TO zongzhi_staff;
ALTER TABLE petition_status_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY petition_status_counts_scope ON petition_status_counts FOR SELECT USING (zz_in_scope(township_id));
