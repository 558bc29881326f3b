-- Zongzhi Workbench schema, version 12 (SQLite): search that serves the common short terms.
-- Chinese searches are mostly one or two characters (赌博, 漏水, 噪音), below what the trigram index
-- can serve, so they scanned every case. cases_grams indexes each case's single characters and pairs
-- of characters (SearchText::grams, the connection's function zz_grams()); a 1-2 character term is
-- one lookup. Case text does not change after registration; the triggers follow inserts and deletes.
-- Reporters' names are looked up exactly (a returning resident is found by name, ID number or phone).

CREATE VIRTUAL TABLE cases_grams USING fts5(grams, content = '', tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO cases_grams (rowid, grams)
    SELECT id, zz_grams(title || ' ' || description || ' ' || address) FROM cases;

CREATE TRIGGER cases_grams_insert AFTER INSERT ON cases BEGIN
    INSERT INTO cases_grams (rowid, grams) VALUES (NEW.id, zz_grams(NEW.title || ' ' || NEW.description || ' ' || NEW.address));
END;

CREATE TRIGGER cases_grams_delete AFTER DELETE ON cases BEGIN
    INSERT INTO cases_grams (cases_grams, rowid, grams)
        VALUES ('delete', OLD.id, zz_grams(OLD.title || ' ' || OLD.description || ' ' || OLD.address));
END;

CREATE INDEX case_parties_name ON case_parties(name) WHERE name <> '';
