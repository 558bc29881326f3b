-- Petitions per township and status (issue 12), kept by triggers like case_status_counts (0010): the
-- counts by status of a county or township read these. Equivalent to the PostgreSQL file of the same number.
CREATE TABLE petition_status_counts (
    township_id INTEGER NOT NULL REFERENCES org_units(id),
    status      TEXT NOT NULL,
    n           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (township_id, status)
) WITHOUT ROWID;
INSERT INTO petition_status_counts (township_id, status, n)
    SELECT township_id, status, COUNT(*) FROM petitions GROUP BY township_id, status;

CREATE TRIGGER petitions_count_insert AFTER INSERT ON petitions BEGIN
    INSERT OR IGNORE INTO petition_status_counts (township_id, status, n) VALUES (NEW.township_id, NEW.status, 0);
    UPDATE petition_status_counts SET n = n + 1 WHERE township_id = NEW.township_id AND status = NEW.status;
END;

CREATE TRIGGER petitions_count_update_old AFTER UPDATE OF status, township_id ON petitions BEGIN
    UPDATE petition_status_counts SET n = n - 1 WHERE township_id = OLD.township_id AND status = OLD.status;
END;

CREATE TRIGGER petitions_count_update_new AFTER UPDATE OF status, township_id ON petitions BEGIN
    INSERT OR IGNORE INTO petition_status_counts (township_id, status, n) VALUES (NEW.township_id, NEW.status, 0);
    UPDATE petition_status_counts SET n = n + 1 WHERE township_id = NEW.township_id AND status = NEW.status;
END;

CREATE TRIGGER petitions_count_delete AFTER DELETE ON petitions BEGIN
    UPDATE petition_status_counts SET n = n - 1 WHERE township_id = OLD.township_id AND status = OLD.status;
END;
