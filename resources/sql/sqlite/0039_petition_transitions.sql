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
