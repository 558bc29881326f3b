-- Zongzhi Workbench schema, version 4 (PostgreSQL): what the dispatch board (指挥调度台) reads,
-- and the change notification that keeps every open board live. Equivalent to the SQLite file of
-- the same number (see there for why each index exists).

-- PostgreSQL 15 has no virtual generated columns: the rank is stored (one table rewrite here).
ALTER TABLE cases ADD COLUMN urgency_rank INTEGER
    GENERATED ALWAYS AS (CASE urgency WHEN 'major' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END) STORED;
CREATE INDEX cases_urgency_deadline ON cases(urgency_rank, deadline_at, id);
CREATE INDEX cases_status_scope ON cases(status, org_path, deadline_at, received_at);
CREATE INDEX cases_worker ON cases(worker_id, received_at);
CREATE INDEX cases_supervised ON cases(supervise_level, received_at) WHERE supervise_level <> 'none';

-- Change feed (src/storage/ChangeFeed.cpp): one notification per statement that writes cases, to
-- every session that LISTENs on zz_cases. Notifications are sent at commit and identical ones in
-- a transaction are folded into one, so a bulk import costs one message, not one per row.
CREATE FUNCTION zz_notify_cases() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('zz_cases', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER cases_notify AFTER INSERT OR UPDATE OR DELETE ON cases
    FOR EACH STATEMENT EXECUTE FUNCTION zz_notify_cases();

-- Saved board filters are per account, in settings under 'user.<id>.' keys (SavedFilterStore).
-- Migration 0003 lets only zongzhi_reference write settings; every account may now write, and read
-- back, the keys of its own id, and nothing else. SettingsRepository replaces a row by DELETE + INSERT.
GRANT INSERT, DELETE ON settings TO zongzhi_staff;
ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY settings_read ON settings FOR SELECT USING (true);
CREATE POLICY settings_reference ON settings FOR ALL TO zongzhi_reference USING (true) WITH CHECK (true);
CREATE POLICY settings_own ON settings FOR ALL TO zongzhi_staff
    USING (key LIKE 'user.' || (SELECT zz_user_id()) || '.%')
    WITH CHECK (key LIKE 'user.' || (SELECT zz_user_id()) || '.%');
