-- Leaders' figures over a year of a county (issue 14): the indicator statements read the cases
-- received in a period and the cases closed in it. These two indexes hold every column those
-- statements, their breakdowns and the row-level security policy (org_path, confidential,
-- created_by, id) touch, so PostgreSQL can answer them with index-only scans.
CREATE INDEX cases_received_figures ON cases(received_at) INCLUDE (township_id, status, closed_at, org_path,
    category_id, source, department_id, org_unit_id, latitude, longitude, confidential, created_by, id);
CREATE INDEX cases_closed_figures ON cases(closed_at) INCLUDE (status, deadline_at, dispute_settled, received_at,
    township_id, org_path, category_id, source, department_id, org_unit_id, confidential, created_by, id)
    WHERE closed_at IS NOT NULL;
-- The planner needs the new indexes' statistics to prefer them (a big database gets them here once).
ANALYZE cases;
