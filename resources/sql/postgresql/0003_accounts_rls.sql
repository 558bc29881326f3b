-- Zongzhi Workbench schema, version 3 (PostgreSQL): accounts as login roles, township isolation.
--
-- Every account is a PostgreSQL login role of the same name (AccountService creates it), member of
-- these group roles:
--   zongzhi_staff      every account: reads reference data, reads and writes cases within its scope
--   zongzhi_reference  Admin and Leader (Permission::ManageReferenceData): writes reference data
--   zongzhi_admin      Admin (Permission::ManageAccounts): writes users; the login role itself also
--                      gets CREATEROLE so it can create, disable and re-password the other roles
-- Roles are cluster-wide: the migration creates the groups only when missing, and tolerates another
-- database of the same cluster creating them at the same moment.
--
-- Row-level security hides cases outside the account's org unit (its scope is the users row whose
-- login is session_user) and confidential cases (保密件) from everyone but their registrar and the
-- accounts named in case_access. The table owner (the role that ran the migrations: the bootstrap
-- and CLI role) is NOT subject to these policies: no FORCE ROW LEVEL SECURITY on purpose, so
-- migrations, demo data, backups and zongzhi-cli see everything. Superusers bypass RLS anyway.

DO $$
DECLARE
    v_role TEXT;
BEGIN
    FOREACH v_role IN ARRAY ARRAY['zongzhi_staff', 'zongzhi_reference', 'zongzhi_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', v_role);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- created concurrently by a migration of another database
            END;
        END IF;
    END LOOP;
END
$$;

CREATE TABLE case_access (
    case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_access_user ON case_access(user_id);

-- Scope helpers. SECURITY DEFINER: they read users, org_units and case_access with the owner's
-- rights (no RLS, no recursion between policies). session_user is the login role even inside them.
CREATE FUNCTION zz_scope_path() RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT o.path FROM users u JOIN org_units o ON o.id = u.org_unit_id
    WHERE u.login = session_user AND u.active
$$;

CREATE FUNCTION zz_user_id() RETURNS BIGINT
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT u.id FROM users u WHERE u.login = session_user AND u.active
$$;

CREATE FUNCTION zz_case_access(p_case_id BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT EXISTS (SELECT 1 FROM case_access a JOIN users u ON u.id = a.user_id
                   WHERE a.case_id = p_case_id AND u.login = session_user)
$$;

-- A definer function must not resolve names through a schema the caller controls (pg_temp is
-- searched first unless it is named): pin the schema the tables live in, pg_temp last.
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_scope_path() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION zz_user_id() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION zz_case_access(BIGINT) SET search_path = %I, pg_temp', current_schema());
END
$$;

-- Privileges. The schema first: a schema made by CREATE SCHEMA (not the public schema of a new
-- database) grants nothing to PUBLIC. No DELETE on cases, parties or the flow log: nothing in the
-- loop deletes them.
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO zongzhi_staff', current_schema());
END
$$;
GRANT SELECT ON org_units, grids, departments, categories, workers, holidays, settings, schema_version
    TO zongzhi_staff;
GRANT SELECT (id, login, display_name, roles, org_unit_id, department_id, active, failed_logins, locked_until,
              created_at, version)
    ON users TO zongzhi_staff;
GRANT SELECT, INSERT, UPDATE ON case_counters TO zongzhi_staff; -- gap-free numbering updates its row
GRANT SELECT, INSERT, UPDATE ON cases, case_parties, case_flow TO zongzhi_staff;
GRANT SELECT, INSERT, DELETE ON case_access TO zongzhi_staff;

-- Repositories replace grids, holidays and settings rows by DELETE + INSERT.
GRANT INSERT, UPDATE ON org_units, grids, departments, categories, workers, holidays, settings TO zongzhi_reference;
GRANT DELETE ON grids, holidays, settings TO zongzhi_reference;
-- The audit log is for those with Permission::ViewAuditLog (Admin, Leader), not every staff member;
-- everyone still writes to it through zz_audit() and the triggers.
REVOKE SELECT ON audit_log FROM zongzhi_staff;
GRANT SELECT ON audit_log TO zongzhi_reference;

GRANT INSERT, UPDATE ON users TO zongzhi_admin;

-- Row-level security. The scope test is a range on the "C"-collated path so that the cases_org_path
-- index serves it; (SELECT f()) makes each helper run once per statement, not once per row.
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY cases_scope ON cases
    USING (org_path >= (SELECT zz_scope_path()) AND org_path < (SELECT zz_scope_path()) || '~'
           AND (NOT confidential OR created_by = (SELECT zz_user_id()) OR zz_case_access(id)))
    WITH CHECK (org_path >= (SELECT zz_scope_path()) AND org_path < (SELECT zz_scope_path()) || '~'
                AND (NOT confidential OR created_by = (SELECT zz_user_id()) OR zz_case_access(id)));

-- Parties, flow log and access list follow their case: the subquery on cases is itself filtered
-- by the policy above.
ALTER TABLE case_parties ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_parties_scope ON case_parties
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_parties.case_id))
    WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_parties.case_id));

ALTER TABLE case_flow ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_flow_scope ON case_flow
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_flow.case_id))
    WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_flow.case_id));

ALTER TABLE case_access ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_access_scope ON case_access
    USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_access.case_id))
    WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_access.case_id));
