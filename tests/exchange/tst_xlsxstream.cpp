#include "CellCoercion.h"
#include "Error.h"
#include "SheetReader.h"
#include "XlsxStreamReader.h"
#include "XlsxTableWriter.h"
#include "ZipArchive.h"
#include "ZipTestFiles.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::makeZip;
using zz::test::Part;
using zz::test::partsOf;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString readError(const QString &path, const QString &sheet = {})
{
    try {
        SheetReader::read(path, sheet);
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

long rssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

const QString idX = u"11010519491231002X"_s;

} // namespace

// The streaming xlsx reader (issue 11): a hand-made workbook with every cell type and part layout, files
// written by LibreOffice and by libxlsxwriter (shared and inline strings), stored and zip64 archives, files
// that are damaged, encrypted or inflate past their declared size refused in one sentence, and a large
// sheet read in bounded memory.
class TestXlsxStream : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writeOurs(const QString &name)
    {
        XlsxTableWriter w(path(name));
        w.beginSheet(u"案件"_s, {{u"姓名"_s, ColumnType::Text},
                                 {u"身份证号码"_s, ColumnType::Code},
                                 {u"受理日期"_s, ColumnType::Date},
                                 {u"户数"_s, ColumnType::Integer}});
        w.addRow({u"张三"_s, idX, QDate(2026, 3, 5), 120});
        w.addRow({u"欧阳娜娜"_s, u"110105491231002"_s, QDate(1999, 12, 31), 0});
        w.close();
        return path(name);
    }

    void checkOurs(const RawSheet &sheet)
    {
        QCOMPARE(sheet.name, u"案件"_s);
        QCOMPARE(sheet.rows.size(), 3);
        QCOMPARE(sheet.rows.at(0).value(1).text, u"身份证号码"_s);
        QCOMPARE(sheet.rows.at(1).value(1).kind, Cell::Kind::Text);
        QCOMPARE(sheet.rows.at(1).value(1).text, idX);
        QCOMPARE(sheet.rows.at(1).value(2).kind, Cell::Kind::DateTime);
        QCOMPARE(CellCoercion::toDate(sheet.rows.at(1).value(2)).value, QDate(2026, 3, 5));
        QCOMPARE(CellCoercion::toInteger(sheet.rows.at(1).value(3)).value, 120);
        QCOMPARE(sheet.rows.at(2).value(0).text, u"欧阳娜娜"_s);
        QCOMPARE(CellCoercion::toDate(sheet.rows.at(2).value(2)).value, QDate(1999, 12, 31));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void handMadeWorkbook()
    {
        const QString file = path(u"hand.xlsx"_s);
        writeFile(file, makeZip(test::handMadeWorkbook(), false));
        QCOMPARE(SheetReader::sheetNames(file), (QStringList{u"说明"_s, u"台账"_s}));
        const RawSheet notes = SheetReader::read(file);
        QCOMPARE(notes.name, u"说明"_s);
        QCOMPARE(notes.rows.value(0).value(0).text, u"身份证号码<18 位>按文本填写。"_s); // entities decoded
        QCOMPARE(notes.rows.size(), 1); // the merged range below has no value: no rows made for it
        const RawSheet sheet = SheetReader::read(file, u"台账"_s);
        QCOMPARE(sheet.name, u"台账"_s);
        QVERIFY(!sheet.date1904);
        QCOMPARE(sheet.merged, (QList<CellRange>{{0, 4, 0, 5}}));
        QCOMPARE(sheet.rows.size(), 5); // rows 1-5; row 7 has only a bad string index, row 8 only a format
        const CellRow head = sheet.rows.at(0);
        QCOMPARE(head.value(0).text, u"姓名"_s);
        QCOMPARE(head.value(1).text, u"身份证号码"_s); // rich-text runs joined
        QCOMPARE(head.value(2).text, u"受理日期"_s);   // a cell without a reference follows its neighbour
        const CellRow a = sheet.rows.at(1);
        QCOMPARE(a.value(0).text, u"张三"_s);
        QCOMPARE(a.value(1).kind, Cell::Kind::Text);
        QCOMPARE(a.value(1).text, idX);
        QCOMPARE(a.value(2).kind, Cell::Kind::DateTime); // built-in format 14
        QCOMPARE(CellCoercion::toDate(a.value(2)).value, QDate(2026, 3, 5));
        QCOMPARE(a.value(3), Cell::fromBool(true));
        QCOMPARE(a.value(4).kind, Cell::Kind::Error);
        QCOMPARE(a.value(4).text, u"#N/A"_s);
        QCOMPARE(a.value(5).kind, Cell::Kind::Number); // [Red] and _ are not date letters
        QCOMPARE(a.value(5).number, 95.5);
        QVERIFY(sheet.rows.at(2).isEmpty()); // the gap keeps row numbers
        QVERIFY(sheet.rows.at(3).isEmpty());
        const CellRow b = sheet.rows.at(4);
        QCOMPARE(b.value(0).text, u"東門村"_s);          // without the phonetic guide
        QCOMPARE(b.value(2).kind, Cell::Kind::DateTime); // custom code 164, a formula's cached value
        QCOMPARE(CellCoercion::toDate(b.value(2)).value, QDate(2026, 3, 6));
        QCOMPARE(b.value(3).text, u"ab"_s);
        QCOMPARE(b.value(4).kind, Cell::Kind::Number);
        QCOMPARE(b.value(4).text, u"2"_s);
        QCOMPARE(b.value(5).kind, Cell::Kind::DateTime);
        QCOMPARE(CellCoercion::toDateTime(b.value(5)).value, QDateTime(QDate(2026, 3, 7), QTime(12, 0)));
        // The same parts stored without compression, and as a zip64 archive, read the same.
        for (const bool zip64 : {false, true}) {
            QList<Part> parts = test::handMadeWorkbook();
            for (Part &p : parts)
                p.deflate = zip64; // stored entries, then deflated ones in a zip64 archive
            const QString other = path(zip64 ? u"hand64.xlsx"_s : u"handstored.xlsx"_s);
            writeFile(other, makeZip(parts, zip64));
            const RawSheet again = SheetReader::read(other, u"台账"_s);
            QCOMPARE(again.rows, sheet.rows);
            QCOMPARE(again.merged, sheet.merged);
        }
        // A sheet part in UTF-16 (allowed, written by no known program) goes through the general parser.
        QList<Part> utf16 = test::handMadeWorkbook();
        const QString notesXml = QString::fromUtf8(utf16[7].data).replace(u"UTF-8"_s, u"UTF-16"_s);
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        utf16[7].data = encoder.encode(notesXml);
        writeFile(path(u"utf16.xlsx"_s), makeZip(utf16, false));
        QCOMPARE(SheetReader::read(path(u"utf16.xlsx"_s)).rows.value(0).value(0).text,
                 u"身份证号码<18 位>按文本填写。"_s);
        // The 1904 date system.
        QList<Part> parts = test::handMadeWorkbook();
        parts[2].data.replace("date1904=\"false\"", "date1904=\"1\"");
        writeFile(path(u"mac.xlsx"_s), makeZip(parts, false));
        const RawSheet mac = SheetReader::read(path(u"mac.xlsx"_s), u"台账"_s);
        QVERIFY(mac.date1904);
        QCOMPARE(CellCoercion::toDate(mac.rows.at(1).value(2)).value, QDate(2026, 3, 5).addDays(1462));
    }

    // Streaming hands over the same rows as reading, and stops when asked.
    void streamingAndEarlyStop()
    {
        const QString file = path(u"hand.xlsx"_s);
        writeFile(file, makeZip(test::handMadeWorkbook(), false));
        QList<int> rows;
        SheetReader::stream(
            file,
            [&](int row, const CellRow &cells) {
                rows << row;
                if (row == 0)
                    return cells.value(4).kind == Cell::Kind::Empty;
                return row < 1;
            },
            u"台账"_s);
        QCOMPARE(rows, (QList<int>{0, 1}));
    }

    // LibreOffice's xlsx (shared strings, its own styles and date codes) of our workbook reads back.
    void libreOfficeXlsx()
    {
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        if (soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        const QString ours = writeOurs(u"for-lo.xlsx"_s);
        const QString outDir = path(u"lo"_s);
        QDir().mkpath(outDir);
        QProcess p;
        p.start(soffice, {u"-env:UserInstallation=file://"_s + path(u"lo-profile"_s), u"--headless"_s,
                          u"--convert-to"_s, u"xlsx:Calc MS Excel 2007 XML"_s, u"--outdir"_s, outDir, ours});
        QVERIFY(p.waitForFinished(120000));
        const QString converted = QDir(outDir).filePath(u"for-lo.xlsx"_s);
        QVERIFY2(QFile::exists(converted), p.readAllStandardError().constData());
        QFile f(converted);
        QVERIFY(f.open(QIODevice::ReadOnly));
        ZipArchive zip(&f);
        QVERIFY(zip.find(u"xl/sharedStrings.xml"_s)); // LibreOffice writes shared strings, not inline ones
        checkOurs(SheetReader::read(converted));
    }

    // libxlsxwriter in both modes: shared strings (normal) and inline strings (constant memory), rich
    // strings.
    void libxlsxwriterFiles()
    {
        checkOurs(SheetReader::read(writeOurs(u"ours.xlsx"_s))); // XlsxTableWriter: constant memory
        const QString file = path(u"shared.xlsx"_s);
        const QByteArray name = file.toUtf8();
        lxw_workbook *wb = workbook_new(name.constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "名册");
        lxw_format *bold = workbook_add_format(wb);
        format_set_bold(bold);
        lxw_format *date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy-mm-dd");
        worksheet_write_string(ws, 0, 0, "网格", nullptr);
        worksheet_write_string(ws, 1, 0, "网格", nullptr); // the same shared string twice
        lxw_rich_string_tuple first = {bold, const_cast<char *>("东门村")};
        lxw_rich_string_tuple second = {nullptr, const_cast<char *>("第一网格")};
        lxw_rich_string_tuple *rich[] = {&first, &second, nullptr};
        worksheet_write_rich_string(ws, 1, 1, rich, nullptr);
        worksheet_write_number(ws, 1, 2, 46086, date);
        worksheet_write_boolean(ws, 1, 3, 0, nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
        const RawSheet sheet = SheetReader::read(file);
        QCOMPARE(sheet.rows.at(1).value(0).text, u"网格"_s);
        QCOMPARE(sheet.rows.at(1).value(1).text, u"东门村第一网格"_s);
        QCOMPARE(CellCoercion::toDate(sheet.rows.at(1).value(2)).value, QDate(2026, 3, 5));
        QCOMPARE(sheet.rows.at(1).value(3), Cell::fromBool(false));
    }

    // Files that are not ours to read are refused in one sentence, never a crash.
    void refusals()
    {
        const QList<Part> good = partsOf(writeOurs(u"good.xlsx"_s));
        QVERIFY(!good.isEmpty());
        const QByteArray whole = makeZip(good, false);
        const auto refused = [&](const QString &name, const QByteArray &bytes) {
            writeFile(path(name), bytes);
            return readError(path(name));
        };
        // Cut short: the end records gone, or the central directory cut.
        QVERIFY(refused(u"cut1.xlsx"_s, whole.chopped(10)).contains(u"损坏"_s));
        QVERIFY(
            refused(u"cut2.xlsx"_s, whole.left(whole.lastIndexOf("PK\x01\x02", -1) + 20) + whole.right(22))
                .contains(u"损坏"_s));
        // A sheet entry whose bytes do not match their CRC.
        QList<Part> bad = good;
        for (Part &p : bad)
            if (p.name.startsWith(u"xl/worksheets/"_s))
                p.crcXor = 0x10;
        QVERIFY(refused(u"crc.xlsx"_s, makeZip(bad, false)).contains(u"损坏"_s));
        // A zip bomb: an entry that inflates far past the size it declares.
        QList<Part> bomb = good;
        for (Part &p : bomb) {
            if (p.name.startsWith(u"xl/worksheets/"_s)) {
                p.data.insert(p.data.indexOf("<sheetData>") + 11, QByteArray(64 << 20, ' '));
                p.declaredSize = 4096;
            }
        }
        const QString bombMessage = refused(u"bomb.xlsx"_s, makeZip(bomb, false));
        QVERIFY2(bombMessage.contains(u"声明的大小"_s), qPrintable(bombMessage));
        QVERIFY(bombMessage.contains(u"bomb.xlsx"_s));
        // One declaring an impossible ratio is refused before inflating.
        for (Part &p : bomb)
            if (p.name.startsWith(u"xl/worksheets/"_s))
                p.declaredSize = qint64(1) << 40;
        QVERIFY(refused(u"bomb2.xlsx"_s, makeZip(bomb, true)).contains(u"声明的大小"_s));
        // Password-protected zip entries, and an unknown compression method.
        QList<Part> locked = good;
        for (Part &p : locked)
            p.encrypted = true;
        QVERIFY(refused(u"zipcrypto.xlsx"_s, makeZip(locked, false)).contains(u"密码"_s));
        QByteArray lzma = whole;
        for (qsizetype at = 0; (at = lzma.indexOf("PK\x01\x02", at)) >= 0; at += 4)
            lzma[at + 10] = 14;
        QVERIFY(refused(u"lzma.xlsx"_s, lzma).contains(u"压缩方式"_s));
        // A zip without a workbook (a .docx renamed, a zip of photos).
        QVERIFY(refused(u"photos.xlsx"_s, makeZip({{u"a.jpg"_s, QByteArray(100, 'x')}}, false))
                    .contains(u"不是有效的"_s));
        // Garbage after the signature, and the encrypted OOXML container are refused as before.
        QVERIFY(refused(u"garbage.xlsx"_s, QByteArray("PK\x03\x04", 4) + QByteArray(5000, '\xff'))
                    .contains(u"损坏"_s));
    }

    // A large sheet streams in bounded memory: the resident size barely moves while 150,000 rows go by
    // (liborcus held the whole workbook: about 5 KB a row here). Nothing is asserted about speed.
    void largeSheetInBoundedMemory()
    {
        const QString file = path(u"large.xlsx"_s);
        const QByteArray name = file.toUtf8();
        const QByteArray tmp = m_dir.path().toUtf8();
        lxw_workbook_options options = {};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = const_cast<char *>(tmp.constData());
        lxw_workbook *wb = workbook_new_opt(name.constData(), &options);
        lxw_worksheet *ws = workbook_add_worksheet(wb, "台账");
        const int rows = 150000;
        for (int r = 0; r < rows; ++r) {
            const QByteArray text = u"第%1条：群众反映的问题，经调查核实后交有关部门处理"_s.arg(r).toUtf8();
            worksheet_write_string(ws, lxw_row_t(r), 0, text.constData(), nullptr);
            worksheet_write_number(ws, lxw_row_t(r), 1, r, nullptr);
            worksheet_write_string(ws, lxw_row_t(r), 2, "330681198001010011", nullptr);
            worksheet_write_string(ws, lxw_row_t(r), 3, "已结案", nullptr);
            worksheet_write_number(ws, lxw_row_t(r), 4, 46000 + r % 365, nullptr);
            worksheet_write_string(ws, lxw_row_t(r), 5, "东门村第一网格", nullptr);
        }
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
        const long before = rssKb();
        long peak = before;
        int count = 0;
        SheetReader::stream(file, [&](int row, const CellRow &cells) {
            if (cells.value(1).number != row)
                return false;
            if (++count % 5000 == 0)
                peak = std::max(peak, rssKb());
            return true;
        });
        QCOMPARE(count, rows);
        qInfo("resident memory %ld KB before, %ld KB at most while reading %d rows", before, peak, rows);
        QVERIFY2(peak - before < 40 * 1024, qPrintable(u"grew by %1 KB"_s.arg(peak - before)));
    }

    // The reader on bytes in memory, as the fuzz target drives it: nothing crashes on a damaged archive.
    void bytesInMemory()
    {
        QByteArray bytes = makeZip(test::handMadeWorkbook(), false);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        XlsxStreamReader reader(&buffer);
        QCOMPARE(reader.sheetNames().size(), 2);
        int rows = 0;
        reader.readRows(1, [&](int, CellRow &&) { return ++rows > 0; });
        QCOMPARE(rows, 5);
        // Every single-byte corruption of the central directory and end record is refused or read.
        const qsizetype cd = bytes.lastIndexOf("PK\x01\x02");
        for (qsizetype at = cd; at < bytes.size(); ++at) {
            QByteArray copy = bytes;
            copy[at] = char(copy.at(at) ^ 0x5A);
            QBuffer b(&copy);
            b.open(QIODevice::ReadOnly);
            try {
                XlsxStreamReader r(&b);
                for (int i = 0; i < r.sheetNames().size(); ++i) {
                    (void)r.mergedRanges(i);
                    r.readRows(i, [](int, CellRow &&) { return true; });
                }
            } catch (const ArchiveError &) {
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestXlsxStream)
#include "tst_xlsxstream.moc"
