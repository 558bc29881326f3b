-- Zongzhi Workbench schema, version 13 (SQLite): 回访 (call-backs), one row per attempt (未联系上
-- included). The program checks role, scope and the case's status (CallbackService); the PostgreSQL
-- file of the same number makes the server check them too.

CREATE TABLE callbacks (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    method        TEXT NOT NULL CHECK (method IN ('phone', 'visit', 'sms')),
    called_at     INTEGER NOT NULL,
    person        TEXT NOT NULL DEFAULT '' CHECK (length(person) <= 50),
    result        TEXT NOT NULL CHECK (result IN ('satisfied', 'basic', 'unsatisfied', 'unreachable')),
    note          TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    actor_user_id INTEGER REFERENCES users(id),
    actor_name    TEXT NOT NULL DEFAULT '',
    at            INTEGER NOT NULL
);
CREATE INDEX callbacks_case ON callbacks(case_id, id);
