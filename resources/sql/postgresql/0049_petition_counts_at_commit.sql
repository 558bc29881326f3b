-- Petition counts by status settled at commit (issue 11: the petition ledger import's speed on PostgreSQL).
-- petition_status_counts (0037) has one row per township and status, and every statement that changes a
-- petition updated those rows at once. A transaction that changes many petitions — a ledger import of
-- 10,000 rows, each registered and walked through four or five statements — updated the same dozen rows
-- tens of thousands of times; PostgreSQL keeps every version a transaction writes until it ends, so
-- each update looked through all the versions before it: 0.2 ms per statement at the start, 1.3 ms at
-- 1,000 rows, some 13 ms at 10,000 (quadratic time). Now each statement appends its net change to
-- petition_count_deltas (nothing when a statement leaves the statuses as they were: a kept number, a
-- decision), and a deferred trigger adds up the transaction's changes into petition_status_counts once,
-- when it commits (or at SET CONSTRAINTS ... IMMEDIATE). The counts readers see after a commit are the
-- same as before; they are also locked for a moment at commit only, not for the whole transaction.
-- Nobody but these two SECURITY DEFINER functions reads or writes the deltas. The SQLite file of the same
-- number changes nothing: SQLite updates a row in place however often a transaction changes it.
CREATE TABLE petition_count_deltas (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    xact        xid8 NOT NULL,
    township_id BIGINT NOT NULL,
    status      TEXT NOT NULL,
    n           BIGINT NOT NULL
);
CREATE INDEX petition_count_deltas_xact ON petition_count_deltas (xact);
ALTER TABLE petition_count_deltas ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON petition_count_deltas FROM PUBLIC;

CREATE OR REPLACE FUNCTION zz_count_petitions() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO petition_count_deltas (xact, township_id, status, n)
            SELECT pg_current_xact_id(), d.township_id, d.status, SUM(d.n)
            FROM (SELECT township_id, status, -1 AS n FROM old_rows
                  UNION ALL SELECT township_id, status, 1 FROM new_rows) d
            GROUP BY d.township_id, d.status HAVING SUM(d.n) <> 0;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO petition_count_deltas (xact, township_id, status, n)
            SELECT pg_current_xact_id(), township_id, status, COUNT(*) FROM new_rows GROUP BY township_id, status;
    ELSE
        INSERT INTO petition_count_deltas (xact, township_id, status, n)
            SELECT pg_current_xact_id(), township_id, status, -COUNT(*) FROM old_rows GROUP BY township_id, status;
    END IF;
    RETURN NULL;
END
$$;

-- Fires for each delta row at commit; the first adds up all of the transaction's rows and deletes them,
-- the others find their row gone (one primary-key probe).
CREATE FUNCTION zz_settle_petition_counts() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM petition_count_deltas d WHERE d.id = NEW.id) THEN
        RETURN NULL;
    END IF;
    WITH settled AS (
        DELETE FROM petition_count_deltas d WHERE d.xact = pg_current_xact_id()
        RETURNING d.township_id, d.status, d.n)
    INSERT INTO petition_status_counts AS k (township_id, status, n)
        SELECT township_id, status, SUM(n) FROM settled GROUP BY township_id, status HAVING SUM(n) <> 0
    ON CONFLICT (township_id, status) DO UPDATE SET n = k.n + EXCLUDED.n;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER petition_count_deltas_settle AFTER INSERT ON petition_count_deltas
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION zz_settle_petition_counts();

DO $$
DECLARE
    v_fn text;
BEGIN
    FOREACH v_fn IN ARRAY ARRAY['zz_count_petitions()', 'zz_settle_petition_counts()'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', v_fn, current_schema());
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION zz_count_petitions() FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_settle_petition_counts() FROM PUBLIC;
