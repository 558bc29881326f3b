-- Zongzhi Workbench schema, version 15 (PostgreSQL): the audit log read through the scope rules. Leaders
-- and admins (zongzhi_reference) read audit_log, until now every row of the county. From here on a
-- county account and the admins (zongzhi_admin: they verify the hash chain and sign checkpoints, which
-- takes every row) still read all of it; a leader reads a row about a case only when he may see the case
-- (the cases policy, confidential cases included), and any other row only when its actor, or the account
-- it is about, lies within his scope. Rows with neither (backups, checkpoints by the owner) are the
-- county's. The writers (zz_audit_append and the triggers) run as the owner and are not affected.

CREATE INDEX audit_log_actor ON audit_log(actor_user_id, id);

-- True when the account's org unit lies within the caller's scope.
CREATE FUNCTION zz_user_in_scope(p_user_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT coalesce((SELECT starts_with(o.path, zz_scope_path()) FROM users u JOIN org_units o ON o.id = u.org_unit_id
                     WHERE u.id = p_user_id), false)
$$;
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_user_in_scope(bigint) SET search_path = %I, pg_temp', current_schema());
END
$$;

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_scope ON audit_log FOR SELECT
    USING ((SELECT zz_county_scope()) OR (SELECT pg_has_role('zongzhi_admin', 'MEMBER'))
           OR CASE WHEN object_type = 'case' THEN EXISTS (SELECT 1 FROM cases c WHERE c.id = audit_log.object_id)
                   ELSE zz_user_in_scope(actor_user_id)
                        OR (object_type = 'user' AND zz_user_in_scope(object_id)) END);
