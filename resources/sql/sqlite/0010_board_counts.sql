-- Zongzhi Workbench schema, version 10 (SQLite): board figures that do not grow with the data.
-- Equivalent to the PostgreSQL file of the same number (see there).

CREATE TABLE case_status_counts (
    township_id INTEGER NOT NULL REFERENCES org_units(id),
    status      TEXT NOT NULL,
    n           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (township_id, status)
) WITHOUT ROWID;
INSERT INTO case_status_counts (township_id, status, n)
    SELECT township_id, status, COUNT(*) FROM cases WHERE NOT confidential GROUP BY township_id, status;

CREATE TRIGGER cases_count_insert AFTER INSERT ON cases WHEN NOT NEW.confidential BEGIN
    INSERT OR IGNORE INTO case_status_counts (township_id, status, n) VALUES (NEW.township_id, NEW.status, 0);
    UPDATE case_status_counts SET n = n + 1 WHERE township_id = NEW.township_id AND status = NEW.status;
END;

CREATE TRIGGER cases_count_update_old AFTER UPDATE OF status, township_id, confidential ON cases
WHEN NOT OLD.confidential BEGIN
    UPDATE case_status_counts SET n = n - 1 WHERE township_id = OLD.township_id AND status = OLD.status;
END;

CREATE TRIGGER cases_count_update_new AFTER UPDATE OF status, township_id, confidential ON cases
WHEN NOT NEW.confidential BEGIN
    INSERT OR IGNORE INTO case_status_counts (township_id, status, n) VALUES (NEW.township_id, NEW.status, 0);
    UPDATE case_status_counts SET n = n + 1 WHERE township_id = NEW.township_id AND status = NEW.status;
END;

CREATE TRIGGER cases_count_delete AFTER DELETE ON cases WHEN NOT OLD.confidential BEGIN
    UPDATE case_status_counts SET n = n - 1 WHERE township_id = OLD.township_id AND status = OLD.status;
END;

CREATE INDEX cases_confidential ON cases(org_path, status) WHERE confidential;
CREATE INDEX cases_closed ON cases(closed_at, org_path) WHERE closed_at IS NOT NULL;
