-- Persons (issue 12, completing migration 0026): the account that registered a person sees him, so a
-- protected 检举控告 reporter it has just stored comes back from INSERT … RETURNING (row-level security
-- applies the read policy to the returned row), before the petition that names him exists.
-- The SQLite file of the same number must stay equivalent (there PersonDirectory says the same).
CREATE OR REPLACE FUNCTION zz_person_insider(p_person_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT zz_is_owner() OR zz_has_role('leader') OR EXISTS (
        SELECT 1 FROM persons s JOIN users u ON u.login = session_user AND u.active
        WHERE s.id = p_person_id AND s.created_by = u.id) OR EXISTS (
        SELECT 1 FROM petition_persons pp JOIN petitions p ON p.id = pp.petition_id
        JOIN users u ON u.login = session_user AND u.active
        WHERE pp.person_id = p_person_id AND u.id IN (p.created_by, p.received_by, p.handler_user_id))
$$;
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_person_insider(bigint) SET search_path = %I, pg_temp', current_schema());
END
$$;
