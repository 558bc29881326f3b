-- Petitions (issue 12): the petition board's first page for a township walks this index in the board's
-- order (newest receipt first) instead of sorting the township's petitions; the benchmark of 10,000
-- petitions showed the sort (13 ms on SQLite, growing with the table). The SQLite file of the same
-- number is the same.
CREATE INDEX petitions_township_received ON petitions(township_id, received_at, id);
