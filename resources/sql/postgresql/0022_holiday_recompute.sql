-- Entering a year's holidays in the app (issue 10, 基础数据 → 节假日). Until now only the owner
-- (zongzhi-cli calendar import) could recompute the deadlines counted over a year whose holidays were
-- not yet entered: no account may write cases or case_flow, and row-level security hides the
-- confidential cases. A county admin, who writes the holidays table (policy holidays_admin), now
-- recomputes them in the same transaction through two SECURITY DEFINER functions:
--   * zz_deadline_candidates(after): the open cases counted in working days whose deadline lies on or
--     after `after`, with the moment their count started (the last dispatch or transfer with a limit
--     of its own, or reopening); ids, statuses and times only, no text;
--   * zz_case_recompute_deadline(case, version, deadline, note, at): moves one such deadline by whole
--     days (at most 31) and writes its flow row ('recompute_deadline', same status), attributed to the
--     session's account; the flow trigger audits it.
-- Equivalent to the SQLite file of the same number (there the program checks the county admin:
-- src/storage/HolidayCalendarService.cpp, src/storage/DeadlineRecompute.cpp).

CREATE FUNCTION zz_require_calendar_admin() RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    IF zz_is_owner() THEN
        RETURN;
    END IF;
    IF NOT (zz_has_role('admin') AND zz_county_scope()) THEN
        RAISE EXCEPTION 'only a county admin enters the holiday calendar' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

CREATE FUNCTION zz_deadline_candidates(p_after bigint)
RETURNS TABLE (id bigint, status text, level_org_unit_id bigint, received_at bigint, deadline_at bigint,
               version integer, count_from bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    PERFORM zz_require_calendar_admin();
    RETURN QUERY
    SELECT c.id, c.status, c.level_org_unit_id, c.received_at, c.deadline_at, c.version,
           (SELECT f.at FROM case_flow f
            WHERE f.case_id = c.id
              AND ((f.action IN ('dispatch', 'transfer') AND f.days > 0) OR f.action = 'reopen')
            ORDER BY f.id DESC LIMIT 1)
    FROM cases c
    WHERE c.deadline_working AND c.deadline_at >= p_after
      AND c.status NOT IN ('declined', 'closed', 'archived')
    ORDER BY c.id;
END
$$;

CREATE FUNCTION zz_case_recompute_deadline(p_case_id bigint, p_version integer, p_deadline_at bigint,
                                           p_actor_name text, p_note text, p_at bigint)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_owner boolean := zz_is_owner();
    v_actor_id bigint := NULL;
    v_actor_name text := coalesce(p_actor_name, '');
    c cases%ROWTYPE;
    v_flow bigint;
BEGIN
    PERFORM zz_require_calendar_admin();
    IF NOT v_owner THEN
        SELECT u.id, u.display_name INTO v_actor_id, v_actor_name FROM users u
        WHERE u.login = session_user AND u.active;
    END IF;
    SELECT * INTO c FROM cases k WHERE k.id = p_case_id FOR UPDATE;
    IF c.id IS NULL THEN
        RAISE EXCEPTION 'no such case' USING ERRCODE = 'no_data_found';
    END IF;
    IF c.version <> p_version THEN
        RAISE EXCEPTION 'the case was changed by someone else' USING ERRCODE = 'serialization_failure';
    END IF;
    IF c.status IN ('declined', 'closed', 'archived') OR NOT c.deadline_working OR c.deadline_at IS NULL
       OR p_deadline_at IS NULL OR p_deadline_at = c.deadline_at
       OR (p_deadline_at - c.deadline_at) % 86400 <> 0 OR abs(p_deadline_at - c.deadline_at) > 31 * 86400 THEN
        RAISE EXCEPTION 'a recompute moves the working-day deadline of an open case by whole days, at most 31'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE cases k SET deadline_at = p_deadline_at, updated_at = p_at, version = k.version + 1,
                       write_xact = pg_current_xact_id()
    WHERE k.id = c.id;
    INSERT INTO case_flow (case_id, action, from_status, to_status, actor_user_id, actor_name, from_org_unit_id,
                           to_org_unit_id, days, note, at)
    VALUES (c.id, 'recompute_deadline', c.status, c.status, v_actor_id, v_actor_name, c.level_org_unit_id,
            c.level_org_unit_id, 0, coalesce(p_note, ''), p_at)
    RETURNING id INTO v_flow;
    RETURN v_flow;
END
$$;

DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_require_calendar_admin() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION zz_deadline_candidates(bigint) SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION zz_case_recompute_deadline(bigint, integer, bigint, text, text, bigint) '
                   'SET search_path = %I, pg_temp', current_schema());
END
$$;
REVOKE ALL ON FUNCTION zz_require_calendar_admin() FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_deadline_candidates(bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_case_recompute_deadline(bigint, integer, bigint, text, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION zz_require_calendar_admin() TO zongzhi_admin;
GRANT EXECUTE ON FUNCTION zz_deadline_candidates(bigint) TO zongzhi_admin;
GRANT EXECUTE ON FUNCTION zz_case_recompute_deadline(bigint, integer, bigint, text, text, bigint) TO zongzhi_admin;
