// 核查 and 结案 as one or two steps, driven through the widgets on SQLite and PostgreSQL: an admin
// chooses two steps for a township in 办理流程设置; there the case view offers 核查通过 (not 核查结案),
// the case goes to 待结案 (its own tile on the board, in a duty officer's 我的待办), 结案 closes it
// and 退回 from 待结案 sends it back; a township left on one step still closes in one. Screenshots of
// the settings dialog and the case view at 待结案 in zh_CN and en.
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "WorkflowSettings.h"
#include "admin/AccountsPage.h"
#include "admin/CheckStepsDialog.h"
#include "dispatch/ActionDialog.h"
#include "dispatch/BoardModel.h"
#include "dispatch/BoardPage.h"
#include "dispatch/CaseViewDialog.h"
#include "dispatch/StageStrip.h"
#include "shell/Localization.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    for (const QChar ch : text) {
        QInputMethodEvent event;
        event.setCommitString(QString(ch));
        QCoreApplication::sendEvent(widget, &event);
    }
}

template <typename T> T *waitForDialog(QWidget *parent)
{
    T *found = nullptr;
    (void)QTest::qWaitFor([&] {
        found = parent->findChild<T *>();
        return found && found->isVisible();
    });
    return found;
}

} // namespace

class TestCheckStepsGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    WorkCalendar m_calendar = WorkCalendar::bundled();

    // A case in 待核查 at the place: registered, dispatched to the township's department, signed, fed back.
    qint64 caseInFeedback(const QString &title, qint64 place)
    {
        CaseService service(*m_db, m_clock, m_calendar);
        CaseRecord c;
        c.title = title;
        c.description = u"楼上漏水"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = place;
        Actor county = m_town.actor(m_town.duty);
        county.orgUnitId = m_town.county.id;
        const qint64 id = service.report(c, county).id;
        auto step = [&](CaseAction action, ActionInput in = {}) {
            service.apply(id, CaseRepository(*m_db).get(id)->version, action, in, county);
        };
        const qint64 department = place == m_town.grid3.id ? m_town.township2Police.id : m_town.judicial.id;
        step(CaseAction::Register);
        step(CaseAction::Dispatch, ActionInput{.departmentId = department});
        Actor handler = m_town.actor(m_town.handler);
        handler.orgUnitId = m_town.county.id;
        handler.departmentId = department;
        service.apply(id, CaseRepository(*m_db).get(id)->version, CaseAction::Sign, {}, handler);
        service.apply(id, CaseRepository(*m_db).get(id)->version, CaseAction::SubmitFeedback,
                      ActionInput{.result = u"已调解"_s}, handler);
        return id;
    }

    // Clicks the case view's button for the action, types the reason if asked, confirms.
    void takeAction(CaseViewDialog &view, CaseAction action, const QString &reason = {})
    {
        QPushButton *button = view.actionButton(action);
        QVERIFY2(button, qPrintable(code(action)));
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = waitForDialog<ActionDialog>(&view);
        QVERIFY(dialog);
        if (!reason.isEmpty())
            typeText(dialog->findChild<QPlainTextEdit *>(u"reasonTextEdit"_s), reason);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!view.findChild<ActionDialog *>());
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
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    // The admin's entry point: 账号管理 → 办理流程设置, the township set to two steps and saved.
    void adminChoosesTwoStepsForATownship()
    {
        const AppContext context{*m_db, m_clock, m_calendar, m_town.admin};
        AccountsPage page(context);
        page.show();
        auto *open = page.findChild<QPushButton *>(u"checkStepsButton"_s);
        QVERIFY(open && open->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        auto *dialog = waitForDialog<CheckStepsDialog>(&page);
        QVERIFY(dialog);
        auto *county = dialog->findChild<QComboBox *>(u"countyCheckStepsComboBox"_s);
        QVERIFY(county->isEnabled());
        QCOMPARE(county->currentText(), u"一步：核查结案"_s);
        QCOMPARE(dialog->findChild<QTableWidget *>(u"townshipCheckStepsTable"_s)->rowCount(), 2);
        auto *township =
            dialog->findChild<QComboBox *>(u"checkStepsComboBox_"_s + QString::number(m_town.township1.id));
        QVERIFY(township);
        QCOMPARE(township->currentText(), u"沿用全县设置"_s);
        township->setCurrentIndex(township->findText(u"两步：核查通过后再结案"_s));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<CheckStepsDialog *>());
        QCOMPARE(WorkflowSettings(*m_db).checkSteps(m_town.township1.id), CheckSteps::Two);
        QCOMPARE(WorkflowSettings(*m_db).checkSteps(m_town.township2.id), CheckSteps::One);

        // Other roles see no entry point.
        const AppContext duty{*m_db, m_clock, m_calendar, m_town.duty};
        AccountsPage other(duty);
        QVERIFY(other.findChild<QPushButton *>(u"checkStepsButton"_s)->isHidden());
    }

    // Two steps: 核查通过 → 待结案 (tile, 我的待办), then 结案.
    void twoStepsThroughTheCaseView()
    {
        const qint64 id = caseInFeedback(u"两步核查楼道漏水"_s, m_town.grid1.id);
        const AppContext context{*m_db, m_clock, m_calendar, m_town.duty};
        CaseViewDialog view(context, id);
        view.show();
        QVERIFY(!view.actionButton(CaseAction::Close));
        QVERIFY(view.actionButton(CaseAction::Verify));
        QCOMPARE(view.actionButton(CaseAction::Verify)->text(), u"核查通过"_s);
        QVERIFY(view.actionButton(CaseAction::Return));
        takeAction(view, CaseAction::Verify, u"现场核实，漏水已修复"_s);
        QTRY_COMPARE(CaseRepository(*m_db).get(id)->status, CaseStatus::Verified);

        QTRY_VERIFY(view.actionButton(CaseAction::Close));
        QCOMPARE(view.actionButton(CaseAction::Close)->text(), u"结案"_s);
        QVERIFY(!view.actionButton(CaseAction::Verify));

        {
            BoardPage board(context);
            board.resize(1200, 700);
            board.show();
            QToolButton *tile = board.stageStrip()->tile(CaseStatus::Verified);
            QVERIFY(tile && tile->isVisible());
            QTRY_COMPARE(board.stageStrip()->count(CaseStatus::Verified), 1);
            QVERIFY(board.applySavedFilter(u"我的待办"_s));
            QTRY_VERIFY(board.model()->rowCount() > 0);
            bool listed = false;
            for (int row = 0; row < board.model()->rowCount(); ++row)
                listed = listed || board.model()->caseAt(row).id == id;
            QVERIFY(listed);
        }

        takeAction(view, CaseAction::Close);
        QTRY_COMPARE(CaseRepository(*m_db).get(id)->status, CaseStatus::Closed);
    }

    // 退回 from 待结案 goes back to the handler with the reason.
    void returnFromVerified()
    {
        const qint64 id = caseInFeedback(u"结案时退回"_s, m_town.grid1.id);
        const AppContext context{*m_db, m_clock, m_calendar, m_town.duty};
        CaseViewDialog view(context, id);
        view.show();
        takeAction(view, CaseAction::Verify);
        QTRY_COMPARE(CaseRepository(*m_db).get(id)->status, CaseStatus::Verified);
        QTRY_VERIFY(view.actionButton(CaseAction::Return));
        takeAction(view, CaseAction::Return, u"现场照片缺失"_s);
        QTRY_COMPARE(CaseRepository(*m_db).get(id)->status, CaseStatus::InProgress);
        QCOMPARE(CaseRepository(*m_db).flow(id).last().note, u"现场照片缺失"_s);
    }

    // A township on one step: 核查结案 as before, no 核查通过.
    void oneStepElsewhere()
    {
        const qint64 id = caseInFeedback(u"一步核查结案"_s, m_town.grid3.id);
        User countyDuty = m_town.duty;
        countyDuty.orgUnitId = m_town.county.id;
        const AppContext context{*m_db, m_clock, m_calendar, countyDuty};
        CaseViewDialog view(context, id);
        view.show();
        QVERIFY(!view.actionButton(CaseAction::Verify));
        QVERIFY(view.actionButton(CaseAction::Close));
        QCOMPARE(view.actionButton(CaseAction::Close)->text(), u"核查结案"_s);
        takeAction(view, CaseAction::Close);
        QTRY_COMPARE(CaseRepository(*m_db).get(id)->status, CaseStatus::Closed);
    }

    void screenshots()
    {
        const qint64 id = caseInFeedback(u"楼道堆放杂物影响通行"_s, m_town.grid1.id);
        CaseService(*m_db, m_clock, m_calendar)
            .apply(id, CaseRepository(*m_db).get(id)->version, CaseAction::Verify, {},
                   m_town.actor(m_town.duty));
        const AppContext admin{*m_db, m_clock, m_calendar, m_town.admin};
        const AppContext duty{*m_db, m_clock, m_calendar, m_town.duty};
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            {
                CheckStepsDialog dialog(admin);
                dialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                VERIFY_SCREENSHOT(&dialog, u"check-steps-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(400, 250));
                CaseViewDialog view(duty, id);
                view.resize(1000, 700);
                view.show();
                QVERIFY(QTest::qWaitForWindowExposed(&view));
                VERIFY_SCREENSHOT(&view, u"caseview-verified-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(600, 400));
                BoardPage board(duty);
                board.resize(1300, 700);
                board.show();
                QVERIFY(QTest::qWaitForWindowExposed(&board));
                QTRY_COMPARE(board.stageStrip()->count(CaseStatus::Verified), 1);
                VERIFY_SCREENSHOT(board.stageStrip(),
                                  u"stage-strip-verified-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(600, 50));
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestCheckStepsGui)
#include "tst_check_steps_gui.moc"
