-- Zongzhi Workbench schema (SQLite): a historical petition keeps its ledger number (issue 11).
-- A petition imported from a township's ledger (信访台账) is renumbered to the ledger's 信访编号 in the
-- transaction that registers it; this table records which petition kept which number in place of the
-- counter's, unique per township, by whom and when. On PostgreSQL zz_petition_keep_number() is the only
-- way to write it and the petitions guard checks it; here the program checks the same rules
-- (PetitionLedgerWalk::keepNumber).

CREATE TABLE petition_kept_numbers (
    petition_id INTEGER PRIMARY KEY REFERENCES petitions(id) ON DELETE CASCADE,
    township_id INTEGER NOT NULL REFERENCES org_units(id),
    ledger_no   TEXT NOT NULL CHECK (length(ledger_no) BETWEEN 1 AND 64),
    system_no   TEXT NOT NULL,
    kept_by     INTEGER REFERENCES users(id),
    kept_at     INTEGER NOT NULL,
    UNIQUE (township_id, ledger_no)
);
