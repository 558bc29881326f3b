#pragma once

#include "Cell.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace zz {

// A rectangle of merged cells, zero-based and inclusive.
struct CellRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;

    bool contains(int row, int column) const
    {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
    bool operator==(const CellRange &o) const = default;
};

// One sheet as read from a file: every row from the first one (blank rows kept as empty rows, so row
// i is the file's row i + 1), merged ranges with the top-left value filled across the range.
struct RawSheet
{
    QString name;
    QList<CellRow> rows;
    QList<CellRange> merged;
    bool date1904 = false;
    QString encoding; // CSV only: "UTF-8", "UTF-8 BOM", "GB18030", "UTF-16"
    QChar delimiter;  // CSV only
};

// Reads .xlsx and .ods (liborcus) and .csv/.txt (our own RFC 4180 reader) into cells. Failures
// throw zz::Error (Kind::Validation) with a translated sentence: not a spreadsheet, encrypted,
// damaged, no such sheet. Never crashes on a bad file.
class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(zz::SheetReader)

public:
    enum class Format { Unknown, Xlsx, Ods, Csv };

    // Receives each row in file order (blank rows as empty lists) with its zero-based index;
    // return false to stop reading (a cancelled import).
    using RowCallback = std::function<bool(int row, const CellRow &cells)>;

    // What the file is, by its content (zip entries, byte-order marks) and, for text, its extension.
    static Format detect(const QString &path);
    // The names of the file's sheets in order (one, named after the file, for a CSV).
    static QStringList sheetNames(const QString &path);

    // The named sheet, or the first one when `sheetName` is empty.
    static RawSheet read(const QString &path, const QString &sheetName = {});
    // Like read(), but hands each row to `onRow` instead of keeping them: the returned sheet has no
    // rows. Merged ranges are filled before the rows are handed over.
    static RawSheet stream(const QString &path, const RowCallback &onRow, const QString &sheetName = {});

    // CSV from bytes: encoding (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030) and
    // delimiter (comma, tab or semicolon) detected; quoted fields may hold delimiters, doubled
    // quotes and line breaks. Never throws.
    static RawSheet parseCsv(const QByteArray &data, const RowCallback &onRow = {});
    // The text of CSV bytes in the detected encoding; `encoding` receives its name.
    static QString decodeText(const QByteArray &data, QString *encoding = nullptr);
};

} // namespace zz
