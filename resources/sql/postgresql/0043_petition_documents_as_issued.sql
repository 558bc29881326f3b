-- Petitions (issue 12): a change feed for petitions, 文号 that never collide, documents stored as issued,
-- and the index the overdue badge counts with. Equivalent to the SQLite file of the same number where the
-- engines have the same thing.
--
-- 1. Every statement that writes petitions notifies zz_petitions (ChangeFeed::petitionsChanged: the
--    leader's 重大紧急 notice and the 信访超市 badge follow at once), as 0004 does for cases.
CREATE FUNCTION zz_notify_petitions() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('zz_petitions', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER petitions_notify AFTER INSERT OR UPDATE OR DELETE ON petitions
    FOR EACH STATEMENT EXECUTE FUNCTION zz_notify_petitions();

-- 2. 文号: the counter was per township, kind and year, so two townships with the same agency code and
--    pattern both issued "青信受告〔2026〕1号" (and the second was refused by the unique index). Now there is
--    one counter per number as it is written before its sequence goes in ("青信受告〔2026〕{n}号"): whoever
--    writes the same number shares its counter, so no two documents ever get the same 文号. A number a
--    document already holds (issued under the old counters) is stepped over. Only the trigger below,
--    SECURITY DEFINER, reads or writes the counters: no grants.
CREATE TABLE petition_document_numbers (
    pattern  TEXT PRIMARY KEY CHECK (position('{n}' IN pattern) > 0),
    last_seq INTEGER NOT NULL DEFAULT 0
);

-- 3. A document is stored as issued: its 文号 goes into its text (the template's {{文号}} marker) when the
--    number is given, so the stored text is what was printed and delivered, and a reprint is the same.
CREATE OR REPLACE FUNCTION zz_petition_documents_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_no text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF position('{n}' IN NEW.doc_no) = 0 THEN
            IF zz_is_owner() THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'a document number is given by the server' USING ERRCODE = 'insufficient_privilege';
        END IF;
        INSERT INTO petition_document_numbers (pattern, last_seq) VALUES (NEW.doc_no, 0)
            ON CONFLICT (pattern) DO NOTHING;
        LOOP
            UPDATE petition_document_numbers k SET last_seq = k.last_seq + 1 WHERE k.pattern = NEW.doc_no
                RETURNING k.last_seq INTO NEW.seq;
            v_no := replace(NEW.doc_no, '{n}', NEW.seq::text);
            EXIT WHEN NOT EXISTS (SELECT 1 FROM petition_documents d WHERE d.doc_no = v_no);
        END LOOP;
        NEW.doc_no := v_no;
        NEW.body := replace(NEW.body, '{{文号}}', zz_html_text(v_no));
        RETURN NEW;
    END IF;
    IF NOT zz_is_owner() AND (NEW.petition_id <> OLD.petition_id OR NEW.kind <> OLD.kind OR NEW.doc_no <> OLD.doc_no
            OR NEW.year <> OLD.year OR NEW.seq <> OLD.seq OR NEW.body <> OLD.body
            OR NEW.template_id IS DISTINCT FROM OLD.template_id OR NEW.issued_by IS DISTINCT FROM OLD.issued_by
            OR NEW.issued_at <> OLD.issued_at) THEN
        RAISE EXCEPTION 'a document keeps its number and its text as issued' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

-- Text for HTML as QString::toHtmlEscaped() writes it.
CREATE FUNCTION zz_html_text(p_text text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT replace(replace(replace(replace(p_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')
$$;

-- Documents issued before this migration carry the marker; they were printed with their number in it.
UPDATE petition_documents SET body = replace(body, '{{文号}}', zz_html_text(doc_no))
    WHERE position('{{文号}}' IN body) > 0;

-- 4. The 信访超市 badge counts a township's petitions with a clock past due (PetitionRepository::clockCounts)
--    on this index alone: the scope column that row-level security checks is carried in it.
DROP INDEX petitions_township_next_due;
CREATE INDEX petitions_township_next_due ON petitions(township_id, next_due_date, id) INCLUDE (org_path)
    WHERE next_due_date IS NOT NULL;
