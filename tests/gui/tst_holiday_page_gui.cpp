// 基础数据 › 节假日 through its widgets, on both backends: the year grid (official and provisional
// years), a county admin adding 2027 by typing the State Council's notice (a wrong make-up day shown
// first), the grid with 班 and the recompute count afterwards, the case's deadline moved; read-only
// for others; the coverage warning on the board when the calendar ends within 60 days; screenshots
// in zh_CN and en.
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "basedata/BaseDataModule.h"
#include "basedata/HolidayCalendarPage.h"
#include "basedata/HolidayNoticeDialog.h"
#include "basedata/HolidayYearView.h"
#include "dispatch/BoardPage.h"
#include "intake/IntakeForm.h"
#include "shell/AppContext.h"
#include "shell/Localization.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

int rowNamed(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (static_cast<QComboBox *>(table->cellWidget(row, 0))->currentText() == name)
            return row;
    }
    return -1;
}

} // namespace

class TestHolidayPageGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    // Friday 18 December 2026: the bundled calendar ends in two weeks.
    FixedClock m_clock{QDateTime(QDate(2026, 12, 18), QTime(9, 0))};
    WorkCalendar m_calendar;
    qint64 m_caseId = 0;

    std::unique_ptr<AppContext> context(const User &user)
    {
        return std::make_unique<AppContext>(AppContext{*m_db, m_clock, m_calendar, user});
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
            // Dispatched with 40 working days: provisionally Friday 19 February 2027 (春节 by law).
            CaseService service(*m_db, m_clock, m_calendar);
            CaseRecord c;
            c.title = u"年底拖欠工资"_s;
            c.categoryId = m_town.wages.id;
            c.orgUnitId = m_town.grid1.id;
            c = service.report(c, m_town.actor(m_town.reception));
            c = service.apply(c.id, c.version, CaseAction::Register, {}, m_town.actor(m_town.duty));
            ActionInput dispatch;
            dispatch.departmentId = m_town.judicial.id;
            dispatch.days = 40;
            c = service.apply(c.id, c.version, CaseAction::Dispatch, dispatch, m_town.actor(m_town.duty));
            m_caseId = c.id;
            QCOMPARE(c.deadline.date(), QDate(2027, 2, 19));
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    // The board warns two weeks before the calendar's end, and not in March.
    void coverageWarningOnTheBoard()
    {
        auto ctx = context(m_town.duty);
        {
            BoardPage board(*ctx);
            board.resize(1200, 700);
            board.show();
            auto *banner = child<QLabel>(&board, u"calendarCoverageWarning"_s);
            QVERIFY(banner);
            QTRY_VERIFY(banner->isVisible());
            QVERIFY2(banner->text().startsWith(u"2027 年节假日安排尚未录入，期限按法定节日推算（暂定）"_s),
                     qPrintable(banner->text()));
            QVERIFY(banner->text().contains(u"县级管理员"_s));
            QVERIFY(!child<QLabel>(&board, u"calendarNoteLabel"_s)->isVisible()); // said once, by the banner
            VERIFY_SCREENSHOT(&board, u"holiday-board-warning-zh-"_s + m_testDb->backendName(),
                              QSize(800, 400));
        }
        const QDateTime saved = m_clock.now();
        m_clock.set(QDateTime(QDate(2026, 3, 18), QTime(9, 0)));
        {
            BoardPage board(*ctx);
            board.show();
            QVERIFY(!child<QLabel>(&board, u"calendarCoverageWarning"_s)->isVisible());
        }
        m_clock.set(saved);
    }

    void othersRead()
    {
        User townAdmin = m_town.admin;
        townAdmin.orgUnitId = m_town.township1.id; // an admin of a township, not of the county
        for (const User &user : {townAdmin, m_town.reception}) {
            auto ctx = context(user);
            HolidayCalendarPage page(*ctx, true);
            page.show();
            QVERIFY(!page.isEditable());
            QVERIFY(!child<QPushButton>(&page, u"enterNoticeButton"_s)->isVisible());
            QVERIFY(!child<QPushButton>(&page, u"importJsonButton"_s)->isVisible());
            QVERIFY(child<QLabel>(&page, u"readOnlyNote"_s)->isVisible());
            QCOMPARE(page.currentYear(), 2026);
            QCOMPARE(page.yearView()->kind(QDate(2026, 2, 17)), HolidayYearView::DayKind::Holiday);
        }
    }

    void addAYearByTypingTheNotice()
    {
        auto ctx = context(m_town.admin);
        BaseDataModule module(*ctx);
        std::unique_ptr<QWidget> owner(module.widget());
        owner->resize(1280, 720);
        owner->show();
        auto *page = qobject_cast<HolidayCalendarPage *>(module.showPage(u"holidays"_s));
        QVERIFY(page);
        QVERIFY(page->isEditable());

        // 2027 is provisional: the law's days, marked 暂定.
        auto *years = child<QComboBox>(page, u"yearComboBox"_s);
        years->setCurrentIndex(years->findData(2027));
        QCOMPARE(page->currentYear(), 2027);
        QVERIFY(years->currentText().contains(u"暂定"_s));
        QVERIFY(child<QLabel>(page, u"yearStatusLabel"_s)->text().startsWith(u"暂定"_s));
        HolidayYearView *grid = page->yearView();
        QCOMPARE(grid->kind(QDate(2027, 1, 1)), HolidayYearView::DayKind::ProvisionalHoliday);
        QCOMPARE(grid->kind(QDate(2027, 2, 5)), HolidayYearView::DayKind::ProvisionalHoliday);
        QCOMPARE(grid->kind(QDate(2027, 2, 20)), HolidayYearView::DayKind::Weekend);
        auto *list = child<QTableWidget>(page, u"holidayTable"_s);
        QCOMPARE(list->rowCount(), 7);
        QCOMPARE(list->item(0, 0)->text(), u"元旦（暂定）"_s);
        QCOMPARE(grid->dayAt(grid->dayRect(QDate(2027, 6, 9)).center()), QDate(2027, 6, 9));
        VERIFY_SCREENSHOT(owner.get(), u"holiday-provisional-zh-"_s + m_testDb->backendName(),
                          QSize(900, 500));

        // 录入国务院通知: the dialog starts from the law's days; type the notice's 春节 and 国庆节.
        QTest::mouseClick(child<QPushButton>(page, u"enterNoticeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(page->noticeDialog() && page->noticeDialog()->isVisible());
        HolidayNoticeDialog *dialog = page->noticeDialog();
        QTableWidget *table = dialog->table();
        QCOMPARE(table->rowCount(), 7);
        const int spring = rowNamed(table, u"春节"_s);
        const int national = rowNamed(table, u"国庆节"_s);
        QVERIFY(spring >= 0 && national >= 0);
        QCOMPARE(static_cast<QDateEdit *>(table->cellWidget(spring, 1))->date(), QDate(2027, 2, 5));
        static_cast<QDateEdit *>(table->cellWidget(spring, 2))->setDate(QDate(2027, 2, 13));
        auto *springWork = static_cast<QLineEdit *>(table->cellWidget(spring, 3));
        QTest::keyClicks(springWork, u"2027-01-31, 2027-02-17"_s); // the 17th is a Wednesday
        static_cast<QDateEdit *>(table->cellWidget(national, 2))->setDate(QDate(2027, 10, 7));
        QTest::keyClicks(static_cast<QLineEdit *>(table->cellWidget(national, 3)), u"10-9"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveNoticeButton"_s), Qt::LeftButton);
        auto *problems = child<QLabel>(dialog, u"noticeProblemsLabel"_s);
        QTRY_VERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(u"2027-02-17 不是周六或周日"_s), qPrintable(problems->text()));
        QVERIFY(dialog->isVisible());
        VERIFY_SCREENSHOT(dialog, u"holiday-notice-zh-"_s + m_testDb->backendName(), QSize(500, 300));

        // Chinese dates and separators as an input method commits them (keyClicks types ASCII only).
        springWork->setText(u"1月31日、2-20"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveNoticeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!page->noticeDialog());

        // Stored and recomputed: the page says how many cases moved, the grid shows the notice.
        auto *result = child<QLabel>(page, u"recomputeResultLabel"_s);
        QTRY_VERIFY(result->isVisible());
        QVERIFY2(result->text().contains(u"1 件在办案件的办理期限已按新日历重算"_s),
                 qPrintable(result->text()));
        QVERIFY2(result->text().startsWith(u"已录入 2027 年的节假日安排"_s), qPrintable(result->text()));
        QCOMPARE(page->currentYear(), 2027);
        QVERIFY(page->calendar().isOfficialYear(2027));
        QCOMPARE(child<QLabel>(page, u"yearStatusLabel"_s)->text(), u"已录入国务院通知"_s);
        QCOMPARE(grid->kind(QDate(2027, 2, 12)), HolidayYearView::DayKind::Holiday);
        QCOMPARE(grid->kind(QDate(2027, 2, 20)), HolidayYearView::DayKind::MakeUpWorkday);
        QCOMPARE(grid->kind(QDate(2027, 1, 31)), HolidayYearView::DayKind::MakeUpWorkday);
        QCOMPARE(grid->kind(QDate(2027, 10, 9)), HolidayYearView::DayKind::MakeUpWorkday);
        QCOMPARE(grid->kind(QDate(2027, 10, 6)), HolidayYearView::DayKind::Holiday);
        QVERIFY(!years->currentText().contains(u"暂定"_s));
        VERIFY_SCREENSHOT(owner.get(), u"holiday-official-zh-"_s + m_testDb->backendName(), QSize(900, 500));

        // The case's deadline moved with its flow row (Saturday 20 February is worked).
        const auto moved = CaseRepository(*m_db).get(m_caseId);
        QCOMPARE(moved->deadline.date(), QDate(2027, 2, 20));
        QCOMPARE(CaseRepository(*m_db).flow(m_caseId).last().action, CaseAction::RecomputeDeadline);
        QCOMPARE(CaseRepository(*m_db).flow(m_caseId).last().actorName, m_town.admin.displayName);
    }

    void englishScreenshot()
    {
        QTranslator translator;
        QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&translator);
        {
            auto ctx = context(m_town.admin);
            BaseDataModule module(*ctx);
            std::unique_ptr<QWidget> owner(module.widget());
            owner->resize(1280, 720);
            owner->show();
            auto *page = qobject_cast<HolidayCalendarPage *>(module.showPage(u"holidays"_s));
            QVERIFY(page);
            page->selectYear(2028);
            QTest::qWait(20); // the layout follows the button's new text
            QCOMPARE(page->yearView()->kind(QDate(2028, 1, 26)),
                     HolidayYearView::DayKind::ProvisionalHoliday);
            VERIFY_SCREENSHOT(owner.get(), u"holiday-provisional-en-"_s + m_testDb->backendName(),
                              QSize(900, 500));
            page->selectYear(2026);
            QTest::qWait(20);
            VERIFY_SCREENSHOT(owner.get(), u"holiday-official-en-"_s + m_testDb->backendName(),
                              QSize(900, 500));
        }
        QCoreApplication::removeTranslator(&translator);
    }

    // In the workbench: a year entered in 基础数据 → 节假日 reaches the open board and intake form
    // at once (their coverage banners go), without logging in again.
    void openWindowsFollowANewYear()
    {
        const QDateTime saved = m_clock.now();
        m_clock.set(QDateTime(QDate(2027, 11, 16), QTime(9, 0))); // 2027 entered above; 2028 not
        // The county admin also on duty: the board, intake and 基础数据 in one window.
        User user = m_town.admin;
        user.roles |= m_town.duty.roles;
        user.roles |= m_town.reception.roles;
        auto ctx = context(user);
        ctx->calendar = CalendarRepository(*m_db).load();
        MainWindow window(*ctx);
        window.show();
        QVERIFY(window.setCurrentModule(u"board"_s));
        auto *board = window.findChild<BoardPage *>();
        auto *intake = window.findChild<IntakeForm *>();
        QVERIFY(board && intake);
        auto *boardBanner = child<QLabel>(board, u"calendarCoverageWarning"_s);
        auto *intakeBanner = child<QLabel>(intake, u"calendarCoverageWarning"_s);
        QVERIFY(boardBanner && intakeBanner);
        QTRY_VERIFY(boardBanner->isVisible());
        QVERIFY2(boardBanner->text().startsWith(u"2028 年节假日安排尚未录入"_s),
                 qPrintable(boardBanner->text()));
        QVERIFY(!intakeBanner->text().isEmpty());

        QVERIFY(window.setCurrentModule(u"basedata"_s));
        auto *module = window.findChild<BaseDataModule *>();
        QVERIFY(module);
        auto *page = qobject_cast<HolidayCalendarPage *>(module->showPage(u"holidays"_s));
        QVERIFY(page);
        auto *years = child<QComboBox>(page, u"yearComboBox"_s);
        years->setCurrentIndex(years->findData(2028));
        QCOMPARE(page->currentYear(), 2028);
        QTest::mouseClick(child<QPushButton>(page, u"enterNoticeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(page->noticeDialog() && page->noticeDialog()->isVisible());
        // The law's days as they stand (no make-up workdays): enough to make 2028 official.
        QTest::mouseClick(child<QPushButton>(page->noticeDialog(), u"saveNoticeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!page->noticeDialog());
        QVERIFY(page->calendar().isOfficialYear(2028));

        QVERIFY(window.context().calendar.isOfficialYear(2028));
        QVERIFY(intakeBanner->text().isEmpty());
        QVERIFY(window.setCurrentModule(u"board"_s));
        QTRY_VERIFY(!boardBanner->isVisible());
        QVERIFY(boardBanner->text().isEmpty());
        m_clock.set(saved);
    }
};

QTEST_MAIN(TestHolidayPageGui)
#include "tst_holiday_page_gui.moc"
