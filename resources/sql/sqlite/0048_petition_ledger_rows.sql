-- What a historical petition's ledger row said when it was last imported (issue 11): the ledger's own
-- values (诉求, 事实与理由, 人数, 信访形式, 信访类型, the petitioner's name, phone and address, 办理结果) as
-- JSON, written by the petition import in the transaction that registers or corrects the petition. A
-- re-import compares the ledger, these values and the petition as stored: a value the ledger corrected that
-- nobody changed in the program since is updated; one changed in the program meanwhile is not overwritten
-- (the row is refused). NULL for petitions registered at the counter or imported before this migration.
-- The PostgreSQL file of the same number adds the same column.
ALTER TABLE petitions ADD COLUMN ledger_row TEXT CHECK (length(ledger_row) <= 20000);
