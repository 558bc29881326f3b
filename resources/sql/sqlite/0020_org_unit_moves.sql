-- Moving a village to another township (issue 10): the moves are kept, and on PostgreSQL an account
-- moves a unit only through zz_org_unit_move(). The PostgreSQL file of the same number must stay
-- equivalent (it also records the transaction of each move, which its org-unit trigger checks).
-- A move changes the subtree's paths and township and the cases' org_path and township_id (the
-- counts of 0010 follow through the cases' triggers); a moved case keeps its case_no and takes
-- seq = -id, as (township_id, year, seq) is unique per numbering township (src/storage/OrgUnitService.cpp).

-- from_parent_id and to_parent_id are history: no foreign keys, so a township a village left can
-- still be deleted.
CREATE TABLE org_unit_moves (
    id             INTEGER PRIMARY KEY,
    unit_id        INTEGER NOT NULL REFERENCES org_units(id) ON DELETE CASCADE,
    from_parent_id INTEGER NOT NULL,
    to_parent_id   INTEGER NOT NULL,
    cases          INTEGER NOT NULL DEFAULT 0,
    moved_at       INTEGER NOT NULL,
    moved_by       INTEGER REFERENCES users(id)
);
CREATE INDEX org_unit_moves_unit ON org_unit_moves(unit_id, id);
