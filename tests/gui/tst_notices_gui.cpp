// Notices live across counters, on SQLite and PostgreSQL: a department handler is logged in with his
// own account; another connection (another counter) dispatches a case to his department. Without a
// restart the handler's window shows a badge on 指挥调度 and a notice (offscreen has no tray: the
// notice in the window); clicking it opens the case and clears the badge, and the look is stored in
// his private settings. Several notices open the board on 我的待办. Screenshots in zh_CN and en.
#include "AccountService.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "NoticeService.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "dispatch/BoardPage.h"
#include "dispatch/CaseViewDialog.h"
#include "dispatch/NoticeNotifier.h"
#include "shell/Localization.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestNoticesGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    WorkCalendar m_calendar = WorkCalendar::bundled();
    User m_handler;
    const QString m_password = u"Qingshi#2026"_s;

    // Another counter: its own connection, a duty officer's actions.
    qint64 dispatchFromAnotherCounter(const QString &title)
    {
        Database other(m_testDb->currentUrl());
        CaseService service(other, m_clock, m_calendar);
        CaseRecord c;
        c.title = title;
        c.description = u"楼上漏水"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid1.id;
        const Actor duty = m_town.actor(m_town.duty);
        const qint64 id = service.report(c, duty).id;
        service.apply(id, CaseRepository(other).get(id)->version, CaseAction::Register, {}, duty);
        service.apply(id, CaseRepository(other).get(id)->version, CaseAction::Dispatch,
                      ActionInput{.departmentId = m_town.judicial.id, .days = 5}, duty);
        return id;
    }

    QString notOnTheBoard(const MainWindow &window)
    {
        for (const QString &id : window.moduleIds())
            if (id != NoticeNotifier::moduleId)
                return id;
        return {};
    }

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
            m_handler.login = u"nh%1"_s.arg(QCoreApplication::applicationPid() % 1000000);
            m_handler.displayName = u"李司法"_s;
            m_handler.roles = Role::DepartmentHandler;
            m_handler.orgUnitId = m_town.township1.id;
            m_handler.departmentId = m_town.judicial.id;
            AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(m_handler, m_password);
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void cleanupTestCase()
    {
        if (m_testDb && m_testDb->isPostgres() && m_db)
            Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(m_handler.login));
    }

    void dispatchElsewhereShowsHere()
    {
        Session session = AuthService(m_clock).login(m_testDb->currentUrl(), m_handler.login, m_password);
        const AppContext context{*session.db, m_clock, m_calendar, session.user};
        MainWindow window(context);
        window.resize(1200, 760);
        window.show();
        QVERIFY(window.setCurrentModule(notOnTheBoard(window)));
        auto *notifier = new NoticeNotifier(window.context(), &window, std::chrono::hours(1));
        QSignalSpy checked(notifier, &NoticeNotifier::checked);
        QTRY_VERIFY(checked.count() >= 1);
        QCOMPARE(window.moduleBadge(NoticeNotifier::moduleId), 0);

        // Another counter dispatches to his department: no restart, no click.
        const qint64 id = dispatchFromAnotherCounter(u"楼道漏水影响住户"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window.moduleBadge(NoticeNotifier::moduleId), 1, 15000);
        QLabel *toast = notifier->toast();
        QTRY_VERIFY(toast->isVisible());
        QVERIFY(toast->text().contains(CaseRepository(*m_db).get(id)->caseNo));
        QVERIFY(toast->text().contains(u"新派遣"_s));
        auto *navigation = window.findChild<QListWidget *>(u"navigationListWidget"_s);
        const QString accessible = navigation->item(int(window.moduleIds().indexOf(NoticeNotifier::moduleId)))
                                       ->data(Qt::AccessibleTextRole)
                                       .toString();
        QVERIFY2(accessible.contains(u'1'), qPrintable(accessible));

        // One notice: clicking opens that case; the badge goes, the look is stored.
        QTest::mouseClick(toast, Qt::LeftButton);
        CaseViewDialog *view = nullptr;
        QTRY_VERIFY((view = window.findChild<CaseViewDialog *>()) && view->isVisible());
        QCOMPARE(view->caseId(), id);
        QCOMPARE(window.moduleBadge(NoticeNotifier::moduleId), 0);
        QTRY_VERIFY(
            !SettingsRepository(*session.db).value(NoticeService::lastFlowKey(session.user.id)).isEmpty());
        view->close();

        // Two more: clicking opens 指挥调度 on 我的待办.
        dispatchFromAnotherCounter(u"噪音扰民"_s);
        dispatchFromAnotherCounter(u"占道经营"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window.moduleBadge(NoticeNotifier::moduleId), 2, 15000);
        QTRY_VERIFY(toast->isVisible());
        QTest::mouseClick(toast, Qt::LeftButton);
        QCOMPARE(window.currentModuleId(), NoticeNotifier::moduleId);
        auto *board = window.findChild<BoardPage *>();
        QVERIFY(board);
        QCOMPARE(board->filter().departmentId, m_town.judicial.id);
        QCOMPARE(window.moduleBadge(NoticeNotifier::moduleId), 0);

        // A later session of his starts from where he looked (stored by the notices' own thread):
        // nothing old comes back.
        QTRY_COMPARE(NoticeService(*session.db, session.user).unseen(m_clock.now()).total, 0);
    }

    void screenshots()
    {
        Session session = AuthService(m_clock).login(m_testDb->currentUrl(), m_handler.login, m_password);
        const AppContext context{*session.db, m_clock, m_calendar, session.user};
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            {
                MainWindow window(context);
                window.resize(1200, 700);
                window.show();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                QVERIFY(window.setCurrentModule(notOnTheBoard(window)));
                auto *notifier = new NoticeNotifier(window.context(), &window, std::chrono::hours(1));
                QSignalSpy checked(notifier, &NoticeNotifier::checked);
                QTRY_VERIFY(checked.count() >= 1);
                dispatchFromAnotherCounter(u"楼道堆放杂物"_s);
                dispatchFromAnotherCounter(u"邻居噪音扰民"_s);
                QTRY_COMPARE_WITH_TIMEOUT(window.moduleBadge(NoticeNotifier::moduleId), 2, 15000);
                QTRY_VERIFY(notifier->toast()->isVisible());
                VERIFY_SCREENSHOT(&window, u"notices-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(800, 500));
                notifier->markSeen();
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestNoticesGui)
#include "tst_notices_gui.moc"
