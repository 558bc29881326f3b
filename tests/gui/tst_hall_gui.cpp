// 排队叫号 driven through its widgets on SQLite and PostgreSQL (issue 12, items 3 and 7): a number taken on
// the 取号 page and its slip as PDF, the window console calling it, the public display on another
// connection showing it, 办结, and the evaluator's 不满意 stored on the ticket; the daily cap's sentence;
// 过号 and 转窗口 from the console; the hall's set-up by a township admin; the statistics; the module
// shown to township accounts only; every window rendered in zh_CN and en.
#include "Database.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "hall/EvaluatorWindow.h"
#include "hall/HallModule.h"
#include "hall/QueueDisplayWindow.h"
#include "hall/QueueSetupPage.h"
#include "hall/QueueStatsPage.h"
#include "hall/TakeNumberPage.h"
#include "hall/TicketSlip.h"
#include "hall/WindowConsole.h"
#include "petition/PetitionRepository.h"
#include "petition/PetitionService.h"
#include "queue/QueueService.h"
#include "queue/QueueSetupService.h"
#include "shell/AppContext.h"
#include "shell/Localization.h"
#include "shell/StandardModules.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestHallGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0))};
    WorkCalendar m_calendar = WorkCalendar::bundled();
    QueueServiceType m_visit, m_law;
    QueueWindow m_window1, m_window2;

    User townshipAdmin() const
    {
        User u = m_town.admin;
        u.orgUnitId = m_town.township1.id;
        return u;
    }

    template <typename T> T *child(QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning() << "no child" << name;
        return found;
    }

    QueueTicket ticket(const QString &code)
    {
        const qint64 id =
            Query(*m_db, u"SELECT id FROM queue_tickets WHERE code = ? AND day = '2026-03-02'"_s)
                .bind(code)
                .scalar()
                .toLongLong();
        return *QueueService(*m_db, m_clock, m_town.actor(m_town.reception)).get(id);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Localization::applyChineseFont();
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
            QueueSetupService setup(*m_db, m_clock, m_town.actor(m_town.admin), m_town.township1.id);
            QueueServiceType visit;
            visit.name = u"信访接待"_s;
            visit.prefix = u'A';
            m_visit = setup.saveServiceType(visit);
            QueueServiceType law;
            law.name = u"法律咨询"_s;
            law.prefix = u'C';
            law.dailyCap = 1;
            m_law = setup.saveServiceType(law);
            QueueWindow w1;
            w1.number = 1;
            w1.name = u"综合受理"_s;
            w1.serviceIds = {m_visit.id};
            m_window1 = setup.saveWindow(w1);
            QueueWindow w2;
            w2.number = 2;
            w2.name = u"法律服务"_s;
            w2.serviceIds = {m_law.id};
            m_window2 = setup.saveWindow(w2);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup() { m_db.reset(); }

    void shownToTownshipAccountsOnly()
    {
        auto ids = [this](const User &user) {
            const AppContext context{*m_db, m_clock, m_calendar, user};
            QStringList out;
            for (const auto &module : createStandardModules(context))
                out << module->id();
            return out;
        };
        QVERIFY(ids(m_town.reception).contains(u"hall"_s));
        QVERIFY(ids(m_town.handler).contains(u"hall"_s));
        QVERIFY(!ids(m_town.admin).contains(u"hall"_s)); // a county account has no hall of its own
        // the set-up page is for admins of the township
        const AppContext clerk{*m_db, m_clock, m_calendar, m_town.reception};
        HallModule clerkHall(clerk);
        QCOMPARE(qobject_cast<QTabWidget *>(clerkHall.widget())->count(), 3);
        const AppContext admin{*m_db, m_clock, m_calendar, townshipAdmin()};
        HallModule adminHall(admin);
        QCOMPARE(qobject_cast<QTabWidget *>(adminHall.widget())->count(), 4);
        delete clerkHall.widget();
        delete adminHall.widget();
    }

    void takeCallDisplayFinishRate()
    {
        const AppContext context{*m_db, m_clock, m_calendar, m_town.reception};
        HallModule hall(context);
        std::unique_ptr<QWidget> page(hall.widget());
        page->resize(1000, 640);
        page->show();
        TakeNumberPage *take = hall.takeNumberPage();
        child<QCheckBox>(take, u"autoPrintCheckBox"_s)->setChecked(false);
        QPushButton *takeA = child<QPushButton>(take, u"takeButton_A"_s);
        QVERIFY(takeA);
        QTest::mouseClick(takeA, Qt::LeftButton);
        QCOMPARE(child<QLabel>(take, u"ticketCodeLabel"_s)->text(), u"A001"_s);
        QVERIFY(child<QLabel>(take, u"ticketInfoLabel"_s)->text().contains(u"信访接待"_s));
        // a priority ticket
        auto *priority = child<QComboBox>(take, u"priorityComboBox"_s);
        priority->setCurrentIndex(priority->findText(u"老年人"_s));
        QTest::mouseClick(child<QPushButton>(take, u"takeButton_A"_s), Qt::LeftButton);
        QCOMPARE(child<QLabel>(take, u"ticketCodeLabel"_s)->text(), u"A002"_s);
        QVERIFY(ticket(u"A002"_s).isPriority());
        QCOMPARE(priority->currentIndex(), 0); // back to 普通 for the next visitor
        // the slip as PDF: the number, the type and the waiting count as text
        const QString pdf = test::outputPath(u"ticket-%1.pdf"_s.arg(m_testDb->backendName()));
        take->lastSlip()->writePdf(pdf);
        QProcess text;
        text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY(text.waitForFinished(20000));
        const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(extracted.contains(u"A002"_s) && extracted.contains(u"信访接待"_s) &&
                     extracted.contains(u"老年人"_s) && extracted.contains(u"青石镇综治中心"_s),
                 qPrintable(extracted));
        QVERIFY2(extracted.contains(u"您前面还有 1 人等候"_s), qPrintable(extracted));

        // the public display runs on a connection of its own, like a second computer in the hall
        auto other = m_testDb->connectAgain();
        const AppContext displayContext{*other, m_clock, m_calendar, m_town.reception};
        QueueDisplayWindow display(displayContext);
        display.show();
        QCOMPARE(display.state().waiting.value(0).waiting, 2);

        // the window calls: A001 (2 normal before 1 priority)
        WindowConsole *console = hall.console();
        console->reload();
        console->selectWindow(m_window1.id);
        QTest::mouseClick(child<QPushButton>(console, u"callNextButton"_s), Qt::LeftButton);
        QCOMPARE(child<QLabel>(console, u"currentTicketLabel"_s)->text(), u"A001"_s);
        QVERIFY(!child<QPushButton>(console, u"callNextButton"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            display.findChild<QLabel *>(u"displayNewestCall"_s) &&
                display.findChild<QLabel *>(u"displayNewestCall"_s)->text().contains(u"A001"_s),
            5000);
        QVERIFY(display.findChild<QLabel *>(u"displayNewestCall"_s)->text().contains(u"1号窗口"_s));
        QCOMPARE(display.state().waiting.value(0).waiting, 1);

        // the evaluator at window 1 waits until the ticket is finished
        EvaluatorWindow evaluator(displayContext, m_window1.id);
        evaluator.show();
        QVERIFY(!child<QPushButton>(&evaluator, u"unsatisfiedButton"_s)->isEnabled());
        m_clock.advanceSecs(420);
        QTest::mouseClick(child<QPushButton>(console, u"finishButton"_s), Qt::LeftButton);
        QCOMPARE(ticket(u"A001"_s).status, TicketStatus::Done);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&evaluator, u"unsatisfiedButton"_s)->isEnabled(), 5000);
        QVERIFY(child<QLabel>(&evaluator, u"evaluatorPromptLabel"_s)->text().contains(u"A001"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!display.findChild<QLabel *>(u"displayNewestCall"_s), 5000);
        QTest::mouseClick(child<QPushButton>(&evaluator, u"unsatisfiedButton"_s), Qt::LeftButton);
        QCOMPARE(ticket(u"A001"_s).rating, TicketRating::Unsatisfied);
        QVERIFY(!child<QPushButton>(&evaluator, u"satisfiedButton"_s)->isEnabled());

        // next: the priority ticket's turn comes after two normal ones, but nobody else waits
        QTest::mouseClick(child<QPushButton>(console, u"callNextButton"_s), Qt::LeftButton);
        QCOMPARE(child<QLabel>(console, u"currentTicketLabel"_s)->text(), u"A002"_s);
        // 转窗口 to window 2: window 1 is free again, window 2 has it first
        auto *to = child<QComboBox>(console, u"transferComboBox"_s);
        to->setCurrentIndex(to->findData(m_window2.id));
        QTest::mouseClick(child<QPushButton>(console, u"transferButton"_s), Qt::LeftButton);
        QCOMPARE(child<QLabel>(console, u"currentTicketLabel"_s)->text(), u"—"_s);
        console->selectWindow(m_window2.id);
        QCOMPARE(child<QListWidget>(console, u"waitingList"_s)->count(), 1);
        QTest::mouseClick(child<QPushButton>(console, u"callNextButton"_s), Qt::LeftButton);
        QCOMPARE(child<QLabel>(console, u"currentTicketLabel"_s)->text(), u"A002"_s);
        QTest::mouseClick(child<QPushButton>(console, u"recallButton"_s), Qt::LeftButton);
        QCOMPARE(ticket(u"A002"_s).callCount, 3);
        QTest::mouseClick(child<QPushButton>(console, u"noShowButton"_s), Qt::LeftButton);
        QCOMPARE(ticket(u"A002"_s).status, TicketStatus::NoShow);
        QVERIFY(child<QLabel>(console, u"consoleStatusLabel"_s)->text().contains(u"过号"_s));

        // the statistics count both: one served after 7 minutes
        qobject_cast<QTabWidget *>(page.get())->setCurrentIndex(2);
        auto *stats = page->findChild<QueueStatsPage *>();
        stats->reload();
        QCOMPARE(stats->rows().size(), 1);
        QCOMPARE(stats->rows()[0].tickets, 2);
        QCOMPARE(stats->rows()[0].served, 1);
        QCOMPARE(stats->rows()[0].serviceMedianSecs, 420.0);
        QCOMPARE(child<QTableWidget>(stats, u"statsTable"_s)->item(0, 5)->text(), u"7分0秒"_s);
        const QString xlsx = test::outputPath(u"queue-stats-%1.xlsx"_s.arg(m_testDb->backendName()));
        EXPECT_OK(stats->exportXlsx(xlsx));
        QVERIFY(QFileInfo(xlsx).size() > 0);
    }

    void unsatisfiedReopensThePetitionAndTellsTheCounter()
    {
        CalendarRepository(*m_db).seedFromBundled();
        const AppContext context{*m_db, m_clock, CalendarRepository(*m_db).load(), m_town.duty};
        PetitionService petitions(*m_db, m_clock, context.calendar);
        PetitionRecord draft;
        draft.channel = PetitionChannel::Visit;
        draft.type = PetitionType::Claim;
        draft.request = u"请求解决楼上漏水"_s;
        draft.facts = u"去年起楼上漏水"_s;
        draft.orgUnitId = m_town.village1.id;
        Person person;
        person.name = u"张三"_s;
        PetitionRecord p = petitions.registerPetition(
            draft, {PetitionPersonInput{PetitionPersonRole::Petitioner, person}}, context.actor());
        PetitionActionInput settle;
        settle.result = u"当场解释说明"_s;
        p = petitions.apply(p.id, p.version, PetitionAction::SettleOnSpot, settle, context.actor());

        HallModule hall(context);
        std::unique_ptr<QWidget> page(hall.widget());
        page->show();
        QueueService queue(*m_db, m_clock, context.actor());
        const QueueTicket t = queue.take(m_visit.id);
        WindowConsole *console = hall.console();
        console->reload();
        console->selectWindow(m_window1.id);
        QTest::mouseClick(child<QPushButton>(console, u"callNextButton"_s), Qt::LeftButton);
        queue.linkPetition(t.id, p.id); // as the petition window's reception form does (TicketPicker)
        QTest::mouseClick(child<QPushButton>(console, u"finishButton"_s), Qt::LeftButton);
        EvaluatorWindow *evaluator = hall.openEvaluator();
        QVERIFY(evaluator);
        QCOMPARE(evaluator->windowId(), m_window1.id);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(evaluator, u"unsatisfiedButton"_s)->isEnabled(), 5000);
        QTest::mouseClick(child<QPushButton>(evaluator, u"unsatisfiedButton"_s), Qt::LeftButton);
        QCOMPARE(PetitionRepository(*m_db, context.actor()).get(p.id)->status, PetitionStatus::Handling);
        QVERIFY2(child<QLabel>(console, u"consoleStatusLabel"_s)->text().contains(u"重新办理"_s),
                 qPrintable(child<QLabel>(console, u"consoleStatusLabel"_s)->text()));
        // the visitor sees thanks, not the petition
        QVERIFY(!child<QLabel>(evaluator, u"evaluatorPromptLabel"_s)->text().contains(p.petitionNo));
        evaluator->close();
    }

    void capReachedSaysSo()
    {
        const AppContext context{*m_db, m_clock, m_calendar, m_town.reception};
        TakeNumberPage take(context);
        take.show();
        take.findChild<QCheckBox *>(u"autoPrintCheckBox"_s)->setChecked(false);
        QTest::mouseClick(take.findChild<QPushButton *>(u"takeButton_C"_s), Qt::LeftButton);
        QCOMPARE(take.findChild<QLabel *>(u"ticketCodeLabel"_s)->text(), u"C001"_s);
        QTest::mouseClick(take.findChild<QPushButton *>(u"takeButton_C"_s), Qt::LeftButton);
        QCOMPARE(take.findChild<QLabel *>(u"ticketCodeLabel"_s)->text(), QString());
        const QString info = take.findChild<QLabel *>(u"ticketInfoLabel"_s)->text();
        QVERIFY2(info.contains(u"法律咨询"_s) && info.contains(u"每日限 1 个"_s), qPrintable(info));
    }

    void townshipAdminSetsUpTheHall()
    {
        Query::run(*m_db,
                   u"UPDATE departments SET kind = 'resident' WHERE id = %1"_s.arg(m_town.judicial.id));
        const AppContext context{*m_db, m_clock, m_calendar, townshipAdmin()};
        QueueSetupPage page(context);
        page.show();
        QTest::mouseClick(page.findChild<QPushButton *>(u"standardTypesButton"_s), Qt::LeftButton);
        QCOMPARE(page.findChild<QTableWidget *>(u"typesTable"_s)->rowCount(), 6);
        // a new window for the 司法所 with 矛盾调解
        QTest::mouseClick(page.findChild<QPushButton *>(u"newWindowButton"_s), Qt::LeftButton);
        QCOMPARE(page.findChild<QSpinBox *>(u"windowNumberSpinBox"_s)->value(), 3);
        page.findChild<QLineEdit *>(u"windowNameEdit"_s)->setText(u"司法所窗口"_s);
        auto *department = page.findChild<QComboBox *>(u"windowDepartmentComboBox"_s);
        department->setCurrentIndex(department->findText(u"司法所"_s));
        auto *types = page.findChild<QListWidget *>(u"windowTypesList"_s);
        for (int i = 0; i < types->count(); ++i)
            if (types->item(i)->text().contains(u"矛盾调解"_s))
                types->item(i)->setCheckState(Qt::Checked);
        QTest::mouseClick(page.findChild<QPushButton *>(u"saveWindowButton"_s), Qt::LeftButton);
        QVERIFY2(page.findChild<QLabel *>(u"setupStatusLabel"_s)->text().contains(u"3号窗口"_s),
                 qPrintable(page.findChild<QLabel *>(u"setupStatusLabel"_s)->text()));
        const auto windows = QueueSetupService(*m_db, m_clock, context.actor()).windows();
        QCOMPARE(windows.size(), 3);
        QCOMPARE(windows[2].departmentId, m_town.judicial.id);
        QCOMPARE(windows[2].serviceIds.size(), 1);
        // 司法所 sits at window 3 on Monday morning
        auto *rota = page.findChild<QComboBox *>(u"rotaCombo_2_0"_s);
        QVERIFY(rota);
        rota->setCurrentIndex(rota->findText(u"司法所"_s));
        QTest::mouseClick(page.findChild<QPushButton *>(u"saveRotaButton"_s), Qt::LeftButton);
        QCOMPARE(
            QueueSetupService(*m_db, m_clock, context.actor()).rotaDepartment(windows[2].id, m_clock.now()),
            m_town.judicial.id);
        WindowConsole console(context);
        console.selectWindow(windows[2].id);
        QCOMPARE(console.findChild<QLabel *>(u"rotaLabel"_s)->text(), u"本时段驻点：司法所"_s);
        // the ratio
        page.findChild<QSpinBox *>(u"ratioSpinBox"_s)->setValue(3);
        QTest::mouseClick(page.findChild<QPushButton *>(u"saveRatioButton"_s), Qt::LeftButton);
        QCOMPARE(QueueSetupService(*m_db, m_clock, context.actor()).normalPerPriority(), 3);
        // a letter taken twice is refused in a sentence
        page.findChild<QTableWidget *>(u"typesTable"_s)->selectRow(1);
        page.findChild<QLineEdit *>(u"typePrefixEdit"_s)->setText(u"A"_s);
        QTest::mouseClick(page.findChild<QPushButton *>(u"saveTypeButton"_s), Qt::LeftButton);
        QVERIFY(page.findChild<QLabel *>(u"setupStatusLabel"_s)
                    ->text()
                    .contains(u"字母 A 已被其他业务类型使用"_s));
    }

    void screenshots()
    {
        Query::run(*m_db,
                   u"UPDATE departments SET kind = 'resident' WHERE id = %1"_s.arg(m_town.judicial.id));
        QueueService queue(*m_db, m_clock, m_town.actor(m_town.reception));
        for (int i = 0; i < 4; ++i)
            queue.take(m_visit.id, i == 2 ? TicketPriority::Elderly : TicketPriority::None);
        queue.take(m_law.id);
        queue.callNext(m_window2.id);
        m_clock.advanceSecs(30);
        queue.callNext(m_window1.id);
        const AppContext context{*m_db, m_clock, m_calendar, townshipAdmin()};
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            const QString suffix = language + u'-' + m_testDb->backendName();
            {
                TakeNumberPage take(context);
                take.findChild<QCheckBox *>(u"autoPrintCheckBox"_s)->setChecked(false);
                take.resize(900, 560);
                take.show();
                QTest::mouseClick(take.findChild<QPushButton *>(u"takeButton_A"_s), Qt::LeftButton);
                QVERIFY(QTest::qWaitForWindowExposed(&take));
                VERIFY_SCREENSHOT(&take, u"hall-take-%1"_s.arg(suffix), QSize(600, 400));
                const QString pdf = test::outputPath(u"hall-ticket-%1.pdf"_s.arg(suffix));
                take.lastSlip()->writePdf(pdf);
                QProcess::execute(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"100"_s, u"-singlefile"_s, pdf,
                                                  test::outputPath(u"hall-ticket-%1"_s.arg(suffix))});
                WindowConsole console(context);
                console.selectWindow(m_window1.id);
                console.resize(1000, 560);
                console.show();
                QVERIFY(QTest::qWaitForWindowExposed(&console));
                VERIFY_SCREENSHOT(&console, u"hall-console-%1"_s.arg(suffix), QSize(600, 400));
                QueueDisplayWindow display(context);
                display.resize(1280, 720);
                display.show();
                QVERIFY(QTest::qWaitForWindowExposed(&display));
                VERIFY_SCREENSHOT(&display, u"hall-display-%1"_s.arg(suffix), QSize(1000, 600));
                EvaluatorWindow evaluator(context, m_window1.id);
                if (const auto serving = queue.current(m_window1.id))
                    queue.finish(serving->id);
                evaluator.refresh();
                evaluator.resize(900, 560);
                evaluator.show();
                QVERIFY(QTest::qWaitForWindowExposed(&evaluator));
                VERIFY_SCREENSHOT(&evaluator, u"hall-evaluator-%1"_s.arg(suffix), QSize(600, 400));
                queue.callNext(m_window1.id); // the next language's console has a ticket in hand
                QueueSetupPage setup(context);
                setup.resize(1000, 560);
                setup.show();
                QVERIFY(QTest::qWaitForWindowExposed(&setup));
                VERIFY_SCREENSHOT(&setup, u"hall-setup-%1"_s.arg(suffix), QSize(600, 400));
                setup.findChild<QTabWidget *>(u"queueSetupTabs"_s)->setCurrentIndex(1);
                VERIFY_SCREENSHOT(&setup, u"hall-setup-windows-%1"_s.arg(suffix), QSize(600, 400));
                setup.findChild<QTabWidget *>(u"queueSetupTabs"_s)->setCurrentIndex(2);
                VERIFY_SCREENSHOT(&setup, u"hall-setup-rota-%1"_s.arg(suffix), QSize(600, 400));
                QueueStatsPage stats(context);
                stats.resize(1000, 400);
                stats.show();
                QVERIFY(QTest::qWaitForWindowExposed(&stats));
                VERIFY_SCREENSHOT(&stats, u"hall-stats-%1"_s.arg(suffix), QSize(600, 300));
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestHallGui)
#include "tst_hall_gui.moc"
