-- Zongzhi Workbench schema, version 3 (SQLite): the access list of confidential cases.
-- SQLite has no roles or row-level security: CaseScope and CaseService check the account's scope
-- and this list in the program. The PostgreSQL file of the same number adds roles and policies.

CREATE TABLE case_access (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_access_user ON case_access(user_id);
