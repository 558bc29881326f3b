#pragma once

#include "TableColumn.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>

namespace zz {

// Writes tables to an .xlsx workbook with libxlsxwriter in constant_memory mode (rows go to disk as
// they are added, so 100,000 rows need no more memory than 100): per sheet the filter used in lines
// above the table, a bold frozen header with an autofilter, typed cells (IDs and phones as text,
// dates as real dates in a Chinese format) and column widths that fit Chinese text. The file
// appears only when close() succeeds. Errors throw zz::Error (Kind::Validation), translated.
class XlsxTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(zz::XlsxTableWriter)

public:
    explicit XlsxTableWriter(QString path);
    ~XlsxTableWriter(); // without close(): nothing is left behind
    XlsxTableWriter(const XlsxTableWriter &) = delete;
    XlsxTableWriter &operator=(const XlsxTableWriter &) = delete;

    // Starts a sheet (the previous one is finished). `aboveTable` lines (the title, the filter used)
    // are written above the header, one per row.
    void beginSheet(const QString &name, const QList<TableColumn> &columns,
                    const QStringList &aboveTable = {});
    // One row: one value per column (QString, QDate, QDateTime, integers, double; null = blank).
    void addRow(const QVariantList &values);
    // A sheet of plain lines (a notes sheet): each inner list is one row of text cells.
    void addTextSheet(const QString &name, const QList<QStringList> &rows);
    // Rows added to the current sheet.
    qint64 rowCount() const;
    void close();

    // Column width for a text in Excel's character units: CJK and full-width characters count 2.
    static double displayWidth(QStringView text);
    // Excel's sheet name rules: at most 31 characters, none of []:*?/\ .
    static QString safeSheetName(const QString &name);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace zz
