-- SQLite: nothing to do. On PostgreSQL this migration lets a county admin recompute the deadlines
-- when entering a year's holidays (zz_deadline_candidates, zz_case_recompute_deadline); on a single
-- machine the program checks the county admin (src/storage/HolidayCalendarService.cpp) and writes
-- the cases and flow rows itself (src/storage/DeadlineRecompute.cpp).
SELECT 1;
