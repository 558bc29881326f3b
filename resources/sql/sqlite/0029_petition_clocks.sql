-- Petition clocks and templates (issue 12), completing migration 0026 with what src/core/petition
-- stores with each clock and each template: the clock's maximum extension and whether hearings pause
-- it, as its rule gave them, whether its due date was counted on a provisional calendar, the day it
-- was met; a template's 文号 pattern. The PostgreSQL file of the same number must stay equivalent.

ALTER TABLE petition_clocks ADD COLUMN max_extension_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE petition_clocks ADD COLUMN hearing_pauses INTEGER NOT NULL DEFAULT 0;
ALTER TABLE petition_clocks ADD COLUMN provisional INTEGER NOT NULL DEFAULT 0;
ALTER TABLE petition_clocks ADD COLUMN met_on TEXT;
ALTER TABLE document_templates ADD COLUMN number_pattern TEXT NOT NULL DEFAULT '';

DROP TRIGGER petition_clocks_keep;
CREATE TRIGGER petition_clocks_keep BEFORE UPDATE ON petition_clocks
WHEN NEW.petition_id <> OLD.petition_id OR NEW.kind <> OLD.kind OR NEW.start_date <> OLD.start_date
  OR NEW.base_due_date <> OLD.base_due_date OR NEW.days <> OLD.days OR NEW.working_days <> OLD.working_days
  OR NEW.rule_set <> OLD.rule_set OR NEW.rule_version <> OLD.rule_version OR NEW.article <> OLD.article
  OR NEW.created_at <> OLD.created_at OR NEW.max_extension_days <> OLD.max_extension_days
  OR NEW.hearing_pauses <> OLD.hearing_pauses OR NEW.extension_days > NEW.max_extension_days
BEGIN
    SELECT RAISE(ABORT, 'a clock keeps the due date and the rule it was given');
END;
