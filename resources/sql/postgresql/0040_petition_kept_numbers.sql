-- Zongzhi Workbench schema (PostgreSQL): a historical petition keeps its ledger number (issue 11).
-- A township's old ledger (信访台账) numbers its petitions (信访编号) and residents hold that number, so a
-- petition imported from the ledger is renumbered to it in the transaction that registers it:
--   * petition_kept_numbers: which petition kept which ledger number in place of the number the
--     township's counter gave it (unique per township), who kept it and when; readable like the petition,
--     written only by zz_petition_keep_number().
--   * zz_petition_keep_number(): the one way an account changes a petition's number. It checks the account
--     again (active, may register petitions), the petition (in the account's scope, registered by this
--     account in this very transaction), and the number (1–64 characters, not of the counter's own form
--     "<code>-X-<year>-<seq>", not used by any petition); then records the row above and renumbers.
--   * zz_petitions_guard() lets a petition's number change only when that row of the same transaction
--     names the new number; numbers stay out of every account's reach otherwise.
-- The SQLite file of the same number holds the same table; there the program checks the same rules.

CREATE TABLE petition_kept_numbers (
    petition_id BIGINT PRIMARY KEY REFERENCES petitions(id) ON DELETE CASCADE,
    township_id BIGINT NOT NULL REFERENCES org_units(id),
    ledger_no   TEXT NOT NULL CHECK (length(ledger_no) BETWEEN 1 AND 64),
    system_no   TEXT NOT NULL,
    kept_by     BIGINT REFERENCES users(id),
    kept_at     BIGINT NOT NULL,
    xact        xid8 NOT NULL,
    UNIQUE (township_id, ledger_no)
);
GRANT SELECT ON petition_kept_numbers TO zongzhi_staff;
ALTER TABLE petition_kept_numbers ENABLE ROW LEVEL SECURITY;
CREATE POLICY petition_kept_numbers_read ON petition_kept_numbers FOR SELECT
    USING (EXISTS (SELECT 1 FROM petitions p WHERE p.id = petition_kept_numbers.petition_id));

CREATE FUNCTION zz_petition_keep_number(p_petition_id bigint, p_ledger_no text) RETURNS text
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
    IF EXISTS (SELECT 1 FROM petitions p WHERE p.petition_no = v_no) THEN
        RAISE EXCEPTION 'the ledger number is taken' USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO petition_kept_numbers (petition_id, township_id, ledger_no, system_no, kept_by, kept_at, xact)
        VALUES (p_petition_id, v_petition.township_id, v_no, v_petition.petition_no, v_user.id,
                extract(epoch FROM now())::bigint, pg_current_xact_id());
    UPDATE petitions SET petition_no = v_no, version = version + 1 WHERE id = p_petition_id;
    RETURN v_no;
END
$$;
REVOKE ALL ON FUNCTION zz_petition_keep_number(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION zz_petition_keep_number(bigint, text) TO zongzhi_staff;

-- The guard of 0026, letting the number change only as zz_petition_keep_number() recorded it.
CREATE OR REPLACE FUNCTION zz_petitions_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_owner boolean := zz_is_owner();
    v_unit org_units%ROWTYPE;
    v_township org_units%ROWTYPE;
    v_received_year integer := extract(year FROM to_timestamp(NEW.received_at))::integer;
BEGIN
    SELECT * INTO v_unit FROM org_units o WHERE o.id = NEW.org_unit_id;
    IF v_unit.id IS NULL OR v_unit.township_id IS NULL THEN
        RAISE EXCEPTION 'the place must lie in a township' USING ERRCODE = 'check_violation';
    END IF;
    NEW.org_path := v_unit.path;
    NEW.write_xact := pg_current_xact_id();
    IF TG_OP = 'INSERT' THEN
        NEW.township_id := v_unit.township_id;
        IF NOT v_owner THEN
            NEW.created_by := (SELECT u.id FROM users u WHERE u.login = session_user AND u.active);
            NEW.version := 1;
        END IF;
        IF NEW.year IS NULL OR NEW.year NOT BETWEEN v_received_year - 1 AND v_received_year + 1 THEN
            RAISE EXCEPTION 'the petition year does not match its receipt' USING ERRCODE = 'check_violation';
        END IF;
        IF NOT v_owner OR coalesce(NEW.petition_no, '') = '' THEN
            SELECT * INTO v_township FROM org_units o WHERE o.id = v_unit.township_id;
            INSERT INTO petition_counters (township_id, year, last_seq) VALUES (v_township.id, NEW.year, 0)
                ON CONFLICT (township_id, year) DO NOTHING;
            UPDATE petition_counters k SET last_seq = k.last_seq + 1
                WHERE k.township_id = v_township.id AND k.year = NEW.year RETURNING k.last_seq INTO NEW.seq;
            NEW.petition_no := v_township.code || '-X-' || NEW.year || '-' ||
                               CASE WHEN NEW.seq < 100000 THEN lpad(NEW.seq::text, 5, '0') ELSE NEW.seq::text END;
        END IF;
        RETURN NEW;
    END IF;
    IF NOT v_owner THEN
        IF (NEW.petition_no <> OLD.petition_no AND NOT EXISTS (
                SELECT 1 FROM petition_kept_numbers k WHERE k.petition_id = NEW.id
                  AND k.ledger_no = NEW.petition_no AND k.xact = pg_current_xact_id()))
           OR NEW.year <> OLD.year OR NEW.seq <> OLD.seq
           OR NEW.received_at <> OLD.received_at OR NEW.created_by IS DISTINCT FROM OLD.created_by
           OR NEW.reporter_protected <> OLD.reporter_protected OR NEW.rule_set <> OLD.rule_set
           OR NEW.rule_version <> OLD.rule_version THEN
            RAISE EXCEPTION 'a petition''s number, receipt, registrar and rule set do not change'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF v_unit.township_id <> OLD.township_id THEN
            RAISE EXCEPTION 'a petition stays in its township' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.version <> OLD.version + 1 THEN
            RAISE EXCEPTION 'the petition was changed by someone else' USING ERRCODE = 'serialization_failure';
        END IF;
    END IF;
    NEW.township_id := OLD.township_id;
    RETURN NEW;
END
$$;

DO $$
DECLARE
    v_fn text;
BEGIN
    FOREACH v_fn IN ARRAY ARRAY['zz_petition_keep_number(bigint, text)', 'zz_petitions_guard()'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', v_fn, current_schema());
    END LOOP;
END
$$;
