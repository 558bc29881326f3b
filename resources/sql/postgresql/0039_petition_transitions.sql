-- The petition procedure on the server (issue 12): a township login role that changes a petition's status
-- must do it through a transition of PetitionWorkflow's table (src/core/petition/PetitionWorkflow.cpp;
-- tst_petition_service compares the two) that the account's roles may take, named by the flow row of the
-- same transaction with the same from and to status; a new petition starts 登记 (registered). Until now
-- any status could be written with a made-up flow row. The SQLite file of the same number holds the same
-- table; there the program's PetitionWorkflow is the rule.
CREATE TABLE petition_transitions (
    action      TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    roles       TEXT NOT NULL,
    PRIMARY KEY (action, from_status)
);
INSERT INTO petition_transitions (action, from_status, to_status, roles) VALUES
    ('accept', 'registered', 'handling', 'duty_officer,leader'),
    ('accept', 'transferred', 'handling', 'handler,duty_officer'),
    ('decline', 'registered', 'not_accepted', 'duty_officer,leader'),
    ('refuse_repeat', 'registered', 'not_reaccepted', 'duty_officer,leader'),
    ('transfer', 'registered', 'transferred', 'duty_officer,leader'),
    ('object', 'transferred', 'registered', 'handler'),
    ('settle_on_spot', 'registered', 'settled_on_spot', 'reception,duty_officer'),
    ('convert_to_case', 'registered', 'converted_to_case', 'duty_officer'),
    ('convert_to_case', 'handling', 'converted_to_case', 'duty_officer'),
    ('extend', 'handling', 'handling', 'leader'),
    ('start_hearing', 'handling', 'handling', 'duty_officer,leader'),
    ('start_hearing', 'under_recheck', 'under_recheck', 'duty_officer,leader'),
    ('end_hearing', 'handling', 'handling', 'duty_officer,leader'),
    ('end_hearing', 'under_recheck', 'under_recheck', 'duty_officer,leader'),
    ('reply', 'handling', 'replied', 'handler,duty_officer'),
    ('deliver', 'replied', 'delivered', 'reception,duty_officer,handler'),
    ('deliver', 'review_replied', 'review_delivered', 'reception,duty_officer,handler'),
    ('deliver', 'recheck_replied', 'concluded', 'reception,duty_officer,handler'),
    ('request_review', 'delivered', 'under_review', 'reception,duty_officer'),
    ('review_opinion', 'under_review', 'review_replied', 'duty_officer,leader'),
    ('request_recheck', 'review_delivered', 'under_recheck', 'reception,duty_officer'),
    ('recheck_opinion', 'under_recheck', 'recheck_replied', 'duty_officer,leader'),
    ('conclude', 'delivered', 'concluded', 'duty_officer,leader'),
    ('conclude', 'review_delivered', 'concluded', 'duty_officer,leader'),
    ('reopen', 'concluded', 'handling', 'duty_officer,leader'),
    ('reopen', 'settled_on_spot', 'handling', 'duty_officer,leader');
GRANT SELECT ON petition_transitions TO zongzhi_staff;

CREATE OR REPLACE FUNCTION zz_petitions_flow_required() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_roles text[];
BEGIN
    IF zz_is_owner() THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM petition_flow f WHERE f.petition_id = NEW.id AND f.xact = pg_current_xact_id()) THEN
        RAISE EXCEPTION 'a petition changes only together with its flow row' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'registered' THEN
            RAISE EXCEPTION 'a petition is registered first' USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
        SELECT string_to_array(u.roles, ',') INTO v_roles FROM users u WHERE u.login = session_user AND u.active;
        IF NOT EXISTS (SELECT 1 FROM petition_flow f
                       JOIN petition_transitions t ON t.action = f.action AND t.from_status = f.from_status
                                                  AND t.to_status = f.to_status
                       WHERE f.petition_id = NEW.id AND f.xact = pg_current_xact_id()
                         AND f.from_status = OLD.status AND f.to_status = NEW.status
                         AND string_to_array(t.roles, ',') && v_roles) THEN
            RAISE EXCEPTION 'the petition procedure does not allow this change to this account'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NULL;
END
$$;
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION zz_petitions_flow_required() SET search_path = %I, pg_temp', current_schema());
END
$$;
