-- Zongzhi Workbench schema (PostgreSQL): the step dates a historical ledger gives (issue 11: the case
-- ledger round trip). An imported case gets a flow row for the step it stands at only; the ledger's other
-- dates (立案, 派遣, 反馈) were kept in that row's note as days. They are now kept as given, beside the row's
-- fingerprint in case_imports, and the case ledger export reads them where the flow log has no row of that
-- step. zz_case_import() takes them as registered_at, dispatched_at and feedback_at (epoch seconds, may be
-- absent) and writes them for a new case and for a changed row; it is otherwise 0042's.

ALTER TABLE case_imports ADD COLUMN registered_at bigint;
ALTER TABLE case_imports ADD COLUMN dispatched_at bigint;
ALTER TABLE case_imports ADD COLUMN feedback_at bigint;

CREATE OR REPLACE FUNCTION zz_case_import(p_actor_user_id bigint, p_actor_name text, p_rows jsonb, p_at bigint)
RETURNS TABLE (idx integer, case_id bigint, case_no text, outcome text)
LANGUAGE plpgsql SECURITY DEFINER AS $$
#variable_conflict use_column
DECLARE
    v_owner boolean := zz_is_owner();
    v_actor_id bigint := nullif(p_actor_user_id, 0);
    v_actor_name text := coalesce(p_actor_name, '');
    v_actor_org bigint;
    v_scope text;
BEGIN
    IF v_owner THEN
        SELECT u.org_unit_id INTO v_actor_org FROM users u WHERE u.id = v_actor_id;
    ELSE
        SELECT u.id, u.display_name, u.org_unit_id INTO v_actor_id, v_actor_name, v_actor_org
        FROM users u WHERE u.login = session_user AND u.active;
        IF v_actor_id IS NULL THEN
            RAISE EXCEPTION 'not an active account' USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- A historical ledger: an admin setting the center up, or a leader. 12345 orders: the roles that
        -- register cases (the counter, the duty desk, leaders). Checked for every row's kind.
        IF EXISTS (SELECT 1 FROM jsonb_array_elements(p_rows) e WHERE e->>'kind' = 'ledger')
           AND NOT (zz_has_role('admin') OR zz_has_role('leader')) THEN
            RAISE EXCEPTION 'this account may not import case ledgers' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF EXISTS (SELECT 1 FROM jsonb_array_elements(p_rows) e WHERE e->>'kind' IS DISTINCT FROM 'ledger')
           AND NOT (zz_has_role('reception') OR zz_has_role('duty_officer') OR zz_has_role('leader')) THEN
            RAISE EXCEPTION 'this account may not import 12345 work orders' USING ERRCODE = 'insufficient_privilege';
        END IF;
        v_scope := zz_scope_path();
    END IF;

    CREATE TEMP TABLE IF NOT EXISTS zz_import_rows (
        idx integer, kind text, key text, case_no text, org_unit_id bigint, category_id bigint, source text,
        nature text, urgency text, title text, description text, address text, status text, year integer,
        received_at bigint, deadline_at bigint, deadline_working boolean, closed_at bigint, step_at bigint,
        department_id bigint, satisfaction text, dispute_settled boolean, supervise_level text, row_hash text,
        note text, lookup_code text, parties jsonb, hotline jsonb,
        registered_at bigint, dispatched_at bigint, feedback_at bigint,
        township_id bigint, township_code text, org_path text, seq integer, taken boolean DEFAULT false,
        existing_id bigint, existing_status text, existing_hash text, existing_path text, new_id bigint
    ) ON COMMIT DROP;
    -- A table of that name the caller made himself (with triggers of his own) is never used.
    IF (SELECT t.relowner FROM pg_class t WHERE t.oid = 'pg_temp.zz_import_rows'::regclass)
       <> (SELECT t.relowner FROM pg_class t WHERE t.oid = 'cases'::regclass) THEN
        RAISE EXCEPTION 'a temporary table is in the way' USING ERRCODE = 'insufficient_privilege';
    END IF;
    TRUNCATE pg_temp.zz_import_rows;
    INSERT INTO pg_temp.zz_import_rows (idx, kind, key, case_no, org_unit_id, category_id, source, nature, urgency,
                                        title, description, address, status, year, received_at, deadline_at,
                                        deadline_working, closed_at, step_at, department_id, satisfaction,
                                        dispute_settled, supervise_level, row_hash, note, lookup_code, parties,
                                        hotline, registered_at, dispatched_at, feedback_at)
    SELECT r.idx, r.kind, r.key, nullif(r.case_no, ''), r.org_unit_id, r.category_id, r.source, r.nature,
           coalesce(r.urgency, 'normal'), r.title, coalesce(r.description, ''), coalesce(r.address, ''), r.status,
           r.year, r.received_at, r.deadline_at, coalesce(r.deadline_working, true), r.closed_at,
           coalesce(r.step_at, r.received_at), nullif(r.department_id, 0), r.satisfaction, r.dispute_settled,
           coalesce(r.supervise_level, 'none'), r.row_hash, coalesce(r.note, ''), r.lookup_code,
           coalesce(r.parties, '[]'::jsonb), r.hotline, r.registered_at, r.dispatched_at, r.feedback_at
    FROM jsonb_to_recordset(p_rows) AS r(idx integer, kind text, key text, case_no text, org_unit_id bigint,
        category_id bigint, source text, nature text, urgency text, title text, description text, address text,
        status text, year integer, received_at bigint, deadline_at bigint, deadline_working boolean,
        closed_at bigint, step_at bigint, department_id bigint, satisfaction text, dispute_settled boolean,
        supervise_level text, row_hash text, note text, lookup_code text, parties jsonb, hotline jsonb,
        registered_at bigint, dispatched_at bigint, feedback_at bigint);

    -- What every row must be, whoever sends it.
    IF EXISTS (SELECT 1 FROM pg_temp.zz_import_rows r
               WHERE r.kind IS NULL OR r.kind NOT IN ('ledger', 'hotline')
                  OR r.key IS NULL OR NOT starts_with(r.key, CASE r.kind WHEN 'ledger' THEN 'ledger:' ELSE '12345:' END)
                  OR coalesce(r.row_hash, '') = '' OR coalesce(r.title, '') = '' OR r.received_at IS NULL
                  OR r.received_at > p_at + 86400
                  OR r.status NOT IN ('reported', 'registered', 'declined', 'dispatched', 'in_progress', 'feedback',
                                      'verified', 'closed', 'archived')
                  OR (r.status IN ('closed', 'archived') AND (r.closed_at IS NULL OR r.closed_at < r.received_at))
                  OR (r.status NOT IN ('closed', 'archived') AND r.closed_at IS NOT NULL)
                  OR r.step_at < r.received_at
                  OR (r.satisfaction IS NOT NULL AND r.satisfaction NOT IN ('satisfied', 'basic', 'unsatisfied'))
                  OR r.supervise_level NOT IN ('none', 'normal', 'yellow', 'red')
                  OR r.year IS NULL
                  OR r.year NOT BETWEEN extract(year FROM to_timestamp(r.received_at))::integer - 1
                                    AND extract(year FROM to_timestamp(r.received_at))::integer + 1
                  OR (r.kind = 'hotline' AND coalesce(r.hotline->>'order_no', '') = '')) THEN
        RAISE EXCEPTION 'an imported row is malformed' USING ERRCODE = 'check_violation';
    END IF;
    IF (SELECT count(*) FROM pg_temp.zz_import_rows) <> (SELECT count(DISTINCT r.key) FROM pg_temp.zz_import_rows r) THEN
        RAISE EXCEPTION 'a row is given twice in one batch' USING ERRCODE = 'unique_violation';
    END IF;

    UPDATE pg_temp.zz_import_rows r SET township_id = o.township_id, org_path = o.path, township_code = t.code
    FROM org_units o JOIN org_units t ON t.id = o.township_id WHERE o.id = r.org_unit_id;
    IF EXISTS (SELECT 1 FROM pg_temp.zz_import_rows r WHERE r.township_id IS NULL) THEN
        RAISE EXCEPTION 'the place must lie in a township' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT v_owner AND EXISTS (SELECT 1 FROM pg_temp.zz_import_rows r
                               WHERE v_scope IS NULL OR NOT starts_with(r.org_path, v_scope)) THEN
        RAISE EXCEPTION 'the place is outside the account''s scope' USING ERRCODE = 'insufficient_privilege';
    END IF;

    -- A row imported before: its case, which must lie in the scope and have come from an import.
    UPDATE pg_temp.zz_import_rows r SET existing_id = c.id, existing_status = c.status, existing_path = c.org_path,
                                        existing_hash = i.row_hash
    FROM cases c LEFT JOIN case_imports i ON i.case_id = c.id WHERE c.idempotency_key = r.key;
    IF EXISTS (SELECT 1 FROM pg_temp.zz_import_rows r
               WHERE r.existing_id IS NOT NULL
                 AND (r.existing_hash IS NULL OR (NOT v_owner AND NOT starts_with(r.existing_path, v_scope)))) THEN
        RAISE EXCEPTION 'the imported case lies outside the account''s scope' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- A hotline order another township already holds.
    IF NOT v_owner AND EXISTS (SELECT 1 FROM pg_temp.zz_import_rows r
                               JOIN org_units t ON t.id = r.township_id
                               JOIN hotline_orders h ON h.county_id = coalesce(t.parent_id, t.id)
                                                    AND h.order_no = r.hotline->>'order_no'
                               WHERE r.kind = 'hotline' AND NOT zz_in_scope(h.township_id)) THEN
        RAISE EXCEPTION 'the work order belongs to another township' USING ERRCODE = 'insufficient_privilege';
    END IF;

    -- A kept number another case already carries: that row is not stored.
    UPDATE pg_temp.zz_import_rows r SET taken = true
    WHERE r.existing_id IS NULL AND r.case_no IS NOT NULL AND EXISTS (SELECT 1 FROM cases c WHERE c.case_no = r.case_no);

    -- Numbers: one of our own form (township code-year-sequence) keeps its sequence and raises the
    -- counter past it; any other kept number, and every row without one, takes the next of the counter.
    UPDATE pg_temp.zz_import_rows r SET seq = substring(r.case_no FROM '([0-9]+)$')::integer
    WHERE r.existing_id IS NULL AND NOT r.taken AND r.case_no IS NOT NULL
      AND starts_with(r.case_no, r.township_code || '-' || r.year || '-')
      AND substring(r.case_no FROM length(r.township_code || '-' || r.year || '-') + 1) ~ '^[0-9]{6,9}$';
    INSERT INTO case_counters (township_id, year, last_seq)
    SELECT DISTINCT r.township_id, r.year, 0 FROM pg_temp.zz_import_rows r WHERE r.existing_id IS NULL AND NOT r.taken
    ON CONFLICT (township_id, year) DO NOTHING;
    UPDATE case_counters k SET last_seq = greatest(k.last_seq, m.top)
    FROM (SELECT r.township_id, r.year, max(r.seq) AS top FROM pg_temp.zz_import_rows r
          WHERE r.seq IS NOT NULL GROUP BY r.township_id, r.year) m
    WHERE k.township_id = m.township_id AND k.year = m.year;
    WITH n AS (SELECT r.idx, r.township_id, r.year,
                      row_number() OVER (PARTITION BY r.township_id, r.year ORDER BY r.received_at, r.idx) AS rn
               FROM pg_temp.zz_import_rows r WHERE r.existing_id IS NULL AND NOT r.taken AND r.seq IS NULL),
         c AS (SELECT n.township_id, n.year, count(*) AS cnt FROM n GROUP BY n.township_id, n.year),
         u AS (UPDATE case_counters k SET last_seq = k.last_seq + c.cnt FROM c
               WHERE k.township_id = c.township_id AND k.year = c.year
               RETURNING k.township_id, k.year, k.last_seq - c.cnt AS base)
    UPDATE pg_temp.zz_import_rows r SET seq = u.base + n.rn
    FROM n JOIN u ON u.township_id = n.township_id AND u.year = n.year WHERE r.idx = n.idx;
    UPDATE pg_temp.zz_import_rows r
    SET case_no = r.township_code || '-' || r.year || '-' ||
                  CASE WHEN r.seq < 1000000 THEN lpad(r.seq::text, 6, '0') ELSE r.seq::text END
    WHERE r.existing_id IS NULL AND NOT r.taken AND r.case_no IS NULL;

    WITH ins AS (
        INSERT INTO cases (case_no, township_id, year, seq, lookup_code, title, description, source, nature,
                           category_id, org_unit_id, org_path, address, urgency, risk, status, level_org_unit_id,
                           department_id, received_at, deadline_at, deadline_working, closed_at, supervise_level,
                           satisfaction, dispute_settled, confidential, created_by, updated_at, version,
                           idempotency_key, write_xact)
        SELECT r.case_no, r.township_id, r.year, r.seq, r.lookup_code, r.title, r.description, r.source, r.nature,
               r.category_id, r.org_unit_id, r.org_path, r.address, r.urgency, 'green', r.status, r.township_id,
               r.department_id, r.received_at, r.deadline_at, r.deadline_working, r.closed_at, r.supervise_level,
               r.satisfaction, r.dispute_settled, false, v_actor_id, p_at, 1, r.key, pg_current_xact_id()
        FROM pg_temp.zz_import_rows r WHERE r.existing_id IS NULL AND NOT r.taken ORDER BY r.idx
        RETURNING cases.id, cases.idempotency_key)
    UPDATE pg_temp.zz_import_rows r SET new_id = ins.id FROM ins WHERE r.key = ins.idempotency_key;

    INSERT INTO case_flow (case_id, action, from_status, to_status, actor_user_id, actor_name, from_org_unit_id,
                           to_org_unit_id, note, at)
    SELECT r.new_id, 'report', NULL, 'reported', v_actor_id, v_actor_name, v_actor_org, r.township_id, r.note,
           r.received_at
    FROM pg_temp.zz_import_rows r WHERE r.new_id IS NOT NULL ORDER BY r.idx;
    INSERT INTO case_flow (case_id, action, from_status, to_status, actor_user_id, actor_name, from_org_unit_id,
                           to_org_unit_id, department_id, note, at)
    SELECT r.new_id, zz_import_action(r.status), 'reported', r.status, v_actor_id, v_actor_name, r.township_id,
           r.township_id, r.department_id, r.note, r.step_at
    FROM pg_temp.zz_import_rows r WHERE r.new_id IS NOT NULL AND r.status <> 'reported' ORDER BY r.idx;
    INSERT INTO case_flow (case_id, action, from_status, to_status, actor_user_id, actor_name, from_org_unit_id,
                           to_org_unit_id, note, at)
    SELECT r.new_id, 'supervise', r.status, r.status, v_actor_id, v_actor_name, r.township_id, r.township_id,
           r.note, r.step_at
    FROM pg_temp.zz_import_rows r WHERE r.new_id IS NOT NULL AND r.supervise_level <> 'none' ORDER BY r.idx;

    INSERT INTO case_parties (case_id, role, name, resident_id, phone, anonymous)
    SELECT r.new_id, coalesce(p.role, 'reporter'), coalesce(p.name, ''), upper(coalesce(p.resident_id, '')),
           coalesce(p.phone, ''), false
    FROM pg_temp.zz_import_rows r, jsonb_to_recordset(r.parties) AS p(role text, name text, resident_id text, phone text)
    WHERE r.new_id IS NOT NULL;

    INSERT INTO callbacks (case_id, method, called_at, person, result, note, actor_user_id, actor_name, at)
    SELECT r.new_id, 'phone', r.closed_at, '', r.satisfaction, '', v_actor_id, v_actor_name, p_at
    FROM pg_temp.zz_import_rows r WHERE r.new_id IS NOT NULL AND r.satisfaction IS NOT NULL AND r.closed_at IS NOT NULL;

    INSERT INTO case_imports (case_id, kind, row_hash, imported_at, imported_by, registered_at, dispatched_at,
                              feedback_at)
    SELECT r.new_id, r.kind, r.row_hash, p_at, v_actor_id, r.registered_at, r.dispatched_at, r.feedback_at
    FROM pg_temp.zz_import_rows r WHERE r.new_id IS NOT NULL;

    -- A changed row: its case takes the row's state (the place and number stay); a status that moves is
    -- a flow row, any other change an audit row.
    UPDATE cases c SET title = r.title, description = r.description, address = r.address,
                       category_id = r.category_id, source = r.source, nature = r.nature, urgency = r.urgency,
                       status = r.status, department_id = r.department_id, deadline_at = r.deadline_at,
                       deadline_working = r.deadline_working, closed_at = r.closed_at,
                       supervise_level = CASE WHEN r.supervise_level = 'none' THEN c.supervise_level
                                              ELSE r.supervise_level END,
                       satisfaction = r.satisfaction, dispute_settled = r.dispute_settled, updated_at = p_at,
                       version = c.version + 1, write_xact = pg_current_xact_id()
    FROM pg_temp.zz_import_rows r WHERE c.id = r.existing_id AND r.existing_hash <> r.row_hash;
    INSERT INTO case_flow (case_id, action, from_status, to_status, actor_user_id, actor_name, from_org_unit_id,
                           to_org_unit_id, department_id, note, at)
    SELECT r.existing_id, zz_import_action(r.status), r.existing_status, r.status, v_actor_id, v_actor_name,
           r.township_id, r.township_id, r.department_id, r.note, greatest(r.step_at, p_at)
    FROM pg_temp.zz_import_rows r
    WHERE r.existing_id IS NOT NULL AND r.existing_hash <> r.row_hash AND r.status <> r.existing_status
    ORDER BY r.idx;
    PERFORM zz_audit_append(NULL, NULL, 'case_import', 'case', r.existing_id, 'update')
    FROM pg_temp.zz_import_rows r
    WHERE r.existing_id IS NOT NULL AND r.existing_hash <> r.row_hash AND r.status = r.existing_status;
    INSERT INTO callbacks (case_id, method, called_at, person, result, note, actor_user_id, actor_name, at)
    SELECT r.existing_id, 'phone', r.closed_at, '', r.satisfaction, '', v_actor_id, v_actor_name, p_at
    FROM pg_temp.zz_import_rows r
    WHERE r.existing_id IS NOT NULL AND r.existing_hash <> r.row_hash AND r.satisfaction IS NOT NULL
      AND r.closed_at IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM callbacks b WHERE b.case_id = r.existing_id AND b.result = r.satisfaction);
    UPDATE case_imports i SET row_hash = r.row_hash, imported_at = p_at, imported_by = v_actor_id,
                              registered_at = r.registered_at, dispatched_at = r.dispatched_at,
                              feedback_at = r.feedback_at
    FROM pg_temp.zz_import_rows r WHERE i.case_id = r.existing_id AND r.existing_hash <> r.row_hash;

    -- The work orders: one per number and county; a re-import updates the hotline's words.
    INSERT INTO hotline_orders AS h (county_id, order_no, township_id, case_id, status_raw, result_raw,
                                     satisfaction_raw, unit_raw, called_at, due_at, flag_case_id, flag_reason,
                                     updated_at)
    SELECT coalesce(t.parent_id, t.id), r.hotline->>'order_no', r.township_id, coalesce(r.new_id, r.existing_id),
           coalesce(r.hotline->>'status_raw', ''), coalesce(r.hotline->>'result_raw', ''),
           coalesce(r.hotline->>'satisfaction_raw', ''), coalesce(r.hotline->>'unit_raw', ''), r.received_at,
           r.deadline_at, nullif((r.hotline->>'flag_case_id')::bigint, 0), coalesce(r.hotline->>'flag_reason', ''), p_at
    FROM pg_temp.zz_import_rows r JOIN org_units t ON t.id = r.township_id
    WHERE r.kind = 'hotline' AND NOT r.taken
    ON CONFLICT (county_id, order_no) DO UPDATE
    SET case_id = EXCLUDED.case_id, status_raw = EXCLUDED.status_raw, result_raw = EXCLUDED.result_raw,
        satisfaction_raw = EXCLUDED.satisfaction_raw, unit_raw = EXCLUDED.unit_raw, due_at = EXCLUDED.due_at,
        flag_case_id = coalesce(h.flag_case_id, EXCLUDED.flag_case_id),
        flag_reason = CASE WHEN h.flag_case_id IS NULL THEN EXCLUDED.flag_reason ELSE h.flag_reason END,
        updated_at = EXCLUDED.updated_at, version = h.version + 1
    WHERE (h.status_raw, h.result_raw, h.satisfaction_raw, h.unit_raw, h.due_at)
          IS DISTINCT FROM (EXCLUDED.status_raw, EXCLUDED.result_raw, EXCLUDED.satisfaction_raw, EXCLUDED.unit_raw,
                            EXCLUDED.due_at);

    RETURN QUERY
    SELECT r.idx, coalesce(r.new_id, r.existing_id), coalesce(c.case_no, r.case_no),
           CASE WHEN r.taken THEN 'taken' WHEN r.new_id IS NOT NULL THEN 'added'
                WHEN r.existing_hash = r.row_hash THEN 'unchanged' ELSE 'updated' END
    FROM pg_temp.zz_import_rows r LEFT JOIN cases c ON c.id = r.existing_id ORDER BY r.idx;
END
$$;

DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_case_import(bigint, text, jsonb, bigint) SET search_path = %I, pg_temp',
                   current_schema());
END
$$;
REVOKE ALL ON FUNCTION zz_case_import(bigint, text, jsonb, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION zz_case_import(bigint, text, jsonb, bigint) TO zongzhi_staff;
