-- Petitions (issue 12): 文号 that never collide and documents stored as issued. Equivalent to the
-- PostgreSQL file of the same number (which also adds the petitions' change notification and an index
-- carrying the row-level security column; SQLite has neither).
--
-- 文号: the counter was per township, kind and year, so two townships with the same agency code and pattern
-- both issued "青信受告〔2026〕1号". Now there is one counter per number as written before its sequence goes
-- in ("青信受告〔2026〕{n}号"); whoever writes the same number shares it (petitionwrites::insertDocument),
-- and a number a document already holds is stepped over.
CREATE TABLE petition_document_numbers (
    pattern  TEXT PRIMARY KEY CHECK (instr(pattern, '{n}') > 0),
    last_seq INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- Documents issued before now carry the {{文号}} marker; they were printed with their number in it, and
-- are stored so (the program writes new ones with the number in place).
DROP TRIGGER petition_documents_keep;
UPDATE petition_documents
   SET body = replace(body, '{{文号}}',
                      replace(replace(replace(replace(doc_no, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'))
 WHERE instr(body, '{{文号}}') > 0;
CREATE TRIGGER petition_documents_keep BEFORE UPDATE ON petition_documents
WHEN NEW.petition_id <> OLD.petition_id OR NEW.kind <> OLD.kind OR NEW.doc_no <> OLD.doc_no
  OR NEW.year <> OLD.year OR NEW.seq <> OLD.seq OR NEW.body <> OLD.body
  OR NEW.template_id IS NOT OLD.template_id OR NEW.issued_by IS NOT OLD.issued_by OR NEW.issued_at <> OLD.issued_at
BEGIN
    SELECT RAISE(ABORT, 'a document keeps its number and its text as issued');
END;
