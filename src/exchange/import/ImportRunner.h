#pragma once

#include "Cell.h"
#include "Clock.h"
#include "Entities.h"
#include "RowImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QVariant>
#include <atomic>
#include <functional>

namespace zz {

class Database;

// One row of the source sheet: the row number the user sees (1-based) and its cells as the readers
// (SheetReader) give them.
struct SourceRow
{
    int number = 0;
    CellRow cells;
};

// The rows of one sheet, read from the start each time rows() is called (detection and preview read
// only the first rows; the run reads all). `visit` returns false to stop early.
class ImportSource
{
public:
    virtual ~ImportSource() = default;
    virtual void rows(const std::function<bool(const SourceRow &)> &visit) const = 0;
    // The number of rows, when known cheaply (for the progress bar); -1 otherwise.
    virtual qint64 rowCount() const { return -1; }
    // The folder a GeoJSON column's file names are relative to (the imported file's folder).
    virtual QString baseFolder() const { return {}; }
};

// A sheet held in memory (tests, small CSVs, a sheet read whole by the readers).
class MemorySource : public ImportSource
{
public:
    explicit MemorySource(QList<SourceRow> rows, QString baseFolder = {})
        : m_rows(std::move(rows)), m_baseFolder(std::move(baseFolder))
    {}
    // Rows numbered 1, 2, 3 … from plain texts (an empty string is an empty cell).
    static MemorySource fromTexts(const QList<QStringList> &rows);

    void rows(const std::function<bool(const SourceRow &)> &visit) const override;
    qint64 rowCount() const override { return m_rows.size(); }
    QString baseFolder() const override { return m_baseFolder; }

private:
    QList<SourceRow> m_rows;
    QString m_baseFolder;
};

// Which sheet column feeds which column of the kind, and where the header is.
struct ImportMapping
{
    int headerRow = 1;           // the header's (first) row number
    int headerRows = 1;          // 2 for a two-line (merged) header
    QStringList sheetHeaders;    // per sheet column, the header as read (two lines joined by "/")
    QHash<QString, int> columns; // kind column key → sheet column (0-based); absent: not mapped

    int sheetColumn(const QString &key) const { return columns.value(key, -1); }
    // Mapping by header text (what profiles store): kind column key → sheet header.
    QHash<QString, QString> byHeader() const;
    // Applies a profile's header texts to this sheet's headers; keys whose header is missing are
    // left as they were.
    void applyHeaders(const QHash<QString, QString> &keyToHeader);
};

// One refused row (or cell): the row number as the spreadsheet shows it, the column's header, the
// value (masked when personal) and the reason.
struct ImportReject
{
    int row = 0;
    QString column;
    QString value;
    QString reason;
};

enum class ImportMode {
    AllOrNothing, // one transaction: a single refused row stores nothing
    ValidOnly,    // the good rows are stored, the refused ones listed
};

struct ImportOptions
{
    ImportMode mode = ImportMode::AllOrNothing;
    bool dryRun = false; // everything is checked and stored, then rolled back
    int batchSize = 500;
    // Rows stored from which the tables are analysed afterwards (0: always).
    int analyzeFrom = 1000;
    // Called after each batch with the rows read so far and the total (-1 when unknown); runs on the
    // importing thread.
    std::function<void(qint64 done, qint64 total)> progress;
    // Set from any thread to stop: the run rolls back and stores nothing.
    const std::atomic_bool *cancel = nullptr;
};

struct ImportSummary
{
    qint64 rows = 0; // data rows read (blank rows skipped)
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejectedRows = 0;
    QList<ImportReject> rejects;
    bool committed = false; // something was stored (false on dry run, cancel, all-or-nothing failure)
    bool cancelled = false;
    bool dryRun = false;
    qint64 elapsedMs = 0;
    QString failure; // a translated sentence when the whole run failed (connection, rights …)
    // Stored rows flagged for a look (12345: the caller's open case or petition on the same matter);
    // on a dry run, the rows that would be flagged. Empty when nothing was stored.
    QList<ImportFlag> flags;
    // Updated rows that say what they changed (a petition ledger's corrections); on a dry run, what would
    // change. Empty when nothing was stored.
    QList<ImportUpdate> updates;

    qint64 stored() const { return inserted + updated + unchanged; }
};

// One row of the preview: the values as they will be stored (text per kind column; personal values
// masked) and the problems found.
struct PreviewRow
{
    int number = 0;
    QStringList shown;
    QList<ImportReject> problems;
};

// Runs an import: finds the header (one or two lines, merged cells), maps columns by header and
// alias, previews, validates each row into rejects, stores in one of the two modes (or as a dry run)
// in one transaction with progress and cancel, and analyses the tables after a bulk import.
class ImportRunner
{
    Q_DECLARE_TR_FUNCTIONS(zz::ImportRunner)

public:
    // Rows searched for the header.
    static constexpr int headerSearchRows = 15;

    ImportRunner(const Database &db, RowImporter &importer);

    // The most likely header among the first rows and the mapping it gives (by headers and aliases).
    ImportMapping detect(const ImportSource &source) const;
    // The mapping with the header at a known place (a saved profile's): the automatic mapping of
    // those header rows, then the profile's headers (kind column key → sheet header) over it.
    ImportMapping mappingAt(const ImportSource &source, int headerRow, int headerRows,
                            const QHash<QString, QString> &keyToHeader = {}) const;
    // The mapped columns that are required and missing (their translated headers).
    QStringList missingRequired(const ImportMapping &mapping) const;
    // The first `count` data rows as they will be stored.
    QList<PreviewRow> preview(const ImportSource &source, const ImportMapping &mapping, int count = 10);
    ImportSummary run(const ImportSource &source, const ImportMapping &mapping, const ImportOptions &options);

    // The row as the kind reads it (coercion and required checks; no lookups).
    ImportRow coerce(const SourceRow &row, const ImportMapping &mapping, const QString &baseFolder,
                     QList<ImportReject> &problems) const;
    // A value as it will be stored, for previews (personal values masked).
    static QString show(const ImportColumn &column, const QVariant &value);

private:
    void analyze(const QStringList &tables) const;

    const Database &m_db;
    RowImporter &m_importer;
};

} // namespace zz
