-- Leaders' figures over a year of a county (issue 14): the indicator statements read the cases
-- received in a period and the cases closed in it. These two indexes hold every column those
-- statements and their breakdowns touch, so SQLite answers them from the index alone instead of
-- visiting each case's row (about ten times faster at 1,000,000 cases; see README, benchmarks).
CREATE INDEX cases_received_figures ON cases(received_at, township_id, status, closed_at, org_path,
    category_id, source, department_id, org_unit_id, latitude, longitude);
CREATE INDEX cases_closed_figures ON cases(closed_at, status, deadline_at, dispute_settled, received_at,
    township_id, org_path, category_id, source, department_id, org_unit_id)
    WHERE closed_at IS NOT NULL;
-- The planner needs the new indexes' statistics to prefer them (a big database gets them here once).
ANALYZE cases;
