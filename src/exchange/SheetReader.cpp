#include "SheetReader.h"

#include "Error.h"
#include "XlsxStreamReader.h"
#include "ZipArchive.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <algorithm>
#include <cmath>
#include <exception>
#include <ixion/formula_result.hpp>
#include <ixion/model_context.hpp>
#include <ixion/model_iterator.hpp>
#include <map>
#include <memory>
#include <orcus/orcus_ods.hpp>
#include <orcus/spreadsheet/document.hpp>
#include <orcus/spreadsheet/factory.hpp>
#include <orcus/spreadsheet/sheet.hpp>
#include <orcus/spreadsheet/styles.hpp>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

namespace ss = orcus::spreadsheet;

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

Error readError(const QString &message)
{
    return Error(Error::Kind::Validation, message);
}

QByteArray head(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw readError(SheetReader::tr("无法打开文件“%1”：%2").arg(fileName(path), f.errorString()));
    return f.read(bytes);
}

bool isCompoundFile(const QByteArray &bytes)
{
    return bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

// An encrypted .xlsx is an OLE compound file holding the streams EncryptionInfo and EncryptedPackage.
bool isEncryptedPackage(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray all = f.read(4 << 20);
    const QString name = u"EncryptionInfo"_s;
    const QByteArray utf16(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    return all.contains(utf16);
}

bool looksBinary(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return false;
    return bytes.left(4096).contains('\0');
}

QString encryptedMessage(const QString &path)
{
    return SheetReader::tr("“%1”设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中取消密码，"
                           "另存为 .xlsx 后再导入。")
        .arg(fileName(path));
}

// The index of the named sheet, or the first one when the name is empty.
int sheetIndex(const QStringList &names, const QString &sheetName)
{
    if (names.isEmpty())
        throw readError(SheetReader::tr("文件中没有工作表。"));
    if (sheetName.isEmpty())
        return 0;
    const int index = int(names.indexOf(sheetName));
    if (index < 0)
        throw readError(SheetReader::tr("文件中没有名为“%1”的工作表（有：%2）。")
                            .arg(sheetName, names.join(SheetReader::tr("、"))));
    return index;
}

// Hands rows to the caller (or keeps them) in order: gaps filled with blank rows so that row i is the
// file's row i + 1, merged ranges filled with their top-left value, trailing empty cells dropped, and
// blank rows at the end of the sheet (formatting without values) left out.
class RowSink
{
public:
    RowSink(RawSheet &out, const SheetReader::RowCallback &onRow) : m_out(out), m_onRow(onRow)
    {
        m_merged = out.merged;
        std::sort(m_merged.begin(), m_merged.end(),
                  [](const CellRange &a, const CellRange &b) { return a.firstRow < b.firstRow; });
        for (const CellRange &m : std::as_const(m_merged))
            m_lastMergedRow = std::max(m_lastMergedRow, m.lastRow);
    }

    // Row `r` (greater than any before); false once the caller has stopped the reading.
    bool add(int r, CellRow row)
    {
        if (m_stopped || r < m_next)
            return !m_stopped;
        for (; m_next < r; ++m_next) {
            if (m_active.isEmpty() &&
                (m_start >= m_merged.size() || m_merged.at(m_start).firstRow > m_next)) {
                // Nothing merged reaches this gap row: a blank row, and possibly many like it.
                const int until = m_start < m_merged.size() ? std::min(r, m_merged.at(m_start).firstRow) : r;
                m_blanks += until - m_next;
                m_next = until - 1;
                continue;
            }
            if (!deliver(m_next, {}))
                return false;
        }
        m_next = r + 1;
        return deliver(r, std::move(row));
    }

    // After the last row: rows down to the end of the lowest merged range.
    void finish()
    {
        if (m_next <= m_lastMergedRow)
            add(m_lastMergedRow, {});
    }

private:
    bool deliver(int r, CellRow row)
    {
        while (m_start < m_merged.size() && m_merged.at(m_start).firstRow <= r)
            m_active << m_merged.at(m_start++);
        for (qsizetype i = 0; i < m_active.size(); ++i) {
            const CellRange &m = m_active.at(i);
            if (r > m.lastRow) {
                m_active.removeAt(i--);
                continue;
            }
            const quint64 key = (quint64(quint32(m.firstRow)) << 32) | quint32(m.firstColumn);
            if (r == m.firstRow)
                m_anchors.insert(key, row.value(m.firstColumn));
            const Cell value = m_anchors.value(key);
            if (value.kind == Cell::Kind::Empty)
                continue;
            if (row.size() <= m.lastColumn)
                row.resize(m.lastColumn + 1);
            for (int c = m.firstColumn; c <= m.lastColumn; ++c)
                row[c] = value;
        }
        while (!row.isEmpty() && row.constLast().kind == Cell::Kind::Empty)
            row.removeLast();
        if (row.isEmpty()) {
            ++m_blanks;
            return true;
        }
        for (int b = r - m_blanks; b < r; ++b)
            if (!hand(b, {}))
                return false;
        m_blanks = 0;
        return hand(r, row);
    }

    bool hand(int r, const CellRow &row)
    {
        if (m_onRow)
            m_stopped = !m_onRow(r, row);
        else
            m_out.rows << row;
        return !m_stopped;
    }

    RawSheet &m_out;
    const SheetReader::RowCallback &m_onRow;
    QList<CellRange> m_merged; // by first row
    qsizetype m_start = 0;     // the next merged range to become active
    QList<CellRange> m_active;
    QHash<quint64, Cell> m_anchors; // the value of each merged range, from its top-left cell
    int m_lastMergedRow = -1;
    int m_next = 0;   // the next row expected
    int m_blanks = 0; // blank rows just before m_next not handed over yet
    bool m_stopped = false;
};

Error damagedFile(const QString &path, SheetReader::Format format, const QString &detail)
{
    return Error(Error::Kind::Validation,
                 SheetReader::tr("“%1”已损坏，或不是有效的 %2 文件，无法读取。")
                     .arg(fileName(path),
                          format == SheetReader::Format::Ods ? u"OpenDocument (.ods)"_s : u"Excel (.xlsx)"_s),
                 detail);
}

// A workbook that is not ours to read, in one sentence.
Error archiveError(const QString &path, const ArchiveError &e)
{
    const QString detail = QString::fromStdString(e.what()) + u" ("_s + e.entry() + u')';
    switch (e.kind()) {
    case ArchiveError::Kind::Encrypted:
        return Error(Error::Kind::Validation, encryptedMessage(path), detail);
    case ArchiveError::Kind::Unsupported:
        return Error(Error::Kind::Validation,
                     SheetReader::tr("“%1”使用了本程序不支持的压缩方式，无法读取。请在 Excel 或 WPS 中打开，"
                                     "另存为 .xlsx 后再导入。")
                         .arg(fileName(path)),
                     detail);
    case ArchiveError::Kind::Bomb:
        return Error(
            Error::Kind::Validation,
            SheetReader::tr("“%1”中的数据解压后远超文件自己声明的大小，可能是恶意构造的文件，已拒绝读取。")
                .arg(fileName(path)),
            detail);
    case ArchiveError::Kind::Damaged:
        break;
    }
    return damagedFile(path, SheetReader::Format::Xlsx, detail);
}

// An .xlsx read through XlsxStreamReader (constant memory besides the shared strings).
class XlsxBook
{
public:
    explicit XlsxBook(const QString &path) : m_path(path), m_file(path)
    {
        if (!m_file.open(QIODevice::ReadOnly))
            throw readError(
                SheetReader::tr("无法打开文件“%1”：%2").arg(fileName(path), m_file.errorString()));
        try {
            m_reader = std::make_unique<XlsxStreamReader>(&m_file);
        } catch (const ArchiveError &e) {
            throw archiveError(path, e);
        }
    }

    QStringList sheetNames() const { return m_reader->sheetNames(); }

    RawSheet read(const QString &sheetName, const SheetReader::RowCallback &onRow)
    {
        RawSheet out;
        out.date1904 = m_reader->date1904();
        const int index = sheetIndex(m_reader->sheetNames(), sheetName);
        out.name = m_reader->sheetNames().at(index);
        try {
            out.merged = m_reader->mergedRanges(index);
            RowSink sink(out, onRow);
            bool stopped = false;
            m_reader->readRows(index, [&](int r, CellRow &&row) {
                stopped = !sink.add(r, std::move(row));
                return !stopped;
            });
            if (!stopped)
                sink.finish();
        } catch (const ArchiveError &e) {
            throw archiveError(m_path, e);
        }
        return out;
    }

private:
    QString m_path;
    QFile m_file;
    std::unique_ptr<XlsxStreamReader> m_reader;
};

// One loaded OpenDocument workbook (liborcus, which reads the whole file) and the reading of one of its
// sheets into cells.
class OdsBook
{
public:
    explicit OdsBook(const QString &path) : m_doc(ss::range_size_t{1048576, 16384}), m_factory(m_doc)
    {
        try {
            orcus::orcus_ods filter(&m_factory);
            filter.read_file(QFile::encodeName(path).toStdString());
        } catch (const std::exception &e) {
            throw damagedFile(path, SheetReader::Format::Ods, QString::fromUtf8(e.what()));
        }
        const auto origin = m_doc.get_origin_date();
        m_date1904 = origin.year == 1904;
    }

    QStringList sheetNames() const
    {
        QStringList names;
        for (std::size_t i = 0; i < m_doc.get_sheet_count(); ++i) {
            const std::string_view n = m_doc.get_sheet_name(ss::sheet_t(i));
            names << QString::fromUtf8(n.data(), qsizetype(n.size()));
        }
        return names;
    }

    RawSheet read(const QString &sheetName, const SheetReader::RowCallback &onRow)
    {
        const QStringList names = sheetNames();
        const int index = sheetIndex(names, sheetName);
        RawSheet out;
        out.name = names.at(index);
        out.date1904 = m_date1904;
        const ss::sheet *sheet = m_doc.get_sheet(ss::sheet_t(index));
        if (!sheet)
            return out;
        m_sheet = sheet;
        m_index = index;
        const ixion::abs_range_t range = sheet->get_data_range();
        if (!range.valid())
            return out;
        QHash<quint64, int> seen;
        for (int r = range.first.row; r <= range.last.row; ++r) {
            for (int c = range.first.column; c <= range.last.column; ++c) {
                const ss::range_t m = sheet->get_merge_cell_range(r, c);
                if (m.first.row < 0 || (m.first.row == m.last.row && m.first.column == m.last.column))
                    continue;
                const quint64 key = (quint64(quint32(m.first.row)) << 32) | quint32(m.first.column);
                if (seen.contains(key))
                    continue;
                seen.insert(key, 1);
                out.merged << CellRange{m.first.row, m.first.column, m.last.row, m.last.column};
            }
        }

        RowSink sink(out, onRow);
        const ixion::model_context &cxt = m_doc.get_model_context();
        ixion::abs_rc_range_t rc;
        rc.first.row = 0;
        rc.first.column = 0;
        rc.last.row = range.last.row;
        rc.last.column = range.last.column;
        ixion::model_iterator it =
            cxt.get_model_iterator(ixion::sheet_t(index), ixion::rc_direction_t::horizontal, rc);
        int currentRow = 0;
        CellRow row;
        for (; it.has(); it.next()) {
            const ixion::model_iterator::cell &c = it.get();
            if (c.row != currentRow) {
                if (!sink.add(currentRow, std::move(row)))
                    return out;
                row = CellRow();
                currentRow = c.row;
            }
            row << toCell(c);
        }
        if (sink.add(currentRow, std::move(row)))
            sink.finish();
        return out;
    }

private:
    Cell toCell(const ixion::model_iterator::cell &c)
    {
        switch (c.type) {
        case ixion::celltype_t::string: {
            const std::string *s =
                m_doc.get_model_context().get_string(std::get<ixion::string_id_t>(c.value));
            return Cell::fromText(s ? QString::fromStdString(*s) : QString());
        }
        case ixion::celltype_t::numeric:
            return number(c.row, c.col, std::get<double>(c.value));
        case ixion::celltype_t::boolean:
            return Cell::fromBool(std::get<bool>(c.value));
        case ixion::celltype_t::formula:
            return formula(c.row, c.col);
        default:
            return {};
        }
    }

    Cell formula(int r, int c) const
    {
        try {
            const ixion::formula_result res = m_doc.get_model_context().get_formula_result(
                ixion::abs_address_t(ixion::sheet_t(m_index), r, c));
            switch (res.get_type()) {
            case ixion::formula_result::result_type::value:
                return number(r, c, res.get_value());
            case ixion::formula_result::result_type::string:
                return Cell::fromText(QString::fromStdString(res.get_string()));
            case ixion::formula_result::result_type::error: {
                const std::string_view e = ixion::get_formula_error_name(res.get_error());
                return Cell::error(QString::fromUtf8(e.data(), qsizetype(e.size())));
            }
            case ixion::formula_result::result_type::matrix:
                break;
            }
        } catch (const std::exception &) {
        }
        return Cell::error(u"#VALUE!"_s);
    }

    Cell number(int r, int c, double v) const
    {
        if (isDate(m_sheet->get_cell_format(r, c)))
            return Cell::fromSerialDate(v, m_date1904);
        return Cell::fromNumber(v, m_date1904);
    }

    bool isDate(std::size_t xf) const
    {
        if (xf < m_dateXf.size() && m_dateXf[xf] >= 0)
            return m_dateXf[xf] == 1;
        bool date = false;
        const ss::styles &styles = m_doc.get_styles();
        if (m_formatCodes.empty()) {
            // The cell formats hold the file's number format ids; custom codes are stored with theirs.
            for (std::size_t i = 0; i < styles.get_number_format_count(); ++i)
                if (const ss::number_format_t *nf = styles.get_number_format(i))
                    m_formatCodes.emplace(nf->identifier, *nf);
            m_formatCodes.emplace(std::size_t(-1), ss::number_format_t());
        }
        if (const ss::cell_format_t *cf = styles.get_cell_format(xf)) {
            const auto found = m_formatCodes.find(cf->number_format);
            if (found != m_formatCodes.end())
                date = XlsxStreamReader::isDateFormat(int(found->second.identifier),
                                                      text(found->second.format_string));
            else
                date = XlsxStreamReader::isDateFormat(int(cf->number_format), QString());
        }
        if (xf >= m_dateXf.size())
            m_dateXf.resize(xf + 1, -1);
        m_dateXf[xf] = date ? 1 : 0;
        return date;
    }

    static QString text(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

    ss::document m_doc;
    ss::import_factory m_factory;
    const ss::sheet *m_sheet = nullptr;
    int m_index = 0;
    bool m_date1904 = false;
    mutable std::vector<int> m_dateXf;
    mutable std::map<std::size_t, ss::number_format_t> m_formatCodes;
};

SheetReader::Format checkedFormat(const QString &path)
{
    if (!QFileInfo(path).isFile())
        throw readError(SheetReader::tr("文件“%1”不存在。").arg(fileName(path)));
    const QByteArray bytes = head(path, 4096);
    if (isCompoundFile(bytes)) {
        if (isEncryptedPackage(path))
            throw readError(encryptedMessage(path));
        throw readError(
            SheetReader::tr("“%1”是旧版 Excel 97-2003（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx "
                            "后再导入。")
                .arg(fileName(path)));
    }
    const SheetReader::Format format = SheetReader::detect(path);
    if (format == SheetReader::Format::Unknown)
        throw readError(
            SheetReader::tr("“%1”不是 Excel（.xlsx）、OpenDocument（.ods）或 CSV 文件，无法读取。")
                .arg(fileName(path)));
    return format;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw readError(SheetReader::tr("无法打开文件“%1”：%2").arg(fileName(path), f.errorString()));
    return f.readAll();
}

} // namespace

SheetReader::Format SheetReader::detect(const QString &path)
{
    QByteArray bytes;
    try {
        bytes = head(path, 4096);
    } catch (const Error &) {
        return Format::Unknown;
    }
    if (bytes.startsWith("PK\x03\x04")) {
        if (bytes.contains("mimetypeapplication/vnd.oasis.opendocument.spreadsheet"))
            return Format::Ods;
        if (bytes.contains("mimetypeapplication/vnd.oasis.opendocument"))
            return Format::Unknown; // a text document or a presentation
        return Format::Xlsx;
    }
    if (isCompoundFile(bytes) || looksBinary(bytes))
        return Format::Unknown;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv"_s || suffix == u"txt"_s || suffix == u"tsv"_s)
        return Format::Csv;
    return Format::Unknown;
}

QStringList SheetReader::sheetNames(const QString &path)
{
    const Format format = checkedFormat(path);
    if (format == Format::Csv)
        return {QFileInfo(path).completeBaseName()};
    if (format == Format::Ods)
        return OdsBook(path).sheetNames();
    return XlsxBook(path).sheetNames();
}

RawSheet SheetReader::read(const QString &path, const QString &sheetName)
{
    return stream(path, {}, sheetName);
}

RawSheet SheetReader::stream(const QString &path, const RowCallback &onRow, const QString &sheetName)
{
    const Format format = checkedFormat(path);
    if (format == Format::Csv) {
        RawSheet sheet = parseCsv(readAll(path), onRow);
        sheet.name = QFileInfo(path).completeBaseName();
        return sheet;
    }
    if (format == Format::Ods)
        return OdsBook(path).read(sheetName, onRow);
    return XlsxBook(path).read(sheetName, onRow);
}

QString SheetReader::decodeText(const QByteArray &data, QString *encoding)
{
    const auto named = [&](const QString &name) {
        if (encoding)
            *encoding = name;
    };
    if (data.startsWith("\xEF\xBB\xBF")) {
        named(u"UTF-8 BOM"_s);
        return QString::fromUtf8(data.mid(3));
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        named(u"UTF-16"_s);
        QStringDecoder utf16(QStringDecoder::Utf16);
        return utf16.decode(data);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError()) {
        named(u"UTF-8"_s);
        return text;
    }
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        named(u"GB18030"_s);
        return gb.decode(data);
    }
    named(u"UTF-8"_s);
    return text;
}

RawSheet SheetReader::parseCsv(const QByteArray &data, const RowCallback &onRow)
{
    RawSheet sheet;
    const QString text = decodeText(data, &sheet.encoding);

    // The delimiter: the most frequent of , tab ; in the first line, outside quotes.
    int commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (commas + tabs + semicolons > 0)
                break;
        } else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    QChar delimiter = u',';
    if (tabs > commas && tabs >= semicolons)
        delimiter = u'\t';
    else if (semicolons > commas && semicolons > tabs)
        delimiter = u';';
    sheet.delimiter = delimiter;

    CellRow row;
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false;
    int rowIndex = 0;
    bool stopped = false;
    const auto endField = [&] {
        row << (field.isEmpty() && !wasQuoted ? Cell{} : Cell::fromText(field));
        field.clear();
        wasQuoted = false;
    };
    const auto endRow = [&] {
        endField();
        while (!row.isEmpty() && row.constLast().kind == Cell::Kind::Empty)
            row.removeLast();
        if (onRow) {
            if (!onRow(rowIndex, row))
                stopped = true;
        } else {
            sheet.rows << row;
        }
        row.clear();
        ++rowIndex;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && !stopped; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !wasQuoted) {
            inQuotes = true;
            wasQuoted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r') {
            if (i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRow();
        } else if (c == u'\n') {
            endRow();
        } else {
            field += c; // a stray quote inside an unquoted field is kept as it is
        }
    }
    if (!stopped && (!field.isEmpty() || !row.isEmpty() || wasQuoted))
        endRow();
    return sheet;
}

} // namespace zz
