-- Zongzhi Workbench schema, version 11 (PostgreSQL): a pending extension request is settled, never lost.
-- The handler who asked may withdraw it (撤回延期申请, src/core/CaseWorkflow.cpp); 处理反馈 waits while a
-- request is pending, so that the leader's decision is not silently skipped. zz_case_apply() already
-- lets any action set extension_pending_days to 0 and nothing else; these triggers hold the two rules
-- against raw SQL too. The SQLite file of the same number has nothing to do.

INSERT INTO workflow_transitions (action, from_status, to_status, roles) VALUES
    ('withdraw_extension', 'dispatched', 'dispatched', 'handler'),
    ('withdraw_extension', 'in_progress', 'in_progress', 'handler');

-- Every case update (zz_case_apply writes the case row before its flow row) refuses feedback over a
-- pending request and leaves the request it found for the flow row's check below, in this
-- transaction only.
CREATE FUNCTION zz_cases_extension_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'in_progress' AND NEW.status = 'feedback' AND OLD.extension_pending_days > 0 THEN
        RAISE EXCEPTION 'an extension request is pending: it must be decided or withdrawn before feedback'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM set_config('zongzhi.extension_pending_before', OLD.extension_pending_days::text, true);
    RETURN NEW;
END
$$;
CREATE TRIGGER cases_extension_guard BEFORE UPDATE ON cases
    FOR EACH ROW EXECUTE FUNCTION zz_cases_extension_guard();

-- A withdrawal names the request it withdraws (its days), and there must have been one.
CREATE FUNCTION zz_case_flow_withdraw_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_pending integer := coalesce(nullif(current_setting('zongzhi.extension_pending_before', true), ''), '0')::integer;
BEGIN
    PERFORM set_config('zongzhi.extension_pending_before', '', true);
    IF v_pending = 0 OR NEW.days IS DISTINCT FROM v_pending THEN
        RAISE EXCEPTION 'no extension request is pending' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER case_flow_withdraw_guard BEFORE INSERT ON case_flow
    FOR EACH ROW WHEN (NEW.action = 'withdraw_extension') EXECUTE FUNCTION zz_case_flow_withdraw_guard();
