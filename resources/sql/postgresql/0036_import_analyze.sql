-- ANALYZE after a bulk import (issue 11). The planner's statistics are stale after thousands of rows
-- came in at once, and the board's counts take slow plans until autovacuum comes by; but ANALYZE needs
-- the table's owner, and accounts own nothing. zz_import_analyze() lets an account have the tables an
-- import fills analysed, and only those (ANALYZE changes no data). VACUUM stays with the owner and
-- autovacuum: it cannot run inside a function.
CREATE FUNCTION zz_import_analyze(p_table text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF zz_user_id() IS NULL AND NOT zz_is_owner() THEN
        RAISE EXCEPTION 'not an account' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_table NOT IN ('org_units', 'grids', 'departments', 'categories', 'workers', 'worker_grids',
                       'worker_activities', 'cases', 'case_parties', 'case_flow', 'case_imports',
                       'hotline_orders', 'callbacks', 'petitions', 'persons', 'petition_persons') THEN
        RAISE EXCEPTION 'not a table imports fill' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF to_regclass(p_table) IS NOT NULL THEN
        EXECUTE format('ANALYZE %I', p_table);
    END IF;
END
$$;
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_import_analyze(text) SET search_path = %I, pg_temp', current_schema());
END
$$;
REVOKE ALL ON FUNCTION zz_import_analyze(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION zz_import_analyze(text) TO zongzhi_staff;
