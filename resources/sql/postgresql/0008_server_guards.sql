-- Zongzhi Workbench schema, version 8 (PostgreSQL): the server is the last line.
--
-- Until now an account's login role could write cases, the flow log, the case counters and (leaders,
-- admins) the reference tables directly, so raw SQL walked past the workflow, the numbering, the scope
-- and the audit log. From here on:
--   * cases and case_flow are written only by zz_case_report() and zz_case_apply(): SECURITY DEFINER
--     functions with a pinned search_path that take the actor from session_user, check role, scope,
--     version and the transition (table workflow_transitions, the mirror of src/core/CaseWorkflow.cpp),
--     allow each action to change only its own columns, and write the case row and its flow row together.
--     Case numbers come from zz_case_report() alone; nobody but the owner can touch case_counters.
--   * parties, links, attachments and copies may be inserted only in the transaction that just wrote
--     their case through those functions (cases.write_xact).
--   * reference data (org_units, grids, departments, workers; categories, holidays, supervision limits
--     and shared settings) is written by admins only, within their scope (county-wide tables by county
--     admins only); org unit paths are computed by the server; every change is audited by a trigger.
--   * accounts and their login roles change only through zz_account_*(), which check that the caller is
--     an admin whose scope holds the account, grant only the three zongzhi group roles, and audit. No
--     account's login role holds CREATEROLE any more: the table owner (who must have it) acts for them.
--   * failed logins are counted by the server (zz_login_failed through the gate role zongzhi_login);
--     five within 15 minutes make the login role NOLOGIN for 15 minutes.
-- The owner (the role that ran the migrations) and superusers are trusted like the holder of an SQLite
-- file: migrations, zongzhi-cli and demo data run as the owner and name the actor themselves.

CREATE FUNCTION zz_is_owner() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user AND r.rolsuper)
        OR pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'cases'::regclass), 'MEMBER')
$$;

-- The account's role codes between commas (",leader,admin,"), NULL when session_user is no active account.
CREATE FUNCTION zz_roles() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT ',' || u.roles || ',' FROM users u WHERE u.login = session_user AND u.active
$$;

CREATE FUNCTION zz_has_role(p_role text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce(zz_roles() LIKE '%,' || p_role || ',%', false)
$$;

-- True when the org unit lies within the caller's scope (its own unit or below).
CREATE FUNCTION zz_in_scope(p_org_unit_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT coalesce((SELECT starts_with(o.path, zz_scope_path()) FROM org_units o WHERE o.id = p_org_unit_id), false)
$$;

-- True when the caller's own unit is the top of the tree (a county account).
CREATE FUNCTION zz_county_scope() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT coalesce((SELECT o.parent_id IS NULL FROM users u JOIN org_units o ON o.id = u.org_unit_id
                     WHERE u.login = session_user AND u.active), false)
$$;

-- The workflow, as src/core/CaseWorkflow.cpp defines it (tst_server_guards compares the two).
CREATE TABLE workflow_transitions (
    action      TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    roles       TEXT NOT NULL,
    PRIMARY KEY (action, from_status)
);
INSERT INTO workflow_transitions (action, from_status, to_status, roles) VALUES
    ('register', 'reported', 'registered', 'reception,duty_officer'),
    ('decline', 'reported', 'declined', 'reception,duty_officer'),
    ('dispatch', 'registered', 'dispatched', 'duty_officer'),
    ('sign', 'dispatched', 'in_progress', 'handler'),
    ('feedback', 'in_progress', 'feedback', 'handler'),
    ('close', 'feedback', 'closed', 'duty_officer,leader'),
    ('archive', 'closed', 'archived', 'duty_officer,leader'),
    ('archive', 'declined', 'archived', 'duty_officer,leader'),
    ('return', 'dispatched', 'registered', 'duty_officer,handler'),
    ('return', 'in_progress', 'registered', 'duty_officer,handler'),
    ('return', 'feedback', 'in_progress', 'duty_officer,leader'),
    ('transfer', 'dispatched', 'dispatched', 'duty_officer'),
    ('transfer', 'in_progress', 'dispatched', 'duty_officer'),
    ('escalate', 'reported', 'reported', 'reception,duty_officer,leader'),
    ('escalate', 'registered', 'reported', 'reception,duty_officer,leader'),
    ('escalate', 'dispatched', 'reported', 'reception,duty_officer,leader'),
    ('escalate', 'in_progress', 'reported', 'reception,duty_officer,leader'),
    ('hand_down', 'reported', 'reported', 'duty_officer,leader'),
    ('hand_down', 'registered', 'reported', 'duty_officer,leader'),
    ('request_extension', 'dispatched', 'dispatched', 'handler'),
    ('request_extension', 'in_progress', 'in_progress', 'handler'),
    ('approve_extension', 'dispatched', 'dispatched', 'leader'),
    ('approve_extension', 'in_progress', 'in_progress', 'leader'),
    ('refuse_extension', 'dispatched', 'dispatched', 'leader'),
    ('refuse_extension', 'in_progress', 'in_progress', 'leader'),
    ('supervise', 'registered', 'registered', 'duty_officer,leader'),
    ('supervise', 'dispatched', 'dispatched', 'duty_officer,leader'),
    ('supervise', 'in_progress', 'in_progress', 'duty_officer,leader'),
    ('supervise', 'feedback', 'feedback', 'duty_officer,leader'),
    ('urge', 'dispatched', 'dispatched', 'duty_officer,leader'),
    ('urge', 'in_progress', 'in_progress', 'duty_officer,leader'),
    ('reopen', 'closed', 'dispatched', 'duty_officer,leader'),
    ('settle_on_spot', 'reported', 'closed', 'reception,duty_officer');

-- The transaction that last wrote the case through zz_case_report()/zz_case_apply(): its parties,
-- links, attachments and copies may be inserted in that transaction only.
ALTER TABLE cases ADD COLUMN write_xact xid8;

-- A new case: numbered, placed, attributed and logged by the server. Returns its id, number and seq.
CREATE FUNCTION zz_case_report(p_actor_user_id bigint, p_actor_name text, p_org_unit_id bigint, p_year integer,
                               p_title text, p_description text, p_source text, p_nature text,
                               p_category_id bigint, p_address text, p_latitude double precision,
                               p_longitude double precision, p_urgency text, p_risk text, p_received_at bigint,
                               p_deadline_at bigint, p_deadline_working boolean, p_confidential boolean,
                               p_lookup_code text, p_idempotency_key text, p_note text, p_at bigint)
RETURNS TABLE (case_id bigint, case_no text, seq integer)
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_owner boolean := zz_is_owner();
    v_actor_id bigint := nullif(p_actor_user_id, 0);
    v_actor_name text := coalesce(p_actor_name, '');
    v_actor_org bigint;
    v_unit org_units%ROWTYPE;
    v_township org_units%ROWTYPE;
    v_received_year integer := extract(year FROM to_timestamp(p_received_at))::integer;
    v_seq integer;
    v_no text;
    v_id bigint;
BEGIN
    IF v_owner THEN
        SELECT u.org_unit_id INTO v_actor_org FROM users u WHERE u.id = v_actor_id;
    ELSE
        SELECT u.id, u.display_name, u.org_unit_id INTO v_actor_id, v_actor_name, v_actor_org
        FROM users u WHERE u.login = session_user AND u.active;
        IF v_actor_id IS NULL THEN
            RAISE EXCEPTION 'not an active account' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT (zz_has_role('reception') OR zz_has_role('duty_officer') OR zz_has_role('leader')) THEN
            RAISE EXCEPTION 'this account may not register cases' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    SELECT * INTO v_unit FROM org_units o WHERE o.id = p_org_unit_id;
    IF v_unit.id IS NULL OR v_unit.township_id IS NULL THEN
        RAISE EXCEPTION 'the place must lie in a township' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT v_owner AND NOT zz_in_scope(v_unit.id) THEN
        RAISE EXCEPTION 'the place is outside the account''s scope' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The year only picks between neighbouring years' counters (local time vs UTC at New Year).
    IF p_year IS NULL OR p_year NOT BETWEEN v_received_year - 1 AND v_received_year + 1 THEN
        RAISE EXCEPTION 'the case year does not match its receipt' USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO v_township FROM org_units o WHERE o.id = v_unit.township_id;

    -- Gap-free: the counter row stays locked until commit, and a rolled-back save gives its number back.
    INSERT INTO case_counters (township_id, year, last_seq) VALUES (v_township.id, p_year, 0)
        ON CONFLICT (township_id, year) DO NOTHING;
    UPDATE case_counters k SET last_seq = k.last_seq + 1
        WHERE k.township_id = v_township.id AND k.year = p_year RETURNING k.last_seq INTO v_seq;
    v_no := v_township.code || '-' || p_year || '-' ||
            CASE WHEN v_seq < 1000000 THEN lpad(v_seq::text, 6, '0') ELSE v_seq::text END;

    INSERT INTO cases (case_no, township_id, year, seq, lookup_code, title, description, source, nature,
                       category_id, org_unit_id, org_path, address, latitude, longitude, urgency, risk, status,
                       level_org_unit_id, received_at, deadline_at, deadline_working, supervise_level,
                       confidential, created_by, updated_at, version, idempotency_key, write_xact)
    VALUES (v_no, v_township.id, p_year, v_seq, p_lookup_code, p_title, coalesce(p_description, ''), p_source,
            p_nature, p_category_id, v_unit.id, v_unit.path, coalesce(p_address, ''), p_latitude, p_longitude,
            coalesce(p_urgency, 'normal'), coalesce(p_risk, 'green'), 'reported', v_township.id, p_received_at,
            p_deadline_at, coalesce(p_deadline_working, true), 'none', coalesce(p_confidential, false),
            v_actor_id, p_at, 1, p_idempotency_key, pg_current_xact_id())
    RETURNING id INTO v_id;
    INSERT INTO case_flow (case_id, action, from_status, to_status, actor_user_id, actor_name, from_org_unit_id,
                           to_org_unit_id, note, at)
    VALUES (v_id, 'report', NULL, 'reported', v_actor_id, v_actor_name, v_actor_org, v_township.id,
            coalesce(p_note, ''), p_at);
    RETURN QUERY SELECT v_id, v_no, v_seq;
END
$$;

-- One workflow action on one case: the case row and its flow row together. Returns the flow row's id.
-- Automatic supervision (SupervisionService) passes no actor: the flow row then names none, and the
-- audit row names the account whose program raised the card.
CREATE FUNCTION zz_case_apply(p_actor_user_id bigint, p_actor_name text, p_case_id bigint, p_version integer,
                              p_action text, p_to_status text, p_level_org_unit_id bigint,
                              p_department_id bigint, p_worker_id bigint, p_deadline_at bigint,
                              p_deadline_working boolean, p_closed_at bigint, p_supervise_level text,
                              p_extension_pending_days integer, p_satisfaction text, p_dispute_settled boolean,
                              p_days integer, p_note text, p_at bigint)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_owner boolean := zz_is_owner();
    v_user users%ROWTYPE;
    v_actor_id bigint := nullif(p_actor_user_id, 0);
    v_actor_name text := coalesce(p_actor_name, '');
    c cases%ROWTYPE;
    v_allowed text;
    v_level_path text;
    v_target_path text;
    v_flow bigint;
BEGIN
    IF NOT v_owner THEN
        SELECT * INTO v_user FROM users u WHERE u.login = session_user AND u.active;
        IF v_user.id IS NULL THEN
            RAISE EXCEPTION 'not an active account' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF p_action = 'supervise' AND v_actor_id IS NULL THEN
            v_actor_name := coalesce(p_actor_name, '');
        ELSE
            v_actor_id := v_user.id;
            v_actor_name := v_user.display_name;
        END IF;
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
    IF c.version <> p_version THEN
        RAISE EXCEPTION 'the case was changed by someone else' USING ERRCODE = 'serialization_failure';
    END IF;

    SELECT t.roles INTO v_allowed FROM workflow_transitions t
    WHERE t.action = p_action AND t.from_status = c.status AND t.to_status = p_to_status;
    IF v_allowed IS NULL THEN
        RAISE EXCEPTION 'the workflow does not allow this action now' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT v_owner THEN
        IF NOT string_to_array(v_user.roles, ',') && string_to_array(v_allowed, ',') THEN
            RAISE EXCEPTION 'this account''s roles may not take this action' USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- A department handler acts only on cases sent to his own department.
        IF string_to_array(v_user.roles, ',') <@ ARRAY['handler'] AND v_user.department_id IS NOT NULL
           AND c.department_id IS DISTINCT FROM v_user.department_id THEN
            RAISE EXCEPTION 'the case was not sent to this account''s department'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;

    -- Each action changes only its own columns.
    IF p_level_org_unit_id IS DISTINCT FROM c.level_org_unit_id THEN
        SELECT o.path INTO v_level_path FROM org_units o WHERE o.id = c.level_org_unit_id;
        SELECT o.path INTO v_target_path FROM org_units o WHERE o.id = p_level_org_unit_id;
        IF v_target_path IS NULL
           OR NOT ((p_action = 'escalate' AND starts_with(v_level_path, v_target_path))
                   OR (p_action = 'hand_down' AND starts_with(v_target_path, v_level_path))) THEN
            RAISE EXCEPTION 'this action may not move the case to that level' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF (p_department_id IS DISTINCT FROM c.department_id OR p_worker_id IS DISTINCT FROM c.worker_id)
       AND p_action NOT IN ('dispatch', 'transfer', 'return', 'escalate', 'hand_down') THEN
        RAISE EXCEPTION 'this action may not change the handler' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (p_deadline_at IS DISTINCT FROM c.deadline_at OR p_deadline_working IS DISTINCT FROM c.deadline_working)
       AND p_action NOT IN ('dispatch', 'transfer', 'approve_extension', 'reopen') THEN
        RAISE EXCEPTION 'this action may not change the deadline' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_closed_at IS DISTINCT FROM c.closed_at
       AND NOT (p_action IN ('close', 'settle_on_spot', 'decline') AND p_closed_at = p_at)
       AND NOT (p_action = 'reopen' AND p_closed_at IS NULL) THEN
        RAISE EXCEPTION 'this action may not change the closing time' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_supervise_level IS DISTINCT FROM c.supervise_level AND p_action <> 'supervise' THEN
        RAISE EXCEPTION 'this action may not change the supervision level' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_action IN ('approve_extension', 'refuse_extension') AND c.extension_pending_days = 0 THEN
        RAISE EXCEPTION 'no extension request is pending' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_extension_pending_days IS DISTINCT FROM c.extension_pending_days AND p_extension_pending_days <> 0
       AND NOT (p_action = 'request_extension' AND c.extension_pending_days = 0
                AND p_extension_pending_days BETWEEN 1 AND 365) THEN
        RAISE EXCEPTION 'this action may not request an extension' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_satisfaction IS DISTINCT FROM c.satisfaction AND p_action NOT IN ('close', 'settle_on_spot') THEN
        RAISE EXCEPTION 'this action may not record satisfaction' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_dispute_settled IS DISTINCT FROM c.dispute_settled
       AND p_action NOT IN ('feedback', 'close', 'settle_on_spot') THEN
        RAISE EXCEPTION 'this action may not record the dispute outcome' USING ERRCODE = 'insufficient_privilege';
    END IF;

    UPDATE cases k SET status = p_to_status, level_org_unit_id = p_level_org_unit_id, department_id = p_department_id,
                       worker_id = p_worker_id, deadline_at = p_deadline_at, deadline_working = p_deadline_working,
                       closed_at = p_closed_at, supervise_level = p_supervise_level,
                       extension_pending_days = p_extension_pending_days, satisfaction = p_satisfaction,
                       dispute_settled = p_dispute_settled, updated_at = p_at, version = k.version + 1,
                       write_xact = pg_current_xact_id()
    WHERE k.id = c.id;
    INSERT INTO case_flow (case_id, action, from_status, to_status, actor_user_id, actor_name, from_org_unit_id,
                           to_org_unit_id, department_id, worker_id, days, note, at)
    VALUES (c.id, p_action, c.status, p_to_status, v_actor_id, v_actor_name, c.level_org_unit_id,
            p_level_org_unit_id, p_department_id, p_worker_id, coalesce(p_days, 0), coalesce(p_note, ''), p_at)
    RETURNING id INTO v_flow;
    RETURN v_flow;
END
$$;

-- The audit row of a flow row names the session's account whenever there is one; only the owner's
-- rows (command line, demo data) are taken at their word.
CREATE OR REPLACE FUNCTION zz_audit_case_flow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_id bigint;
    v_login text;
BEGIN
    SELECT u.id, u.login INTO v_id, v_login FROM users u WHERE u.login = session_user::text;
    IF v_login IS NULL THEN
        SELECT u.id, u.login INTO v_id, v_login FROM users u WHERE u.id = NEW.actor_user_id;
    END IF;
    PERFORM zz_audit_append(v_id, coalesce(v_login, session_user::text),
                            CASE WHEN NEW.action = 'report' THEN 'case_report' ELSE 'case_action' END,
                            'case', NEW.case_id,
                            NEW.action || ' ' || coalesce(NEW.from_status, '') || '→' || NEW.to_status ||
                            CASE WHEN coalesce(NEW.note, '') = '' THEN ''
                                 ELSE ' ' || regexp_replace(NEW.note, '[0-9]{7,}[0-9Xx]?', '***', 'g') END);
    RETURN NULL;
END
$$;

-- ---- Org units: an account's rows get their path and township from the server.
CREATE FUNCTION zz_org_units_place() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_parent org_units%ROWTYPE;
BEGIN
    IF zz_is_owner() THEN
        RETURN NEW; -- demo data and the command line insert whole trees in one statement
    END IF;
    IF NEW.parent_id IS NOT NULL THEN
        SELECT * INTO v_parent FROM org_units o WHERE o.id = NEW.parent_id;
        IF v_parent.id IS NULL THEN
            RAISE EXCEPTION 'no such parent unit' USING ERRCODE = 'foreign_key_violation';
        END IF;
    END IF;
    NEW.path := coalesce(v_parent.path, '/') || NEW.id || '/';
    NEW.township_id := CASE WHEN NEW.level = 2 THEN NEW.id
                            WHEN NEW.level > 2 THEN v_parent.township_id END;
    IF TG_OP = 'UPDATE' AND (NEW.path <> OLD.path OR NEW.level <> OLD.level OR NEW.id <> OLD.id) THEN
        RAISE EXCEPTION 'org units cannot be moved or re-levelled' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER org_units_place BEFORE INSERT OR UPDATE ON org_units
    FOR EACH ROW EXECUTE FUNCTION zz_org_units_place();

-- ---- Every change of reference data leaves an audit row written by the server (personal saved
-- filters, the user.* settings, are the account's own business).
CREATE FUNCTION zz_audit_reference() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
    v_changed text[];
    v_key text;
BEGIN
    IF TG_TABLE_NAME = 'settings' AND v_row ->> 'key' LIKE 'user.%' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT array_agg(n.key ORDER BY n.key) INTO v_changed
        FROM jsonb_each(to_jsonb(NEW)) AS n
        WHERE n.value IS DISTINCT FROM (to_jsonb(OLD) -> n.key);
        IF v_changed IS NULL THEN
            RETURN NULL;
        END IF;
    END IF;
    v_key := coalesce(v_row ->> 'id', v_row ->> 'org_unit_id', v_row ->> 'day', v_row ->> 'key', '');
    PERFORM zz_audit_append(NULL, NULL, 'reference_change', TG_TABLE_NAME,
                            CASE WHEN v_key ~ '^[0-9]{1,18}$' THEN v_key::bigint END,
                            lower(TG_OP) || ' ' || TG_TABLE_NAME || ' ' || v_key ||
                            CASE WHEN v_changed IS NULL THEN '' ELSE ' changed=' || array_to_string(v_changed, ',') END);
    RETURN NULL;
END
$$;

CREATE TRIGGER org_units_audit AFTER INSERT OR UPDATE OR DELETE ON org_units
    FOR EACH ROW EXECUTE FUNCTION zz_audit_reference();
CREATE TRIGGER grids_audit AFTER INSERT OR UPDATE OR DELETE ON grids
    FOR EACH ROW EXECUTE FUNCTION zz_audit_reference();
CREATE TRIGGER departments_audit AFTER INSERT OR UPDATE OR DELETE ON departments
    FOR EACH ROW EXECUTE FUNCTION zz_audit_reference();
CREATE TRIGGER categories_audit AFTER INSERT OR UPDATE OR DELETE ON categories
    FOR EACH ROW EXECUTE FUNCTION zz_audit_reference();
CREATE TRIGGER workers_audit AFTER INSERT OR UPDATE OR DELETE ON workers
    FOR EACH ROW EXECUTE FUNCTION zz_audit_reference();
CREATE TRIGGER holidays_audit AFTER INSERT OR UPDATE OR DELETE ON holidays
    FOR EACH ROW EXECUTE FUNCTION zz_audit_reference();
CREATE TRIGGER supervision_limits_audit AFTER INSERT OR UPDATE OR DELETE ON supervision_limits
    FOR EACH ROW EXECUTE FUNCTION zz_audit_reference();
CREATE TRIGGER settings_audit AFTER INSERT OR UPDATE OR DELETE ON settings
    FOR EACH ROW EXECUTE FUNCTION zz_audit_reference();

-- ---- Accounts. The caller must be the owner or an active admin whose scope holds the account's
-- unit (before and after the change); grants are exactly the three zongzhi groups.
CREATE FUNCTION zz_require_account_admin(p_org_unit_id bigint) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    IF zz_is_owner() THEN
        RETURN;
    END IF;
    IF NOT zz_has_role('admin') THEN
        RAISE EXCEPTION 'only admins manage accounts' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT zz_in_scope(p_org_unit_id) THEN
        RAISE EXCEPTION 'the account is outside this admin''s scope' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- Makes the login role's memberships match the account's roles (never CREATEROLE).
CREATE FUNCTION zz_sync_login_role(p_login text, p_roles text, p_active boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_group text;
    v_wanted boolean;
BEGIN
    FOREACH v_group IN ARRAY ARRAY['zongzhi_staff', 'zongzhi_reference', 'zongzhi_admin'] LOOP
        v_wanted := CASE v_group
                        WHEN 'zongzhi_staff' THEN true
                        WHEN 'zongzhi_reference' THEN (',' || p_roles || ',') ~ ',(admin|leader),'
                        ELSE (',' || p_roles || ',') LIKE '%,admin,%' END;
        IF v_wanted <> EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                               JOIN pg_roles r ON r.oid = m.member
                               WHERE g.rolname = v_group AND r.rolname = p_login) THEN
            EXECUTE format(CASE WHEN v_wanted THEN 'GRANT %I TO %I' ELSE 'REVOKE %I FROM %I' END, v_group, p_login);
        END IF;
    END LOOP;
    EXECUTE format('ALTER ROLE %I NOCREATEROLE %s', p_login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
$$;

-- The login role behind an account: a zongzhi staff role, never a superuser nor the owner.
CREATE FUNCTION zz_require_account_role(p_login text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_login AND NOT r.rolsuper)
       OR pg_has_role(p_login, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'cases'::regclass), 'MEMBER') THEN
        RAISE EXCEPTION 'not an account''s login role' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

CREATE FUNCTION zz_check_verifier(p_verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    -- Only a SCRAM verifier computed by the client: a plain password never reaches the server's logs.
    IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is required' USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

CREATE FUNCTION zz_account_create(p_login text, p_display_name text, p_roles text, p_org_unit_id bigint,
                                  p_department_id bigint, p_verifier text, p_created_at bigint)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_id bigint;
BEGIN
    PERFORM zz_require_account_admin(p_org_unit_id);
    PERFORM zz_check_verifier(p_verifier);
    IF p_login !~ '^[a-z][a-z0-9_]{1,31}$' THEN
        RAISE EXCEPTION 'invalid login name' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_login) THEN
        RAISE EXCEPTION 'a role of that name exists' USING ERRCODE = 'duplicate_object';
    END IF;
    INSERT INTO users (login, display_name, roles, org_unit_id, department_id, password_hash, active, created_at)
    VALUES (p_login, p_display_name, p_roles, p_org_unit_id, nullif(p_department_id, 0), '', true, p_created_at)
    RETURNING id INTO v_id;
    EXECUTE format('CREATE ROLE %I LOGIN NOCREATEROLE PASSWORD %L', p_login, p_verifier);
    PERFORM zz_sync_login_role(p_login, p_roles, true);
    RETURN v_id;
END
$$;

CREATE FUNCTION zz_account_update(p_user_id bigint, p_version integer, p_display_name text, p_roles text,
                                  p_org_unit_id bigint, p_department_id bigint, p_active boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_old users%ROWTYPE;
BEGIN
    SELECT * INTO v_old FROM users u WHERE u.id = p_user_id FOR UPDATE;
    IF v_old.id IS NULL THEN
        RAISE EXCEPTION 'no such account' USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM zz_require_account_admin(v_old.org_unit_id);
    PERFORM zz_require_account_admin(p_org_unit_id);
    PERFORM zz_require_account_role(v_old.login);
    IF v_old.version <> p_version THEN
        RAISE EXCEPTION 'the account was changed by someone else' USING ERRCODE = 'serialization_failure';
    END IF;
    UPDATE users u SET display_name = p_display_name, roles = p_roles, org_unit_id = p_org_unit_id,
                       department_id = nullif(p_department_id, 0), active = p_active, version = u.version + 1
    WHERE u.id = p_user_id;
    PERFORM zz_sync_login_role(v_old.login, p_roles,
                               p_active AND coalesce(v_old.locked_until, 0) <= extract(epoch FROM now()));
END
$$;

CREATE FUNCTION zz_account_password(p_login text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_user users%ROWTYPE;
BEGIN
    SELECT * INTO v_user FROM users u WHERE u.login = p_login;
    IF v_user.id IS NULL THEN
        RAISE EXCEPTION 'no such account' USING ERRCODE = 'no_data_found';
    END IF;
    IF p_login <> session_user::text THEN -- everyone may change his own password
        PERFORM zz_require_account_admin(v_user.org_unit_id);
    END IF;
    PERFORM zz_require_account_role(p_login);
    PERFORM zz_check_verifier(p_verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
    PERFORM zz_audit_append(NULL, NULL, 'password_reset', 'user', v_user.id,
                            'login=' || p_login || CASE WHEN p_login = session_user::text THEN ' by=self' ELSE '' END);
END
$$;

-- Whoever held CREATEROLE through an admin account loses it.
DO $$
DECLARE
    v_login text;
BEGIN
    FOR v_login IN SELECT u.login FROM users u JOIN pg_roles r ON r.rolname = u.login
                   WHERE r.rolcreaterole AND NOT r.rolsuper LOOP
        BEGIN
            EXECUTE format('ALTER ROLE %I NOCREATEROLE', v_login);
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE WARNING 'could not take CREATEROLE from %: run the migration as a role with CREATEROLE', v_login;
        END;
    END LOOP;
END
$$;

-- ---- Failed logins on PostgreSQL. A refused connection never reaches SQL as the account, so the
-- program reports it through the gate role zongzhi_login (well-known password, no rights but these two
-- functions): five failures within 15 minutes lock the account's login role (NOLOGIN) for 15 minutes.
-- zz_login_status() reopens an expired lock; admins see failed_logins/locked_until and the audit rows,
-- and unlock with zz_account_unlock().
ALTER TABLE users ADD COLUMN failed_since BIGINT;

CREATE FUNCTION zz_login_failed(p_login text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_now bigint := floor(extract(epoch FROM now()))::bigint;
    v_user users%ROWTYPE;
    v_failures integer;
    v_locked boolean := false;
BEGIN
    SELECT * INTO v_user FROM users u WHERE u.login = p_login FOR UPDATE;
    IF v_user.id IS NULL THEN
        PERFORM zz_audit_append(NULL, CASE WHEN p_login ~ '^[a-z][a-z0-9_]{1,31}$' THEN p_login ELSE '' END,
                                'login_failed', 'user', NULL, 'unknown account');
        RETURN 0;
    END IF;
    IF coalesce(v_user.locked_until, 0) > v_now THEN
        RETURN greatest(1, ((v_user.locked_until - v_now + 59) / 60)::integer);
    END IF;
    IF v_user.failed_since IS NULL OR v_user.failed_since < v_now - 15 * 60 OR v_user.locked_until IS NOT NULL THEN
        v_failures := 1; -- a new window (an expired lock starts afresh too)
        UPDATE users u SET failed_logins = 1, failed_since = v_now, locked_until = NULL WHERE u.id = v_user.id;
    ELSE
        UPDATE users u SET failed_logins = u.failed_logins + 1 WHERE u.id = v_user.id
        RETURNING u.failed_logins INTO v_failures;
    END IF;
    IF v_failures >= 5 THEN
        v_locked := true;
        UPDATE users u SET locked_until = v_now + 15 * 60 WHERE u.id = v_user.id;
        PERFORM zz_require_account_role(p_login);
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    END IF;
    PERFORM zz_audit_append(NULL, p_login, 'login_failed', 'user', v_user.id,
                            'failures=' || v_failures || CASE WHEN v_locked THEN ' locked' ELSE '' END);
    RETURN CASE WHEN v_locked THEN 15 ELSE 0 END;
END
$$;

-- Minutes the account stays locked (0: not locked; an expired lock is lifted here).
CREATE FUNCTION zz_login_status(p_login text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_now bigint := floor(extract(epoch FROM now()))::bigint;
    v_user users%ROWTYPE;
BEGIN
    SELECT * INTO v_user FROM users u WHERE u.login = p_login FOR UPDATE;
    IF v_user.id IS NULL OR v_user.locked_until IS NULL THEN
        RETURN 0;
    END IF;
    IF v_user.locked_until > v_now THEN
        RETURN greatest(1, ((v_user.locked_until - v_now + 59) / 60)::integer);
    END IF;
    UPDATE users u SET failed_logins = 0, failed_since = NULL, locked_until = NULL WHERE u.id = v_user.id;
    IF v_user.active THEN
        PERFORM zz_require_account_role(p_login);
        EXECUTE format('ALTER ROLE %I LOGIN', p_login);
    END IF;
    RETURN 0;
END
$$;

-- A successful login starts the count afresh (called as the account itself).
CREATE FUNCTION zz_login_succeeded() RETURNS void
LANGUAGE sql SECURITY DEFINER AS $$
    UPDATE users SET failed_logins = 0, failed_since = NULL
    WHERE login = session_user AND (failed_logins <> 0 OR failed_since IS NOT NULL)
$$;

CREATE FUNCTION zz_account_unlock(p_user_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_user users%ROWTYPE;
BEGIN
    SELECT * INTO v_user FROM users u WHERE u.id = p_user_id FOR UPDATE;
    IF v_user.id IS NULL THEN
        RAISE EXCEPTION 'no such account' USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM zz_require_account_admin(v_user.org_unit_id);
    PERFORM zz_require_account_role(v_user.login);
    UPDATE users u SET failed_logins = 0, failed_since = NULL, locked_until = NULL WHERE u.id = p_user_id;
    IF v_user.active THEN
        EXECUTE format('ALTER ROLE %I LOGIN', v_user.login);
    END IF;
    PERFORM zz_audit_append(NULL, NULL, 'account_update', 'user', v_user.id, 'login=' || v_user.login || ' unlocked');
END
$$;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zongzhi_login') THEN
        BEGIN
            CREATE ROLE zongzhi_login LOGIN NOINHERIT CONNECTION LIMIT 50 PASSWORD 'zongzhi_login';
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- created at the same moment by a migration of another database
        END;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO zongzhi_login', current_schema());
END
$$;
GRANT SELECT ON schema_version TO zongzhi_login;

-- Codes the server writes itself cannot be forged through zz_audit() either.
CREATE OR REPLACE FUNCTION zz_audit(action text, object_type text, object_id bigint, detail text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF coalesce(action, '') = '' OR action IN ('case_report', 'case_action', 'account_create', 'account_update',
                                               'account_disable', 'password_reset', 'reference_change',
                                               'login_failed') THEN
        RAISE EXCEPTION 'zz_audit: action % is recorded by the database itself', coalesce(action, 'NULL')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN zz_audit_append(NULL, NULL, action, object_type, object_id, detail);
END
$$;

-- A definer function must not resolve names through a schema the caller controls.
DO $$
DECLARE
    v_fn text;
BEGIN
    FOREACH v_fn IN ARRAY ARRAY['zz_is_owner()', 'zz_roles()', 'zz_in_scope(bigint)', 'zz_county_scope()',
        'zz_case_report(bigint, text, bigint, integer, text, text, text, text, bigint, text, double precision, '
        'double precision, text, text, bigint, bigint, boolean, boolean, text, text, text, bigint)',
        'zz_case_apply(bigint, text, bigint, integer, text, text, bigint, bigint, bigint, bigint, boolean, bigint, '
        'text, integer, text, boolean, integer, text, bigint)',
        'zz_audit_case_flow()', 'zz_org_units_place()', 'zz_audit_reference()',
        'zz_require_account_admin(bigint)', 'zz_sync_login_role(text, text, boolean)',
        'zz_require_account_role(text)', 'zz_account_create(text, text, text, bigint, bigint, text, bigint)',
        'zz_account_update(bigint, integer, text, text, bigint, bigint, boolean)',
        'zz_account_password(text, text)', 'zz_login_failed(text)', 'zz_login_status(text)',
        'zz_login_succeeded()', 'zz_account_unlock(bigint)', 'zz_audit(text, text, bigint, text)'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', v_fn, current_schema());
    END LOOP;
END
$$;

-- ---- Privileges. Functions that act are not PUBLIC: each is granted to whom it serves.
REVOKE ALL ON FUNCTION zz_case_report(bigint, text, bigint, integer, text, text, text, text, bigint, text,
    double precision, double precision, text, text, bigint, bigint, boolean, boolean, text, text, text, bigint)
    FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_case_apply(bigint, text, bigint, integer, text, text, bigint, bigint, bigint, bigint,
    boolean, bigint, text, integer, text, boolean, integer, text, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_require_account_admin(bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_sync_login_role(text, text, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_require_account_role(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_account_create(text, text, text, bigint, bigint, text, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_account_update(bigint, integer, text, text, bigint, bigint, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_account_password(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_login_failed(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_login_status(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_login_succeeded() FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_account_unlock(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION zz_case_report(bigint, text, bigint, integer, text, text, text, text, bigint, text,
    double precision, double precision, text, text, bigint, bigint, boolean, boolean, text, text, text, bigint)
    TO zongzhi_staff;
GRANT EXECUTE ON FUNCTION zz_case_apply(bigint, text, bigint, integer, text, text, bigint, bigint, bigint, bigint,
    boolean, bigint, text, integer, text, boolean, integer, text, bigint) TO zongzhi_staff;
GRANT EXECUTE ON FUNCTION zz_account_create(text, text, text, bigint, bigint, text, bigint) TO zongzhi_admin;
GRANT EXECUTE ON FUNCTION zz_account_update(bigint, integer, text, text, bigint, bigint, boolean) TO zongzhi_admin;
GRANT EXECUTE ON FUNCTION zz_account_password(text, text) TO zongzhi_staff;
GRANT EXECUTE ON FUNCTION zz_account_unlock(bigint) TO zongzhi_admin;
GRANT EXECUTE ON FUNCTION zz_login_succeeded() TO zongzhi_staff;
GRANT EXECUTE ON FUNCTION zz_login_failed(text), zz_login_status(text) TO zongzhi_login;

REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON cases, case_flow, case_counters FROM zongzhi_staff;
REVOKE SELECT ON case_counters FROM zongzhi_staff;
REVOKE UPDATE, DELETE, TRUNCATE ON case_parties FROM zongzhi_staff;
GRANT SELECT ON workflow_transitions TO zongzhi_staff;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON org_units, grids, departments, categories, workers, holidays, settings,
    supervision_limits FROM zongzhi_reference;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON users FROM zongzhi_admin;
GRANT INSERT, UPDATE, DELETE ON org_units, grids, departments, categories, workers, holidays, settings,
    supervision_limits TO zongzhi_admin;

-- ---- Row-level security on reference data: everyone reads, admins write within their scope.
ALTER TABLE org_units ENABLE ROW LEVEL SECURITY;
CREATE POLICY org_units_read ON org_units FOR SELECT USING (true);
-- Units strictly below the admin's own unit: no admin edits his own unit (the root of his scope) or above.
CREATE POLICY org_units_admin_insert ON org_units FOR INSERT TO zongzhi_admin
    WITH CHECK (parent_id IS NOT NULL AND zz_in_scope(parent_id));
CREATE POLICY org_units_admin_update ON org_units FOR UPDATE TO zongzhi_admin
    USING (starts_with(path, zz_scope_path()) AND path <> zz_scope_path())
    WITH CHECK (parent_id IS NOT NULL AND zz_in_scope(parent_id));
CREATE POLICY org_units_admin_delete ON org_units FOR DELETE TO zongzhi_admin
    USING (starts_with(path, zz_scope_path()) AND path <> zz_scope_path());

ALTER TABLE grids ENABLE ROW LEVEL SECURITY;
CREATE POLICY grids_read ON grids FOR SELECT USING (true);
CREATE POLICY grids_admin ON grids FOR ALL TO zongzhi_admin
    USING (zz_in_scope(org_unit_id)) WITH CHECK (zz_in_scope(org_unit_id));

ALTER TABLE departments ENABLE ROW LEVEL SECURITY;
CREATE POLICY departments_read ON departments FOR SELECT USING (true);
CREATE POLICY departments_admin ON departments FOR ALL TO zongzhi_admin
    USING (zz_in_scope(org_unit_id)) WITH CHECK (zz_in_scope(org_unit_id));

ALTER TABLE workers ENABLE ROW LEVEL SECURITY;
CREATE POLICY workers_read ON workers FOR SELECT USING (true);
CREATE POLICY workers_admin ON workers FOR ALL TO zongzhi_admin
    USING (zz_in_scope(org_unit_id)) WITH CHECK (zz_in_scope(org_unit_id));

-- Categories and time limits, the holiday calendar and supervision limits hold for the whole county.
ALTER TABLE categories ENABLE ROW LEVEL SECURITY;
CREATE POLICY categories_read ON categories FOR SELECT USING (true);
CREATE POLICY categories_admin ON categories FOR ALL TO zongzhi_admin
    USING (zz_county_scope()) WITH CHECK (zz_county_scope());

ALTER TABLE holidays ENABLE ROW LEVEL SECURITY;
CREATE POLICY holidays_read ON holidays FOR SELECT USING (true);
CREATE POLICY holidays_admin ON holidays FOR ALL TO zongzhi_admin
    USING (zz_county_scope()) WITH CHECK (zz_county_scope());

ALTER TABLE supervision_limits ENABLE ROW LEVEL SECURITY;
CREATE POLICY supervision_limits_read ON supervision_limits FOR SELECT USING (true);
CREATE POLICY supervision_limits_admin ON supervision_limits FOR ALL TO zongzhi_admin
    USING (zz_county_scope()) WITH CHECK (zz_county_scope());

-- Settings: an account reads the shared keys and its own user.<id>. keys (saved filters), never
-- another account's; shared keys are written by county admins.
DROP POLICY settings_read ON settings;
DROP POLICY settings_reference ON settings;
CREATE POLICY settings_read ON settings FOR SELECT
    USING (key NOT LIKE 'user.%' OR key LIKE 'user.' || (SELECT zz_user_id()) || '.%');
CREATE POLICY settings_admin ON settings FOR ALL TO zongzhi_admin
    USING (key NOT LIKE 'user.%' AND zz_county_scope()) WITH CHECK (key NOT LIKE 'user.%' AND zz_county_scope());

-- ---- What follows a case is inserted only with the case's own change (same transaction).
DROP POLICY case_parties_scope ON case_parties;
CREATE POLICY case_parties_read ON case_parties FOR SELECT
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_parties.case_id));
CREATE POLICY case_parties_insert ON case_parties FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_parties.case_id
                                               AND c.write_xact = pg_current_xact_id()));

DROP POLICY case_links_scope ON case_links;
CREATE POLICY case_links_read ON case_links FOR SELECT
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_links.case_id));
CREATE POLICY case_links_insert ON case_links FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_links.case_id
                                               AND c.write_xact = pg_current_xact_id())
                AND created_by = (SELECT zz_user_id()));

DROP POLICY attachments_scope ON attachments;
CREATE POLICY attachments_read ON attachments FOR SELECT
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = attachments.case_id));
CREATE POLICY attachments_insert ON attachments FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = attachments.case_id
                                               AND c.write_xact = pg_current_xact_id())
                AND created_by = (SELECT zz_user_id()));

DROP POLICY case_copies_scope ON case_copies;
CREATE POLICY case_copies_read ON case_copies FOR SELECT
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_copies.case_id));
CREATE POLICY case_copies_insert ON case_copies FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM cases c JOIN case_flow f ON f.case_id = c.id
                        WHERE c.id = case_copies.case_id AND f.id = case_copies.flow_id
                          AND f.action = 'dispatch' AND c.write_xact = pg_current_xact_id()));

-- Access to a confidential case is given and taken by leaders only.
DROP POLICY case_access_scope ON case_access;
CREATE POLICY case_access_read ON case_access FOR SELECT
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_access.case_id));
CREATE POLICY case_access_grant ON case_access FOR INSERT
    WITH CHECK (zz_has_role('leader') AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_access.case_id));
CREATE POLICY case_access_revoke ON case_access FOR DELETE
    USING (zz_has_role('leader') AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_access.case_id));
