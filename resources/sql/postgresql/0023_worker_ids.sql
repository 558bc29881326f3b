-- Grid workers' ID numbers (issue 10): every account reads workers (dispatch offers them county-wide),
-- but not their ID numbers. Lists read a masked copy (resident_id_masked, computed as
-- Masking::residentId() masks: 3301**********1234); staff roles lose SELECT on resident_id itself;
-- the number is handed out only by zz_worker_resident_id(), to the roles that may reveal personal
-- data (Permission::RevealPersonalData: reception, duty officers, department handlers, leaders) for
-- a worker within their scope, and every such reveal is written to the audit log by the server.
-- The SQLite file of the same number must stay equivalent.

ALTER TABLE workers ADD COLUMN resident_id_masked TEXT GENERATED ALWAYS AS (
    CASE WHEN length(resident_id) = 18 THEN left(resident_id, 4) || repeat('*', 10) || right(resident_id, 4)
         WHEN length(resident_id) <= 4 THEN repeat('*', length(resident_id))
         ELSE repeat('*', length(resident_id) - 4) || right(resident_id, 4) END
) STORED;

REVOKE SELECT ON workers FROM zongzhi_staff;
GRANT SELECT (id, org_unit_id, code, name, employment, phone, resident_id_masked, in_post_date, left_post_date,
              is_grid_head, active, version)
    ON workers TO zongzhi_staff;

CREATE FUNCTION zz_worker_resident_id(p_worker_id bigint) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_worker workers%ROWTYPE;
BEGIN
    SELECT * INTO v_worker FROM workers WHERE id = p_worker_id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NOT zz_is_owner() AND NOT ((zz_has_role('reception') OR zz_has_role('duty_officer') OR zz_has_role('handler')
                                   OR zz_has_role('leader')) AND zz_in_scope(v_worker.org_unit_id)) THEN
        RAISE EXCEPTION 'this account may not see the worker''s ID number' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- Which fields were shown, never their values (as the program writes for parties).
    PERFORM zz_audit_append(NULL, NULL, 'reveal', 'worker', p_worker_id,
                            'fields=' || concat_ws(',', CASE WHEN v_worker.resident_id <> '' THEN 'resident_id' END,
                                                 CASE WHEN v_worker.phone <> '' THEN 'phone' END));
    RETURN v_worker.resident_id;
END
$$;
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_worker_resident_id(bigint) SET search_path = %I, pg_temp', current_schema());
END
$$;
REVOKE ALL ON FUNCTION zz_worker_resident_id(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION zz_worker_resident_id(bigint) TO zongzhi_staff;
