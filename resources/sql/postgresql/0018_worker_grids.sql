-- Grid workers (issue 10): every worker gets a number, a worker's grid assignments never overlap,
-- and a township admin assigns only workers of his own township (to grids of his own township).
-- The SQLite file of the same number must stay equivalent.

-- Workers from before 0016 get a number like the program gives: the township's code, 'W' and a
-- four-digit sequence within the township (in id order).
UPDATE workers SET code = n.new_code
FROM (SELECT w.id,
             coalesce(t.code, o.code) || 'W' ||
                 CASE WHEN row_number() OVER win < 10000 THEN lpad((row_number() OVER win)::text, 4, '0')
                      ELSE (row_number() OVER win)::text END AS new_code
      FROM workers w
      JOIN org_units o ON o.id = w.org_unit_id
      LEFT JOIN org_units t ON t.id = o.township_id
      WINDOW win AS (PARTITION BY coalesce(o.township_id, o.id) ORDER BY w.id)) n
WHERE n.id = workers.id AND workers.code = '';

-- One grid at a time: the assessment scores a worker on each grid for the days assigned there, so
-- two spans of the same worker may not share a day (dates are ISO text, to_date NULL = open). The
-- worker's row is locked first, so two sessions cannot each add a span the other does not see.
CREATE FUNCTION zz_worker_grids_no_overlap() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM 1 FROM workers WHERE id = NEW.worker_id FOR UPDATE;
    IF EXISTS (SELECT 1 FROM worker_grids g
               WHERE g.worker_id = NEW.worker_id AND g.id <> NEW.id
                 AND g.from_date <= coalesce(NEW.to_date, '9999-12-31')
                 AND coalesce(g.to_date, '9999-12-31') >= NEW.from_date) THEN
        RAISE EXCEPTION 'grid assignments of one worker overlap' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_worker_grids_no_overlap() SET search_path = %I, pg_temp', current_schema());
END
$$;
CREATE TRIGGER worker_grids_no_overlap BEFORE INSERT OR UPDATE OF worker_id, from_date, to_date ON worker_grids
    FOR EACH ROW EXECUTE FUNCTION zz_worker_grids_no_overlap();

-- 0016 let an admin write the assignments of grids in his scope whatever the worker; the worker
-- must be his too (a township admin cannot pull another township's worker onto his grid).
DROP POLICY worker_grids_admin ON worker_grids;
CREATE POLICY worker_grids_admin ON worker_grids FOR ALL TO zongzhi_admin
    USING (zz_in_scope(grid_id))
    WITH CHECK (zz_in_scope(grid_id)
                AND EXISTS (SELECT 1 FROM workers w WHERE w.id = worker_id AND zz_in_scope(w.org_unit_id)));
