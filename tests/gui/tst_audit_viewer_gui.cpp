// 审计日志 through its widgets on SQLite and PostgreSQL: the module for leaders and admins only, the
// filter by case number, paging, the CSV export and its own audit row, rendered in zh_CN and en.
#include "AuditLogReader.h"
#include "CaseService.h"
#include "Database.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "admin/AuditLogModel.h"
#include "admin/AuditLogPage.h"
#include "shell/Localization.h"
#include "shell/Module.h"
#include "shell/StandardModules.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestAuditViewerGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    WorkCalendar m_calendar = WorkCalendar::bundled();
    CaseRecord m_case;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Localization::applyChineseFont();
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
            m_db = m_testDb->fresh();
            m_town = TestTown::create(*m_db);
            CalendarRepository(*m_db).seedFromBundled();
            m_calendar = CalendarRepository(*m_db).load();
            CaseService service(*m_db, m_clock, m_calendar);
            for (int i = 0; i < 3; ++i) {
                CaseRecord c;
                c.title = u"审计测试 %1"_s.arg(i);
                c.categoryId = m_town.neighbourDispute.id;
                c.orgUnitId = m_town.grid1.id;
                m_case = service.report(c, m_town.actor(m_town.reception));
            }
            service.apply(m_case.id, m_case.version, CaseAction::Register, {}, m_town.actor(m_town.duty));
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void moduleForLeadersAndAdmins()
    {
        auto ids = [&](const User &u) {
            const AppContext context{*m_db, m_clock, m_calendar, u};
            QStringList out;
            for (const auto &m : createStandardModules(context))
                out << m->id();
            return out;
        };
        QVERIFY(ids(m_town.leader).contains(u"auditlog"_s));
        QVERIFY(ids(m_town.admin).contains(u"auditlog"_s));
        QVERIFY(!ids(m_town.duty).contains(u"auditlog"_s));
        QVERIFY(!ids(m_town.reception).contains(u"auditlog"_s));
    }

    void filterByCaseAndExport()
    {
        const AppContext context{*m_db, m_clock, m_calendar, m_town.leader};
        AuditLogPage page(context);
        page.resize(1100, 600);
        page.show();
        // the server stamps rows on PostgreSQL: no date bounds for this test
        page.findChild<QDateEdit *>(u"fromDateEdit"_s)->setDate(QDate(2000, 1, 1));
        page.findChild<QDateEdit *>(u"toDateEdit"_s)->setDate(QDate(2100, 1, 1));
        QTest::mouseClick(page.findChild<QPushButton *>(u"searchButton"_s), Qt::LeftButton);
        auto *table = page.findChild<QTableView *>(u"auditTable"_s);
        QVERIFY(table->model()->rowCount() >= 4);
        page.findChild<QLineEdit *>(u"caseNoLineEdit"_s)->setText(m_case.caseNo);
        QTest::mouseClick(page.findChild<QPushButton *>(u"searchButton"_s), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, AuditLogModel::ObjectColumn).data().toString(), m_case.caseNo);
        QCOMPARE(table->model()->index(1, AuditLogModel::ActionColumn).data().toString(), u"登记案件"_s);
        auto *action = page.findChild<QComboBox *>(u"actionComboBox"_s);
        action->setCurrentIndex(action->findData(u"case_action"_s));
        QTest::mouseClick(page.findChild<QPushButton *>(u"searchButton"_s), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 1);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.csv"_s);
        QVERIFY(page.exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 2);
        QVERIFY(page.findChild<QLabel *>(u"auditStatusLabel"_s)->text().contains(u"已导出 1 条"_s));
        // the export is in the log (read as the county admin: on PostgreSQL this test's connection is the
        // owner's, so the row names the owner, not the leader)
        AuditFilter exports;
        exports.action = u"export"_s;
        const auto rows = AuditLogReader(*m_db, m_clock, m_town.actor(m_town.admin)).page(exports, 1);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().detail.contains(u"rows=1"_s));
    }

    void pagesAsItScrolls()
    {
        AuditLogModel model;
        AuditLogReader reader(*m_db, m_clock, m_town.actor(m_town.admin));
        model.setQuery(&reader, {});
        QVERIFY(model.rowCount() >= 5);
        QVERIFY(model.rowCount() <= AuditLogModel::pageSize);
        // Scrolling fetches a page at a time until the log is exhausted (on PostgreSQL the triggers
        // audit every seeded holiday row, so the log holds several pages); the ids keep falling.
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            QVERIFY(model.rowCount() > before);
            QVERIFY(model.rowCount() - before <= AuditLogModel::pageSize);
        }
        AuditFilter none;
        QCOMPARE(model.rowCount(), int(reader.page(none, 100000).size()));
        // (the reader's keyset pages are tested in storage)
    }

    void refusedWithoutThePermission()
    {
        const AppContext context{*m_db, m_clock, m_calendar, m_town.duty};
        AuditLogPage page(context);
        QVERIFY(!page.findChild<QPushButton *>(u"searchButton"_s)->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(u"exportButton"_s)->isEnabled());
        QVERIFY(!page.findChild<QLabel *>(u"auditStatusLabel"_s)->text().isEmpty());
    }

    void screenshots()
    {
        const AppContext context{*m_db, m_clock, m_calendar, m_town.leader};
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            {
                AuditLogPage page(context);
                page.resize(1200, 500);
                page.findChild<QDateEdit *>(u"fromDateEdit"_s)->setDate(QDate(2000, 1, 1));
                page.findChild<QDateEdit *>(u"toDateEdit"_s)->setDate(QDate(2100, 1, 1));
                page.show();
                page.search();
                QVERIFY(QTest::qWaitForWindowExposed(&page));
                VERIFY_SCREENSHOT(&page, u"auditlog-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(800, 400));
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestAuditViewerGui)
#include "tst_audit_viewer_gui.moc"
