-- Base data a township edits itself (issue 10): every reference row carries a version for optimistic
-- locking and an active flag (rows that cases reference are deactivated, never deleted); divisions
-- loaded from the national tables are told apart from units a center adds itself; grid workers get
-- their employment, ID number, in-post date and a history of grid assignments (the monthly
-- assessment scores a worker on each grid for the days assigned there).
-- The PostgreSQL file of the same number must stay equivalent.

ALTER TABLE org_units ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE org_units ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
-- 1 when the NBS code's 7th–9th digits are 400–599: a development zone, farm or similar unit that is
-- not an ordinary township.
ALTER TABLE org_units ADD COLUMN special INTEGER NOT NULL DEFAULT 0;
-- 1 for a unit the center added itself (its code is local and can never equal an NBS code).
ALTER TABLE org_units ADD COLUMN local INTEGER NOT NULL DEFAULT 0;
CREATE INDEX org_units_name ON org_units(name);

ALTER TABLE grids ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- kind: 'functional' (a functional department cases are dispatched to) or 'resident' (a department
-- stationed in the petition hall, 进驻部门).
ALTER TABLE departments ADD COLUMN kind TEXT NOT NULL DEFAULT 'functional'
    CHECK (kind IN ('functional', 'resident'));
ALTER TABLE departments ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE departments ADD COLUMN sort_order INTEGER NOT NULL DEFAULT 0;
ALTER TABLE departments ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE categories ADD COLUMN sort_order INTEGER NOT NULL DEFAULT 0;
ALTER TABLE categories ADD COLUMN default_urgency TEXT NOT NULL DEFAULT 'normal';
ALTER TABLE categories ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- code: the worker's number (unique when set); employment 'full_time' (专职) or 'part_time' (兼职);
-- dates are ISO 'YYYY-MM-DD'.
ALTER TABLE workers ADD COLUMN code TEXT NOT NULL DEFAULT '';
ALTER TABLE workers ADD COLUMN employment TEXT NOT NULL DEFAULT 'full_time'
    CHECK (employment IN ('full_time', 'part_time'));
ALTER TABLE workers ADD COLUMN resident_id TEXT NOT NULL DEFAULT '';
ALTER TABLE workers ADD COLUMN in_post_date TEXT;
ALTER TABLE workers ADD COLUMN left_post_date TEXT;
ALTER TABLE workers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE UNIQUE INDEX workers_code ON workers(code) WHERE code <> '';
CREATE INDEX workers_name ON workers(name);

-- A worker's grids over time: from_date and to_date inclusive, to_date NULL while current.
CREATE TABLE worker_grids (
    id        INTEGER PRIMARY KEY,
    worker_id INTEGER NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
    grid_id   INTEGER NOT NULL REFERENCES org_units(id),
    from_date TEXT NOT NULL,
    to_date   TEXT,
    is_head   INTEGER NOT NULL DEFAULT 0,
    version   INTEGER NOT NULL DEFAULT 1,
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX worker_grids_worker ON worker_grids(worker_id, from_date);
CREATE INDEX worker_grids_grid ON worker_grids(grid_id, from_date);

-- Existing workers keep the unit they were attached to as a current assignment when it is a grid.
INSERT INTO worker_grids (worker_id, grid_id, from_date, is_head)
SELECT w.id, w.org_unit_id, '2000-01-01', w.is_grid_head
FROM workers w JOIN org_units o ON o.id = w.org_unit_id
WHERE o.level = 4;
