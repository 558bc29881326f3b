#include "CellCoercion.h"
#include "CsvTableWriter.h"
#include "Error.h"
#include "SheetReader.h"
#include "Validators.h"
#include "XlsxTableWriter.h"

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

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString readError(const QString &path)
{
    try {
        SheetReader::read(path);
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

const QString idX = u"11010519491231002X"_s;
const QString legacyId = u"110105491231002"_s;
const QString landline = u"0571-87654321"_s;

// The table the writer tests export: every column type with the values that spreadsheets mangle.
QList<TableColumn> columns()
{
    return {{u"姓名"_s, ColumnType::Text},         {u"身份证号码"_s, ColumnType::Code},
            {u"联系电话"_s, ColumnType::Code},     {u"受理日期"_s, ColumnType::Date},
            {u"受理时间"_s, ColumnType::DateTime}, {u"户数"_s, ColumnType::Integer},
            {u"得分"_s, ColumnType::Decimal},      {u"满意率"_s, ColumnType::Percent}};
}

QList<QVariantList> rows()
{
    return {
        {u"张三"_s, idX, landline, QDate(2026, 3, 5), QDateTime(QDate(2026, 3, 5), QTime(8, 30)), 120, 95.5,
         0.875},
        {u"欧阳娜娜（东门村）"_s, legacyId, u"13812345678"_s, QDate(1999, 12, 31),
         QDateTime(QDate(2026, 1, 2), QTime(17, 5)), 0, 60.25, 1.0},
        {u"=SUM(A1)"_s, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant()}};
}

// The values a reader should give back for rows(), through coercion.
void compareRows(const QList<CellRow> &read, int firstDataRow)
{
    QVERIFY(read.size() >= firstDataRow + 3);
    const CellRow a = read.at(firstDataRow);
    QCOMPARE(a.value(0).text, u"张三"_s);
    QCOMPARE(CellCoercion::toResidentId(a.value(1), QDate(2026, 12, 6)).value, idX);
    QCOMPARE(CellCoercion::toPhone(a.value(2)).value, landline);
    QCOMPARE(CellCoercion::toDate(a.value(3)).value, QDate(2026, 3, 5));
    QCOMPARE(CellCoercion::toDateTime(a.value(4)).value, QDateTime(QDate(2026, 3, 5), QTime(8, 30)));
    QCOMPARE(CellCoercion::toInteger(a.value(5)).value, 120);
    QCOMPARE(CellCoercion::toDecimal(a.value(6)).value, 95.5);
    const CellRow b = read.at(firstDataRow + 1);
    QCOMPARE(b.value(0).text, u"欧阳娜娜（东门村）"_s);
    QCOMPARE(CellCoercion::toResidentId(b.value(1), QDate(2026, 12, 6)).value, legacyId);
    QCOMPARE(CellCoercion::toPhone(b.value(2)).value, u"13812345678"_s);
    QCOMPARE(CellCoercion::toDate(b.value(3)).value, QDate(1999, 12, 31));
    QCOMPARE(CellCoercion::toInteger(b.value(5)).value, 0);
    const CellRow c = read.at(firstDataRow + 2);
    QVERIFY(c.value(0).text.endsWith(u"=SUM(A1)"_s));
    QVERIFY(c.value(1).isEmpty());
}

} // namespace

// The sheet readers on files made in the test: our own xlsx, a hand-made xlsx with merged headers and
// a numeric ID cell, CSV in GB18030 and UTF-8 with and without BOM, files that are not spreadsheets;
// LibreOffice reads our xlsx and CSV back to the same values (issue 11).
class TestSheetReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writeOurXlsx(const QString &name)
    {
        XlsxTableWriter w(path(name));
        w.beginSheet(u"案件"_s, columns(), {u"案件清单"_s, u"筛选：受理日期 2026-03-01 至 2026-03-31"_s});
        for (const QVariantList &r : rows())
            w.addRow(r);
        w.addTextSheet(u"说明"_s, {{u"说明"_s}, {u"身份证号码按文本保存。"_s}});
        w.close();
        return path(name);
    }

    // soffice with a private profile; empty when LibreOffice is missing.
    QString convert(const QString &file, const QString &to, const QString &outDir,
                    const QStringList &extra = {})
    {
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        if (soffice.isEmpty())
            return {};
        QProcess p;
        QStringList args{u"-env:UserInstallation=file://"_s + m_dir.filePath(u"lo-profile"_s),
                         u"--headless"_s};
        args << extra << u"--convert-to"_s << to << u"--outdir"_s << outDir << file;
        p.start(soffice, args);
        if (!p.waitForFinished(120000))
            return {};
        const QString base = QFileInfo(file).completeBaseName();
        const QString ext = to.section(u':', 0, 0);
        const QString out = QDir(outDir).filePath(base + u'.' + ext);
        return QFile::exists(out) ? out : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void ourXlsxReadsBack()
    {
        const QString file = writeOurXlsx(u"ours.xlsx"_s);
        QCOMPARE(SheetReader::detect(file), SheetReader::Format::Xlsx);
        QCOMPARE(SheetReader::sheetNames(file), (QStringList{u"案件"_s, u"说明"_s}));
        const RawSheet sheet = SheetReader::read(file);
        QCOMPARE(sheet.name, u"案件"_s);
        QCOMPARE(sheet.rows.at(0).value(0).text, u"案件清单"_s);
        QVERIFY(sheet.rows.at(2).isEmpty()); // the blank line under the filter is kept
        QCOMPARE(sheet.rows.at(3).value(1).text, u"身份证号码"_s);
        const CellRow first = sheet.rows.at(4);
        QCOMPARE(first.value(1).kind, Cell::Kind::Text);     // the ID is a text cell
        QCOMPARE(first.value(3).kind, Cell::Kind::DateTime); // the date is a real date
        QCOMPARE(first.value(3).text, u"2026-03-05"_s);
        QCOMPARE(first.value(4).text, u"2026-03-05 08:30:00"_s);
        QCOMPARE(first.value(5).kind, Cell::Kind::Number);
        QVERIFY(!first.value(3).date1904);
        compareRows(sheet.rows, 4);
        const RawSheet notes = SheetReader::read(file, u"说明"_s);
        QCOMPARE(notes.rows.value(1).value(0).text, u"身份证号码按文本保存。"_s);
    }

    void streamingHandsOverRows()
    {
        const QString file = path(u"stream.xlsx"_s);
        {
            XlsxTableWriter w(file);
            w.beginSheet(u"数据"_s, {{u"序号"_s, ColumnType::Integer}, {u"名称"_s, ColumnType::Text}});
            for (int i = 1; i <= 5000; ++i)
                w.addRow({i, u"网格%1"_s.arg(i)});
            w.close();
        }
        int count = 0;
        int last = -1;
        const RawSheet sheet = SheetReader::stream(file, [&](int row, const CellRow &cells) {
            ++count;
            last = row;
            if (row == 5000)
                return cells.value(1).text == u"网格5000"_s;
            return true;
        });
        QVERIFY(sheet.rows.isEmpty());
        QCOMPARE(count, 5001);
        QCOMPARE(last, 5000);
        int seen = 0;
        SheetReader::stream(file, [&](int, const CellRow &) { return ++seen < 10; });
        QCOMPARE(seen, 10); // stopping early (cancel)
    }

    // A county's sheet: a merged group title over two header cells, the ID typed as a number, a blank
    // row, a built-in date format.
    void mergedHeadersAndNumericId()
    {
        const QString file = path(u"county.xlsx"_s);
        const QByteArray name = file.toUtf8();
        lxw_workbook *wb = workbook_new(name.constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "Sheet1");
        lxw_format *builtinDate = workbook_add_format(wb);
        format_set_num_format_index(builtinDate, 14);
        lxw_format *cnDate = workbook_add_format(wb);
        format_set_num_format(cnDate, "yyyy\"年\"m\"月\"d\"日\"");
        worksheet_merge_range(ws, 0, 0, 0, 1, "反映人", nullptr);
        worksheet_merge_range(ws, 0, 2, 1, 2, "受理日期", nullptr);
        worksheet_write_string(ws, 1, 0, "姓名", nullptr);
        worksheet_write_string(ws, 1, 1, "身份证号码", nullptr);
        worksheet_write_string(ws, 2, 0, "张三", nullptr);
        worksheet_write_number(ws, 2, 1, 330102199001011234.0, nullptr);
        worksheet_write_number(ws, 2, 2, 46086, builtinDate);
        worksheet_write_string(ws, 4, 0, "李四", nullptr);
        worksheet_write_number(ws, 4, 1, 110105491231002.0, nullptr);
        worksheet_write_number(ws, 4, 2, 46087, cnDate);
        worksheet_write_formula_num(ws, 5, 0, "=1+1", nullptr, 2);
        worksheet_write_formula_str(ws, 5, 1, "=\"a\"&\"b\"", nullptr, "ab");
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

        const RawSheet sheet = SheetReader::read(file);
        QCOMPARE(sheet.rows.size(), 6);
        QVERIFY(sheet.merged.contains(CellRange{0, 0, 0, 1}));
        QVERIFY(sheet.merged.contains(CellRange{0, 2, 1, 2}));
        QCOMPARE(sheet.rows.at(0).value(0).text, u"反映人"_s);
        QCOMPARE(sheet.rows.at(0).value(1).text, u"反映人"_s);   // filled across the merge
        QCOMPARE(sheet.rows.at(1).value(2).text, u"受理日期"_s); // and down
        QCOMPARE(sheet.rows.at(1).value(1).text, u"身份证号码"_s);
        const Cell id = sheet.rows.at(2).value(1);
        QCOMPARE(id.kind, Cell::Kind::Number);
        const auto refused = CellCoercion::toResidentId(id);
        QVERIFY(refused.invalid());
        QVERIFY2(refused.reason.contains(u"15 位有效数字"_s), qPrintable(refused.reason));
        QCOMPARE(sheet.rows.at(2).value(2).kind, Cell::Kind::DateTime);
        QCOMPARE(CellCoercion::toDate(sheet.rows.at(2).value(2)).value, QDate(2026, 3, 5));
        QVERIFY(sheet.rows.at(3).isEmpty()); // the blank row is kept: row numbers stay right
        QCOMPARE(CellCoercion::toResidentId(sheet.rows.at(4).value(1)).value, legacyId);
        QCOMPARE(sheet.rows.at(4).value(2).kind, Cell::Kind::DateTime);
        QCOMPARE(CellCoercion::toDate(sheet.rows.at(4).value(2)).value, QDate(2026, 3, 6));
        QCOMPARE(sheet.rows.at(5).value(0).text, u"2"_s);
        QCOMPARE(sheet.rows.at(5).value(1).text, u"ab"_s);
    }

    void csvEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QChar>("delimiter");
        const QString table = u"姓名,身份证号码,住址\r\n张三,11010519491231002X,\"东门村, 3 组\"\r\n\r\n"
                              u"李四,\"0571\"\"8765\",\"第一行\n第二行\"\r\n"_s;
        QStringEncoder gb("GB18030");
        QVERIFY(gb.isValid());
        QTest::newRow("GB18030") << QByteArray(gb.encode(table)) << u"GB18030"_s << QChar(u',');
        QTest::newRow("UTF-8") << table.toUtf8() << u"UTF-8"_s << QChar(u',');
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF" + table.toUtf8()) << u"UTF-8 BOM"_s
                                   << QChar(u',');
        QString tabs = table;
        tabs.replace(u"\",\""_s, u"\"\t\""_s);
        tabs =
            u"姓名\t身份证号码\t住址\n张三\t11010519491231002X\t\"东门村, 3 组\"\n\n李四\t\"0571\"\"8765\"\t\"第一行\n第二行\"\n"_s;
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("UTF-16 tabs (Excel unicode text)")
            << QByteArray(utf16.encode(tabs)) << u"UTF-16"_s << QChar(u'\t');
        QString semis = tabs;
        semis.replace(u'\t', u';');
        QTest::newRow("semicolons, no final newline")
            << semis.chopped(1).toUtf8() << u"UTF-8"_s << QChar(u';');
    }
    void csvEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QChar, delimiter);
        const QString file = path(u"in.csv"_s);
        writeFile(file, bytes);
        QCOMPARE(SheetReader::detect(file), SheetReader::Format::Csv);
        const RawSheet sheet = SheetReader::read(file);
        QCOMPARE(sheet.encoding, encoding);
        QCOMPARE(sheet.delimiter, delimiter);
        QCOMPARE(sheet.rows.size(), 4);
        QCOMPARE(sheet.rows.at(0).value(0).text, u"姓名"_s);
        QCOMPARE(sheet.rows.at(1).value(1).text, idX);
        QCOMPARE(sheet.rows.at(1).value(2).text, u"东门村, 3 组"_s);
        QVERIFY(sheet.rows.at(2).isEmpty());
        QCOMPARE(sheet.rows.at(3).value(1).text, u"0571\"8765"_s);
        QCOMPARE(sheet.rows.at(3).value(2).text, u"第一行\n第二行"_s);
    }

    void notSpreadsheets()
    {
        writeFile(path(u"photo.xlsx"_s), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        QVERIFY2(readError(path(u"photo.xlsx"_s)).contains(u"不是"_s),
                 qPrintable(readError(path(u"photo.xlsx"_s))));
        writeFile(path(u"notes.docx"_s), "plain words");
        QVERIFY(readError(path(u"notes.docx"_s)).contains(u"不是"_s));
        QByteArray cfb("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        cfb.append(512, '\0');
        writeFile(path(u"old.xls"_s), cfb);
        QVERIFY(readError(path(u"old.xls"_s)).contains(u".xls"_s));
        const QString stream = u"EncryptionInfo"_s;
        writeFile(path(u"locked.xlsx"_s),
                  cfb + QByteArray(reinterpret_cast<const char *>(stream.utf16()), stream.size() * 2));
        QVERIFY(readError(path(u"locked.xlsx"_s)).contains(u"密码"_s));
        // A damaged workbook: our own file cut in half.
        QFile ours(writeOurXlsx(u"whole.xlsx"_s));
        QVERIFY(ours.open(QIODevice::ReadOnly));
        writeFile(path(u"cut.xlsx"_s), ours.readAll().left(int(ours.size() / 2)));
        QVERIFY2(readError(path(u"cut.xlsx"_s)).contains(u"损坏"_s),
                 qPrintable(readError(path(u"cut.xlsx"_s))));
        writeFile(path(u"zip.xlsx"_s), QByteArray("PK\x03\x04", 4) + QByteArray(300, 'x'));
        QVERIFY(readError(path(u"zip.xlsx"_s)).contains(u"损坏"_s));
        QVERIFY(readError(path(u"missing.xlsx"_s)).contains(u"不存在"_s));
        QVERIFY(readError(writeOurXlsx(u"named.xlsx"_s)).isEmpty());
        try {
            SheetReader::read(path(u"named.xlsx"_s), u"没有这张表"_s);
            QFAIL("a missing sheet must be refused");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(u"案件"_s)); // names the sheets there are
        }
    }

    void csvWriterFields()
    {
        QCOMPARE(CsvTableWriter::field(idX, ColumnType::Code), u"\"=\"\"11010519491231002X\"\"\""_s);
        QCOMPARE(CsvTableWriter::field(u"=1+1"_s, ColumnType::Text), u"'=1+1"_s);
        QCOMPARE(CsvTableWriter::field(u"a,b"_s, ColumnType::Text), u"\"a,b\""_s);
        QCOMPARE(CsvTableWriter::field(QDate(2026, 3, 5), ColumnType::Date), u"2026-03-05"_s);
        QCOMPARE(CsvTableWriter::field(0.875, ColumnType::Percent), u"87.5%"_s);
        QCOMPARE(XlsxTableWriter::displayWidth(u"网格a1"), 6.0);
        QCOMPARE(XlsxTableWriter::safeSheetName(u"2026/03:案件[一]"_s), u"2026_03_案件_一_"_s);
    }

    // Our CSV read by our reader gives the same cells (the ="..." codes unwrap in coercion).
    void csvRoundTrip()
    {
        const QString file = path(u"ours.csv"_s);
        CsvTableWriter w(file);
        w.writeLines({u"案件清单"_s, u"筛选：全部"_s});
        w.setColumns(columns());
        for (const QVariantList &r : rows())
            w.addRow(r);
        w.close();
        const RawSheet sheet = SheetReader::read(file);
        QCOMPARE(sheet.encoding, u"UTF-8 BOM"_s);
        QCOMPARE(sheet.rows.at(3).value(1).text, u"身份证号码"_s);
        compareRows(sheet.rows, 4);
    }

    // LibreOffice reads our xlsx and our CSV back to the same values.
    void libreOfficeReadsOurFiles()
    {
        if (QStandardPaths::findExecutable(u"soffice"_s).isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        const QString xlsx = writeOurXlsx(u"lo.xlsx"_s);
        const QString outDir = path(u"lo-out"_s);
        QDir().mkpath(outDir);
        const QString csv = convert(xlsx, u"csv:Text - txt - csv (StarCalc):44,34,76,1"_s, outDir);
        QVERIFY2(!csv.isEmpty(), "soffice did not convert the xlsx to csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains(idX.toUtf8()));
        QVERIFY(bytes.contains(legacyId.toUtf8()));
        QVERIFY(bytes.contains(landline.toUtf8()));
        QVERIFY(bytes.contains(u"2026年3月5日"_s.toUtf8())); // the Chinese date format
        QVERIFY(!bytes.contains("E+17"));
        const RawSheet back = SheetReader::parseCsv(bytes);
        QCOMPARE(back.rows.at(0).value(0).text, u"案件清单"_s);
        compareRows(back.rows, 4);

        // LibreOffice's own .ods of our workbook reads back through liborcus too.
        const QString ods = convert(xlsx, u"ods"_s, outDir);
        QVERIFY(!ods.isEmpty());
        QCOMPARE(SheetReader::detect(ods), SheetReader::Format::Ods);
        compareRows(SheetReader::read(ods).rows, 4);

        // Our CSV opened by LibreOffice keeps IDs and phones as the same text.
        const QString ourCsv = path(u"lo-in.csv"_s);
        {
            CsvTableWriter w(ourCsv);
            w.setColumns(columns());
            for (const QVariantList &r : rows())
                w.addRow(r);
            w.close();
        }
        const QString viaLo = convert(ourCsv, u"xlsx"_s, outDir, {u"--infilter=CSV:44,34,76,1"_s});
        QVERIFY(!viaLo.isEmpty());
        const RawSheet csvBack = SheetReader::read(viaLo);
        QCOMPARE(csvBack.rows.at(1).value(1).kind, Cell::Kind::Text);
        QCOMPARE(csvBack.rows.at(1).value(1).text, idX);
        QCOMPARE(csvBack.rows.at(1).value(2).text, landline);
        QCOMPARE(csvBack.rows.at(2).value(1).text, legacyId);
        QCOMPARE(csvBack.rows.at(2).value(2).text, u"13812345678"_s);
    }
};

QTEST_GUILESS_MAIN(TestSheetReader)
#include "tst_sheetreader.moc"
