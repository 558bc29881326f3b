#include "XlsxStreamReader.h"

#include "SheetReader.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// The workbook, its relationships and its styles are small; a larger one is not a real workbook's.
constexpr qint64 kSmallPartLimit = 64 * 1024 * 1024;
constexpr int kMaxColumns = 16384;
constexpr int kMaxRows = 1048576;

[[noreturn]] void damaged(const std::string &why, const QString &entry = {})
{
    throw ArchiveError(ArchiveError::Kind::Damaged, why, entry);
}

// A part's XML read to the end: a parse error is the entry's failure if it had one, else damage.
void checkXml(const QXmlStreamReader &xml, const QIODevice *device, const QString &entry)
{
    if (!xml.hasError())
        return;
    if (device)
        ZipArchive::throwIfFailed(device);
    damaged("XML: " + xml.errorString().toStdString(), entry);
}

// "xl/" + "worksheets/sheet1.xml", or an absolute target, with ".." resolved.
QString resolve(const QString &baseDir, const QString &target)
{
    QString path = target.startsWith(u'/') ? target.mid(1) : baseDir + target;
    path = QDir::cleanPath(path);
    return path.startsWith(u"./"_s) ? path.mid(2) : path;
}

// The relationships of a part: Id -> (Type, Target).
struct Relationship
{
    QString type;
    QString target;
};

QHash<QString, Relationship> relationships(const QByteArray &xml)
{
    QHash<QString, Relationship> out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"Relationship") {
            const QXmlStreamAttributes a = r.attributes();
            out.insert(a.value(u"Id"_s).toString(),
                       {a.value(u"Type"_s).toString(), a.value(u"Target"_s).toString()});
        }
    }
    return out;
}

// The text of a string item (<si> or <is>): its <t> and the <t> of its rich-text runs, without the
// phonetic guides (<rPh>). The reader is on the item's start element and ends on its end element.
QString stringItem(QXmlStreamReader &r)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (r.name() == u"t") {
                text += r.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (r.name() == u"rPh" || r.name() == u"phoneticPr") {
                r.skipCurrentElement();
            } else {
                ++depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return text;
}

// OOXML's ISO 8601 date cells (t="d") as serial days from 1899-12-30.
double isoToSerial(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return 0;
        dt = QDateTime(d, QTime(0, 0));
    }
    const QDate origin(1899, 12, 30);
    return double(origin.daysTo(dt.date())) + dt.time().msecsSinceStartOfDay() / 86400000.0;
}

// Scans the bytes of a sheet for <mergeCell ref="A1:B2"/> without parsing the XML: '<' cannot occur in
// text or attribute values, so a '<' (with or without a namespace prefix) before "mergeCell" starts one.
class MergeScanner
{
public:
    QList<CellRange> ranges;

    // Feeds the next bytes; `last` when there are no more.
    void feed(const QByteArray &chunk, bool last)
    {
        m_buffer += chunk;
        static const QByteArray needle("mergeCell");
        qsizetype from = 0;
        qsizetype keep = qMax<qsizetype>(0, m_buffer.size() - 64); // a prefix and a name cut by the chunk
        for (;;) {
            const qsizetype at = m_buffer.indexOf(needle, from);
            if (at < 0)
                break;
            from = at + needle.size();
            if (m_base + at < m_doneUpTo)
                continue; // taken from an earlier chunk
            // The element's end in this chunk? If not, read on (unless it is absurdly long).
            const qsizetype close = m_buffer.indexOf('>', at);
            if (close < 0 && !last && m_buffer.size() - at < 4096) {
                keep = qMin(keep, qMax<qsizetype>(0, at - 64));
                break;
            }
            take(at, close < 0 ? m_buffer.size() : close);
            m_doneUpTo = m_base + at + 1;
        }
        m_buffer.remove(0, keep);
        m_base += keep;
    }

private:
    void take(qsizetype at, qsizetype close)
    {
        const qsizetype after = at + 9;
        if (after >= m_buffer.size() || !QChar::isSpace(uchar(m_buffer.at(after))))
            return; // <mergeCells ...> or a longer name
        qsizetype lt = at - 1;
        while (lt >= 0 && (std::isalnum(uchar(m_buffer.at(lt))) || m_buffer.at(lt) == ':' ||
                           m_buffer.at(lt) == '_' || m_buffer.at(lt) == '-'))
            --lt;
        if (lt < 0 || m_buffer.at(lt) != '<' || (lt != at - 1 && m_buffer.at(at - 1) != ':'))
            return;
        const QByteArray element = m_buffer.mid(after, close - after);
        const qsizetype ref = element.indexOf("ref=");
        if (ref < 0 || ref + 5 > element.size())
            return;
        const char quote = element.at(ref + 4);
        const qsizetype end = element.indexOf(quote, ref + 5);
        if (end < 0)
            return;
        const QString value = QString::fromLatin1(element.mid(ref + 5, end - ref - 5));
        const qsizetype colon = value.indexOf(u':');
        if (colon < 0)
            return;
        CellRange r;
        if (XlsxStreamReader::parseCellRef(QStringView(value).left(colon), &r.firstRow, &r.firstColumn) &&
            XlsxStreamReader::parseCellRef(QStringView(value).mid(colon + 1), &r.lastRow, &r.lastColumn) &&
            r.firstRow <= r.lastRow && r.firstColumn <= r.lastColumn)
            ranges << r;
    }

    QByteArray m_buffer;
    qint64 m_base = 0;     // the offset in the sheet of m_buffer's first byte
    qint64 m_doneUpTo = 0; // hits before this offset have been taken
};

} // namespace

XlsxStreamReader::XlsxStreamReader(QIODevice *device) : m_zip(device)
{
    // The package's relationships name the workbook part (xl/workbook.xml in every writer we know).
    QString workbook = u"xl/workbook.xml"_s;
    if (m_zip.find(u"_rels/.rels"_s)) {
        const auto rels = relationships(smallPart(u"_rels/.rels"_s));
        for (const Relationship &r : rels)
            if (r.type.endsWith(u"/officeDocument"_s))
                workbook = resolve(QString(), r.target);
    }
    if (!m_zip.find(workbook))
        damaged("no workbook part (not an xlsx)", workbook);
    const qsizetype slash = workbook.lastIndexOf(u'/');
    const QString dir = slash < 0 ? QString() : workbook.left(slash + 1);
    const QString relsPath = dir + u"_rels/"_s + workbook.mid(slash + 1) + u".rels"_s;
    const auto rels =
        m_zip.find(relsPath) ? relationships(smallPart(relsPath)) : QHash<QString, Relationship>();

    QStringList ids;
    QXmlStreamReader book(smallPart(workbook));
    while (!book.atEnd()) {
        if (book.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (book.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &a : book.attributes())
                if (a.name() == u"id" && a.qualifiedName() != u"id")
                    id = a.value().toString();
            m_names << book.attributes().value(u"name"_s).toString();
            ids << id;
        } else if (book.name() == u"workbookPr") {
            const auto v = book.attributes().value(u"date1904"_s);
            m_date1904 = v == u"1" || v == u"true";
        }
    }
    checkXml(book, nullptr, workbook);
    for (const QString &id : std::as_const(ids))
        m_sheetParts << (rels.contains(id) ? resolve(dir, rels.value(id).target) : QString());

    QString styles;
    for (const Relationship &r : rels) {
        if (r.type.endsWith(u"/sharedStrings"_s))
            m_sharedStringsPart = resolve(dir, r.target);
        else if (r.type.endsWith(u"/styles"_s))
            styles = resolve(dir, r.target);
    }
    if (m_sharedStringsPart.isEmpty() && m_zip.find(dir + u"sharedStrings.xml"_s))
        m_sharedStringsPart = dir + u"sharedStrings.xml"_s;
    if (styles.isEmpty())
        styles = dir + u"styles.xml"_s;
    if (m_zip.find(styles))
        loadStyles(styles);
}

const ZipEntry &XlsxStreamReader::part(const QString &path) const
{
    const ZipEntry *e = m_zip.find(path);
    if (!e)
        damaged("missing part", path);
    return *e;
}

QByteArray XlsxStreamReader::smallPart(const QString &path) const
{
    return m_zip.read(part(path), kSmallPartLimit);
}

void XlsxStreamReader::loadStyles(const QString &path)
{
    QHash<int, QString> codes; // custom number formats by id
    QXmlStreamReader r(smallPart(path));
    bool inCellXfs = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (r.name() == u"numFmt") {
                codes.insert(r.attributes().value(u"numFmtId"_s).toInt(),
                             r.attributes().value(u"formatCode"_s).toString());
            } else if (r.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && r.name() == u"xf") {
                const int id = r.attributes().value(u"numFmtId"_s).toInt();
                m_dateStyle.push_back(isDateFormat(id, codes.value(id)));
                r.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement && r.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    checkXml(r, nullptr, path);
}

void XlsxStreamReader::loadSharedStrings()
{
    m_sharedStringsLoaded = true;
    if (m_sharedStringsPart.isEmpty() || !m_zip.find(m_sharedStringsPart))
        return;
    const auto device = m_zip.open(part(m_sharedStringsPart));
    QXmlStreamReader r(device.get());
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (r.name() == u"si")
            m_sharedStrings << stringItem(r);
        else if (r.name() == u"sst")
            m_sharedStrings.reserve(qMin(r.attributes().value(u"uniqueCount"_s).toInt(), 1 << 16));
    }
    checkXml(r, device.get(), m_sharedStringsPart);
}

QList<CellRange> XlsxStreamReader::mergedRanges(int index) const
{
    const QString path = m_sheetParts.value(index);
    if (path.isEmpty() || !m_zip.find(path))
        return {};
    const auto device = m_zip.open(part(path));
    MergeScanner scanner;
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(chunk.data(), chunk.size());
        if (n < 0) {
            ZipArchive::throwIfFailed(device.get());
            damaged("read failed", path);
        }
        scanner.feed(QByteArray::fromRawData(chunk.constData(), qsizetype(n)), n == 0);
        if (n == 0)
            break;
    }
    return scanner.ranges;
}

void XlsxStreamReader::readRows(int index, const RowSink &sink)
{
    const QString path = m_sheetParts.value(index);
    if (path.isEmpty() || !m_zip.find(path))
        return; // a chartsheet or a sheet without a part: no rows
    if (!m_sharedStringsLoaded)
        loadSharedStrings();
    const auto device = m_zip.open(part(path));
    QXmlStreamReader r(device.get());
    int rowIndex = -1;
    int column = -1;
    CellRow row;
    bool inRow = false;
    const auto place = [&](int c, Cell cell) {
        if (cell.kind == Cell::Kind::Empty)
            return;
        if (row.size() <= c)
            row.resize(c + 1);
        row[c] = std::move(cell);
    };
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (r.name() == u"row" && inRow) {
                inRow = false;
                if (!sink(rowIndex, std::move(row)))
                    return;
                row = CellRow();
            } else if (r.name() == u"sheetData") {
                break; // the rest (merged ranges, print settings) is not cells
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (r.name() == u"row") {
            bool ok = false;
            const int n = r.attributes().value(u"r"_s).toInt(&ok);
            rowIndex = ok && n > rowIndex + 1 && n <= kMaxRows ? n - 1 : rowIndex + 1;
            if (rowIndex >= kMaxRows)
                damaged("more rows than a sheet holds", path);
            column = -1;
            inRow = true;
            row.clear();
            continue;
        }
        if (r.name() != u"c")
            continue;
        const QXmlStreamAttributes a = r.attributes();
        int refRow = 0, refColumn = 0;
        if (parseCellRef(a.value(u"r"_s), &refRow, &refColumn) && refColumn > column)
            column = refColumn;
        else
            ++column;
        const QStringView type = a.value(u"t"_s);
        const int style = a.value(u"s"_s).toInt();
        QString value;
        QString inlineText;
        bool hasInline = false;
        int depth = 1;
        while (depth > 0 && !r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::StartElement) {
                if (r.name() == u"v") {
                    value = r.readElementText(QXmlStreamReader::IncludeChildElements);
                } else if (r.name() == u"is") {
                    inlineText = stringItem(r);
                    hasInline = true;
                } else {
                    r.skipCurrentElement(); // <f>, <extLst>
                }
            } else if (t == QXmlStreamReader::EndElement) {
                --depth;
            }
        }
        if (column >= kMaxColumns)
            continue; // past XFD: no spreadsheet program writes there
        if (type == u"s") {
            bool ok = false;
            const qsizetype i = value.toLongLong(&ok);
            if (ok && i >= 0 && i < m_sharedStrings.size())
                place(column, Cell::fromText(m_sharedStrings.at(i)));
        } else if (type == u"inlineStr") {
            place(column, Cell::fromText(hasInline ? inlineText : value));
        } else if (type == u"str") {
            place(column, Cell::fromText(value));
        } else if (type == u"b") {
            if (!value.isEmpty())
                place(column, Cell::fromBool(value.trimmed() == u"1" || value.trimmed() == u"true"));
        } else if (type == u"e") {
            if (!value.isEmpty())
                place(column, Cell::error(value));
        } else if (type == u"d") {
            if (!value.isEmpty())
                place(column, Cell::fromSerialDate(isoToSerial(value), false));
        } else if (!value.isEmpty()) {
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (!ok)
                place(column, Cell::fromText(value));
            else if (style >= 0 && size_t(style) < m_dateStyle.size() && m_dateStyle[size_t(style)])
                place(column, Cell::fromSerialDate(v, m_date1904));
            else
                place(column, Cell::fromNumber(v, m_date1904));
        }
    }
    if (r.hasError() && r.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        checkXml(r, device.get(), path);
    ZipArchive::throwIfFailed(device.get());
    if (r.hasError())
        damaged("the sheet's XML ends early", path);
    if (inRow)
        sink(rowIndex, std::move(row));
}

bool XlsxStreamReader::isDateFormat(int id, const QString &code)
{
    if (code.isEmpty())
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
               (id >= 50 && id <= 58);
    if (code.compare(u"General"_s, Qt::CaseInsensitive) == 0)
        return false;
    bool quoted = false;
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
        } else {
            const QChar l = c.toLower();
            if (l == u'y' || l == u'd' || l == u'h' || l == u's' || l == u'm' || c == u'年' || c == u'月' ||
                c == u'日')
                return true;
        }
    }
    return false;
}

bool XlsxStreamReader::parseCellRef(QStringView ref, int *row, int *column)
{
    int c = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i) >= u'A' && ref.at(i) <= u'Z'; ++i) {
        if (i >= 3)
            return false; // past XFD
        c = c * 26 + (ref.at(i).unicode() - u'A' + 1);
    }
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

} // namespace zz
