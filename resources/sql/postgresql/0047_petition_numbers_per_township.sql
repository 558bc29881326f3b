-- Ledger numbers per township (issue 11): a petition's number (信访编号) is unique within its township, no
-- longer across the database, so two townships on one county server may both keep "2024-001" from their
-- old ledgers (petition_kept_numbers, migration 0040, was unique per township already). The counter's own
-- numbers carry the township's code and stay unique anyway.
--   * petitions: UNIQUE (petition_no) becomes UNIQUE (township_id, petition_no); petitions_number serves a
--     lookup of a number across a county's scope (which then shows every township's match).
--   * zz_petition_keep_number(): the number is taken only when a petition of the same township holds it;
--     every other check of 0040 stays (the account, its scope, the petition registered by it in this very
--     transaction, the number's form). zz_petitions_guard() keeps a petition in its township and its number
--     unchanged outside that function, so no account renumbers around it.
-- The SQLite file of the same number rebuilds the table to the same effect.
DO $$
DECLARE
    v_name text;
BEGIN
    FOR v_name IN
        SELECT c.conname FROM pg_constraint c
        WHERE c.conrelid = 'petitions'::regclass AND c.contype = 'u'
          AND c.conkey = ARRAY[(SELECT a.attnum FROM pg_attribute a
                                WHERE a.attrelid = 'petitions'::regclass AND a.attname = 'petition_no')]::int2[]
    LOOP
        EXECUTE format('ALTER TABLE petitions DROP CONSTRAINT %I', v_name);
    END LOOP;
END
$$;
ALTER TABLE petitions ADD CONSTRAINT petitions_township_number UNIQUE (township_id, petition_no);
CREATE INDEX petitions_number ON petitions(petition_no);

CREATE OR REPLACE FUNCTION zz_petition_keep_number(p_petition_id bigint, p_ledger_no text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_owner boolean := zz_is_owner();
    v_user users%ROWTYPE;
    v_petition petitions%ROWTYPE;
    v_no text := btrim(coalesce(p_ledger_no, ''));
BEGIN
    IF NOT v_owner THEN
        SELECT * INTO v_user FROM users u WHERE u.login = session_user AND u.active;
        IF v_user.id IS NULL THEN
            RAISE EXCEPTION 'no active account' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT (zz_has_role('reception') OR zz_has_role('duty_officer') OR zz_has_role('leader')) THEN
            RAISE EXCEPTION 'the account may not register petitions' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    SELECT * INTO v_petition FROM petitions p WHERE p.id = p_petition_id FOR UPDATE;
    IF v_petition.id IS NULL OR (NOT v_owner AND NOT zz_in_scope(v_petition.township_id)) THEN
        RAISE EXCEPTION 'no such petition in the account''s scope' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT v_owner AND (v_petition.created_by IS DISTINCT FROM v_user.id OR NOT EXISTS (
            SELECT 1 FROM petition_flow f WHERE f.petition_id = p_petition_id AND f.action = 'register'
              AND f.xact = pg_current_xact_id())) THEN
        RAISE EXCEPTION 'a petition keeps a ledger number only in the transaction that registers it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF length(v_no) NOT BETWEEN 1 AND 64 OR v_no ~ '[[:cntrl:]]' OR v_no ~ '^[0-9]+-X-[0-9]{4}-[0-9]+$' THEN
        RAISE EXCEPTION 'not a ledger number' USING ERRCODE = 'check_violation';
    END IF;
    IF v_no = v_petition.petition_no THEN
        RETURN v_no;
    END IF;
    IF EXISTS (SELECT 1 FROM petitions p WHERE p.township_id = v_petition.township_id AND p.petition_no = v_no) THEN
        RAISE EXCEPTION 'the ledger number is taken in the township' USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO petition_kept_numbers (petition_id, township_id, ledger_no, system_no, kept_by, kept_at, xact)
        VALUES (p_petition_id, v_petition.township_id, v_no, v_petition.petition_no, v_user.id,
                extract(epoch FROM now())::bigint, pg_current_xact_id());
    UPDATE petitions SET petition_no = v_no, version = version + 1 WHERE id = p_petition_id;
    RETURN v_no;
END
$$;
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_petition_keep_number(bigint, text) SET search_path = %I, pg_temp',
                   current_schema());
END
$$;
REVOKE ALL ON FUNCTION zz_petition_keep_number(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION zz_petition_keep_number(bigint, text) TO zongzhi_staff;
