-- Zongzhi Workbench schema, version 12 (PostgreSQL): search that serves the common short terms, and
-- serves them to accounts under row-level security. Equivalent to the SQLite file of the same number.
--
-- Two problems. (1) Chinese searches are mostly one or two characters (赌博, 漏水, 噪音), below what
-- the trigram index can serve: they scanned every case. (2) LIKE is not leakproof, so under the cases
-- policy the planner may not use any index for it: an account's search scanned the whole scope (12 s
-- for a common phrase at 1M) where the owner's took milliseconds.
-- So: the grams of each case (single characters and pairs, zz_grams(), mirrored by
-- src/core/SearchText.cpp) in a GIN index, and zz_search_ids(), a SECURITY DEFINER function that finds
-- the matching case ids through the indexes (trigrams for 3+ characters, grams for 1-2, exact case
-- number, 查询码, reporter name, ID number or phone) and returns only those the caller may see — the
-- same test as the policy. The board's query joins on those ids (= is leakproof), the policy still
-- applies to the rows it reads.

CREATE FUNCTION zz_grams(p_text text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS $$
DECLARE
    v_out text[] := '{}';
    v_prev text := NULL;
    v_c text;
BEGIN
    FOREACH v_c IN ARRAY regexp_split_to_array(lower(p_text), '') LOOP
        IF v_c ~ '^[[:space:][:punct:]，。、；：？！“”‘’（）《》【】…—·]$' THEN
            v_prev := NULL;
            CONTINUE;
        END IF;
        v_out := v_out || v_c;
        IF v_prev IS NOT NULL THEN
            v_out := v_out || (v_prev || v_c);
        END IF;
        v_prev := v_c;
    END LOOP;
    RETURN ARRAY(SELECT DISTINCT unnest(v_out));
END
$$;

CREATE INDEX cases_search_grams ON cases USING gin (zz_grams(title || ' ' || description || ' ' || address));
CREATE INDEX case_parties_name ON case_parties(name) WHERE name <> '';

CREATE FUNCTION zz_search_ids(p_text text) RETURNS SETOF bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 1000 AS $$
DECLARE
    v_owner boolean := zz_is_owner();
    v_scope text := CASE WHEN zz_is_owner() THEN '/' ELSE zz_scope_path() END;
    v_user bigint := zz_user_id();
    v_term text := btrim(p_text);
BEGIN
    IF v_scope IS NULL OR v_term = '' THEN
        RETURN;
    END IF;
    IF char_length(v_term) <= 2 AND v_term !~ '[[:space:][:punct:]，。、；：？！“”‘’（）《》【】…—·]' THEN
        -- One lookup in the grams index.
        RETURN QUERY
        SELECT c.id FROM cases c
        WHERE c.id IN (SELECT k.id FROM cases k
                       WHERE zz_grams(k.title || ' ' || k.description || ' ' || k.address) @> ARRAY[lower(v_term)])
          AND starts_with(c.org_path, v_scope)
          AND (v_owner OR NOT c.confidential OR c.created_by = v_user
               OR EXISTS (SELECT 1 FROM case_access a WHERE a.case_id = c.id AND a.user_id = v_user));
    ELSE
        -- The trigram index (which a 1-2 character term with punctuation cannot use: it scans).
        RETURN QUERY
        SELECT c.id FROM cases c
        WHERE (c.title || ' ' || c.description || ' ' || c.address) LIKE
              '%' || replace(replace(replace(v_term, '\', '\\'), '%', '\%'), '_', '\_') || '%'
          AND starts_with(c.org_path, v_scope)
          AND (v_owner OR NOT c.confidential OR c.created_by = v_user
               OR EXISTS (SELECT 1 FROM case_access a WHERE a.case_id = c.id AND a.user_id = v_user));
    END IF;
    -- What the resident holds: the case number, the 查询码, a reporter's name, ID number or phone.
    RETURN QUERY
    SELECT c.id FROM cases c
    WHERE c.id IN (SELECT k.id FROM cases k WHERE k.case_no = v_term OR k.lookup_code = v_term
                   UNION
                   SELECT p.case_id FROM case_parties p
                   WHERE (p.name = v_term AND p.name <> '') OR (p.resident_id = upper(v_term) AND p.resident_id <> '')
                      OR (p.phone = v_term AND p.phone <> ''))
      AND starts_with(c.org_path, v_scope)
      AND (v_owner OR NOT c.confidential OR c.created_by = v_user
           OR EXISTS (SELECT 1 FROM case_access a WHERE a.case_id = c.id AND a.user_id = v_user));
END
$$;
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_search_ids(text) SET search_path = %I, pg_temp', current_schema());
END
$$;
REVOKE ALL ON FUNCTION zz_search_ids(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION zz_search_ids(text) TO zongzhi_staff;

-- A township's cases in received order (the search walk below, and a township account's board).
CREATE INDEX cases_township_received ON cases(township_id, received_at, id);

-- One page of a search in received order, for the board's plain search (no other filter): the newest
-- matches within p_path and the caller's scope after the keyset cursor. A common term is found among the
-- newest cases by walking the received index (the first 20,000 cases of the scope past the cursor); a
-- rare one through the indexes, sorting only its few hits. Dynamic SQL with quoted literals, so each
-- call is planned with the real values.
CREATE FUNCTION zz_search_page(p_text text, p_path text, p_ascending boolean, p_after_received bigint,
                               p_after_id bigint, p_limit integer) RETURNS SETOF bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 200 AS $$
DECLARE
    v_owner boolean := zz_is_owner();
    v_scope text := CASE WHEN zz_is_owner() THEN '/' ELSE zz_scope_path() END;
    v_user bigint := zz_user_id();
    v_term text := btrim(p_text);
    v_pattern text := '%' || replace(replace(replace(btrim(p_text), '\', '\\'), '%', '\%'), '_', '\_') || '%';
    v_where text;
    v_order text := CASE WHEN p_ascending THEN 'c.received_at ASC, c.id ASC' ELSE 'c.received_at DESC, c.id DESC' END;
    v_found bigint[];
    v_limit integer := greatest(1, least(coalesce(p_limit, 200), 1000));
    v_township bigint;
    v_visible text := 'true';
BEGIN
    IF v_scope IS NULL OR v_term = '' THEN
        RETURN;
    END IF;
    -- The narrower of the caller's scope and the board's unit, as a range the planner can estimate.
    IF starts_with(coalesce(p_path, '/'), v_scope) THEN
        v_scope := coalesce(p_path, '/');
    ELSIF NOT starts_with(v_scope, coalesce(p_path, '/')) THEN
        RETURN;
    END IF;
    v_where := format('c.org_path >= %L AND c.org_path < %L', v_scope, left(v_scope, -1) || '0');
    -- Within one township, its own received index keeps the walk to that township's cases.
    SELECT o.township_id INTO v_township FROM org_units o WHERE o.path = v_scope;
    IF v_township IS NOT NULL THEN
        v_where := v_where || format(' AND c.township_id = %s', v_township);
    END IF;
    -- Confidential cases: checked on the walk's hits only (inside the walk it would spoil its plan);
    -- the index path's zz_search_ids() checks them itself.
    IF NOT v_owner THEN
        v_visible := format('(NOT w.confidential OR w.created_by = %s OR EXISTS (SELECT 1 FROM case_access a '
                            'WHERE a.case_id = w.id AND a.user_id = %s))', coalesce(v_user, 0), coalesce(v_user, 0));
    END IF;
    IF p_after_id IS NOT NULL AND p_after_id > 0 THEN
        v_where := v_where || format(CASE WHEN p_ascending THEN ' AND (c.received_at, c.id) > (%s, %s)'
                                          ELSE ' AND (c.received_at, c.id) < (%s, %s)' END,
                                     p_after_received, p_after_id);
    END IF;
    -- A common term: among the newest cases.
    EXECUTE format('SELECT array_agg(w.id) FROM (SELECT w.id FROM (SELECT c.id, c.title, c.description, c.address, '
                   'c.confidential, c.created_by FROM cases c WHERE %s ORDER BY %s LIMIT 20000) w '
                   'WHERE (w.title || '' '' || w.description || '' '' || w.address) LIKE %L AND %s LIMIT %s) w',
                   v_where, v_order, v_pattern, v_visible, v_limit)
        INTO v_found;
    IF coalesce(array_length(v_found, 1), 0) >= v_limit THEN
        RETURN QUERY SELECT unnest(v_found);
        RETURN;
    END IF;
    -- A rare one: through the grams or trigram index, then the few hits sorted.
    RETURN QUERY EXECUTE format(
        'SELECT c.id FROM cases c WHERE %s AND c.id IN (SELECT zz_search_ids(%L)) ORDER BY %s LIMIT %s',
        v_where, v_term, v_order, v_limit);
END
$$;
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_search_page(text, text, boolean, bigint, bigint, integer) '
                   'SET search_path = %I, pg_temp', current_schema());
END
$$;
REVOKE ALL ON FUNCTION zz_search_page(text, text, boolean, bigint, bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION zz_search_page(text, text, boolean, bigint, bigint, integer) TO zongzhi_staff;
