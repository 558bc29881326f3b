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

namespace {

// The text of XML character data or an attribute value: the five named entities and numeric
// references decoded, the rest (UTF-8) as it is.
QString xmlText(QByteArrayView raw)
{
    if (!raw.contains('&'))
        return QString::fromUtf8(raw);
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c != '&') {
            out += c;
            continue;
        }
        const qsizetype end = raw.indexOf(';', i);
        if (end < 0 || end - i > 12) {
            out += c;
            continue;
        }
        const QByteArrayView name = raw.sliced(i + 1, end - i - 1);
        if (name == "lt")
            out += '<';
        else if (name == "gt")
            out += '>';
        else if (name == "amp")
            out += '&';
        else if (name == "quot")
            out += '"';
        else if (name == "apos")
            out += '\'';
        else if (name.startsWith('#')) {
            bool ok = false;
            const uint code = name.startsWith("#x") || name.startsWith("#X")
                                  ? QByteArray(name.sliced(2).data(), name.size() - 2).toUInt(&ok, 16)
                                  : QByteArray(name.sliced(1).data(), name.size() - 1).toUInt(&ok, 10);
            if (!ok || code == 0 || code > 0x10FFFF) {
                out += name.toByteArray().prepend('&').append(';');
            } else {
                const char32_t ch = char32_t(code);
                out += QString::fromUcs4(&ch, 1).toUtf8();
            }
        } else {
            out += name.toByteArray().prepend('&').append(';');
        }
        i = end;
    }
    return QString::fromUtf8(out);
}

// The value of attribute `name` in the inside of a start tag (`<c r="A1" t="s">` without the brackets),
// prefix ignored; null when absent.
QByteArrayView attribute(QByteArrayView tag, QByteArrayView name)
{
    qsizetype i = 0;
    while (i < tag.size() && !QChar::isSpace(uchar(tag.at(i))))
        ++i; // the element name
    while (i < tag.size()) {
        while (i < tag.size() && QChar::isSpace(uchar(tag.at(i))))
            ++i;
        const qsizetype start = i;
        while (i < tag.size() && tag.at(i) != '=' && !QChar::isSpace(uchar(tag.at(i))))
            ++i;
        QByteArrayView attr = tag.sliced(start, i - start);
        while (i < tag.size() && QChar::isSpace(uchar(tag.at(i))))
            ++i;
        if (i >= tag.size() || tag.at(i) != '=')
            return {};
        ++i;
        while (i < tag.size() && QChar::isSpace(uchar(tag.at(i))))
            ++i;
        if (i >= tag.size() || (tag.at(i) != '"' && tag.at(i) != '\''))
            return {};
        const char quote = tag.at(i++);
        const qsizetype close = tag.indexOf(quote, i);
        if (close < 0)
            return {};
        if (const qsizetype colon = attr.lastIndexOf(':'); colon >= 0)
            attr = attr.sliced(colon + 1);
        if (attr == name)
            return tag.sliced(i, close - i);
        i = close + 1;
    }
    return {};
}

} // namespace

void XlsxStreamReader::readRows(int index, const RowSink &sink)
{
    const QString path = m_sheetParts.value(index);
    if (path.isEmpty() || !m_zip.find(path))
        return; // a chartsheet or a sheet without a part: no rows
    if (!m_sharedStringsLoaded)
        loadSharedStrings();
    const auto device = m_zip.open(part(path));

    // The sheet's bytes in chunks; `at` is the next byte not yet consumed.
    QByteArray buffer;
    qsizetype at = 0;
    bool end = false;
    const auto more = [&] {
        if (end)
            return false;
        buffer.remove(0, at);
        at = 0;
        const qsizetype had = buffer.size();
        buffer.resize(had + 256 * 1024);
        const qint64 n = device->read(buffer.data() + had, 256 * 1024);
        if (n < 0) {
            ZipArchive::throwIfFailed(device.get());
            damaged("read failed", path);
        }
        buffer.resize(had + qsizetype(n));
        end = n == 0;
        return n > 0;
    };
    more();
    if (buffer.startsWith("\xFF\xFE") || buffer.startsWith("\xFE\xFF"))
        return readRowsXml(path, sink); // UTF-16: the general parser

    int rowIndex = -1;
    int column = -1;
    CellRow row;
    bool inSheetData = false, inRow = false, inCell = false, inInline = false, inPhonetic = false;
    QByteArray type;
    int style = 0;
    QByteArray text;        // the character data being captured
    bool capturing = false; // inside <v>, or a <t> of an inline string
    QString value, inlineText;
    bool hasInline = false;
    const auto endCell = [&] {
        inCell = false;
        if (column >= kMaxColumns)
            return; // past XFD: no spreadsheet program writes there
        Cell cell = cellValue(QString::fromLatin1(type), style, hasInline ? inlineText : value);
        if (cell.kind == Cell::Kind::Empty)
            return;
        if (row.size() <= column)
            row.resize(column + 1);
        row[column] = std::move(cell);
    };
    const auto endRow = [&] {
        inRow = false;
        const bool go = sink(rowIndex, std::move(row));
        row = CellRow();
        return go;
    };

    for (;;) {
        qsizetype lt = buffer.indexOf('<', at);
        if (lt < 0) {
            if (capturing)
                text.append(buffer.constData() + at, buffer.size() - at);
            at = buffer.size();
            if (!more())
                break;
            continue;
        }
        if (capturing)
            text.append(buffer.constData() + at, lt - at);
        at = lt;
        // The markup's end: comments, CDATA and processing instructions by their terminators, tags by the
        // first '>' outside quotes.
        qsizetype gt = -1;
        const auto need = [&](const char *terminator) {
            for (;;) {
                const qsizetype found = buffer.indexOf(terminator, at);
                if (found >= 0)
                    return found + qsizetype(qstrlen(terminator));
                if (buffer.size() - at > (1 << 20) || !more())
                    damaged("unterminated markup", path);
            }
        };
        if (buffer.size() - at < 9)
            more();
        const QByteArrayView head = QByteArrayView(buffer).sliced(at);
        if (head.startsWith("<!--")) {
            at = need("-->");
            continue;
        }
        if (head.startsWith("<![CDATA[")) {
            const qsizetype close = need("]]>");
            if (capturing)
                text.append(buffer.constData() + at + 9, close - 3 - at - 9);
            at = close;
            continue;
        }
        if (head.startsWith("<?")) {
            at = need("?>");
            continue;
        }
        if (head.startsWith("<!"))
            damaged("document type declaration in a sheet", path); // no writer puts a DTD in a sheet
        for (;;) {
            char quote = 0;
            for (qsizetype i = at + 1; i < buffer.size(); ++i) {
                const char c = buffer.at(i);
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    gt = i;
                    break;
                }
            }
            if (gt >= 0)
                break;
            if (buffer.size() - at > (1 << 20) || !more())
                damaged("unterminated tag", path);
        }
        QByteArrayView tag = QByteArrayView(buffer).sliced(at + 1, gt - at - 1);
        at = gt + 1;
        const bool closing = tag.startsWith('/');
        if (closing)
            tag = tag.sliced(1);
        const bool selfClosing = tag.endsWith('/');
        if (selfClosing)
            tag.chop(1);
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && !QChar::isSpace(uchar(tag.at(nameEnd))))
            ++nameEnd;
        QByteArrayView name = tag.first(nameEnd);
        if (const qsizetype colon = name.indexOf(':'); colon >= 0)
            name = name.sliced(colon + 1);

        if (!inSheetData) {
            if (name == "sheetData" && !closing) {
                if (selfClosing)
                    break;
                inSheetData = true;
            }
            continue;
        }
        if (closing) {
            if (name == "v" || name == "t") {
                if (capturing && name == "v")
                    value = xmlText(text);
                else if (capturing)
                    inlineText += xmlText(text);
                capturing = false;
            } else if (name == "rPh") {
                inPhonetic = false;
            } else if (name == "is") {
                inInline = false;
            } else if (name == "c" && inCell) {
                endCell();
            } else if (name == "row" && inRow) {
                if (inCell)
                    endCell();
                if (!endRow())
                    return;
            } else if (name == "sheetData") {
                inSheetData = false;
                break; // the rest (merged ranges, print settings) is not cells
            }
            continue;
        }
        if (name == "row") {
            if (inRow && !endRow())
                return;
            bool ok = false;
            const int n = attribute(tag, "r").toInt(&ok);
            rowIndex = ok && n > rowIndex + 1 && n <= kMaxRows ? n - 1 : rowIndex + 1;
            if (rowIndex >= kMaxRows)
                damaged("more rows than a sheet holds", path);
            column = -1;
            inRow = true;
            row.clear();
            if (selfClosing && !endRow())
                return;
        } else if (name == "c") {
            if (inCell)
                endCell();
            int refRow = 0, refColumn = 0;
            const QByteArrayView ref = attribute(tag, "r");
            if (parseCellRef(QString::fromLatin1(ref), &refRow, &refColumn) && refColumn > column)
                column = refColumn;
            else
                ++column;
            type = attribute(tag, "t").toByteArray();
            style = attribute(tag, "s").toInt();
            value.clear();
            inlineText.clear();
            hasInline = inInline = inPhonetic = capturing = false;
            inCell = true;
            if (selfClosing)
                endCell();
        } else if (!inCell || selfClosing) {
            continue;
        } else if (name == "v" && !inInline) {
            capturing = true;
            text.clear();
        } else if (name == "is") {
            inInline = hasInline = true;
        } else if (name == "rPh" && inInline) {
            inPhonetic = true;
        } else if (name == "t" && inInline && !inPhonetic) {
            capturing = true;
            text.clear();
        }
    }
    ZipArchive::throwIfFailed(device.get());
    if (inSheetData)
        damaged("the sheet's XML ends early", path);
    if (inRow)
        sink(rowIndex, std::move(row));
}

void XlsxStreamReader::readRowsXml(const QString &path, const RowSink &sink)
{
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
        if (column < kMaxColumns) // past XFD: no spreadsheet program writes there
            place(column, cellValue(type, style, hasInline ? inlineText : value));
    }
    if (r.hasError() && r.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        checkXml(r, device.get(), path);
    ZipArchive::throwIfFailed(device.get());
    if (r.hasError())
        damaged("the sheet's XML ends early", path);
    if (inRow)
        sink(rowIndex, std::move(row));
}

Cell XlsxStreamReader::cellValue(QStringView type, int style, const QString &value) const
{
    if (value.isEmpty())
        return {};
    if (type == u"s") {
        bool ok = false;
        const qsizetype i = value.toLongLong(&ok);
        return ok && i >= 0 && i < m_sharedStrings.size() ? Cell::fromText(m_sharedStrings.at(i)) : Cell();
    }
    if (type == u"inlineStr" || type == u"str")
        return Cell::fromText(value);
    if (type == u"b")
        return Cell::fromBool(value.trimmed() == u"1" || value.trimmed() == u"true");
    if (type == u"e")
        return Cell::error(value);
    if (type == u"d")
        return Cell::fromSerialDate(isoToSerial(value), false);
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok)
        return Cell::fromText(value);
    if (style >= 0 && size_t(style) < m_dateStyle.size() && m_dateStyle[size_t(style)])
        return Cell::fromSerialDate(v, m_date1904);
    return Cell::fromNumber(v, m_date1904);
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
