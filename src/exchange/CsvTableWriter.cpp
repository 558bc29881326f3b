#include "CsvTableWriter.h"

#include "Error.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QString quoted(QString value)
{
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r') ||
        value.contains(u';') || value.contains(u'\t'))
        return u'"' + value.replace(u'"', u"\"\""_s) + u'"';
    return value;
}

} // namespace

CsvTableWriter::CsvTableWriter(const QString &path) : m_file(path), m_path(path)
{
    if (!m_file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Validation,
                    tr("无法写入文件“%1”：%2").arg(QFileInfo(path).fileName(), m_file.errorString()));
    m_buffer = "\xEF\xBB\xBF";
}

QString CsvTableWriter::field(const QVariant &value, ColumnType type)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (type) {
    case ColumnType::Code: {
        // ="0571-8765" is a formula whose result is the text: Excel, WPS and LibreOffice all show and
        // keep it as text, where a bare 330102199001011234 would become 3.30102E+17.
        QString s = value.toString();
        if (s.isEmpty())
            return {};
        s.replace(u'"', u"\"\""_s);
        return u"\"=\"\""_s + s + u"\"\"\""_s;
    }
    case ColumnType::Date:
        if (value.typeId() == QMetaType::QDate || value.typeId() == QMetaType::QDateTime)
            return value.toDate().toString(u"yyyy-MM-dd"_s);
        break;
    case ColumnType::DateTime:
        if (value.typeId() == QMetaType::QDateTime) {
            const QDateTime t = value.toDateTime();
            return t.toString(t.time().second() == 0 ? u"yyyy-MM-dd HH:mm"_s : u"yyyy-MM-dd HH:mm:ss"_s);
        }
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(u"yyyy-MM-dd"_s);
        break;
    case ColumnType::Percent: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (ok && value.typeId() != QMetaType::QString)
            return QString::number(v * 100, 'f', 1) + u'%';
        break;
    }
    case ColumnType::Decimal: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (ok && value.typeId() != QMetaType::QString)
            return QString::number(v, 'f', 2);
        break;
    }
    case ColumnType::Integer:
    case ColumnType::Text:
        break;
    }
    QString s = value.toString();
    // Text that a spreadsheet would run as a formula is neutralised.
    if (type == ColumnType::Text && !s.isEmpty() && QStringView(u"=+-@").contains(s.front()))
        s.prepend(u'\'');
    return quoted(s);
}

void CsvTableWriter::writeLines(const QStringList &lines)
{
    for (const QString &line : lines)
        m_buffer += field(line, ColumnType::Text).toUtf8() + "\r\n";
    if (!lines.isEmpty())
        m_buffer += "\r\n";
}

void CsvTableWriter::setColumns(const QList<TableColumn> &columns)
{
    m_columns = columns;
    QStringList titles;
    for (const TableColumn &c : columns)
        titles << field(c.title, ColumnType::Text);
    m_buffer += titles.join(u',').toUtf8() + "\r\n";
}

void CsvTableWriter::addRow(const QVariantList &values)
{
    QStringList fields;
    for (int c = 0; c < values.size(); ++c)
        fields << field(values.at(c), c < m_columns.size() ? m_columns.at(c).type : ColumnType::Text);
    m_buffer += fields.join(u',').toUtf8() + "\r\n";
    ++m_rows;
    if (m_buffer.size() > (1 << 20))
        flush();
}

void CsvTableWriter::flush()
{
    if (m_file.write(m_buffer) != m_buffer.size())
        throw Error(Error::Kind::Validation,
                    tr("无法写入文件“%1”：%2").arg(QFileInfo(m_path).fileName(), m_file.errorString()));
    m_buffer.clear();
}

void CsvTableWriter::close()
{
    flush();
    if (!m_file.commit())
        throw Error(Error::Kind::Validation,
                    tr("无法写入文件“%1”：%2").arg(QFileInfo(m_path).fileName(), m_file.errorString()));
}

} // namespace zz
