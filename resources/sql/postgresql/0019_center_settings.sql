-- Each center's own receipt details (issue 10): on a county server the county center keeps the
-- shared keys center.* (name, address, phone, footer, logo) and every township center its own under
-- center.<township id>.*; a receipt prints the registering township's, falling back to the county's
-- (src/storage/CenterSettings.cpp). Migration 0008 lets only county admins write shared settings;
-- from here an admin also writes the center keys of a township within his scope — a township admin
-- his own township's, never another township's, a village's or the county's.
-- The SQLite file of the same number holds no statement: there the program checks the same rule.

-- True when the key is center.<id>.<field> of a township within the caller's scope.
CREATE FUNCTION zz_center_key_writable(p_key text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT CASE WHEN p_key ~ '^center\.[0-9]{1,18}\.[a-z_]+$' THEN
               coalesce((SELECT o.level = 2 AND zz_in_scope(o.id) FROM org_units o
                         WHERE o.id = split_part(p_key, '.', 2)::bigint), false)
           ELSE false END
$$;
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_center_key_writable(text) SET search_path = %I, pg_temp', current_schema());
END
$$;
REVOKE ALL ON FUNCTION zz_center_key_writable(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION zz_center_key_writable(text) TO zongzhi_staff;

-- Permissive: together with settings_admin (county admins, every shared key) and settings_own
-- (each account's user.<id>.* keys). The audit trigger of 0008 records every change.
CREATE POLICY settings_center ON settings FOR ALL TO zongzhi_admin
    USING (zz_center_key_writable(key)) WITH CHECK (zz_center_key_writable(key));
