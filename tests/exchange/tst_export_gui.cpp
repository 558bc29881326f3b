// 导出 in the windows (issue 11): the base-data lists (departments, categories, workers through
// ReferenceListPage) and the org tree write the whole list with the page's filter through ListExport,
// masked for a role that may not export personal data, audited; rendered in both languages.
#include "AuditLog.h"
#include "CellCoercion.h"
#include "DepartmentService.h"
#include "ImportKinds.h"
#include "ImportRunner.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "SheetReader.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "Validators.h"
#include "WorkerRepository.h"
#include "admin/AuditLogPage.h"
#include "basedata/CategoriesPage.h"
#include "basedata/DepartmentsPage.h"
#include "basedata/OrgTreePage.h"
#include "basedata/ReferenceListModel.h"
#include "basedata/ReferenceListPage.h"
#include "basedata/WorkersPage.h"
#include "petition/PetitionBoardModel.h"
#include "petition/PetitionBoardPage.h"
#include "shell/AppContext.h"
#include "shell/Localization.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {
const QString idX = u"11010519491231002X"_s;
constexpr int headerRow = 4;
} // namespace

class TestExportGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 5), QTime(9, 30))};
    QTemporaryDir m_dir;

    AppContext context(const User &user) const
    {
        return AppContext{*m_db, m_clock, CalendarRepository(*m_db).load(), user};
    }

private slots:
    void initTestCase()
    {
        Localization::applyChineseFont();
        m_testDb = std::make_unique<test::TestDatabase>();
        m_db = m_testDb->fresh();
        m_town = TestTown::create(*m_db);
        Worker w;
        w.orgUnitId = m_town.grid2.id;
        w.name = u"周网格"_s;
        w.phone = u"0571-87654321"_s;
        w.residentId = idX;
        WorkerRepository(*m_db).create(w, QDate(2026, 3, 5));
    }

    void referenceListsExport()
    {
        const AppContext cx = context(m_town.admin);
        DepartmentsPage departments(cx, true);
        departments.resize(1000, 520);
        departments.show();
        auto *list = departments.findChild<ReferenceListPage *>();
        QVERIFY(list);
        auto *button = list->findChild<QPushButton *>(u"referenceExportButton"_s);
        QVERIFY(button && button->isVisible());
        const QString file = m_dir.filePath(u"departments.xlsx"_s);
        QCOMPARE(list->exportList(file), 4);
        const RawSheet sheet = SheetReader::read(file);
        QCOMPARE(sheet.rows.value(headerRow).value(0).text, u"单位代码"_s);
        QCOMPARE(sheet.rows.value(headerRow).value(2).text, u"部门名称"_s);
        QCOMPARE(AuditLog(*m_db, m_clock).recent(1).constFirst().objectType, u"departments"_s);
        VERIFY_SCREENSHOT(&departments, u"export-departments-zh_CN"_s);

        CategoriesPage categories(cx, true);
        categories.show();
        auto *catList = categories.findChild<ReferenceListPage *>();
        QVERIFY(catList->findChild<QPushButton *>(u"referenceExportButton"_s)->isVisible());
        QCOMPARE(catList->exportList(m_dir.filePath(u"categories.csv"_s)), 6);

        // A duty officer sees the workers read-only and exports them masked.
        const AppContext dutyContext = context(m_town.duty);
        WorkersPage workers(dutyContext, false);
        workers.show();
        auto *workerList = workers.findChild<ReferenceListPage *>();
        QVERIFY(workerList->findChild<QPushButton *>(u"referenceExportButton"_s)->isVisible());
        const QString workerFile = m_dir.filePath(u"workers.xlsx"_s);
        QCOMPARE(workerList->exportList(workerFile), 2);
        const RawSheet ws = SheetReader::read(workerFile);
        bool masked = false;
        for (const CellRow &r : ws.rows)
            masked = masked || r.contains(Cell::fromText(Masking::residentId(idX)));
        QVERIFY(masked);
        // And nowhere in full (the file is a zip: its cells are what to look at, not its bytes).
        for (const CellRow &r : ws.rows)
            for (const Cell &c : r)
                QVERIFY2(!c.text.contains(idX), qPrintable(c.text));

        // An unwritable place: the page says so in a sentence, nothing crashes.
        QCOMPARE(list->exportList(u"/nonexistent-dir/x.xlsx"_s), -1);
        auto *error = list->findChild<QLabel *>(u"referenceErrorLabel"_s);
        QVERIFY(error && error->isVisible() && error->text().contains(u"x.xlsx"_s));
    }

    void orgTreeExport()
    {
        const AppContext cx = context(m_town.admin);
        OrgTreePage page(cx, true);
        page.resize(1000, 520);
        page.show();
        QVERIFY(page.findChild<QPushButton *>(u"orgExportButton"_s));
        QVERIFY(page.findChild<QAction *>(u"orgExportGridsAction"_s));
        const QString file = m_dir.filePath(u"grids.xlsx"_s);
        QCOMPARE(page.exportList(u"grids"_s, file), 3);
        QCOMPARE(page.exportList(u"org-units"_s, m_dir.filePath(u"units.csv"_s)), 9);
        VERIFY_SCREENSHOT(&page, u"export-orgtree-zh_CN"_s);
    }

    // The audit log page writes xlsx through ListExport with its own filter, CSV as before.
    void auditLogXlsx()
    {
        const AppContext cx = context(m_town.admin); // the county admin reads every row on both engines
        AuditLogPage page(cx);
        page.show();
        const QString file = m_dir.filePath(u"audit.xlsx"_s);
        QVERIFY(page.exportTo(file));
        const RawSheet sheet = SheetReader::read(file);
        QCOMPARE(sheet.rows.value(headerRow).value(0).text, u"序号"_s);
        // the page's own filter (its period) is written above the table; on PostgreSQL the server's
        // clock stamps the audit rows, so the fixed test date may leave the period empty there
        QVERIFY(sheet.rows.value(1).value(0).text.contains(u"期间"_s));
        if (!m_testDb->isPostgres())
            QVERIFY(sheet.rows.size() > headerRow + 1);
        QVERIFY(page.exportTo(m_dir.filePath(u"audit.csv"_s)));
    }

    // 导出 writes exactly the rows the page lists under its search text, its filters and 显示已停用 —
    // all pages of them: the exported row count equals the page's count for every list with the
    // button. (After the tests that count every row: it deactivates some.)
    void exportHoldsThePageRows()
    {
        const AppContext cx = context(m_town.admin);
        const Actor admin = m_town.actor(m_town.admin);
        Department police = *DepartmentRepository(*m_db).get(m_town.police.id);
        DepartmentService(*m_db, m_clock, admin).setActive(police, false);
        WorkerRepository workers(*m_db);
        for (int i = 0; i < 3; ++i) {
            Worker w;
            w.orgUnitId = i == 0 ? m_town.grid1.id : m_town.grid3.id;
            w.name = i == 2 ? u"吴兼职"_s : u"陈专职%1"_s.arg(i);
            w.employment = i == 2 ? Employment::PartTime : Employment::FullTime;
            workers.create(w, QDate(2026, 3, 5));
        }
        int file = 0;
        // Exports the list with the page's selection; returns the rows written after comparing them
        // with the page's own count.
        const auto exported = [&](ReferenceListPage *list) {
            list->reload();
            const qint64 rows = list->exportList(m_dir.filePath(u"page-%1.xlsx"_s.arg(++file)));
            [&] { QCOMPARE(rows, list->model()->totalCount()); }();
            return rows;
        };

        DepartmentsPage departments(cx, true);
        departments.show();
        auto *depList = departments.findChild<ReferenceListPage *>();
        auto *search = depList->findChild<QLineEdit *>(u"referenceSearch"_s);
        auto *showInactive = depList->findChild<QCheckBox *>(u"referenceShowInactive"_s);
        QCOMPARE(exported(depList), 3); // 派出所 of 青石镇 is deactivated: not listed, not exported
        showInactive->setChecked(true);
        QCOMPARE(exported(depList), 4);
        search->setText(u"派出所"_s);
        QCOMPARE(exported(depList), 2);
        showInactive->setChecked(false);
        QCOMPARE(exported(depList), 1);
        search->clear();
        auto *kind = departments.findChild<QComboBox *>(u"departmentKindFilter"_s);
        kind->setCurrentIndex(kind->findData(int(DepartmentKind::Resident)));
        QCOMPARE(exported(depList), 0);
        kind->setCurrentIndex(0);
        auto *unit = departments.findChild<QComboBox *>(u"departmentUnitFilter"_s);
        unit->setCurrentIndex(unit->findData(m_town.township2.id));
        QCOMPARE(exported(depList), 1);
        const RawSheet sheet = SheetReader::read(m_dir.filePath(u"page-%1.xlsx"_s.arg(file)));
        QVERIFY(sheet.rows.value(1).value(0).text.contains(u"单位："_s));

        CategoriesPage categories(cx, true);
        categories.show();
        auto *catList = categories.findChild<ReferenceListPage *>();
        catList->findChild<QLineEdit *>(u"referenceSearch"_s)->setText(u"纠纷"_s);
        QVERIFY(exported(catList) > 0);
        QVERIFY(exported(catList) < 6);

        WorkersPage workerPage(cx, true);
        workerPage.show();
        auto *workerList = workerPage.findChild<ReferenceListPage *>();
        QVERIFY(exported(workerList) >= 5); // the county admin's page: every township
        auto *employment = workerPage.findChild<QComboBox *>(u"workerEmploymentComboBox"_s);
        employment->setCurrentIndex(employment->findData(code(Employment::PartTime)));
        QCOMPARE(exported(workerList), 1);
        employment->setCurrentIndex(0);
        workerList->findChild<QLineEdit *>(u"referenceSearch"_s)->setText(u"专职"_s);
        QCOMPARE(exported(workerList), 2);

        // The org tree without 显示已停用 leaves a deactivated village and its grids out.
        Query::run(*m_db, u"UPDATE org_units SET active = false WHERE id = %1"_s.arg(m_town.village2.id));
        OrgTreePage tree(cx, true);
        tree.show();
        QVERIFY(tree.exportList(u"org-units"_s, m_dir.filePath(u"units-active.xlsx"_s)) < 9);
        tree.findChild<QCheckBox *>(u"orgShowInactive"_s)->setChecked(true);
        QCOMPARE(tree.exportList(u"org-units"_s, m_dir.filePath(u"units-all.xlsx"_s)), 9);
    }

    // The 信访超市 board's 导出台账… writes the petitions kind with the board's filter: exactly the rows
    // it lists (every page), the filter above the table, masked for a duty officer.
    void petitionBoardExport()
    {
        CalendarRepository(*m_db).seedFromBundled();
        const QStringList header{u"信访编号"_s, u"登记日期"_s,   u"信访人"_s,  u"身份证号"_s,
                                 u"诉求"_s,     u"问题发生地"_s, u"状态"_s,    u"受理日期"_s,
                                 u"答复日期"_s, u"送达日期"_s,   u"办结日期"_s};
        const auto ledgerRow = [](const QString &no, const QString &place, const QString &status,
                                  const QStringList &dates) {
            QStringList r{no,
                          u"2025-11-03"_s,
                          u"信访人"_s + no,
                          no == u"B-01" ? idX : QString(),
                          u"要求解决"_s + no + u"的问题"_s,
                          place,
                          status};
            r << dates;
            while (r.size() < 11)
                r << QString();
            return r;
        };
        const QStringList done{u"2025-11-04"_s, u"2025-12-01"_s, u"2025-12-03"_s, u"2026-01-05"_s};
        const QList<QStringList> rows{
            header,
            ledgerRow(u"B-01"_s, u"上溪村"_s, u"登记"_s, {}),
            ledgerRow(u"B-02"_s, u"上溪村"_s, u"办理中"_s, {u"2025-11-04"_s}),
            ledgerRow(u"B-03"_s, u"东湖社区"_s, u"办结"_s, done),
            ledgerRow(u"B-04"_s, u"上溪村"_s, u"办结"_s, done),
            ledgerRow(u"B-05"_s, u"上溪村"_s, u"已送达"_s, {done.at(0), done.at(1), done.at(2)}),
            ledgerRow(u"B-06"_s, u"南苑社区"_s, u"办结"_s, done), // the other township
        };
        const Actor county{0, u"县值班员"_s, Roles(Role::DutyOfficer) | Role::Leader, m_town.county.id, 0};
        auto importer = ImportKinds::create(u"petitions"_s, *m_db, m_clock, county);
        ImportRunner runner(*m_db, *importer);
        const MemorySource source = MemorySource::fromTexts(rows);
        const ImportSummary imported = runner.run(source, runner.detect(source), {});
        QVERIFY2(imported.rejects.isEmpty() && imported.failure.isEmpty(), qPrintable(imported.failure));

        const AppContext leaderContext = context(m_town.leader); // the page keeps a reference
        PetitionBoardPage board(leaderContext);
        board.resize(1100, 560);
        board.show();
        auto *button = board.findChild<QPushButton *>(u"exportLedgerButton"_s);
        QVERIFY(button && button->isVisible());
        int file = 0;
        const auto listed = [&] {
            while (board.model()->canFetchMore({}))
                board.model()->fetchMore({});
            return qint64(board.model()->rowCount());
        };
        const auto exported = [&] {
            const QString path = m_dir.filePath(u"board-%1.xlsx"_s.arg(++file));
            const qint64 rows = board.exportLedger(path);
            [&] { QCOMPARE(rows, listed()); }();
            return rows;
        };
        QCOMPARE(exported(), 5); // 青石镇's five, not 城南街道's
        auto *status = board.findChild<QComboBox *>(u"petitionStatusComboBox"_s);
        status->setCurrentIndex(status->findData(code(PetitionStatus::Concluded)));
        QCOMPARE(exported(), 2);
        const RawSheet sheet = SheetReader::read(m_dir.filePath(u"board-%1.xlsx"_s.arg(file)));
        QVERIFY2(sheet.rows.value(1).value(0).text.contains(label(PetitionStatus::Concluded)),
                 qPrintable(sheet.rows.value(1).value(0).text));
        QCOMPARE(sheet.rows.value(headerRow).value(0).text, u"信访编号"_s);
        board.findChild<QCheckBox *>(u"repeatFilterCheckBox"_s)->setChecked(true);
        QCOMPARE(exported(), 0);
        board.findChild<QCheckBox *>(u"repeatFilterCheckBox"_s)->setChecked(false);
        status->setCurrentIndex(0);
        auto *number = board.findChild<QLineEdit *>(u"petitionNumberLineEdit"_s);
        number->setText(u"B-02"_s);
        QTest::keyClick(number, Qt::Key_Return);
        QCOMPARE(exported(), 1);
        number->clear();
        QCOMPARE(exported(), 5);
        VERIFY_SCREENSHOT(&board, u"export-petition-board-zh_CN"_s);

        // A duty officer's file: the same rows, the ID masked.
        const AppContext dutyContext = context(m_town.duty);
        PetitionBoardPage dutyBoard(dutyContext);
        const QString masked = m_dir.filePath(u"board-duty.xlsx"_s);
        QCOMPARE(dutyBoard.exportLedger(masked), 5);
        QFile maskedFile(masked);
        QVERIFY(maskedFile.open(QIODevice::ReadOnly));
        QVERIFY(!maskedFile.readAll().contains(idX.toUtf8()));
        const RawSheet maskedSheet = SheetReader::read(masked);
        bool maskedId = false;
        for (const CellRow &r : maskedSheet.rows)
            maskedId = maskedId || r.contains(Cell::fromText(Masking::residentId(idX)));
        QVERIFY(maskedId);
        QCOMPARE(AuditLog(*m_db, m_clock).recent(1).constFirst().objectType, u"petitions"_s);
    }

    void english()
    {
        Localization::installTranslations(*QCoreApplication::instance(), u"en"_s);
        const AppContext cx = context(m_town.admin);
        DepartmentsPage departments(cx, true);
        departments.resize(1000, 520);
        departments.show();
        auto *button = departments.findChild<QPushButton *>(u"referenceExportButton"_s);
        QVERIFY(button);
        VERIFY_SCREENSHOT(&departments, u"export-departments-en"_s);
        const AppContext leaderContext = context(m_town.leader);
        PetitionBoardPage board(leaderContext);
        board.resize(1100, 560);
        board.show();
        VERIFY_SCREENSHOT(&board, u"export-petition-board-en"_s);
    }
};

QTEST_MAIN(TestExportGui)
#include "tst_export_gui.moc"
