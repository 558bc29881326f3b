// The base-data importers on real files (issue 11), both engines: an .xlsx made with libxlsxwriter the
// way a county's sheet looks — group titles merged over the columns and one merged down over both
// header lines, an ID typed as a number, dates as date cells, as bare serial numbers and as Chinese
// text in one column, a blank row — read through FileSource/SheetReader: the bad ID rejected with the
// row number the spreadsheet shows, the rest stored, a re-import changing nothing; and a GB18030 CSV.
#include "Error.h"
#include "FileSource.h"
#include "ImportKinds.h"
#include "ImportRunner.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "WorkerRepository.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestImportFiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0))};
    QTemporaryDir m_dir;

    ImportSummary run(const QString &kind, const QString &path, ImportMode mode,
                      ImportMapping *seen = nullptr)
    {
        auto importer = ImportKinds::create(kind, *m_db, m_clock, m_town.actor(m_town.admin));
        ImportRunner runner(*m_db, *importer);
        const FileSource source(path);
        const ImportMapping mapping = runner.detect(source);
        if (seen)
            *seen = mapping;
        ImportOptions options;
        options.mode = mode;
        return runner.run(source, mapping, options);
    }

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void init()
    {
        try {
            m_db = m_testDb->fresh();
            m_town = TestTown::create(*m_db);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup() { m_db.reset(); }

    void workersFromACountySheet()
    {
        const QString file = m_dir.filePath(u"workers.xlsx"_s);
        const QByteArray name = file.toUtf8();
        lxw_workbook *wb = workbook_new(name.constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "网格员");
        lxw_format *date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
        // Row 1: 人员信息 over A–C, 编号 merged down over rows 1–2 in D, 任职 over E–F.
        worksheet_merge_range(ws, 0, 0, 0, 2, "人员信息", nullptr);
        worksheet_merge_range(ws, 0, 3, 1, 3, "网格员编号", nullptr);
        worksheet_merge_range(ws, 0, 4, 0, 5, "任职", nullptr);
        worksheet_write_string(ws, 1, 0, "姓名", nullptr);
        worksheet_write_string(ws, 1, 1, "身份证号码", nullptr);
        worksheet_write_string(ws, 1, 2, "联系电话", nullptr);
        worksheet_write_string(ws, 1, 4, "所在网格代码", nullptr);
        worksheet_write_string(ws, 1, 5, "上岗日期", nullptr);
        // Row 3: a date cell; row 4: the ID as a number (lost digits); row 5: blank; row 6: a bare
        // serial number; row 7: a Chinese text date.
        worksheet_write_string(ws, 2, 0, "陈晓梅", nullptr);
        worksheet_write_string(ws, 2, 1, "330681199001011237", nullptr);
        worksheet_write_string(ws, 2, 2, "13900002222", nullptr);
        worksheet_write_string(ws, 2, 3, "QS0301", nullptr);
        worksheet_write_string(ws, 2, 4, "330681001001001", nullptr);
        worksheet_write_number(ws, 2, 5, 46027, date); // 2026-01-05
        worksheet_write_string(ws, 3, 0, "郑一", nullptr);
        worksheet_write_number(ws, 3, 1, 330681199001011237.0, nullptr);
        worksheet_write_string(ws, 3, 3, "QS0302", nullptr);
        worksheet_write_string(ws, 3, 4, "330681001001001", nullptr);
        worksheet_write_string(ws, 5, 0, "吴强", nullptr);
        worksheet_write_string(ws, 5, 3, "QS0303", nullptr);
        worksheet_write_string(ws, 5, 4, "330681001001002", nullptr);
        worksheet_write_number(ws, 5, 5, 46028, nullptr); // 2026-01-06 as a bare number
        worksheet_write_string(ws, 6, 0, "孔巡", nullptr);
        worksheet_write_string(ws, 6, 3, "QS0304", nullptr);
        worksheet_write_string(ws, 6, 4, "330681001001002", nullptr);
        worksheet_write_string(ws, 6, 5, "2026年1月7日", nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

        ImportMapping mapping;
        ImportSummary s = run(u"workers"_s, file, ImportMode::ValidOnly, &mapping);
        // The reader fills the merged 编号 down into row 2, which then names every column by itself.
        QCOMPARE(mapping.headerRow, 2);
        QCOMPARE(mapping.headerRows, 1);
        QCOMPARE(mapping.sheetColumn(u"code"_s), 3);
        QCOMPARE(mapping.sheetColumn(u"residentId"_s), 1);
        QCOMPARE(mapping.sheetColumn(u"inPost"_s), 5);
        QVERIFY(s.committed);
        QCOMPARE(s.rows, 4);
        QCOMPARE(s.inserted, 3);
        QCOMPARE(s.rejectedRows, 1);
        QCOMPARE(s.rejects.first().row, 4);
        QCOMPARE(s.rejects.first().column, u"身份证号"_s);
        QVERIFY(!s.rejects.first().value.contains(u"199001011"_s)); // masked
        WorkerRepository workers(*m_db);
        QCOMPARE(workers.openAssignment(workers.byCode(u"QS0301"_s)->id)->from, QDate(2026, 1, 5));
        QCOMPARE(workers.openAssignment(workers.byCode(u"QS0303"_s)->id)->from, QDate(2026, 1, 6));
        QCOMPARE(workers.openAssignment(workers.byCode(u"QS0304"_s)->id)->from, QDate(2026, 1, 7));
        QVERIFY(workers.byCode(u"QS0301"_s)->residentIdMasked.endsWith(u"1237"_s));
        QVERIFY(!workers.byCode(u"QS0302"_s));

        // Again, all-or-nothing: the bad row stops everything, and nothing changed anyway.
        s = run(u"workers"_s, file, ImportMode::AllOrNothing);
        QVERIFY(!s.committed);
        QCOMPARE(s.rejectedRows, 1);
        QCOMPARE(s.rejects.first().row, 4);
        QCOMPARE(Query(*m_db, u"SELECT COUNT(*) FROM workers WHERE code LIKE 'QS03%'"_s).scalar().toInt(), 3);
        s = run(u"workers"_s, file, ImportMode::ValidOnly);
        QCOMPARE(s.unchanged, 3);
        QCOMPARE(s.inserted + s.updated, 0);
    }

    void departmentsFromAGb18030Csv()
    {
        QStringEncoder gb("GB18030");
        QVERIFY(gb.isValid());
        const QString text = u"单位代码,部门名称,部门类型,联系电话\r\n"
                             "330681001,综合执法队,职能部门,0570-6221234\r\n"
                             "\r\n"
                             "330681001,人社窗口,进驻部门,无\r\n"_s;
        const QString file = m_dir.filePath(u"departments.csv"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(gb.encode(text));
        f.close();
        const ImportSummary s = run(u"departments"_s, file, ImportMode::AllOrNothing);
        QVERIFY(s.committed);
        QCOMPARE(s.rows, 2);
        QCOMPARE(s.inserted, 2);
        QCOMPARE(Query(*m_db, u"SELECT phone FROM departments WHERE name = ?"_s)
                     .bind(u"人社窗口"_s)
                     .scalar()
                     .toString(),
                 QString()); // 无 is empty
    }
};

QTEST_GUILESS_MAIN(TestImportFiles)
#include "tst_import_files.moc"
