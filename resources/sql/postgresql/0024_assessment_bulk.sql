-- Zongzhi Workbench schema, version 24 (PostgreSQL): a month's compute writes tens of thousands of point
-- rows (issue 13's benchmark: 30,000 for a township of 500 workers), and the per-row checks of
-- migration 0021 made that write the slowest part of it. The lock guard of a run's results, items and
-- point rows now runs once per statement over its transition tables (same rule: no row of a locked
-- month is inserted, changed or deleted, for any role), and the items and point rows no longer check
-- each worker against workers (score_results still does; they are written with it, in one
-- transaction). The SQLite file of the same number changes nothing.

DROP TRIGGER score_results_guard ON score_results;
DROP TRIGGER score_lines_guard ON score_lines;
DROP TRIGGER score_rows_guard ON score_rows;
DROP FUNCTION zz_score_rows_guard();

CREATE FUNCTION zz_score_rows_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        IF EXISTS (SELECT 1 FROM old_rows o JOIN score_runs r ON r.id = o.run_id WHERE r.status = 'locked') THEN
            RAISE EXCEPTION 'the month is locked' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF EXISTS (SELECT 1 FROM new_rows n JOIN score_runs r ON r.id = n.run_id WHERE r.status = 'locked') THEN
            RAISE EXCEPTION 'the month is locked' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NULL;
END
$$;
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_score_rows_guard() SET search_path = %I, pg_temp', current_schema());
END
$$;

CREATE TRIGGER score_results_guard_insert AFTER INSERT ON score_results REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_score_rows_guard();
CREATE TRIGGER score_results_guard_update AFTER UPDATE ON score_results
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zz_score_rows_guard();
CREATE TRIGGER score_results_guard_delete AFTER DELETE ON score_results REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_score_rows_guard();
CREATE TRIGGER score_lines_guard_insert AFTER INSERT ON score_lines REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_score_rows_guard();
CREATE TRIGGER score_lines_guard_update AFTER UPDATE ON score_lines
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zz_score_rows_guard();
CREATE TRIGGER score_lines_guard_delete AFTER DELETE ON score_lines REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_score_rows_guard();
CREATE TRIGGER score_rows_guard_insert AFTER INSERT ON score_rows REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_score_rows_guard();
CREATE TRIGGER score_rows_guard_update AFTER UPDATE ON score_rows
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zz_score_rows_guard();
CREATE TRIGGER score_rows_guard_delete AFTER DELETE ON score_rows REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION zz_score_rows_guard();

ALTER TABLE score_lines DROP CONSTRAINT score_lines_worker_id_fkey;
ALTER TABLE score_rows DROP CONSTRAINT score_rows_worker_id_fkey;
