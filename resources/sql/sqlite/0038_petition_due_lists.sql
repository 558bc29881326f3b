-- Petitions (issue 12): a township's overdue and due-soon lists (the leader's overview) walk this index in
-- due-date order within the township; at 1,000,000 petitions a walk of the whole due-date index skipped
-- another township's earlier dates for 40-100 ms. The SQLite file of the same number is the same.
CREATE INDEX petitions_township_next_due ON petitions(township_id, next_due_date, id) WHERE next_due_date IS NOT NULL;
