// The import framework (issue 11) on the base-data kinds: each kind imports, a re-import changes
// nothing, a changed row updates, a bad row is rejected with its spreadsheet row number in both
// modes, all-or-nothing stores nothing on one bad row, cancel and dry run store nothing, headers found
// by alias and below a merged group title; on PostgreSQL a township account cannot import into
// another township (row-level security), checked with raw SQL too.
#include "AccountService.h"
#include "AuthService.h"
#include "DepartmentService.h"
#include "Error.h"
#include "ImportKinds.h"
#include "ImportProfileRepository.h"
#include "ImportRunner.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "WorkerActivityRepository.h"
#include "WorkerRepository.h"

#include <QFile>
#include <QTemporaryDir>
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

    QStringList m_roles;

    Actor countyAdmin() const { return m_town.actor(m_town.admin); }
    Actor townshipAdmin() const
    {
        Actor a = m_town.actor(m_town.admin);
        a.orgUnitId = m_town.township1.id;
        return a;
    }

    // A township admin's own login (PostgreSQL: a login role under row-level security).
    Session townshipLogin(const OrgUnit &township, const QString &base)
    {
        User u;
        u.login = u"imp%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
        u.displayName = township.name + u"管理员"_s;
        u.roles = Role::Admin;
        u.orgUnitId = township.id;
        m_roles << u.login;
        const QString password = u"Qingshi#2026"_s;
        AccountService(*m_db, m_clock, countyAdmin()).create(u, password);
        return AuthService(m_clock).login(m_testDb->currentUrl(), u.login, password);
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

    void cleanup()
    {
        if (m_testDb->isPostgres() && m_db) {
            for (const QString &role : std::as_const(m_roles))
                Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(role));
        }
        m_roles.clear();
        m_db.reset();
    }

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

    void orgUnitsAddedBelowTheirParentsInFileOrder()
    {
        const QList<QStringList> rows{
            {u"单位代码"_s, u"单位名称"_s, u"层级"_s, u"上级单位代码"_s},
            {u"330681001"_s, u"青石镇"_s, u"乡镇"_s, u""_s},                            // unchanged
            {u"330681001L001"_s, u"青石工业园社区"_s, u"社区"_s, u"330681001"_s},       // new village
            {u"330681001L001001"_s, u"工业园第1网格"_s, u"网格"_s, u"330681001L001"_s}, // below it
            {u"330681001001"_s, u"上溪村(新)"_s, u""_s, u""_s},                         // renamed
        };
        ImportSummary s = runKind(u"org-units"_s, rows);
        QVERIFY2(s.committed, qPrintable(describe(s)));
        QCOMPARE(s.inserted, 2);
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.unchanged, 1);
        const auto grid = OrgUnitRepository(*m_db).byCode(u"330681001L001001"_s);
        QVERIFY(grid);
        QCOMPARE(grid->level, OrgLevel::Grid);
        QVERIFY(OrgUnitRepository(*m_db).grid(grid->id)); // its grids row came with it
        QCOMPARE(OrgUnitRepository(*m_db).get(m_town.village1.id)->name, u"上溪村(新)"_s);

        s = runKind(u"org-units"_s, rows);
        QCOMPARE(s.unchanged, 4);
        QCOMPARE(s.inserted + s.updated, 0);

        // A unit cannot move by import, and a grid cannot sit below a township.
        ImportOptions valid;
        valid.mode = ImportMode::ValidOnly;
        s = runKind(u"org-units"_s,
                    {{u"单位代码"_s, u"单位名称"_s, u"层级"_s, u"上级单位代码"_s},
                     {u"330681001002"_s, u"东湖社区"_s, u""_s, u"330681002"_s},
                     {u"330681001L009"_s, u"错层网格"_s, u"网格"_s, u"330681001"_s}},
                    valid);
        QCOMPARE(s.rejectedRows, 2);
        QCOMPARE(s.rejects.at(0).row, 2);
        QCOMPARE(s.rejects.at(1).row, 3);
    }

    void gridsWithTypeHouseholdsAndBoundaryFile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"g1.geojson"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"type":"Polygon","coordinates":[[[120.1,30.1],[120.2,30.1],[120.2,30.2],[120.1,30.1]]]})");
        f.close();
        QList<SourceRow> rows;
        const auto row = [](int n, const QStringList &texts) {
            SourceRow r;
            r.number = n;
            for (const QString &t : texts)
                r.cells << Cell::fromText(t);
            return r;
        };
        rows << row(1, {u"网格编码"_s, u"网格名称"_s, u"所属村(社区)代码"_s, u"网格类型"_s, u"户数"_s,
                        u"边界文件"_s});
        rows << row(2, {u"330681001001001"_s, u""_s, u""_s, u"街巷型"_s, u"280"_s, u"g1.geojson"_s});
        rows << row(
            3, {u"330681001001009"_s, u"上溪村第9网格"_s, u"330681001001"_s, u"农村型"_s, u"150"_s, u""_s});
        SourceRow numeric = row(4, {u""_s, u"上溪村第8网格"_s, u"330681001001"_s, u"农村型"_s, u""_s, u""_s});
        numeric.cells[0] =
            Cell::fromNumber(330681001001008.0); // a code Excel made a number: exact below 1e15
        rows << numeric;
        const MemorySource source(rows, dir.path());
        auto importer = ImportKinds::create(u"grids"_s, *m_db, m_clock, countyAdmin());
        ImportRunner runner(*m_db, *importer);
        const ImportMapping mapping = runner.detect(source);
        ImportSummary s = runner.run(source, mapping, {});
        QVERIFY2(s.committed, qPrintable(describe(s)));
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.inserted, 2);
        const auto g1 = OrgUnitRepository(*m_db).grid(m_town.grid1.id);
        QCOMPARE(g1->type, GridType::Street);
        QCOMPARE(g1->households, 280);
        QVERIFY(g1->boundaryGeoJson.contains(u"Polygon"_s));
        QVERIFY(OrgUnitRepository(*m_db).byCode(u"330681001001008"_s));
        s = runner.run(source, mapping, {});
        QCOMPARE(s.unchanged, 3);

        // A boundary that is no polygon is refused with its row.
        const MemorySource bad =
            MemorySource::fromTexts({{u"网格代码"_s, u"边界"_s},
                                     {u"330681001001002"_s, uR"({"type":"Point","coordinates":[1,2]})"_s}});
        s = runner.run(bad, runner.detect(bad), {});
        QCOMPARE(s.rejectedRows, 1);
        QCOMPARE(s.rejects.first().row, 2);
        QCOMPARE(s.rejects.first().column, u"边界"_s);
    }

    void categoriesTwoLevelsWithLimits()
    {
        const QList<QStringList> rows{
            {u"分类代码"_s, u"分类名称"_s, u"一级分类代码"_s, u"办理时限(天)"_s, u"时限计法"_s,
             u"默认紧急程度"_s},
            {u"04"_s, u"安全隐患"_s, u""_s, u"10"_s, u"工作日"_s, u"紧急"_s},
            {u"0401"_s, u"消防隐患"_s, u"04"_s, u"3"_s, u"自然日"_s, u"紧急"_s},
            {u"0101"_s, u"邻里纠纷"_s, u"01"_s, u"7"_s, u""_s, u""_s}, // was 10 days
        };
        ImportSummary s = runKind(u"categories"_s, rows);
        QVERIFY2(s.committed, qPrintable(describe(s)));
        QCOMPARE(s.inserted, 2);
        QCOMPARE(s.updated, 1);
        const auto fire = CategoryRepository(*m_db).byCode(u"0401"_s);
        QVERIFY(fire);
        QCOMPARE(fire->timeLimitDays, 3);
        QVERIFY(!fire->workingDays);
        QCOMPARE(fire->defaultUrgency, Urgency::Urgent);
        QCOMPARE(CategoryRepository(*m_db).byCode(u"0101"_s)->timeLimitDays, 7);
        s = runKind(u"categories"_s, rows);
        QCOMPARE(s.unchanged, 3);

        // A third level and a township admin are refused.
        ImportOptions valid;
        valid.mode = ImportMode::ValidOnly;
        s = runKind(u"categories"_s,
                    {{u"分类代码"_s, u"分类名称"_s, u"上级分类代码"_s}, {u"040101"_s, u"三级"_s, u"0401"_s}},
                    valid);
        QCOMPARE(s.rejectedRows, 1);
        const Actor township = townshipAdmin();
        s = runKind(u"categories"_s, {{u"分类代码"_s, u"分类名称"_s}, {u"09"_s, u"其他"_s}}, valid,
                    &township);
        QCOMPARE(s.rejectedRows, 1);
        QVERIFY(!CategoryRepository(*m_db).byCode(u"09"_s));
    }

    void workersWithGridsAndTheirIdNumbers()
    {
        const QList<QStringList> sheet{
            {u"网格员编号"_s, u"姓名"_s, u"用工方式"_s, u"手机号码"_s, u"身份证号"_s, u"上岗日期"_s,
             u"网格代码"_s, u"网格长"_s},
            {u"QS0101"_s, u"陈晓梅"_s, u"专职"_s, u"13900002222"_s, u"330681199001011237"_s, u"2026-01-05"_s,
             u"330681001001002"_s, u"是"_s},
            {u"QS0102"_s, u"吴强"_s, u"兼职"_s, u""_s, u""_s, u"2026-01-10"_s, u"330681001001001"_s, u"否"_s},
        };
        ImportSummary s = runKind(u"workers"_s, sheet);
        QVERIFY2(s.committed, qPrintable(describe(s)));
        QCOMPARE(s.inserted, 2);
        const auto chen = WorkerRepository(*m_db).byCode(u"QS0101"_s);
        QVERIFY(chen);
        QCOMPARE(chen->orgUnitId, m_town.grid2.id);
        QVERIFY(chen->isGridHead);
        QCOMPARE(chen->employment, Employment::FullTime);
        QCOMPARE(WorkerRepository(*m_db).openAssignment(chen->id)->from, QDate(2026, 1, 5));
        s = runKind(u"workers"_s, sheet);
        QCOMPARE(s.unchanged, 2);

        // Moved to another grid: the old span ends, the new one starts on the import day.
        QList<QStringList> moved = sheet;
        moved[2][6] = u"330681001001002"_s;
        s = runKind(u"workers"_s, moved);
        QCOMPARE(s.updated, 1);
        const auto wu = WorkerRepository(*m_db).byCode(u"QS0102"_s);
        QCOMPARE(wu->orgUnitId, m_town.grid2.id);
        QCOMPARE(WorkerRepository(*m_db).assignments(wu->id).size(), 2);

        // An ID number Excel stored as a number lost its last digits: refused, masked in the report.
        QList<SourceRow> numeric;
        numeric << SourceRow{1,
                             {Cell::fromText(u"网格员编号"_s), Cell::fromText(u"姓名"_s),
                              Cell::fromText(u"身份证号"_s), Cell::fromText(u"网格代码"_s)}};
        numeric << SourceRow{2,
                             {Cell::fromText(u"QS0103"_s), Cell::fromText(u"郑一"_s),
                              Cell::fromNumber(330681199001011237.0), Cell::fromText(u"330681001001001"_s)}};
        auto importer = ImportKinds::create(u"workers"_s, *m_db, m_clock, countyAdmin());
        ImportRunner runner(*m_db, *importer);
        const MemorySource source(numeric);
        s = runner.run(source, runner.detect(source), {});
        QCOMPARE(s.rejectedRows, 1);
        QCOMPARE(s.rejects.first().row, 2);
        QCOMPARE(s.rejects.first().column, u"身份证号"_s);
        QVERIFY(!s.rejects.first().value.contains(u"19900101"_s));
        QVERIFY(!WorkerRepository(*m_db).byCode(u"QS0103"_s));
    }

    void workerActivitiesOfTheMonth()
    {
        QVERIFY(runKind(u"workers"_s, {{u"网格员编号"_s, u"姓名"_s, u"上岗日期"_s, u"网格代码"_s},
                                       {u"QS0201"_s, u"孔巡"_s, u"2026-01-01"_s, u"330681001001002"_s}})
                    .committed);
        const QList<QStringList> sheet{
            {u"网格员编号"_s, u"日期"_s, u"类型"_s, u"走访户"_s, u"数量"_s, u"夜间"_s},
            {u"QS0201"_s, u"2026-02-03"_s, u"走访"_s, u"上溪村12号"_s, u""_s, u""_s},
            {u"QS0201"_s, u"2026-02-03"_s, u"走访"_s, u"上溪村14号"_s, u""_s, u""_s},
            {u"QS0201"_s, u"2026-02-04"_s, u"巡查"_s, u""_s, u"2.5"_s, u"是"_s},
            {u"QS0201"_s, u"2026-02-05"_s, u"会议"_s, u""_s, u""_s, u""_s},
        };
        const Actor admin = townshipAdmin();
        ImportSummary s = runKind(u"worker-activities"_s, sheet, {}, &admin);
        QVERIFY2(s.committed, qPrintable(describe(s)));
        QCOMPARE(s.inserted, 4);
        const qint64 worker = WorkerRepository(*m_db).byCode(u"QS0201"_s)->id;
        const auto month =
            WorkerActivityRepository(*m_db).list(m_town.township1.id, ScorePeriod{2026, 2}, worker);
        QCOMPARE(month.size(), 4);
        QVERIFY(month.at(0).imported);
        s = runKind(u"worker-activities"_s, sheet, {}, &admin);
        QCOMPARE(s.unchanged, 4);
        QList<QStringList> changed = sheet;
        changed[3][4] = u"3"_s;
        s = runKind(u"worker-activities"_s, changed, {}, &admin);
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.unchanged, 3);

        // An unknown worker and a patrol over 24 hours are refused with their rows.
        ImportOptions valid;
        valid.mode = ImportMode::ValidOnly;
        s = runKind(u"worker-activities"_s,
                    {sheet.first(),
                     {u"QS9999"_s, u"2026-02-03"_s, u"走访"_s, u""_s, u"3"_s, u""_s},
                     {u"QS0201"_s, u"2026-02-06"_s, u"巡查"_s, u""_s, u"30"_s, u""_s}},
                    valid, &admin);
        QCOMPARE(s.rejectedRows, 2);
        QCOMPARE(s.rejects.at(0).row, 2);
        QCOMPARE(s.rejects.at(1).row, 3);
    }

    void townshipAccountCannotImportIntoAnotherTownship()
    {
        if (!m_testDb->isPostgres())
            QSKIP("row-level security: PostgreSQL only (SQLite: the services' scope checks above)");
        Session session = townshipLogin(m_town.township1, u"admin"_s);

        auto importer = ImportKinds::create(u"departments"_s, *session.db, m_clock, session.actor());
        ImportRunner runner(*session.db, *importer);
        const MemorySource source = MemorySource::fromTexts(departmentSheet());
        ImportOptions valid;
        valid.mode = ImportMode::ValidOnly;
        const ImportSummary s = runner.run(source, runner.detect(source), valid);
        QVERIFY2(s.committed, qPrintable(describe(s)));
        QCOMPARE(s.inserted, 2);
        QCOMPARE(s.rejectedRows, 1);
        QCOMPARE(s.rejects.first().row, 4);
        // The server says the same to raw SQL from that account.
        EXPECT_ERROR(
            Query(*session.db, u"INSERT INTO departments (org_unit_id, name) VALUES (?, '城管中队')"_s)
                .bind(m_town.township2.id)
                .exec(),
            Error::Kind::Forbidden);
        QCOMPARE(count(u"SELECT COUNT(*) FROM departments WHERE name = '城管中队'"_s), 0);
        // The county's category tree is not a township's to change (the policy hides every row from
        // the update).
        try {
            Query::run(*session.db, u"UPDATE categories SET time_limit_days = 1"_s);
        } catch (const Error &) {
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM categories WHERE time_limit_days = 1"_s), 0);
    }

    void mappingProfileSavedByTheCountyUsedByTheTownship()
    {
        // The county's sheet names its columns in its own words: nothing maps by itself.
        const QList<QStringList> countySheet{
            {u"机构编码"_s, u"科室"_s, u"座机"_s},
            {u"330681001"_s, u"综治办"_s, u"0570-6220002"_s},
        };
        auto importer = ImportKinds::create(u"departments"_s, *m_db, m_clock, countyAdmin());
        ImportRunner runner(*m_db, *importer);
        MemorySource source = MemorySource::fromTexts(countySheet);
        ImportMapping mapping = runner.detect(source);
        QCOMPARE(runner.missingRequired(mapping).size(), 2);
        mapping.headerRow = 1;
        mapping.sheetHeaders = countySheet.first();
        mapping.columns = {{u"unit"_s, 0}, {u"name"_s, 1}, {u"phone"_s, 2}};
        ImportProfile profile;
        profile.kind = u"departments"_s;
        profile.name = u"县综治中心部门表"_s;
        profile.columns = mapping.byHeader();
        ImportProfileRepository(*m_db, m_clock, countyAdmin()).save(profile);
        QVERIFY(profile.id > 0);

        // The township finds the county's profile and maps next month's file of that source with it
        // (the columns in another order, a title line above).
        const Actor township = townshipAdmin();
        ImportProfileRepository townshipProfiles(*m_db, m_clock, township);
        const auto found = townshipProfiles.find(u"departments"_s, u"县综治中心部门表"_s);
        QVERIFY(found);
        QCOMPARE(found->orgUnitId, m_town.county.id);
        const MemorySource next = MemorySource::fromTexts({
            {u"部门通讯录"_s},
            {u"座机"_s, u"机构编码"_s, u"科室"_s},
            {u"0570-6220003"_s, u"330681001"_s, u"便民服务中心"_s},
        });
        auto townshipImporter = ImportKinds::create(u"departments"_s, *m_db, m_clock, township);
        ImportRunner townshipRunner(*m_db, *townshipImporter);
        const ImportMapping mapped = townshipRunner.mappingAt(next, 2, 1, found->columns);
        QCOMPARE(mapped.sheetColumn(u"unit"_s), 1);
        QCOMPARE(mapped.sheetColumn(u"name"_s), 2);
        QCOMPARE(mapped.sheetColumn(u"phone"_s), 0);
        const ImportSummary s = townshipRunner.run(next, mapped, {});
        QVERIFY2(s.committed, qPrintable(describe(s)));
        QCOMPARE(s.inserted, 1);

        // The township's own profile of the same name comes first for it; the other township sees
        // only the county's; nobody deletes another unit's profile.
        ImportProfile own = *found;
        own.id = 0;
        own.columns.insert(u"phone"_s, QString());
        townshipProfiles.save(own);
        QCOMPARE(own.orgUnitId, m_town.township1.id);
        QCOMPARE(townshipProfiles.list(u"departments"_s).size(), 2);
        QCOMPARE(townshipProfiles.find(u"departments"_s, u"县综治中心部门表"_s)->orgUnitId,
                 m_town.township1.id);
        Actor other = township;
        other.orgUnitId = m_town.township2.id;
        QCOMPARE(ImportProfileRepository(*m_db, m_clock, other).list(u"departments"_s).size(), 1);
        EXPECT_ERROR(townshipProfiles.remove(profile), Error::Kind::Forbidden);

        if (m_testDb->isPostgres()) {
            // The same rule against raw SQL from the other township's login role.
            Session south = townshipLogin(m_town.township2, u"south"_s);
            QCOMPARE(Query(*south.db, u"SELECT COUNT(*) FROM import_profiles"_s).scalar().toLongLong(), 1);
            EXPECT_ERROR(Query(*south.db, u"INSERT INTO import_profiles (org_unit_id, kind, name, mapping, "
                                          "updated_at) VALUES (?, 'departments', 'x', '{}', 0)"_s)
                             .bind(m_town.township1.id)
                             .exec(),
                         Error::Kind::Forbidden);
            Query::run(*south.db, u"DELETE FROM import_profiles"_s); // sees nothing it may delete
            QCOMPARE(count(u"SELECT COUNT(*) FROM import_profiles"_s), 2);
            QVERIFY(count(u"SELECT COUNT(*) FROM audit_log WHERE object_type = 'import_profiles'"_s) >= 2);
        }
    }

    // The workers' 网格分配: a whole history goes in span by span, a re-import changes nothing, a
    // changed history updates (kept spans stay, the others go), and a history that contradicts itself
    // or the row is refused with its row, the column and why.
    void workerHistoryCarriedAndContradictionsRefused()
    {
        const QString g1 = m_town.grid1.code;
        const QString g2 = m_town.grid2.code;
        const QStringList header{u"网格员编号"_s, u"姓名"_s,   u"上岗日期"_s,
                                 u"网格代码"_s,   u"网格长"_s, u"网格分配"_s};
        const QList<QStringList> sheet{
            header,
            {u"QS0301"_s, u"冯历"_s, u"2024-01-01"_s, g2, u"是"_s,
             g1 + u" 上溪村 / 上溪村第1网格 2024-01-01 至 2024-12-31；"_s + g2 +
                 u" 2025-01-01 起（网格长）"_s},
            {u"QS0302"_s, u"褚新"_s, u""_s, u""_s, u""_s, g1}, // the short form: current from today
        };
        ImportSummary s = runKind(u"workers"_s, sheet);
        QVERIFY2(s.committed && s.inserted == 2, qPrintable(describe(s)));
        WorkerRepository workers(*m_db);
        const Worker feng = *workers.byCode(u"QS0301"_s);
        QList<WorkerGrid> spans = workers.assignments(feng.id);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans.at(1).gridId, m_town.grid1.id);
        QCOMPARE(spans.at(1).to, QDate(2024, 12, 31));
        QVERIFY(spans.at(0).isOpen() && spans.at(0).isHead);
        QCOMPARE(feng.orgUnitId, m_town.grid2.id);
        QVERIFY(feng.isGridHead);
        const Worker chu = *workers.byCode(u"QS0302"_s);
        QVERIFY(!chu.inPostDate.isValid()); // not in the file: unknown, not the import day
        QCOMPARE(workers.openAssignment(chu.id)->from, m_clock.now().date());
        s = runKind(u"workers"_s, sheet);
        QCOMPARE(s.unchanged, 2);

        // The first grid ended later, the second began later and is headed no more: an update.
        const qint64 keptSpan = spans.at(1).id;
        QList<QStringList> changed = sheet;
        changed[1][4] = u"否"_s;
        changed[1][5] = g1 + u" 2024-01-01 至 2025-01-31；"_s + g2 + u" 2025-02-01 起"_s;
        s = runKind(u"workers"_s, changed);
        QVERIFY2(s.committed && s.updated == 1 && s.unchanged == 1, qPrintable(describe(s)));
        // The summary says which row changed and what.
        QCOMPARE(s.updates.size(), 1);
        QCOMPARE(s.updates.first().row, 2);
        QCOMPARE(s.updates.first().key, u"QS0301"_s);
        QCOMPARE(s.updates.first().changed, QStringList{u"网格分配"_s});
        spans = workers.assignments(feng.id);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans.at(1).id, keptSpan); // updated in place, not removed and added again
        QCOMPARE(spans.at(1).to, QDate(2025, 1, 31));
        QCOMPARE(spans.at(0).from, QDate(2025, 2, 1));
        QVERIFY(!spans.at(0).isHead);
        QVERIFY(!workers.byCode(u"QS0301"_s)->isGridHead);

        // Contradictions, one per row, each refused with its row and column; the good row goes in.
        const QList<QStringList> bad{
            header,
            {u"QS0311"_s, u"卫一"_s, u""_s, u""_s, u""_s,
             g1 + u" 2024-01-01 至 2024-12-31；"_s + g2 + u" 2024-12-01 起"_s},
            {u"QS0312"_s, u"卫二"_s, u""_s, u""_s, u""_s, g1 + u" 2024-05-01 至 2024-04-01"_s},
            {u"QS0313"_s, u"卫三"_s, u""_s, u""_s, u""_s, u"330681999999999 2024-01-01 起"_s},
            {u"QS0314"_s, u"卫四"_s, u""_s, u""_s, u""_s, u"上溪村第1网格 2024-01-01 起"_s},
            {u"QS0315"_s, u"卫五"_s, u""_s, g1, u""_s,
             g1 + u" 2024-01-01 至 2024-06-30；"_s + g2 + u" 2024-07-01 起"_s},
            {u"QS0316"_s, u"卫六"_s, u"2024-03-01"_s, u""_s, u""_s, g1 + u" 2024-01-01 起"_s},
            {u"QS0317"_s, u"卫七"_s, u""_s, u""_s, u""_s, g1 + u" 2024-02-30 起"_s},
            {u"QS0318"_s, u"卫八"_s, u""_s, u""_s, u""_s,
             g1 + u" 2024-01-01 至 2024-06-30；"_s + g2 + u" 2024-07-01 起"_s},
        };
        ImportOptions valid;
        valid.mode = ImportMode::ValidOnly;
        s = runKind(u"workers"_s, bad, valid);
        QVERIFY2(s.committed && s.inserted == 1 && s.rejectedRows == 7, qPrintable(describe(s)));
        const QHash<int, QPair<QString, QString>> expected{
            {2, {u"网格分配"_s, u"重叠"_s}},
            {3, {u"网格分配"_s, u"早于开始日期"_s}},
            {4, {u"网格分配"_s, u"330681999999999"_s}},
            {5, {u"网格分配"_s, u"无法识别"_s}},
            {6, {u"网格代码"_s, u"不是网格分配中的当前网格"_s}},
            {7, {u"网格分配"_s, u"早于上岗日期"_s}},
            {8, {u"网格分配"_s, u"不是有效日期"_s}},
        };
        QCOMPARE(s.rejects.size(), expected.size());
        for (const ImportReject &r : std::as_const(s.rejects)) {
            QVERIFY2(expected.contains(r.row), qPrintable(describe(s)));
            QCOMPARE(r.column, expected.value(r.row).first);
            QVERIFY2(r.reason.contains(expected.value(r.row).second), qPrintable(r.reason));
        }
        QVERIFY(workers.byCode(u"QS0318"_s));
        QVERIFY(!workers.byCode(u"QS0311"_s));

        // A township admin may not write a span on another township's grid.
        const Actor township = townshipAdmin();
        s = runKind(u"workers"_s,
                    {header,
                     {u"QS0321"_s, u"蒋外"_s, u""_s, u""_s, u""_s,
                      g1 + u" 2024-01-01 至 2024-06-30；"_s + m_town.grid3.code + u" 2024-07-01 起"_s}},
                    valid, &township);
        QCOMPARE(s.rejectedRows, 1);
        QCOMPARE(s.rejects.first().column, u"网格分配"_s);
        QVERIFY2(s.rejects.first().reason.contains(u"不在本账号管理的范围内"_s), qPrintable(describe(s)));
    }

    // 状态 and 离岗日期: a department, a category, a village and a worker deactivated by the file and
    // enabled again, as the pages' 停用/启用 do it (audited); a worker still on a grid needs his last day.
    void statusDeactivatesAndEnables()
    {
        const auto departmentActive = [this](const QString &name) {
            for (const Department &d : DepartmentRepository(*m_db).list(m_town.township1.id, false))
                if (d.name == name)
                    return d.active;
            return true;
        };
        const QStringList departmentHeader{u"单位代码"_s, u"部门名称"_s, u"状态"_s};
        ImportSummary s = runKind(u"departments"_s,
                                  {departmentHeader, {m_town.township1.code, u"市场监管所"_s, u"停用"_s}});
        QVERIFY2(s.committed && s.updated == 1, qPrintable(describe(s)));
        QVERIFY(!departmentActive(u"市场监管所"_s));
        if (!m_testDb->isPostgres()) // PostgreSQL: the server's trigger writes it
            QVERIFY(count(u"SELECT COUNT(*) FROM audit_log WHERE object_type = 'departments' "
                          "AND detail LIKE '%changed=active%'"_s) == 1);
        s = runKind(u"departments"_s,
                    {departmentHeader, {m_town.township1.code, u"市场监管所"_s, u"停用"_s}});
        QCOMPARE(s.unchanged, 1);
        s = runKind(u"departments"_s,
                    {departmentHeader, {m_town.township1.code, u"市场监管所"_s, u"启用"_s}});
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.updates.size(), 1);
        QCOMPARE(s.updates.first().changed, QStringList{u"状态"_s});
        QVERIFY(departmentActive(u"市场监管所"_s));
        // A new department may come in deactivated.
        s = runKind(u"departments"_s,
                    {departmentHeader, {m_town.township1.code, u"旧农技站"_s, u"已停用"_s}});
        QCOMPARE(s.inserted, 1);
        QVERIFY(!departmentActive(u"旧农技站"_s));

        s = runKind(u"categories"_s, {{u"类别代码"_s, u"类别名称"_s, u"上级类别代码"_s, u"状态"_s},
                                      {m_town.wages.code, m_town.wages.name, m_town.labour.code, u"停用"_s}});
        QVERIFY2(s.committed && s.updated == 1, qPrintable(describe(s)));
        QVERIFY(!CategoryRepository(*m_db).byCode(m_town.wages.code)->active);
        QCOMPARE(s.updates.first().changed, QStringList{u"状态"_s});

        // A township admin deactivates his village; his own township is not his to deactivate. All
        // or nothing: with a bad row in the file the village stays active.
        const Actor township = townshipAdmin();
        s = runKind(u"org-units"_s,
                    {{u"单位代码"_s, u"单位名称"_s, u"状态"_s},
                     {m_town.village2.code, m_town.village2.name, u"停用"_s},
                     {u"QSX01"_s, u"无上级的新单位"_s, u"启用"_s}},
                    {}, &township);
        QVERIFY2(!s.committed && s.rejectedRows == 1, qPrintable(describe(s)));
        QVERIFY(OrgUnitRepository(*m_db).byCode(m_town.village2.code)->active);
        ImportOptions valid;
        valid.mode = ImportMode::ValidOnly;
        s = runKind(u"org-units"_s,
                    {{u"单位代码"_s, u"单位名称"_s, u"状态"_s},
                     {m_town.village2.code, m_town.village2.name, u"停用"_s},
                     {m_town.township1.code, m_town.township1.name, u"停用"_s}},
                    valid, &township);
        QVERIFY2(s.committed && s.updated == 1 && s.rejectedRows == 1, qPrintable(describe(s)));
        QCOMPARE(s.rejects.first().row, 3);
        QVERIFY(!OrgUnitRepository(*m_db).byCode(m_town.village2.code)->active);
        QVERIFY(OrgUnitRepository(*m_db).byCode(m_town.township1.code)->active);
        s = runKind(u"org-units"_s,
                    {{u"单位代码"_s, u"单位名称"_s, u"状态"_s},
                     {m_town.village2.code, m_town.village2.name, u"启用"_s}},
                    {}, &township);
        QVERIFY2(s.committed && s.updated == 1, qPrintable(describe(s)));
        QVERIFY(OrgUnitRepository(*m_db).byCode(m_town.village2.code)->active);

        // The worker on grid 1 leaves: without his last day refused; with it, his grid ends that day.
        WorkerRepository workers(*m_db);
        const QString code = workers.get(m_town.gridWorker.id)->code;
        const QStringList workerHeader{u"网格员编号"_s, u"姓名"_s, u"状态"_s, u"离岗日期"_s};
        s = runKind(u"workers"_s, {workerHeader, {code, m_town.gridWorker.name, u"停用"_s, u""_s}});
        QVERIFY2(!s.committed && s.rejectedRows == 1, qPrintable(describe(s)));
        QVERIFY(s.rejects.first().reason.contains(u"离岗日期"_s));
        const QDate from = workers.openAssignment(m_town.gridWorker.id)->from;
        const QDate lastDay = std::max(from, QDate(2026, 2, 28));
        s = runKind(u"workers"_s,
                    {workerHeader, {code, m_town.gridWorker.name, u"停用"_s, lastDay.toString(Qt::ISODate)}});
        QVERIFY2(s.committed && s.updated == 1, qPrintable(describe(s)));
        Worker li = *workers.get(m_town.gridWorker.id);
        QVERIFY(!li.active);
        QCOMPARE(s.updates.size(), 1);
        QCOMPARE(s.updates.first().changed, (QStringList{u"状态"_s, u"离岗日期"_s}));
        QCOMPARE(li.leftPostDate, lastDay);
        QVERIFY(!workers.openAssignment(li.id));
        QCOMPARE(workers.assignments(li.id).first().to, lastDay);
        s = runKind(u"workers"_s, {workerHeader, {code, m_town.gridWorker.name, u"启用"_s, u"2026-02-28"_s}});
        QCOMPARE(s.rejectedRows, 1); // 启用 with a last day contradicts itself
        s = runKind(u"workers"_s, {workerHeader, {code, m_town.gridWorker.name, u"启用"_s, u""_s}});
        QVERIFY2(s.committed && s.updated == 1, qPrintable(describe(s)));
        li = *workers.get(m_town.gridWorker.id);
        QVERIFY(li.active);
        QVERIFY(!li.leftPostDate.isValid());
    }

    // On PostgreSQL as login roles under row-level security (SQLite: the same program checks): a
    // township admin rewrites his own workers' histories and deactivates his units, nothing of
    // another township, and raw SQL by that role gets no further; a county admin writes both.
    void historyAndStatusAsLoginRoles()
    {
        WorkerRepository owner(*m_db);
        Worker south;
        south.code = u"QS0401"_s;
        south.name = u"南网格"_s;
        south.orgUnitId = m_town.grid3.id;
        south.inPostDate = QDate(2025, 1, 1);
        owner.create(south, QDate(2026, 3, 2));
        const qint64 southSpan = owner.openAssignment(south.id)->id;

        Session session = townshipLogin(m_town.township1, u"hist"_s);
        const auto runAs = [&](Session &who, const QString &kind, const QList<QStringList> &rows) {
            auto importer = ImportKinds::create(kind, *who.db, m_clock, who.actor());
            ImportRunner runner(*who.db, *importer);
            const MemorySource source = MemorySource::fromTexts(rows);
            ImportOptions valid;
            valid.mode = ImportMode::ValidOnly;
            return runner.run(source, runner.detect(source), valid);
        };
        const QStringList header{u"网格员编号"_s, u"姓名"_s, u"状态"_s, u"离岗日期"_s, u"网格分配"_s};
        const QString g1 = m_town.grid1.code;
        const QString g2 = m_town.grid2.code;
        ImportSummary s = runAs(session, u"workers"_s,
                                {header,
                                 {u"QS0402"_s, u"褚本镇"_s, u""_s, u""_s,
                                  g1 + u" 2025-01-01 至 2025-06-30；"_s + g2 + u" 2025-07-01 起（网格长）"_s},
                                 {u"QS0401"_s, u"南网格"_s, u"停用"_s, u"2026-01-31"_s,
                                  m_town.grid3.code + u" 2025-01-01 至 2026-01-31"_s}});
        QVERIFY2(s.committed && s.inserted == 1 && s.rejectedRows == 1, qPrintable(describe(s)));
        QCOMPARE(s.rejects.first().row, 3);
        QVERIFY(owner.get(south.id)->active);
        // Rewritten by the same login: the first span removed, the second ended, he leaves.
        s = runAs(session, u"workers"_s,
                  {header,
                   {u"QS0402"_s, u"褚本镇"_s, u"停用"_s, u"2026-02-15"_s,
                    g2 + u" 2025-07-01 至 2026-02-15（网格长）"_s}});
        QVERIFY2(s.committed && s.updated == 1, qPrintable(describe(s)));
        const Worker chu = *owner.byCode(u"QS0402"_s);
        QVERIFY(!chu.active);
        QCOMPARE(owner.assignments(chu.id).size(), 1);
        QCOMPARE(owner.assignments(chu.id).first().to, QDate(2026, 2, 15));
        s = runAs(session, u"departments"_s,
                  {{u"单位代码"_s, u"部门名称"_s, u"状态"_s},
                   {m_town.township1.code, u"派出所"_s, u"停用"_s},
                   {m_town.township2.code, m_town.township2Police.name, u"停用"_s}});
        QVERIFY2(s.committed && s.updated == 1 && s.rejectedRows == 1, qPrintable(describe(s)));
        QVERIFY(DepartmentRepository(*m_db).get(m_town.township2Police.id)->active);

        if (m_testDb->isPostgres()) {
            // Raw SQL by the township login: another township's span, unit and worker stay as they are.
            Query::run(*session.db, u"DELETE FROM worker_grids WHERE id = %1"_s.arg(southSpan));
            QVERIFY(owner.openAssignment(south.id));
            try {
                Query::run(*session.db,
                           u"UPDATE org_units SET active = false WHERE id = %1"_s.arg(m_town.village3.id));
            } catch (const Error &) {
            }
            QVERIFY(OrgUnitRepository(*m_db).get(m_town.village3.id)->active);
            EXPECT_ERROR(
                Query(
                    *session.db,
                    u"INSERT INTO worker_grids (worker_id, grid_id, from_date, to_date) VALUES (?, ?, '2020-01-01', '2020-12-31')"_s)
                    .bind(south.id)
                    .bind(m_town.grid1.id)
                    .exec(),
                Error::Kind::Forbidden);
        }

        // The county's admin login writes across townships.
        Session county = townshipLogin(m_town.county, u"histc"_s);
        s = runAs(county, u"workers"_s,
                  {header,
                   {u"QS0401"_s, u"南网格"_s, u"停用"_s, u"2026-01-31"_s,
                    m_town.grid3.code + u" 2025-01-01 至 2026-01-31"_s}});
        QVERIFY2(s.committed && s.updated == 1, qPrintable(describe(s)));
        QVERIFY(!owner.get(south.id)->active);
        QVERIFY(!owner.openAssignment(south.id));
        s = runAs(county, u"org-units"_s,
                  {{u"单位代码"_s, u"单位名称"_s, u"状态"_s},
                   {m_town.village3.code, m_town.village3.name, u"停用"_s}});
        QVERIFY2(s.committed && s.updated == 1, qPrintable(describe(s)));
        QVERIFY(!OrgUnitRepository(*m_db).get(m_town.village3.id)->active);
    }

    void analysedAfterABulkImport()
    {
        // The account (on PostgreSQL a login role that owns no table) has the imported tables analysed.
        Session session = townshipLogin(m_town.township1, u"analyze"_s);
        auto importer = ImportKinds::create(u"departments"_s, *session.db, m_clock, session.actor());
        ImportRunner runner(*session.db, *importer);
        const MemorySource source = MemorySource::fromTexts(departmentSheet());
        ImportOptions options;
        options.mode = ImportMode::ValidOnly;
        options.analyzeFrom = 0; // as after a bulk import
        QVERIFY(runner.run(source, runner.detect(source), options).committed);
        if (m_testDb->isPostgres()) {
            const auto analysed = [this] {
                Query::run(*m_db, u"SELECT pg_stat_clear_snapshot()"_s);
                return Query(*m_db, u"SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables "
                                    "WHERE relname = 'departments'"_s)
                    .scalar()
                    .toBool();
            };
            QTRY_VERIFY(analysed());
            // Only the tables imports fill.
            EXPECT_ERROR(Query(*session.db, u"SELECT zz_import_analyze('audit_log')"_s).exec(),
                         Error::Kind::Forbidden);
        } else {
            QVERIFY(count(u"SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'departments'"_s) > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestImportBaseData)
#include "tst_import_basedata.moc"
