-- Zongzhi Workbench schema, version 14 (PostgreSQL): files on any action (photos with the feedback, a
-- signed mediation agreement), not only at intake. An attachment names the flow row it came with
-- (flow_id; NULL: handed in with the report). It is still inserted only in the transaction that wrote
-- its case through zz_case_report()/zz_case_apply() (policy attachments_insert, migration 0008); this
-- trigger adds that the flow row is that case's newest one, i.e. the action just taken, and that the
-- uploader is the session's account.

ALTER TABLE attachments ADD COLUMN flow_id BIGINT REFERENCES case_flow(id) ON DELETE CASCADE;
CREATE INDEX attachments_flow ON attachments(flow_id) WHERE flow_id IS NOT NULL;

CREATE FUNCTION zz_attachments_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NEW.flow_id IS NOT NULL
       AND NEW.flow_id IS DISTINCT FROM (SELECT max(f.id) FROM case_flow f WHERE f.case_id = NEW.case_id) THEN
        RAISE EXCEPTION 'an attachment goes with the action just taken on its case'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT zz_is_owner() THEN
        NEW.created_by := zz_user_id();
    END IF;
    RETURN NEW;
END
$$;
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_attachments_guard() SET search_path = %I, pg_temp', current_schema());
END
$$;
CREATE TRIGGER attachments_guard BEFORE INSERT ON attachments
    FOR EACH ROW EXECUTE FUNCTION zz_attachments_guard();
