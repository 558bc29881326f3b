-- Zongzhi Workbench schema, version 6 (SQLite): links recorded at intake between a new case and an
-- earlier one it repeats (重复件) or is merged into (合并). Equivalent to the PostgreSQL file of the same number.

CREATE TABLE case_links (
    case_id        INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    linked_case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('repeat', 'merge')),
    created_by     INTEGER REFERENCES users(id),
    at             INTEGER NOT NULL,
    PRIMARY KEY (case_id, linked_case_id, kind)
);
CREATE INDEX case_links_linked ON case_links(linked_case_id);

-- Files handed in with a case (photos, letters), at most 10 MB each; images get a 160-pixel PNG thumbnail.
CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,
    mime_type  TEXT NOT NULL,
    size       INTEGER NOT NULL CHECK (size BETWEEN 0 AND 10485760),
    sha256     TEXT NOT NULL,
    content    BLOB NOT NULL,
    thumbnail  BLOB,
    created_by INTEGER REFERENCES users(id),
    at         INTEGER NOT NULL
);
CREATE INDEX attachments_case ON attachments(case_id);
