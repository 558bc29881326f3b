-- Petition counts by status settled at commit on PostgreSQL (issue 11: the petition ledger import's speed):
-- there every version of a row a transaction writes stays until it ends, so each statement's change now
-- goes to petition_count_deltas and is added into petition_status_counts once per transaction. SQLite
-- needs nothing: it updates a row in place however often a transaction changes it (triggers of 0037).
SELECT 1;
