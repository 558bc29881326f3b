-- Zongzhi Workbench schema, version 27 (SQLite): 信访大厅排队叫号.
-- Issue 12, items 3 and 7: the business types a township hall takes numbers for, its windows and the
-- weekly rota of resident departments, the day's counters and the tickets.
-- The program checks roles and the township (src/storage/queue); the PostgreSQL file of the same number
-- makes the server check them too. Dates are ISO text, times epoch seconds.

CREATE TABLE queue_services (
    id          INTEGER PRIMARY KEY,
    org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 30),
    prefix      TEXT NOT NULL CHECK (length(prefix) = 1 AND prefix BETWEEN 'A' AND 'Z'),
    daily_cap   INTEGER NOT NULL DEFAULT 0 CHECK (daily_cap BETWEEN 0 AND 999),
    active      INTEGER NOT NULL DEFAULT 1,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (org_unit_id, prefix)
);

CREATE TABLE queue_windows (
    id            INTEGER PRIMARY KEY,
    org_unit_id   INTEGER NOT NULL REFERENCES org_units(id),
    number        INTEGER NOT NULL CHECK (number BETWEEN 1 AND 99),
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 30),
    department_id INTEGER REFERENCES departments(id),
    active        INTEGER NOT NULL DEFAULT 1,
    version       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (org_unit_id, number)
);

CREATE TABLE queue_window_services (
    window_id  INTEGER NOT NULL REFERENCES queue_windows(id) ON DELETE CASCADE,
    service_id INTEGER NOT NULL REFERENCES queue_services(id) ON DELETE CASCADE,
    PRIMARY KEY (window_id, service_id)
);

-- Which resident department sits at which window on which half-day (weekday 1 = Monday).
CREATE TABLE queue_rota (
    id            INTEGER PRIMARY KEY,
    window_id     INTEGER NOT NULL REFERENCES queue_windows(id) ON DELETE CASCADE,
    weekday       INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    afternoon     INTEGER NOT NULL CHECK (afternoon IN (0, 1)),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    UNIQUE (window_id, weekday, afternoon)
);

-- The last number given per business type and day: taking a number updates its row first.
CREATE TABLE queue_counters (
    service_id  INTEGER NOT NULL REFERENCES queue_services(id) ON DELETE CASCADE,
    day         TEXT NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (service_id, day)
);

CREATE TABLE queue_tickets (
    id               INTEGER PRIMARY KEY,
    org_unit_id      INTEGER NOT NULL REFERENCES org_units(id),
    service_id       INTEGER NOT NULL REFERENCES queue_services(id),
    day              TEXT NOT NULL,
    number           INTEGER NOT NULL,
    code             TEXT NOT NULL,
    priority         TEXT NOT NULL DEFAULT ''
                     CHECK (priority IN ('', 'elderly', 'disabled', 'veteran', 'pregnant', 'other')),
    status           TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'called', 'done', 'no_show')),
    taken_at         INTEGER NOT NULL,
    window_id        INTEGER REFERENCES queue_windows(id),
    target_window_id INTEGER REFERENCES queue_windows(id),
    first_window_id  INTEGER REFERENCES queue_windows(id),
    first_called_at  INTEGER,
    called_at        INTEGER,
    call_count       INTEGER NOT NULL DEFAULT 0,
    finished_at      INTEGER,
    called_by        INTEGER REFERENCES users(id),
    petition_id      INTEGER,
    rating           TEXT CHECK (rating IN ('satisfied', 'basic', 'unsatisfied')),
    rated_at         INTEGER,
    version          INTEGER NOT NULL DEFAULT 1,
    UNIQUE (service_id, day, number)
);
-- Calling the next number reads the day's waiting tickets in the order they were taken.
CREATE INDEX queue_tickets_waiting ON queue_tickets(org_unit_id, day, taken_at, id) WHERE status = 'waiting';
-- The window's own calls today (the ratio rule, the display, the evaluator).
CREATE INDEX queue_tickets_first_window ON queue_tickets(first_window_id, day, first_called_at);
CREATE INDEX queue_tickets_window ON queue_tickets(window_id, day, called_at);
CREATE INDEX queue_tickets_day ON queue_tickets(org_unit_id, day);
