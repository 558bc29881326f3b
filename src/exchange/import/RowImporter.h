#pragma once

#include "ImportKind.h"

#include <QDate>
#include <QList>
#include <QVariant>
#include <any>
#include <optional>

namespace zz {

class Database;

// One data row after mapping and coercion: for each column of the kind (in the kind's order) its
// value — QString (Text, Code, Choice's code, ResidentId, Phone, GeoJson), qint64, double, QDate or
// bool; an invalid QVariant when the cell is empty or the column is not mapped — and the cell as the
// sheet showed it (for the rejects report).
struct ImportRow
{
    int number = 0; // the row number the user sees in the spreadsheet (1-based)
    QVariantList values;
    QStringList raw;

    bool has(int column) const { return values.value(column).isValid(); }
    QString text(int column) const { return values.value(column).toString(); }
    qint64 integer(int column) const { return values.value(column).toLongLong(); }
    double decimal(int column) const { return values.value(column).toDouble(); }
    QDate date(int column) const { return values.value(column).toDate(); }
    bool boolean(int column, bool fallback) const
    {
        return has(column) ? values.value(column).toBool() : fallback;
    }
};

// A problem with one cell (column key) or with the whole row (empty key).
struct RowError
{
    QString column;
    QString message;
};
using RowErrors = QList<RowError>;

// What storing one row did.
enum class UpsertOutcome { Inserted, Updated, Unchanged };

// A stored row the import marks for a person to look at (12345: the caller already has an open case
// or petition on the same matter): the spreadsheet's row number, the row's own key (work-order
// number) and case, the caller masked, what it matched and why (translated, no personal data).
struct ImportFlag
{
    int row = 0;
    QString key;
    QString caseNo;
    QString caller;
    QString matchedNo;
    QString reason;
};

// A stored row that corrected what an earlier import stored (counted as updated): the spreadsheet's row
// number, the row's key (the petition's number) and the columns whose values changed (headers).
struct ImportUpdate
{
    int row = 0;
    QString key;
    QStringList changed;
};

// A converted row waiting to be stored, and what became of it.
struct PendingRow
{
    int number = 0;
    std::any record;
    QStringList raw;
    std::optional<UpsertOutcome> outcome; // set when stored
    QString error;                        // set when the store refused the row (translated)
};

// The part of an import that knows one kind: it turns a coerced row into the kind's record (looking
// codes up, checking with the project's validators; no writes) and upserts records by the kind's
// natural key through the services, which keep their rules (scope, inactive units, audit). On
// PostgreSQL everything runs on the logged-in account's connection, so row-level security holds.
// An importer is used on one thread at a time.
class RowImporter
{
public:
    explicit RowImporter(const Database &db) : m_db(db) {}
    virtual ~RowImporter() = default;
    RowImporter(const RowImporter &) = delete;
    RowImporter &operator=(const RowImporter &) = delete;

    const Database &database() const { return m_db; }

    virtual const ImportKind &kind() const = 0;

    // The record for a row, or an empty std::any with at least one entry in `errors`. A required
    // column's emptiness is checked by the runner before; lookups may read the database.
    virtual std::any convert(const ImportRow &row, RowErrors &errors) = 0;

    // Stores one record (insert, or update when the natural key is stored and something differs).
    // Throws zz::Error with a translated message to refuse the row. Runs inside the runner's
    // transaction.
    virtual UpsertOutcome upsert(const std::any &record) = 0;

    // Stores a batch: the default upserts each row inside a savepoint so that a refused row leaves
    // nothing behind and the others go on. A kind with a set-wise path overrides it; it must set
    // each row's outcome or error the same way.
    virtual void upsertBatch(QList<PendingRow> &rows);

    // The rows of the run flagged so far (in row order); empty for kinds that flag nothing.
    virtual QList<ImportFlag> flags() const { return {}; }
    // The rows of the run whose corrections changed stored values, with what changed; empty for kinds
    // that only count their updates.
    virtual QList<ImportUpdate> updates() const { return {}; }

    // The tables a bulk import of this kind fills (for ANALYZE afterwards).
    virtual QStringList tables() const = 0;

    // Called before the first row of a run and after the last (caches of looked-up codes live
    // only as long as one transaction).
    virtual void begin() {}
    virtual void end() {}

private:
    const Database &m_db;
};

} // namespace zz
