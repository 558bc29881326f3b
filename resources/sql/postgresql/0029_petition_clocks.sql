-- Petition clocks and templates (issue 12), completing migration 0026 with what src/core/petition
-- stores with each clock (PetitionClockValue) and each template (DocumentTemplate): the clock's
-- maximum extension and whether hearings pause it, as its rule gave them (never re-read from a later
-- rule version), whether its due date was counted on a provisional calendar, the day it was met;
-- a template's 文号 pattern. The SQLite file of the same number must stay equivalent.

ALTER TABLE petition_clocks ADD COLUMN max_extension_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE petition_clocks ADD COLUMN hearing_pauses BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE petition_clocks ADD COLUMN provisional BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE petition_clocks ADD COLUMN met_on TEXT;
ALTER TABLE document_templates ADD COLUMN number_pattern TEXT NOT NULL DEFAULT '';

CREATE OR REPLACE FUNCTION zz_petition_clocks_keep() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.petition_id <> OLD.petition_id OR NEW.kind <> OLD.kind OR NEW.start_date <> OLD.start_date
       OR NEW.base_due_date <> OLD.base_due_date OR NEW.days <> OLD.days OR NEW.working_days <> OLD.working_days
       OR NEW.rule_set <> OLD.rule_set OR NEW.rule_version <> OLD.rule_version OR NEW.article <> OLD.article
       OR NEW.created_at <> OLD.created_at OR NEW.max_extension_days <> OLD.max_extension_days
       OR NEW.hearing_pauses <> OLD.hearing_pauses OR NEW.extension_days > NEW.max_extension_days THEN
        RAISE EXCEPTION 'a clock keeps the due date and the rule it was given' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_petition_clocks_keep() SET search_path = %I, pg_temp', current_schema());
END
$$;
