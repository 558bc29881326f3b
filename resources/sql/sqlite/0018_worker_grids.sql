-- Grid workers (issue 10): every worker gets a number, and a worker's grid assignments never overlap.
-- The PostgreSQL file of the same number must stay equivalent.

-- Workers from before 0016 get a number like the program gives: the township's code, 'W' and a
-- four-digit sequence within the township (in id order).
UPDATE workers SET code = n.new_code
FROM (SELECT w.id,
             coalesce(t.code, o.code) || 'W' ||
                 CASE WHEN row_number() OVER win < 10000 THEN substr('0000' || row_number() OVER win, -4)
                      ELSE CAST(row_number() OVER win AS TEXT) END AS new_code
      FROM workers w
      JOIN org_units o ON o.id = w.org_unit_id
      LEFT JOIN org_units t ON t.id = o.township_id
      WINDOW win AS (PARTITION BY coalesce(o.township_id, o.id) ORDER BY w.id)) n
WHERE n.id = workers.id AND workers.code = '';

-- One grid at a time: the assessment scores a worker on each grid for the days assigned there, so
-- two spans of the same worker may not share a day (dates are ISO text, to_date NULL = open).
CREATE TRIGGER worker_grids_no_overlap_insert BEFORE INSERT ON worker_grids
WHEN EXISTS (SELECT 1 FROM worker_grids g
             WHERE g.worker_id = NEW.worker_id
               AND g.from_date <= coalesce(NEW.to_date, '9999-12-31')
               AND coalesce(g.to_date, '9999-12-31') >= NEW.from_date)
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: worker_grids_no_overlap');
END;

CREATE TRIGGER worker_grids_no_overlap_update BEFORE UPDATE OF worker_id, from_date, to_date ON worker_grids
WHEN EXISTS (SELECT 1 FROM worker_grids g
             WHERE g.worker_id = NEW.worker_id AND g.id <> NEW.id
               AND g.from_date <= coalesce(NEW.to_date, '9999-12-31')
               AND coalesce(g.to_date, '9999-12-31') >= NEW.from_date)
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: worker_grids_no_overlap');
END;
