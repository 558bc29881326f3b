-- Zongzhi Workbench schema, version 17 (PostgreSQL): 核查 and 结案 as one or two steps.
-- A center chooses (setting workflow.check_steps, county-wide, or workflow.check_steps.<township id>
-- for one township; 'one' when neither is set): 核查结案 in one step as before, or 核查 — 核查通过 moves
-- the case to 'verified' (待结案), 退回 sends it back to the handler — and then 结案. The rows of the
-- server's workflow copy that hold under one setting only say so (check_steps; src/core/CaseWorkflow.cpp
-- Transition::only, compared by tst_server_guards), and a trigger on case_flow holds the setting against
-- raw SQL: nobody closes from 待核查 where two steps are configured. Existing cases stay valid: 待核查 is
-- 待核查 under either setting, and a 待结案 case can be closed after a switch back to one step.

ALTER TABLE workflow_transitions ADD COLUMN check_steps TEXT CHECK (check_steps IN ('one', 'two'));
UPDATE workflow_transitions SET check_steps = 'one' WHERE action = 'close' AND from_status = 'feedback';
INSERT INTO workflow_transitions (action, from_status, to_status, roles, check_steps) VALUES
    ('verify', 'feedback', 'verified', 'duty_officer,leader', 'two'),
    ('close', 'verified', 'closed', 'duty_officer,leader', NULL),
    ('return', 'verified', 'in_progress', 'duty_officer,leader', NULL);

-- The setting that holds for a township: its own key, else the county's, else one step.
CREATE FUNCTION zz_check_steps(p_township_id bigint) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT coalesce((SELECT s.value FROM settings s
                     WHERE s.key = 'workflow.check_steps.' || p_township_id AND s.value IN ('one', 'two')),
                    (SELECT s.value FROM settings s
                     WHERE s.key = 'workflow.check_steps' AND s.value IN ('one', 'two')),
                    'one')
$$;

-- A flow row whose transition holds under one setting only is written where that setting holds.
CREATE FUNCTION zz_case_flow_steps_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_only text;
    v_township bigint;
BEGIN
    SELECT t.check_steps INTO v_only FROM workflow_transitions t
    WHERE t.action = NEW.action AND t.from_status = NEW.from_status;
    IF v_only IS NULL THEN
        RETURN NEW;
    END IF;
    SELECT c.township_id INTO v_township FROM cases c WHERE c.id = NEW.case_id;
    IF zz_check_steps(v_township) <> v_only THEN
        RAISE EXCEPTION 'the center''s check setting does not allow this action'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER case_flow_steps_guard BEFORE INSERT ON case_flow
    FOR EACH ROW WHEN (NEW.from_status = 'feedback') EXECUTE FUNCTION zz_case_flow_steps_guard();

-- A township admin sets his own township's choice; county admins set any (settings_admin).
CREATE POLICY settings_township_steps ON settings FOR ALL TO zongzhi_admin
    USING (CASE WHEN key ~ '^workflow\.check_steps\.[0-9]{1,18}$' THEN zz_in_scope(substr(key, 22)::bigint)
                ELSE false END)
    WITH CHECK (CASE WHEN key ~ '^workflow\.check_steps\.[0-9]{1,18}$'
                     THEN zz_in_scope(substr(key, 22)::bigint) AND value IN ('one', 'two')
                     ELSE false END);

-- 待结案 is open: the open cases' index lists it (the stage strip's live half stays index-only).
DROP INDEX cases_open_scope;
CREATE INDEX cases_open_scope ON cases (status, org_path)
    INCLUDE (deadline_at, received_at, confidential, created_by, id)
    WHERE status IN ('reported', 'registered', 'dispatched', 'in_progress', 'feedback', 'verified');

-- A call-back may also be made between 核查通过 and 结案.
CREATE OR REPLACE FUNCTION zz_callback_record(p_actor_user_id bigint, p_actor_name text, p_case_id bigint, p_method text,
                                   p_called_at bigint, p_person text, p_result text, p_note text, p_at bigint)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_owner boolean := zz_is_owner();
    v_user users%ROWTYPE;
    v_actor_id bigint := nullif(p_actor_user_id, 0);
    v_actor_name text := coalesce(p_actor_name, '');
    v_login text := NULL;
    c cases%ROWTYPE;
    v_id bigint;
BEGIN
    IF NOT v_owner THEN
        SELECT * INTO v_user FROM users u WHERE u.login = session_user AND u.active;
        IF v_user.id IS NULL THEN
            RAISE EXCEPTION 'not an active account' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT string_to_array(v_user.roles, ',') && ARRAY['duty_officer', 'leader'] THEN
            RAISE EXCEPTION 'only duty officers and leaders record call-backs' USING ERRCODE = 'insufficient_privilege';
        END IF;
        v_actor_id := v_user.id;
        v_actor_name := v_user.display_name;
        v_login := v_user.login;
    ELSE
        SELECT u.login INTO v_login FROM users u WHERE u.id = v_actor_id;
    END IF;

    SELECT * INTO c FROM cases k WHERE k.id = p_case_id FOR UPDATE;
    IF c.id IS NULL THEN
        RAISE EXCEPTION 'no such case' USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT v_owner THEN
        -- The same test as the row-level security policy on cases.
        IF NOT (starts_with(c.org_path, zz_scope_path())
                AND (NOT c.confidential OR c.created_by = v_user.id
                     OR EXISTS (SELECT 1 FROM case_access a WHERE a.case_id = c.id AND a.user_id = v_user.id))) THEN
            RAISE EXCEPTION 'the case is outside the account''s scope' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF c.status NOT IN ('feedback', 'verified', 'closed') THEN
        RAISE EXCEPTION 'a call-back is recorded on a case awaiting check or closing, or closed'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_called_at IS NULL OR p_at IS NULL OR p_called_at > p_at THEN
        RAISE EXCEPTION 'a call-back cannot lie in the future' USING ERRCODE = 'check_violation';
    END IF;

    INSERT INTO callbacks (case_id, method, called_at, person, result, note, actor_user_id, actor_name, at)
    VALUES (c.id, p_method, p_called_at, coalesce(p_person, ''), p_result, coalesce(p_note, ''), v_actor_id,
            v_actor_name, p_at)
    RETURNING id INTO v_id;
    -- No personal data in the detail: the method and the result only.
    PERFORM zz_audit_append(v_actor_id, coalesce(v_login, session_user::text), 'callback', 'case', c.id,
                            p_method || ' ' || p_result);
    RETURN v_id;
END
$$;

DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_check_steps(bigint) SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION zz_case_flow_steps_guard() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION zz_callback_record(bigint, text, bigint, text, bigint, text, text, text, bigint) '
                   'SET search_path = %I, pg_temp', current_schema());
END
$$;
REVOKE ALL ON FUNCTION zz_check_steps(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION zz_check_steps(bigint) TO zongzhi_staff;
REVOKE ALL ON FUNCTION zz_case_flow_steps_guard() FROM PUBLIC;
