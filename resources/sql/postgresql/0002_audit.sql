-- Zongzhi Workbench schema, version 2 (PostgreSQL): the tamper-evident audit log.
-- Each row carries the SHA-256 of its own fields chained to the previous row's hash. The database
-- writes every row itself: triggers on case_flow and users, and zz_audit() for what it cannot see
-- (logins, reveals, exports). Ids are handed out under an advisory lock held to commit, so the chain
-- has neither forks nor gaps. The canonical form in zz_audit_hash() mirrors AuditLog::hashOf() in
-- src/storage/AuditLog.cpp exactly; change both together.

CREATE TABLE audit_log (
    id            BIGINT PRIMARY KEY,
    at            BIGINT NOT NULL,
    actor_user_id BIGINT,
    actor_login   TEXT NOT NULL DEFAULT '',
    action        TEXT NOT NULL,
    object_type   TEXT NOT NULL DEFAULT '',
    object_id     BIGINT,
    detail        TEXT NOT NULL DEFAULT '',
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX audit_log_object ON audit_log(object_type, object_id, id);
CREATE INDEX audit_log_action ON audit_log(action, id);

-- The staff group role every login role belongs to (0003 grants it the table rights).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zongzhi_staff') THEN
        CREATE ROLE zongzhi_staff NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- another database of this server created it at the same moment
END $$;

-- "zzaudit1" followed by each field as <UTF-8 byte length>:<text>, NULL written as empty text.
-- Plain expressions only, so the planner inlines both functions into their callers.
CREATE FUNCTION zz_audit_field(v text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT octet_length(coalesce(v, ''))::text || ':' || coalesce(v, '')
$$;

CREATE FUNCTION zz_audit_hash(p_prev_hash text, p_id bigint, p_at bigint, p_actor_user_id bigint,
                              p_actor_login text, p_action text, p_object_type text, p_object_id bigint,
                              p_detail text)
RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT encode(sha256(convert_to('zzaudit1' || zz_audit_field(p_prev_hash) || zz_audit_field(p_id::text) ||
                                    zz_audit_field(p_at::text) || zz_audit_field(p_actor_user_id::text) ||
                                    zz_audit_field(p_actor_login) || zz_audit_field(p_action) ||
                                    zz_audit_field(p_object_type) || zz_audit_field(p_object_id::text) ||
                                    zz_audit_field(p_detail), 'UTF8')), 'hex')
$$;

-- Appends one row to the chain. A NULL actor login means the session's own account.
CREATE FUNCTION zz_audit_append(p_actor_user_id bigint, p_actor_login text, p_action text, p_object_type text,
                                p_object_id bigint, p_detail text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_id bigint;
    v_prev text;
    v_at bigint := floor(extract(epoch FROM now()))::bigint;
    v_user_id bigint := nullif(p_actor_user_id, 0);
    v_login text := p_actor_login;
BEGIN
    IF v_login IS NULL THEN
        SELECT u.id, u.login INTO v_user_id, v_login FROM users u WHERE u.login = session_user::text;
        IF v_login IS NULL THEN
            v_user_id := NULL;
            v_login := session_user::text;
        END IF;
    END IF;
    PERFORM pg_advisory_xact_lock(7243002);
    SELECT a.id, a.hash INTO v_id, v_prev FROM audit_log a ORDER BY a.id DESC LIMIT 1;
    v_id := coalesce(v_id, 0) + 1;
    v_prev := coalesce(v_prev, repeat('0', 64));
    INSERT INTO audit_log (id, at, actor_user_id, actor_login, action, object_type, object_id, detail, prev_hash, hash)
    VALUES (v_id, v_at, v_user_id, coalesce(v_login, ''), p_action, coalesce(p_object_type, ''),
            nullif(p_object_id, 0), coalesce(p_detail, ''), v_prev,
            zz_audit_hash(v_prev, v_id, v_at, v_user_id, coalesce(v_login, ''), p_action, coalesce(p_object_type, ''),
                          nullif(p_object_id, 0), coalesce(p_detail, '')));
    RETURN v_id;
END
$$;

-- Events only the program sees (login, reveal, export, ...), recorded as the session's account.
-- The codes the triggers below write are refused, so they cannot be forged through here.
CREATE FUNCTION zz_audit(action text, object_type text, object_id bigint, detail text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF coalesce(action, '') = '' OR action IN ('case_report', 'case_action', 'account_create', 'account_update',
                                               'account_disable') THEN
        RAISE EXCEPTION 'zz_audit: action % is recorded by the database itself', coalesce(action, 'NULL')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN zz_audit_append(NULL, NULL, action, object_type, object_id, detail);
END
$$;

-- Every case action writes exactly one case_flow row in its own transaction. The detail mirrors
-- AuditLog::caseDetail(): action code, from→to status, the note with long digit runs hidden.
CREATE FUNCTION zz_audit_case_flow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_login text;
BEGIN
    SELECT u.login INTO v_login FROM users u WHERE u.id = NEW.actor_user_id;
    PERFORM zz_audit_append(NEW.actor_user_id, coalesce(v_login, session_user::text),
                            CASE WHEN NEW.action = 'report' THEN 'case_report' ELSE 'case_action' END,
                            'case', NEW.case_id,
                            NEW.action || ' ' || coalesce(NEW.from_status, '') || '→' || NEW.to_status ||
                            CASE WHEN coalesce(NEW.note, '') = '' THEN ''
                                 ELSE ' ' || regexp_replace(NEW.note, '[0-9]{7,}[0-9Xx]?', '***', 'g') END);
    RETURN NULL;
END
$$;

CREATE TRIGGER case_flow_audit AFTER INSERT ON case_flow
    FOR EACH ROW EXECUTE FUNCTION zz_audit_case_flow();

-- Accounts: creation and every change of substance (never the password hash itself; failed-login
-- bookkeeping and the version counter alone are not worth a row).
CREATE FUNCTION zz_audit_users() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_changed text[];
    v_action text := 'account_update';
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM zz_audit_append(NULL, NULL, 'account_create', 'user', NEW.id,
                                'login=' || NEW.login || ' roles=' || NEW.roles);
        RETURN NULL;
    END IF;
    SELECT array_agg(n.key ORDER BY n.key) INTO v_changed
    FROM jsonb_each(to_jsonb(NEW)) AS n
    WHERE n.key NOT IN ('failed_logins', 'locked_until', 'version')
      AND n.value IS DISTINCT FROM (to_jsonb(OLD) -> n.key);
    IF v_changed IS NULL THEN
        RETURN NULL;
    END IF;
    IF OLD.active AND NOT NEW.active THEN
        v_action := 'account_disable';
    ELSIF v_changed = ARRAY['password_hash'] THEN
        v_action := 'password_reset';
    END IF;
    PERFORM zz_audit_append(NULL, NULL, v_action, 'user', NEW.id,
                            'login=' || NEW.login || ' changed=' || array_to_string(v_changed, ',') ||
                            CASE WHEN NEW.roles IS DISTINCT FROM OLD.roles
                                 THEN ' roles=' || OLD.roles || '→' || NEW.roles ELSE '' END);
    RETURN NULL;
END
$$;

CREATE TRIGGER users_audit AFTER INSERT OR UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION zz_audit_users();

-- Append-only: rows arrive only through zz_audit_append() (running as the table owner), and
-- nothing changes or removes them. A superuser can still switch the triggers off; the hash chain
-- is what shows it afterwards.
CREATE FUNCTION zz_audit_insert_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_user::text <> (SELECT pg_get_userbyid(c.relowner)::text FROM pg_class c WHERE c.oid = TG_RELID) THEN
        RAISE EXCEPTION 'audit_log rows are written by zz_audit() only' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION zz_audit_refuse() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_insert_guard BEFORE INSERT ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION zz_audit_insert_guard();
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION zz_audit_refuse();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION zz_audit_refuse();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION zz_audit_refuse();

-- A definer function must not resolve table names through a schema the caller controls (pg_temp is
-- searched first unless named): pin the schema the tables live in, pg_temp last.
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_audit_append(bigint, text, text, text, bigint, text) '
                   'SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION zz_audit(text, text, bigint, text) SET search_path = %I, pg_temp',
                   current_schema());
    EXECUTE format('ALTER FUNCTION zz_audit_case_flow() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION zz_audit_users() SET search_path = %I, pg_temp', current_schema());
END
$$;

REVOKE ALL ON audit_log FROM PUBLIC;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_log FROM zongzhi_staff;
GRANT SELECT ON audit_log TO zongzhi_staff;
REVOKE ALL ON FUNCTION zz_audit_append(bigint, text, text, text, bigint, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION zz_audit(text, text, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION zz_audit(text, text, bigint, text) TO zongzhi_staff;
