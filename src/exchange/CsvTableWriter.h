#pragma once

#include "TableColumn.h"

#include <QCoreApplication>
#include <QList>
#include <QSaveFile>
#include <QString>
#include <QVariant>

namespace zz {

// Writes a table as CSV for spreadsheet programs: UTF-8 with a byte-order mark, CRLF lines, RFC 4180
// quoting. Code columns (IDs, phones) are written as ="..." so Excel, WPS and LibreOffice all keep
// them as the same text instead of turning them into numbers; text that begins with = + - @ is
// neutralised with a leading apostrophe. The file appears only when close() succeeds. Errors throw
// zz::Error (Kind::Validation), translated.
class CsvTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(zz::CsvTableWriter)

public:
    explicit CsvTableWriter(const QString &path);

    // Lines written before the header (the filter used), each as a one-field row.
    void writeLines(const QStringList &lines);
    void setColumns(const QList<TableColumn> &columns);
    void addRow(const QVariantList &values);
    qint64 rowCount() const { return m_rows; }
    void close();

    // One field as written: quoted when needed, codes protected.
    static QString field(const QVariant &value, ColumnType type);

private:
    void flush();

    QSaveFile m_file;
    QString m_path;
    QList<TableColumn> m_columns;
    QByteArray m_buffer;
    qint64 m_rows = 0;
};

} // namespace zz
