// 回访台 driven through its widgets on SQLite and PostgreSQL: the due list, a failed attempt counted
// and listed, 不满意 going on to 退回 with the reason filled in, the module shown to the roles that
// record call-backs only, and the console and its dialog rendered in zh_CN and en.
#include "AuditLog.h"
#include "CallbackService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "SheetReader.h"
#include "TestDatabase.h"
#include "Validators.h"
#include "callbacks/CallbackDialog.h"
#include "callbacks/CallbackDueModel.h"
#include "callbacks/CallbackPage.h"
#include "dispatch/ActionDialog.h"
#include "shell/Localization.h"
#include "shell/Module.h"
#include "shell/StandardModules.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
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

bool selectText(QComboBox *combo, const QString &text)
{
    const int index = combo ? combo->findText(text) : -1;
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
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

class TestCallbacksGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    WorkCalendar m_calendar = WorkCalendar::bundled();

    qint64 caseInFeedback(const QString &title, const QString &reporterPhone = {})
    {
        CaseService service(*m_db, m_clock, m_calendar);
        CaseRecord c;
        c.title = title;
        c.description = u"楼上漏水"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid1.id;
        if (!reporterPhone.isEmpty()) {
            CaseParty p;
            p.name = u"欧阳娜娜"_s;
            p.phone = reporterPhone;
            c.parties = {p};
        }
        const qint64 id = service.report(c, m_town.actor(m_town.reception)).id;
        auto step = [&](CaseAction action, const User &u, ActionInput in = {}) {
            service.apply(id, CaseRepository(*m_db).get(id)->version, action, in, m_town.actor(u));
        };
        step(CaseAction::Register, m_town.duty);
        step(CaseAction::Dispatch, m_town.duty, ActionInput{.departmentId = m_town.judicial.id});
        step(CaseAction::Sign, m_town.handler);
        step(CaseAction::SubmitFeedback, m_town.handler, ActionInput{.result = u"已调解"_s});
        return id;
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

    void moduleForTheRolesThatCallBack()
    {
        auto ids = [&](const User &u) {
            const AppContext context{*m_db, m_clock, m_calendar, u};
            QStringList out;
            for (const auto &m : createStandardModules(context))
                out << m->id();
            return out;
        };
        QVERIFY(ids(m_town.duty).contains(u"callbacks"_s));
        QVERIFY(ids(m_town.leader).contains(u"callbacks"_s));
        QVERIFY(!ids(m_town.reception).contains(u"callbacks"_s));
        QVERIFY(!ids(m_town.handler).contains(u"callbacks"_s));
    }

    void failedAttemptThenUnsatisfiedReturnsTheCase()
    {
        const qint64 id = caseInFeedback(u"回访界面测试"_s);
        const AppContext context{*m_db, m_clock, m_calendar, m_town.duty};
        CallbackPage page(context);
        page.resize(1000, 600);
        page.show();
        page.reload();
        auto *table = page.findChild<QTableView *>(u"callbackDueTable"_s);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(page.model()->at(0).caseId, id);

        // 未联系上: an attempt, counted and listed; the case stays due
        QTest::mouseClick(page.findChild<QPushButton *>(u"recordCallbackButton"_s), Qt::LeftButton);
        auto *dialog = waitForDialog<CallbackDialog>(&page);
        QVERIFY(dialog);
        QVERIFY(selectText(dialog->findChild<QComboBox *>(u"resultComboBox"_s), u"未联系上"_s));
        QVERIFY(!dialog->findChild<QLabel *>(u"callbackHintLabel"_s)->text().isEmpty());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveCallbackButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<CallbackDialog *>());
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(page.model()->at(0).failedAttempts, 1);
        QCOMPARE(page.findChild<QTableWidget *>(u"attemptsTable"_s)->rowCount(), 1);
        QVERIFY(page.findChild<QLabel *>(u"attemptsLabel"_s)->text().contains(u"未联系上 1 次"_s));

        // 不满意 needs its reason, then goes on to 退回 with the reason filled in
        QTest::mouseClick(page.findChild<QPushButton *>(u"recordCallbackButton"_s), Qt::LeftButton);
        dialog = waitForDialog<CallbackDialog>(&page);
        QVERIFY(dialog);
        QVERIFY(selectText(dialog->findChild<QComboBox *>(u"resultComboBox"_s), u"不满意"_s));
        auto *save = dialog->findChild<QPushButton *>(u"saveCallbackButton"_s);
        QVERIFY(!save->isEnabled());
        typeText(dialog->findChild<QPlainTextEdit *>(u"noteTextEdit"_s), u"漏水未修好"_s);
        QVERIFY(save->isEnabled());
        VERIFY_SCREENSHOT(dialog, u"callback-dialog-%1"_s.arg(m_testDb->backendName()), QSize(300, 200));
        QTest::mouseClick(save, Qt::LeftButton);
        auto *follow = waitForDialog<ActionDialog>(&page);
        QVERIFY(follow);
        QCOMPARE(follow->findChild<QPlainTextEdit *>(u"reasonTextEdit"_s)->toPlainText(),
                 u"回访不满意：漏水未修好"_s);
        QTest::mouseClick(follow->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        QTRY_COMPARE(CaseRepository(*m_db).get(id)->status, CaseStatus::InProgress);
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QCOMPARE(CallbackService(*m_db, m_clock).list(id, m_town.actor(m_town.duty)).size(), 2);
    }

    // 核查结案 offers the resident's answer to the call-back as the satisfaction.
    void closingOffersTheAnswer()
    {
        const qint64 id = caseInFeedback(u"回访后结案"_s);
        Callback b;
        b.result = CallbackResult::BasicallySatisfied;
        CallbackService(*m_db, m_clock).record(id, b, m_town.actor(m_town.duty));
        const AppContext context{*m_db, m_clock, m_calendar, m_town.duty};
        ActionDialog dialog(context, *CaseRepository(*m_db).get(id), CaseAction::Close);
        QCOMPARE(dialog.findChild<QComboBox *>(u"satisfactionComboBox"_s)->currentText(), u"基本满意"_s);
    }

    // 导出 on the page: the due list exactly as shown (its days, every row), the reporter's phone
    // masked for a duty officer and in full for a leader (who may export personal data), each export
    // in the audit log with which it was; the call-back records through the same button.
    void exportFromThePage()
    {
        caseInFeedback(u"导出回访测试"_s, u"13912345678"_s);
        QTemporaryDir dir;
        for (const User *user : {&m_town.duty, &m_town.leader}) {
            const AppContext context{*m_db, m_clock, m_calendar, *user};
            CallbackPage page(context);
            page.resize(1000, 600);
            page.show();
            page.reload();
            auto *button = page.findChild<QPushButton *>(u"callbackExportButton"_s);
            QVERIFY(button && button->isVisible() && button->menu());
            QVERIFY(page.findChild<QAction *>(u"callbackExportDueAction"_s));
            QVERIFY(page.findChild<QAction *>(u"callbackExportRecordsAction"_s));
            page.findChild<QSpinBox *>(u"closedWithinSpinBox"_s)->setValue(30);
            QCOMPARE(page.model()->closedWithinDays(), 30);
            const bool full = user == &m_town.leader;
            const QString file = dir.filePath(full ? u"due-full.xlsx"_s : u"due.xlsx"_s);
            const qint64 rows = page.exportList(u"callbacks-due"_s, file);
            QVERIFY(rows > 0);
            QCOMPARE(rows, qint64(page.model()->rowCount())); // fewer than a page: all are read
            const RawSheet sheet = SheetReader::read(file);
            bool found = false;
            for (const CellRow &r : sheet.rows) {
                if (r.value(1).text != u"导出回访测试"_s)
                    continue;
                found = true;
                QCOMPARE(r.value(7).text, full ? u"13912345678"_s : Masking::phone(u"13912345678"_s));
                QCOMPARE(r.value(6).text, full ? u"欧阳娜娜"_s : Masking::name(u"欧阳娜娜"_s));
            }
            QVERIFY(found);
            QVERIFY(sheet.rows.value(1).value(0).text.contains(u"30"_s)); // the page's days, above the table
            const AuditLog::Entry last = AuditLog(*m_db, m_clock).recent(1).constFirst();
            QCOMPARE(last.objectType, u"callbacks-due"_s);
            QVERIFY(last.detail.contains(full ? u"personal_data=full"_s : u"personal_data=masked"_s));
            QVERIFY(page.exportList(u"callbacks"_s, dir.filePath(u"records.csv"_s)) >= 0);
            QCOMPARE(AuditLog(*m_db, m_clock).recent(1).constFirst().objectType, u"callbacks"_s);
        }
    }

    void screenshots()
    {
        caseInFeedback(u"楼道堆放杂物"_s);
        caseInFeedback(u"邻居噪音扰民"_s);
        const AppContext context{*m_db, m_clock, m_calendar, m_town.duty};
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            {
                CallbackPage page(context);
                page.resize(1100, 560);
                page.show();
                page.reload();
                QVERIFY(QTest::qWaitForWindowExposed(&page));
                VERIFY_SCREENSHOT(&page, u"callbacks-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(800, 400));
                const auto record = *CaseRepository(*m_db).get(page.model()->at(0).caseId);
                CallbackDialog dialog(context, record);
                dialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                VERIFY_SCREENSHOT(&dialog, u"callback-dialog-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(300, 200));
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestCallbacksGui)
#include "tst_callbacks_gui.moc"
