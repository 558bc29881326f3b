#include "SheetReader.h"

#include "Error.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <cmath>
#include <exception>
#include <ixion/formula_result.hpp>
#include <ixion/model_context.hpp>
#include <ixion/model_iterator.hpp>
#include <map>
#include <memory>
#include <orcus/orcus_ods.hpp>
#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/document.hpp>
#include <orcus/spreadsheet/factory.hpp>
#include <orcus/spreadsheet/sheet.hpp>
#include <orcus/spreadsheet/styles.hpp>
#include <orcus/zip_archive.hpp>
#include <orcus/zip_archive_stream.hpp>

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

// Does this number format show a date or time? Built-in ids (including the CJK locales' 27-36,
// 50-58) or a format code with date/time letters outside quotes and brackets.
bool isDateFormat(const ss::number_format_t &nf)
{
    const std::size_t id = nf.identifier;
    if (nf.format_string.empty())
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
               (id >= 50 && id <= 58);
    const QString code = QString::fromUtf8(nf.format_string.data(), qsizetype(nf.format_string.size()));
    if (code.compare(u"General"_s, Qt::CaseInsensitive) == 0)
        return false;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            if (c == u'"')
                quoted = false;
            continue;
        }
        if (c == u'"') {
            quoted = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            // [h], [mm], [ss] are elapsed times; [Red], [$-804] are not dates
            const qsizetype end = code.indexOf(u']', i);
            const QString inner = code.mid(i + 1, end < 0 ? -1 : end - i - 1).toLower();
            if (inner == u"h"_s || inner == u"hh"_s || inner == u"mm"_s || inner == u"ss"_s)
                return true;
            if (end < 0)
                break;
            i = end;
            ++bracket;
        } else {
            const QChar l = c.toLower();
            if (l == u'y' || l == u'd' || l == u'h' || l == u's' || l == u'm' || c == u'年' || c == u'月' ||
                c == u'日')
                return true;
        }
    }
    return false;
}

// "BC12" -> column 54 (zero-based), row 11 (zero-based); false when it is not a cell reference.
bool parseCellRef(QStringView ref, int *row, int *column)
{
    int c = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i) >= u'A' && ref.at(i) <= u'Z'; ++i)
        c = c * 26 + (ref.at(i).unicode() - u'A' + 1);
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r < 1)
        return false;
    *row = r - 1;
    *column = c - 1;
    return true;
}

QByteArray zipEntry(const orcus::zip_archive &zip, const char *name)
{
    std::vector<unsigned char> buf;
    if (!zip.read_file_entry(name, buf))
        return {};
    return QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size()));
}

// The part (xl/worksheets/sheetN.xml) of the sheet at `index`, through workbook.xml and its rels.
QString sheetPart(const orcus::zip_archive &zip, int index)
{
    QStringList ids;
    QXmlStreamReader book(zipEntry(zip, "xl/workbook.xml"));
    while (!book.atEnd()) {
        if (book.readNext() == QXmlStreamReader::StartElement && book.name() == u"sheet") {
            for (const QXmlStreamAttribute &a : book.attributes())
                if (a.name() == u"id" && a.qualifiedName() != u"id")
                    ids << a.value().toString();
        }
    }
    if (index >= ids.size())
        return {};
    QXmlStreamReader rels(zipEntry(zip, "xl/_rels/workbook.xml.rels"));
    while (!rels.atEnd()) {
        if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == u"Relationship" &&
            rels.attributes().value(u"Id"_s) == ids.at(index)) {
            QString target = rels.attributes().value(u"Target"_s).toString();
            if (target.startsWith(u'/'))
                return target.mid(1);
            return u"xl/"_s + target;
        }
    }
    return {};
}

// What liborcus 0.17 does not read from an xlsx sheet: inline strings (t="inlineStr", as
// libxlsxwriter's constant-memory mode and many exporters write them) and merged ranges outside
// its data range. Read from the sheet's XML in row order alongside the model.
class XlsxSheetExtras
{
public:
    explicit XlsxSheetExtras(QByteArray xml) : m_xml(std::move(xml))
    {
        // <mergeCells> comes after <sheetData>.
        const qsizetype end = m_xml.lastIndexOf("sheetData>");
        const QString tail = QString::fromUtf8(m_xml.mid(end < 0 ? 0 : end));
        static const QRegularExpression merge(u"<(?:\\w+:)?mergeCell\\s+ref=\"([A-Z]+\\d+):([A-Z]+\\d+)\""_s);
        for (auto it = merge.globalMatch(tail); it.hasNext();) {
            const auto m = it.next();
            CellRange r;
            if (parseCellRef(m.capturedView(1), &r.firstRow, &r.firstColumn) &&
                parseCellRef(m.capturedView(2), &r.lastRow, &r.lastColumn))
                merged << r;
        }
        m_hasInline = m_xml.contains("inlineStr");
        if (m_hasInline)
            m_reader.addData(m_xml);
        else
            m_xml.clear();
    }

    QList<CellRange> merged;

    // Inline string cells of row `row` (rows must be asked for in increasing order).
    QList<QPair<int, QString>> take(int row)
    {
        QList<QPair<int, QString>> out;
        while (m_hasInline) {
            if (!m_pending.isEmpty()) {
                if (m_pendingRow > row)
                    break;
                if (m_pendingRow == row)
                    out += m_pending;
                m_pending.clear();
            }
            if (!readNextCell())
                m_hasInline = false;
        }
        return out;
    }
    bool hasMore() { return m_hasInline && (!m_pending.isEmpty() || readNextCell()); }
    int nextRow() const { return m_pendingRow; }

private:
    // Reads up to the next inline string cell into m_pending; false at the end.
    bool readNextCell()
    {
        while (!m_reader.atEnd()) {
            if (m_reader.readNext() != QXmlStreamReader::StartElement || m_reader.name() != u"c")
                continue;
            const QXmlStreamAttributes a = m_reader.attributes();
            if (a.value(u"t"_s) != u"inlineStr")
                continue;
            int r = 0, c = 0;
            if (!parseCellRef(a.value(u"r"_s), &r, &c))
                continue;
            QString text;
            int depth = 1;
            while (depth > 0 && !m_reader.atEnd()) {
                const auto token = m_reader.readNext();
                if (token == QXmlStreamReader::StartElement) {
                    ++depth;
                    if (m_reader.name() == u"t") {
                        text += m_reader.readElementText();
                        --depth;
                    } else if (m_reader.name() == u"rPh") {
                        m_reader.skipCurrentElement(); // phonetic guide, not part of the value
                        --depth;
                    }
                } else if (token == QXmlStreamReader::EndElement) {
                    --depth;
                }
            }
            m_pendingRow = r;
            m_pending = {{c, text}};
            return true;
        }
        return false;
    }

    QByteArray m_xml;
    QXmlStreamReader m_reader;
    bool m_hasInline = false;
    int m_pendingRow = -1;
    QList<QPair<int, QString>> m_pending;
};

// One loaded workbook (xlsx or ods) and the reading of one of its sheets into cells.
class OrcusBook
{
public:
    OrcusBook(const QString &path, SheetReader::Format format)
        : m_path(path), m_format(format), m_doc(ss::range_size_t{1048576, 16384}), m_factory(m_doc)
    {
        const std::string file = QFile::encodeName(path).toStdString();
        try {
            if (format == SheetReader::Format::Ods) {
                orcus::orcus_ods filter(&m_factory);
                filter.read_file(file);
            } else {
                orcus::orcus_xlsx filter(&m_factory);
                filter.read_file(file);
            }
        } catch (const std::exception &e) {
            throw Error(Error::Kind::Validation,
                        SheetReader::tr("“%1”已损坏，或不是有效的 %2 文件，无法读取。")
                            .arg(fileName(path), format == SheetReader::Format::Ods ? u"OpenDocument (.ods)"_s
                                                                                    : u"Excel (.xlsx)"_s),
                        QString::fromUtf8(e.what()));
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
        if (names.isEmpty())
            throw readError(SheetReader::tr("文件中没有工作表。"));
        int index = 0;
        if (!sheetName.isEmpty()) {
            index = int(names.indexOf(sheetName));
            if (index < 0)
                throw readError(SheetReader::tr("文件中没有名为“%1”的工作表（有：%2）。")
                                    .arg(sheetName, names.join(SheetReader::tr("、"))));
        }
        RawSheet out;
        out.name = names.at(index);
        out.date1904 = m_date1904;
        const ss::sheet *sheet = m_doc.get_sheet(ss::sheet_t(index));
        if (!sheet)
            return out;
        m_sheet = sheet;
        m_index = index;
        const ixion::abs_range_t range = sheet->get_data_range();

        std::unique_ptr<XlsxSheetExtras> extras;
        if (m_format == SheetReader::Format::Xlsx) {
            extras = std::make_unique<XlsxSheetExtras>(sheetXml(index));
            out.merged = extras->merged;
        } else if (range.valid()) {
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
        }

        QHash<quint64, Cell> anchors; // the value of each merged range, from its top-left cell
        CellRow row;
        bool stopped = false;
        const auto finishRow = [&](int r) {
            if (extras) {
                for (const auto &[c, text] : extras->take(r)) {
                    if (row.size() <= c)
                        row.resize(c + 1);
                    row[c] = Cell::fromText(text);
                }
            }
            for (const CellRange &m : std::as_const(out.merged)) {
                if (r < m.firstRow || r > m.lastRow)
                    continue;
                const quint64 key = (quint64(quint32(m.firstRow)) << 32) | quint32(m.firstColumn);
                if (r == m.firstRow)
                    anchors.insert(key, row.value(m.firstColumn));
                const Cell value = anchors.value(key);
                if (value.kind == Cell::Kind::Empty)
                    continue;
                if (row.size() <= m.lastColumn)
                    row.resize(m.lastColumn + 1);
                for (int c = m.firstColumn; c <= m.lastColumn; ++c)
                    row[c] = value;
            }
            while (!row.isEmpty() && row.constLast().kind == Cell::Kind::Empty)
                row.removeLast();
            if (onRow) {
                stopped = !onRow(r, row);
            } else {
                out.rows << row;
            }
            row.clear();
            return !stopped;
        };

        int nextRow = 0;
        if (range.valid()) {
            const ixion::model_context &cxt = m_doc.get_model_context();
            ixion::abs_rc_range_t rc;
            rc.first.row = 0;
            rc.first.column = 0;
            rc.last.row = range.last.row;
            rc.last.column = range.last.column;
            ixion::model_iterator it =
                cxt.get_model_iterator(ixion::sheet_t(index), ixion::rc_direction_t::horizontal, rc);
            int currentRow = 0;
            for (; it.has(); it.next()) {
                const ixion::model_iterator::cell &c = it.get();
                if (c.row != currentRow) {
                    if (!finishRow(currentRow))
                        return out;
                    currentRow = c.row;
                }
                row << toCell(c);
            }
            if (!finishRow(currentRow))
                return out;
            nextRow = currentRow + 1;
        }
        // Rows past the model's range that hold only inline strings (or merged titles).
        int lastMergedRow = -1;
        for (const CellRange &m : std::as_const(out.merged))
            lastMergedRow = std::max(lastMergedRow, m.lastRow);
        while (extras && (extras->hasMore() || nextRow <= lastMergedRow)) {
            const int target = extras->hasMore() ? extras->nextRow() : nextRow;
            for (; nextRow < target; ++nextRow)
                if (!finishRow(nextRow))
                    return out;
            if (!finishRow(nextRow++))
                return out;
        }
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
            if (found != m_formatCodes.end()) {
                date = isDateFormat(found->second);
            } else {
                ss::number_format_t builtin;
                builtin.identifier = cf->number_format;
                date = isDateFormat(builtin);
            }
        }
        if (xf >= m_dateXf.size())
            m_dateXf.resize(xf + 1, -1);
        m_dateXf[xf] = date ? 1 : 0;
        return date;
    }

    static QString text(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

    QByteArray sheetXml(int index) const
    {
        try {
            const QByteArray file = QFile::encodeName(m_path);
            orcus::zip_archive_stream_fd stream(file.constData());
            orcus::zip_archive zip(&stream);
            zip.load();
            const QString part = sheetPart(zip, index);
            return part.isEmpty() ? QByteArray() : zipEntry(zip, part.toUtf8().constData());
        } catch (const std::exception &) {
            return {};
        }
    }

    QString m_path;
    SheetReader::Format m_format;
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
            throw readError(
                SheetReader::tr("“%1”设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中取消密码，"
                                "另存为 .xlsx 后再导入。")
                    .arg(fileName(path)));
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
    return OrcusBook(path, format).sheetNames();
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
    OrcusBook book(path, format);
    return book.read(sheetName, onRow);
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
