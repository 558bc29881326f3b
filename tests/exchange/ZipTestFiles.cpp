#include "ZipTestFiles.h"

#include "ZipArchive.h"

#include <QFile>
#include <QtEndian>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace zz::test {

namespace {

void put16(QByteArray &b, quint16 v)
{
    char x[2];
    qToLittleEndian(v, x);
    b.append(x, 2);
}
void put32(QByteArray &b, quint32 v)
{
    char x[4];
    qToLittleEndian(v, x);
    b.append(x, 4);
}
void put64(QByteArray &b, quint64 v)
{
    char x[8];
    qToLittleEndian(v, x);
    b.append(x, 8);
}

QByteArray rawDeflate(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

} // namespace

QByteArray makeZip(const QList<Part> &parts, bool zip64)
{
    QByteArray out, central;
    for (const Part &p : parts) {
        const QByteArray name = p.name.toUtf8();
        const QByteArray body = p.deflate ? rawDeflate(p.data) : p.data;
        const quint32 crc =
            quint32(crc32(0, reinterpret_cast<const Bytef *>(p.data.constData()), uInt(p.data.size()))) ^
            p.crcXor;
        const quint64 size = p.declaredSize >= 0 ? quint64(p.declaredSize) : quint64(p.data.size());
        const quint16 flags = quint16((p.encrypted ? 0x1 : 0) | 0x800);
        const quint64 offset = quint64(out.size());
        QByteArray localExtra;
        if (zip64) {
            put16(localExtra, 0x0001);
            put16(localExtra, 16);
            put64(localExtra, size);
            put64(localExtra, quint64(body.size()));
        }
        put32(out, 0x04034b50);
        put16(out, zip64 ? 45 : 20);
        put16(out, flags);
        put16(out, p.deflate ? 8 : 0);
        put16(out, 0);
        put16(out, 0x5B86); // 2025-12-06
        put32(out, crc);
        put32(out, zip64 ? 0xFFFFFFFF : quint32(body.size()));
        put32(out, zip64 ? 0xFFFFFFFF : quint32(size));
        put16(out, quint16(name.size()));
        put16(out, quint16(localExtra.size()));
        out += name + localExtra + body;

        QByteArray extra;
        if (zip64) {
            put16(extra, 0x0001);
            put16(extra, 24);
            put64(extra, size);
            put64(extra, quint64(body.size()));
            put64(extra, offset);
        }
        put32(central, 0x02014b50);
        put16(central, 45);
        put16(central, zip64 ? 45 : 20);
        put16(central, flags);
        put16(central, p.deflate ? 8 : 0);
        put16(central, 0);
        put16(central, 0x5B86);
        put32(central, crc);
        put32(central, zip64 ? 0xFFFFFFFF : quint32(body.size()));
        put32(central, zip64 ? 0xFFFFFFFF : quint32(size));
        put16(central, quint16(name.size()));
        put16(central, quint16(extra.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, zip64 ? 0xFFFFFFFF : quint32(offset));
        central += name + extra;
    }
    const quint64 cdOffset = quint64(out.size());
    out += central;
    if (zip64) {
        const quint64 recordOffset = quint64(out.size());
        put32(out, 0x06064b50);
        put64(out, 44);
        put16(out, 45);
        put16(out, 45);
        put32(out, 0);
        put32(out, 0);
        put64(out, quint64(parts.size()));
        put64(out, quint64(parts.size()));
        put64(out, quint64(central.size()));
        put64(out, cdOffset);
        put32(out, 0x07064b50);
        put32(out, 0);
        put64(out, recordOffset);
        put32(out, 1);
    }
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, zip64 ? 0xFFFF : quint16(parts.size()));
    put16(out, zip64 ? 0xFFFF : quint16(parts.size()));
    put32(out, zip64 ? 0xFFFFFFFF : quint32(central.size()));
    put32(out, zip64 ? 0xFFFFFFFF : quint32(cdOffset));
    put16(out, 0);
    return out;
}

QList<Part> partsOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    ZipArchive zip(&f);
    QList<Part> parts;
    for (const ZipEntry &e : zip.entries())
        parts << Part{e.name, zip.read(e, 64 << 20)};
    return parts;
}

QList<Part> handMadeWorkbook()
{
    const QByteArray types = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";
    const QByteArray rootRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)";
    const QByteArray workbook = R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr date1904="false"/>
<sheets><sheet name="说明" sheetId="1" r:id="rId7"/><sheet name="台账" sheetId="2" r:id="rId3"/></sheets>
</workbook>)";
    const QByteArray bookRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/ledger.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/../worksheets/notes.xml"/>
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>)";
    const QByteArray styles = R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.00_ ;[Red]-0.00"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>
</styleSheet>)";
    const QByteArray strings = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
<si><t>姓名</t></si>
<si><r><rPr><b/></rPr><t>身份证</t></r><r><t xml:space="preserve">号码</t></r></si>
<si><t>東門村</t><rPh sb="0" eb="3"><t>とうもんむら</t></rPh></si>
<si><t>受理日期</t></si>
</sst>)";
    const QByteArray ledger = R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<dimension ref="A1:F9"/>
<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c t="s"><v>3</v></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>张三</t></is></c><c r="B2" t="str"><v>11010519491231002X</v></c><c r="C2" s="1"><v>46086</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2" s="3"><v>95.5</v></c></row>
<row r="5" spans="1:6"><c r="A5" t="s"><v>2</v></c><c r="C5" s="2"><f>DATE(2026,3,6)</f><v>46087</v></c><c r="D5" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="E5"><f>1+1</f><v>2</v></c><c r="F5" t="d"><v>2026-03-07T12:00:00</v></c></row>
<row r="7"><c r="A7" s="1"/><c r="B7" t="s"><v>99</v></c></row>
<row r="8" customFormat="1" s="1"/>
</sheetData>
<x:mergeCells xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1"><x:mergeCell ref="E1:F1"/></x:mergeCells>
</worksheet>)";
    const QByteArray notes = R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row><c t="inlineStr"><is><t>身份证号码&lt;18 位&gt;按文本填写&#12290;</t></is></c></row></sheetData>
<mergeCells count="1"><mergeCell ref="A3:B4"/></mergeCells></worksheet>)";
    return {{u"[Content_Types].xml"_s, types},
            {u"_rels/.rels"_s, rootRels},
            {u"xl/workbook.xml"_s, workbook},
            {u"xl/_rels/workbook.xml.rels"_s, bookRels},
            {u"xl/styles.xml"_s, styles},
            {u"xl/strings.xml"_s, strings},
            {u"xl/worksheets/ledger.xml"_s, ledger},
            {u"xl/worksheets/notes.xml"_s, notes}};
}

} // namespace zz::test
