-- Zongzhi Workbench schema, version 4 (SQLite): what the dispatch board (指挥调度台) reads.
-- Every list order keeps a keyset cursor that seeks an index; each index below was added because
-- EXPLAIN QUERY PLAN on a million demo cases showed a scan or a sort of the whole scope without it.
-- The PostgreSQL file of the same number must stay equivalent (and adds the change notification).

-- 紧急程度 order: major, urgent, normal, then the nearest deadline. A generated column rather than
-- an expression index because SQLite seeks a row-value cursor (rank, deadline, id) > (?, ?, ?) only
-- on plain or generated columns.
ALTER TABLE cases ADD COLUMN urgency_rank INTEGER
    GENERATED ALWAYS AS (CASE urgency WHEN 'major' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END) VIRTUAL;
CREATE INDEX cases_urgency_deadline ON cases(urgency_rank, deadline_at, id);

-- The stage strip: per status within an org subtree, with the columns the due-soon and overdue
-- sums need, so the counts never touch the table (CaseRepository::stageCountsStatement).
CREATE INDEX cases_status_scope ON cases(status, org_path, deadline_at, received_at);

-- The handler filter: without it a worker with few cases walks every case in received order.
CREATE INDEX cases_worker ON cases(worker_id, received_at);

-- 督办件 (about 2 % of cases): a partial index, matched by the literal in CaseRepository's filter.
CREATE INDEX cases_supervised ON cases(supervise_level, received_at) WHERE supervise_level <> 'none';
