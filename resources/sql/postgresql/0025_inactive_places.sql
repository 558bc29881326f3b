-- A deactivated org unit (or any unit below one) and a deactivated category take no new cases
-- (issue 10): CaseService refuses them with a sentence; zz_case_report (the only way an account
-- inserts a case) runs into this trigger as the last line. The database owner (imports of history,
-- demo data) is not held to it. Cases registered before the deactivation keep their place.
-- The SQLite file of the same number must stay equivalent.
CREATE FUNCTION zz_cases_active_reference() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF zz_is_owner() THEN
        RETURN NEW;
    END IF;
    IF EXISTS (SELECT 1 FROM org_units o WHERE NOT o.active AND starts_with(NEW.org_path, o.path))
       OR EXISTS (SELECT 1 FROM categories c
                  WHERE NOT c.active AND (c.id = NEW.category_id
                                          OR c.id = (SELECT parent_id FROM categories WHERE id = NEW.category_id))) THEN
        RAISE EXCEPTION 'deactivated place or category' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_cases_active_reference() SET search_path = %I, pg_temp', current_schema());
END
$$;
REVOKE ALL ON FUNCTION zz_cases_active_reference() FROM PUBLIC;
CREATE TRIGGER cases_active_reference BEFORE INSERT ON cases
    FOR EACH ROW EXECUTE FUNCTION zz_cases_active_reference();
CREATE INDEX org_units_inactive ON org_units(id) WHERE NOT active;
