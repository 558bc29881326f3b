-- A deactivated org unit (or any unit below one) and a deactivated category take no new cases
-- (issue 10): the program refuses them with a sentence; this trigger is the last line against any
-- other writer. Cases registered before the deactivation keep their place and category.
-- The PostgreSQL file of the same number must stay equivalent.
CREATE TRIGGER cases_active_reference BEFORE INSERT ON cases
WHEN EXISTS (SELECT 1 FROM org_units o
             WHERE o.active = 0 AND substr(NEW.org_path, 1, length(o.path)) = o.path)
  OR EXISTS (SELECT 1 FROM categories c
             WHERE c.active = 0 AND (c.id = NEW.category_id
                                     OR c.id = (SELECT parent_id FROM categories WHERE id = NEW.category_id)))
BEGIN
    SELECT RAISE(ABORT, 'deactivated place or category');
END;
CREATE INDEX org_units_inactive ON org_units(id) WHERE active = 0;
