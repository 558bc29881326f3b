-- Petitions per township and due date of their running clock (issue 12), kept by triggers like
-- petition_status_counts (0037): the 信访超市 badge adds up one row per due date instead of counting the
-- overdue petitions. Equivalent to the PostgreSQL file of the same number.
CREATE TABLE petition_due_counts (
    township_id INTEGER NOT NULL REFERENCES org_units(id),
    due_date    TEXT NOT NULL,
    n           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (township_id, due_date)
) WITHOUT ROWID;
INSERT INTO petition_due_counts (township_id, due_date, n)
    SELECT township_id, next_due_date, COUNT(*) FROM petitions WHERE next_due_date IS NOT NULL
    GROUP BY township_id, next_due_date;

CREATE TRIGGER petitions_due_count_insert AFTER INSERT ON petitions WHEN NEW.next_due_date IS NOT NULL BEGIN
    INSERT OR IGNORE INTO petition_due_counts (township_id, due_date, n) VALUES (NEW.township_id, NEW.next_due_date, 0);
    UPDATE petition_due_counts SET n = n + 1 WHERE township_id = NEW.township_id AND due_date = NEW.next_due_date;
END;

CREATE TRIGGER petitions_due_count_update_old AFTER UPDATE OF next_due_date, township_id ON petitions
WHEN OLD.next_due_date IS NOT NULL BEGIN
    UPDATE petition_due_counts SET n = n - 1 WHERE township_id = OLD.township_id AND due_date = OLD.next_due_date;
END;

CREATE TRIGGER petitions_due_count_update_new AFTER UPDATE OF next_due_date, township_id ON petitions
WHEN NEW.next_due_date IS NOT NULL BEGIN
    INSERT OR IGNORE INTO petition_due_counts (township_id, due_date, n) VALUES (NEW.township_id, NEW.next_due_date, 0);
    UPDATE petition_due_counts SET n = n + 1 WHERE township_id = NEW.township_id AND due_date = NEW.next_due_date;
END;

CREATE TRIGGER petitions_due_count_delete AFTER DELETE ON petitions WHEN OLD.next_due_date IS NOT NULL BEGIN
    UPDATE petition_due_counts SET n = n - 1 WHERE township_id = OLD.township_id AND due_date = OLD.next_due_date;
END;
