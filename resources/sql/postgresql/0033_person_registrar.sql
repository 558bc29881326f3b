-- Persons (issue 12): the read policy itself lets the account that registered a person see him. The
-- check inside zz_person_insider() (migration 0032) cannot see a row its own INSERT … RETURNING is
-- writing (the function reads the statement's snapshot), so a protected 检举控告 reporter just stored
-- still failed the read policy on the returned row. The SQLite file of the same number must stay
-- equivalent (there PersonDirectory says the same).
ALTER POLICY persons_read ON persons
    USING (org_path <@@ (SELECT zz_scope_path())
           AND (NOT protected OR created_by = (SELECT zz_user_id()) OR zz_person_insider(id)));
ALTER POLICY persons_update ON persons
    USING (org_path <@@ (SELECT zz_scope_path())
           AND (NOT protected OR created_by = (SELECT zz_user_id()) OR zz_person_insider(id)))
    WITH CHECK (org_path <@@ (SELECT zz_scope_path()));
