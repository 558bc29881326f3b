-- The case search index merges its segments in idle time (Database::maintainSearchIndex(), every
-- minute in the desktop app) instead of inside whichever save happens to fill a level: automatic
-- merges were most of the slow case registrations at 1M cases. crisismerge (16 segments on a
-- level) still bounds the index when the upkeep does not run (the command-line tools).
INSERT INTO cases_fts(cases_fts, rank) VALUES('automerge', 0);
