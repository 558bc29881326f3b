-- The petition figures of the leaders' dashboard and their drill-downs into the 信访台账 (issues 14
-- and 12): each part of PetitionIndicatorQueries reads the clocks or documents of its period through
-- an index of its own instead of visiting every petition of the scope; 超期 at an as-of date reads
-- the clocks running now, those met after that day and the petitions closed after it. The
-- PostgreSQL file of the same number must stay equivalent.
CREATE INDEX petition_clocks_kind_due ON petition_clocks(kind, due_date, petition_id);
CREATE INDEX petition_clocks_kind_start ON petition_clocks(kind, start_date, petition_id);
CREATE INDEX petition_clocks_met ON petition_clocks(met_on, due_date, petition_id) WHERE met_on IS NOT NULL;
CREATE INDEX petition_clocks_running_due ON petition_clocks(due_date, petition_id)
    WHERE met_on IS NULL AND state = 'running';
CREATE INDEX petition_documents_kind_delivered ON petition_documents(kind, delivered_on, petition_id)
    WHERE delivered_on IS NOT NULL;
CREATE INDEX petitions_closed ON petitions(closed_at, id) WHERE closed_at IS NOT NULL;
-- The planner needs the new indexes' statistics to prefer them (a big database gets them here once).
ANALYZE petition_clocks;
ANALYZE petition_documents;
ANALYZE petitions;
