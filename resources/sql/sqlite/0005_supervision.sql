-- Zongzhi Workbench schema, version 5 (SQLite): copied units of a dispatch (抄告) and the limits of
-- automatic supervision (自动督办). The PostgreSQL file of the same number must stay equivalent.

-- Units a dispatch was copied to, one row per unit and dispatch (its case_flow row).
CREATE TABLE case_copies (
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
    flow_id     INTEGER NOT NULL REFERENCES case_flow(id),
    PRIMARY KEY (flow_id, org_unit_id)
);
CREATE INDEX case_copies_case ON case_copies(case_id, flow_id);

-- When SupervisionService::sweep() raises an open case (registered, dispatched, in progress) to a
-- yellow and then a red card. The most specific row applies: a category's own row, then its parent
-- category's, then the default (category_id NULL); within that, the row of the org level holding the
-- case (cases.level_org_unit_id) before the one for every level (org_level NULL). A NULL limit
-- column switches that check off. Hours are clock hours.
--   dispatch_hours          yellow: registered this long after it was received and still not dispatched
--   sign_hours              yellow: dispatched (or transferred) this long ago and still not signed for
--   deadline_percent        yellow: this share of the time from receipt to the deadline has passed
--   red_after_yellow_hours  red: still open this long after its yellow card
--   red_overdue_hours       red: still open this long after the deadline
CREATE TABLE supervision_limits (
    id                     INTEGER PRIMARY KEY,
    category_id            INTEGER REFERENCES categories(id) ON DELETE CASCADE,
    org_level              INTEGER CHECK (org_level BETWEEN 1 AND 4),
    dispatch_hours         INTEGER CHECK (dispatch_hours > 0),
    sign_hours             INTEGER CHECK (sign_hours > 0),
    deadline_percent       INTEGER CHECK (deadline_percent BETWEEN 1 AND 1000),
    red_after_yellow_hours INTEGER CHECK (red_after_yellow_hours > 0),
    red_overdue_hours      INTEGER CHECK (red_overdue_hours >= 0)
);
CREATE UNIQUE INDEX supervision_limits_scope ON supervision_limits(COALESCE(category_id, 0), COALESCE(org_level, 0));

-- Defaults: a township center dispatches within a day and a department signs within a day; yellow
-- at the deadline, red two days after the yellow card or three days past the deadline. The county
-- center, which gets the harder cases, has two days to dispatch.
INSERT INTO supervision_limits (category_id, org_level, dispatch_hours, sign_hours, deadline_percent,
                                red_after_yellow_hours, red_overdue_hours)
VALUES (NULL, NULL, 24, 24, 100, 48, 72);
INSERT INTO supervision_limits (category_id, org_level, dispatch_hours, sign_hours, deadline_percent,
                                red_after_yellow_hours, red_overdue_hours)
VALUES (NULL, 1, 48, 24, 100, 48, 72);
