-- Zongzhi Workbench schema, version 24 (SQLite): on PostgreSQL the lock guard of a run's rows moves from
-- per-row to per-statement triggers and the items and point rows stop checking their worker against
-- workers (the compute of a big township month wrote too slowly). SQLite's per-row triggers of 0021
-- cost little and stay: nothing to change here.
SELECT 1;
