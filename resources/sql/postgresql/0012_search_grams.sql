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
