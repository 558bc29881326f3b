-- ANALYZE after a petition ledger import (issue 11): the petition import fills the flow, clocks,
-- documents and kept numbers of the petitions it registers as well, and zz_import_analyze() (0036)
-- refused those, so the whole ANALYZE after such an import was skipped. The same function with them
-- allowed; still only tables imports fill, and ANALYZE changes no data.
CREATE OR REPLACE FUNCTION zz_import_analyze(p_table text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF zz_user_id() IS NULL AND NOT zz_is_owner() THEN
        RAISE EXCEPTION 'not an account' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_table NOT IN ('org_units', 'grids', 'departments', 'categories', 'workers', 'worker_grids',
                       'worker_activities', 'cases', 'case_parties', 'case_flow', 'case_imports',
                       'hotline_orders', 'callbacks', 'petitions', 'persons', 'petition_persons',
                       'petition_flow', 'petition_clocks', 'petition_documents', 'petition_kept_numbers') THEN
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
