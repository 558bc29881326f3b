// Issue 15 where each account starts: the receptionist's 查询案件 on 概览 (case number, 查询码, name,
// ID number, phone; masked hits; Enter opens the case), the start page by role and a department
// handler's 我的待办, 修改密码 for every account, and the connection dialog's errors in plain words
// with the driver's text behind 详细信息. SQLite and PostgreSQL (ZONGZHI_TEST_BACKEND).
#include "AccountService.h"
#include "AuthService.h"
#include "CaseService.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "Error.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "cases/CaseLookupPanel.h"
#include "dispatch/BoardFilter.h"
#include "dispatch/BoardModel.h"
#include "dispatch/BoardPage.h"
#include "dispatch/CaseViewDialog.h"
#include "shell/AppController.h"
#include "shell/AppSettings.h"
#include "shell/ChangePasswordDialog.h"
#include "shell/ConnectionDialog.h"
#include "shell/Localization.h"
#include "shell/MainWindow.h"
#include "shell/StandardModules.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString residentName = u"欧阳春花"_s;
const QString residentId = u"330681198506124419"_s;
const QString residentPhone = u"13857661234"_s;

// Answers the next modal dialogs (opened with exec()) as they appear.
class ModalAnswerer : public QObject
{
public:
    explicit ModalAnswerer(std::function<void(QWidget *)> answer) : m_answer(std::move(answer))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last)
                return;
            m_last = modal;
            m_seen.append(modal->objectName());
            m_answer(modal);
        });
        m_timer.start(20);
    }
    const QStringList &seen() const { return m_seen; }

private:
    std::function<void(QWidget *)> m_answer;
    QTimer m_timer;
    QPointer<QWidget> m_last;
    QStringList m_seen;
};

// Types `text` as an input method commits it (QTest::keyClicks knows only ASCII keys).
void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

class English
{
public:
    English()
    {
        if (m_translator.load(u"zongzhi_en"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(&m_translator);
    }
    ~English() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

} // namespace

class TestReceptionStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Localization::applyChineseFont();
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
            m_db = m_testDb->fresh();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        m_town = TestTown::create(*m_db);
        CalendarRepository(*m_db).seedFromBundled();
        m_calendar = CalendarRepository(*m_db).load();
        m_service = std::make_unique<CaseService>(*m_db, m_clock, m_calendar);

        CaseRecord c;
        c.title = u"邻居占用楼道堆放杂物"_s;
        c.description = u"多次协商未果。"_s;
        c.source = CaseSource::Visit;
        c.nature = CaseNature::Complaint;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid1.id;
        c.address = u"8号楼"_s;
        CaseParty p;
        p.name = residentName;
        p.residentId = residentId;
        p.phone = residentPhone;
        c.parties = {p};
        m_resident = m_service->report(c, m_town.actor(m_town.reception));

        // Two dispatched cases: one to the handler's department (司法所), one to the police.
        m_ownCase = dispatched(u"宅基地边界纠纷"_s, m_town.judicial.id);
        m_policeCase = dispatched(u"深夜噪音扰民"_s, m_town.police.id);
        QCOMPARE(m_town.handler.departmentId, m_town.judicial.id);
    }

    // Defect 1: what a returning resident holds finds the case on the receptionist's first page.
    void receptionLooksUpTheCase_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("case number") << m_resident.caseNo;
        QTest::newRow("lookup code") << m_resident.lookupCode;
        QTest::newRow("name") << residentName;
        QTest::newRow("resident id") << residentId;
        QTest::newRow("phone") << residentPhone;
    }

    void receptionLooksUpTheCase()
    {
        QFETCH(QString, typed);
        QVERIFY(!typed.isEmpty());
        auto window = windowFor(m_town.reception);
        QCOMPARE(startModuleId(m_town.reception), u"overview"_s);
        QVERIFY(window->setCurrentModule(startModuleId(m_town.reception)));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *panel = window->findChild<CaseLookupPanel *>();
        QVERIFY(panel);
        QVERIFY(panel->isVisible());
        QLineEdit *edit = panel->lineEdit();
        QCOMPARE(edit->objectName(), u"caseLookupLineEdit"_s);
        QVERIFY(edit->placeholderText().contains(u"查询码"_s));
        QTRY_COMPARE(QApplication::focusWidget(), edit); // the cursor waits in the field

        typeText(edit, typed);
        QTRY_VERIFY(panel->table()->isVisible()); // found while typing, without Enter
        QCOMPARE(panel->model()->rowCount(), 1);
        const QString shownName = panel->model()->index(0, CaseListModel::ReporterColumn).data().toString();
        const QString shownPhone = panel->model()->index(0, CaseListModel::PhoneColumn).data().toString();
        QVERIFY2(shownName != residentName && shownName.startsWith(u"欧"_s), qPrintable(shownName));
        QVERIFY2(shownPhone != residentPhone && shownPhone.contains(u'*'), qPrintable(shownPhone));

        QTest::keyClick(edit, Qt::Key_Return);
        auto *view = panel->findChild<CaseViewDialog *>();
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        QVERIFY(view->windowTitle().contains(m_resident.caseNo));
        view->close();
    }

    void lookupSaysWhenNothingIsFound()
    {
        auto window = windowFor(m_town.reception);
        window->setCurrentModule(u"overview"_s);
        auto *panel = window->findChild<CaseLookupPanel *>();
        QTest::keyClicks(panel->lineEdit(), u"330681001-2099-999999"_s);
        QTest::keyClick(panel->lineEdit(), Qt::Key_Return);
        QVERIFY(!panel->table()->isVisible());
        QVERIFY(!panel->findChild<CaseViewDialog *>());
        auto *status = panel->findChild<QLabel *>(u"caseLookupStatusLabel"_s);
        QVERIFY2(status->text().contains(u"没有找到"_s), qPrintable(status->text()));
    }

    // 案件查询 and the board say which identifiers their search accepts.
    void searchBoxesNameTheIdentifiers()
    {
        auto window = windowFor(m_town.duty);
        for (const QString &name : {u"caseSearchLineEdit"_s, u"boardSearchLineEdit"_s}) {
            auto *edit = window->findChild<QLineEdit *>(name);
            QVERIFY2(edit, qPrintable(name));
            for (const QString &word : {u"案件编号"_s, u"查询码"_s, u"身份证号"_s, u"电话"_s})
                QVERIFY2(edit->placeholderText().contains(word), qPrintable(edit->placeholderText()));
        }
    }

    // "A handler's worklist by default": the start page follows the role, and a department handler's
    // board opens on 我的待办, his department's cases still to do.
    void startPageFollowsTheRole()
    {
        QCOMPARE(startModuleId(m_town.duty), u"board"_s);
        QCOMPARE(startModuleId(m_town.leader), u"board"_s);
        QCOMPARE(startModuleId(m_town.handler), u"board"_s);
        QCOMPARE(startModuleId(m_town.reception), u"overview"_s);
        QCOMPARE(startModuleId(m_town.admin), u"accounts"_s);
        for (const User &user : {m_town.duty, m_town.handler, m_town.reception, m_town.admin}) {
            auto window = windowFor(user);
            QVERIFY2(window->moduleIds().contains(startModuleId(user)), qPrintable(user.login));
        }
    }

    void handlerOpensOnHisWorklist()
    {
        auto window = windowFor(m_town.handler);
        QVERIFY(window->setCurrentModule(startModuleId(m_town.handler)));
        auto *board = window->findChild<BoardPage *>();
        QVERIFY(board);
        QCOMPARE(board->filter().departmentId, m_town.judicial.id);
        QVERIFY(!board->filter().statuses.isEmpty());
        for (CaseStatus status : board->filter().statuses)
            QVERIFY(isOpen(status));
        QCOMPARE(window->findChild<QComboBox *>(u"savedFilterComboBox"_s)->currentText(),
                 SavedFilterStore::builtIns(m_town.handler).constFirst().name);
        QTRY_VERIFY(board->model()->rowOf(m_ownCase.id) >= 0);
        QCOMPARE(board->model()->rowOf(m_policeCase.id), -1);
        QCOMPARE(board->model()->rowOf(m_resident.id), -1); // not dispatched to anyone yet

        // The center's duty officer still opens on the whole township.
        auto duty = windowFor(m_town.duty);
        auto *dutyBoard = duty->findChild<BoardPage *>();
        QCOMPARE(dutyBoard->filter().departmentId, 0);
        QVERIFY(dutyBoard->filter().statuses.isEmpty());
        QTRY_VERIFY(dutyBoard->model()->rowOf(m_policeCase.id) >= 0);
    }

    // Through the real login: the page each demo account opens on, whatever this computer's last
    // user left open (ui/lastModule).
    void loginOpensTheRolesPage_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("module");
        QTest::newRow("reception") << u"reception1"_s << u"overview"_s;
        QTest::newRow("duty") << u"duty1"_s << u"board"_s;
        QTest::newRow("handler") << u"handler1"_s << u"board"_s;
        QTest::newRow("admin") << u"admin"_s << u"accounts"_s;
    }

    void loginOpensTheRolesPage()
    {
        if (m_testDb->isPostgres())
            QSKIP("the shell's start is the same on both engines; run once, on a demo SQLite file");
        QFETCH(QString, login);
        QFETCH(QString, module);
        static QTemporaryDir dir;
        const QString url = u"sqlite://"_s + dir.filePath(u"demo.db"_s);
        if (!QFileInfo::exists(dir.filePath(u"demo.db"_s))) {
            Database demo(url);
            demo.migrate();
            DemoOptions options;
            options.cases = 40;
            QCOMPARE(DemoDataGenerator(demo, options).run(), options.cases);
        }
        AppSettings settings(dir.filePath(login + u".ini"_s));
        settings.lastModule.set(u"cases"_s);
        AppController controller(settings);
        {
            ModalAnswerer answerer([&](QWidget *modal) {
                if (modal->objectName() != u"loginDialog"_s)
                    return;
                auto *loginEdit = modal->findChild<QLineEdit *>(u"loginLineEdit"_s);
                auto *passwordEdit = modal->findChild<QLineEdit *>(u"passwordLineEdit"_s);
                loginEdit->clear();
                QTest::keyClicks(loginEdit, login);
                QTest::keyClicks(passwordEdit, DemoDataGenerator::demoPassword());
                QTest::keyClick(passwordEdit, Qt::Key_Return);
            });
            QVERIFY(controller.start(url));
        }
        QVERIFY(controller.mainWindow());
        QCOMPARE(controller.mainWindow()->currentModuleId(), module);
        if (login == u"handler1"_s) {
            auto *board = controller.mainWindow()->findChild<BoardPage *>();
            QVERIFY(controller.user().departmentId > 0);
            QCOMPARE(board->filter().departmentId, controller.user().departmentId);
            for (int row = 0; row < board->model()->rowCount(); ++row)
                QCOMPARE(board->model()->caseAt(row).departmentId, controller.user().departmentId);
        }
        if (login == u"reception1"_s)
            QVERIFY(controller.mainWindow()->findChild<CaseLookupPanel *>()->isVisible());
        controller.mainWindow()->close();
    }

    // "Own password change": 文件 → 修改密码 for every account.
    void everyAccountCanChangeItsPassword()
    {
        for (const User &user :
             {m_town.reception, m_town.duty, m_town.handler, m_town.leader, m_town.admin}) {
            auto window = windowFor(user);
            auto *action = window->findChild<QAction *>(u"changePasswordAction"_s);
            QVERIFY2(action && action->isVisible() && action->isEnabled(), qPrintable(user.login));
        }
    }

    void passwordDialogSaysWhatIsWrong()
    {
        User clerk;
        clerk.login = u"zzrs_clerk_%1"_s.arg(QCoreApplication::applicationPid());
        clerk.displayName = u"受理员小王"_s;
        clerk.roles = Role::Reception;
        clerk.orgUnitId = m_town.township1.id;
        AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(clerk, u"Counter-2025"_s);
        // The account's own session, as after its login.
        const Session session =
            AuthService(m_clock).login(m_db->url().toString(), clerk.login, u"Counter-2025"_s);
        const AppContext context{*session.db, m_clock, m_calendar, session.user};

        ChangePasswordDialog dialog(context);
        dialog.show();
        auto *oldEdit = dialog.findChild<QLineEdit *>(u"oldPasswordLineEdit"_s);
        auto *newEdit = dialog.findChild<QLineEdit *>(u"newPasswordLineEdit"_s);
        auto *confirmEdit = dialog.findChild<QLineEdit *>(u"confirmPasswordLineEdit"_s);
        auto *save = dialog.findChild<QPushButton *>(u"saveButton"_s);
        auto *message = dialog.findChild<QLabel *>(u"messageLabel"_s);
        QVERIFY(oldEdit && newEdit && confirmEdit && save && message);
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"policyLabel"_s)->text().contains(u"8"_s));

        QTest::keyClicks(oldEdit, u"wrong-password"_s);
        QTest::keyClicks(newEdit, u"12345678"_s); // digits only
        QVERIFY(!save->isEnabled());
        QVERIFY2(!message->text().isEmpty(), "the policy is said as it is typed");
        newEdit->clear();
        QTest::keyClicks(newEdit, u"Window-7-new"_s);
        QTest::keyClicks(confirmEdit, u"Window-7-neW"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY2(message->text().contains(u"不一致"_s), qPrintable(message->text()));
        confirmEdit->clear();
        QTest::keyClicks(confirmEdit, u"Window-7-new"_s);
        QVERIFY(save->isEnabled());

        // The old password wrong: said in the dialog, nothing changed.
        QVERIFY(!dialog.save());
        QVERIFY(dialog.isVisible());
        QVERIFY2(message->text().contains(u"原密码不正确"_s), qPrintable(message->text()));
        VERIFY_SCREENSHOT(&dialog, u"zz-change-password-%1"_s.arg(m_testDb->backendName()));

        // Right: confirmed in a message box, and the new password is the one that logs in.
        oldEdit->clear();
        QTest::keyClicks(oldEdit, u"Counter-2025"_s);
        ModalAnswerer answerer([](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                box->accept();
        });
        QVERIFY(dialog.save());
        QCOMPARE(answerer.seen(), QStringList{u"passwordChangedMessageBox"_s});
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(AuthService(m_clock).login(m_db->url().toString(), clerk.login, u"Window-7-new"_s).db);
        bool oldRefused = false;
        try {
            AuthService(m_clock).login(m_db->url().toString(), clerk.login, u"Counter-2025"_s);
        } catch (const Error &e) {
            oldRefused = e.kind() == Error::Kind::Forbidden;
        }
        QVERIFY(oldRefused);
        // The session's own connection reconnects with the new password.
        if (session.db->isPostgres())
            QCOMPARE(session.db->url().password, u"Window-7-new"_s);
        session.db->reconnect();
        QVERIFY(session.db->schemaVersion() > 0);
    }

    void cleanupTestCase()
    {
        // Login roles belong to the whole server: leave none behind.
        if (m_testDb && m_testDb->isPostgres()) {
            QSqlQuery drop(m_db->connection());
            drop.exec(u"DROP ROLE IF EXISTS zzrs_clerk_%1"_s.arg(QCoreApplication::applicationPid()));
        }
    }

    // Defect 11: a refused connection in a plain sentence, the driver's English one click away.
    void connectionErrorInPlainWords()
    {
        ConnectionDialog dialog(u"postgresql://zz:secret-pw@127.0.0.1:1/zongzhi"_s);
        dialog.show();
        QVERIFY(!dialog.testConnection());
        auto *message = dialog.findChild<QLabel *>(u"messageLabel"_s);
        auto *toggle = dialog.findChild<QToolButton *>(u"detailsToggleButton"_s);
        auto *details = dialog.findChild<QPlainTextEdit *>(u"detailsTextEdit"_s);
        QVERIFY(message && toggle && details);
        QVERIFY2(message->text().contains(u"服务器拒绝连接"_s), qPrintable(message->text()));
        QVERIFY2(!message->text().contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(message->text()));
        QVERIFY(toggle->isVisible());
        QVERIFY(!details->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(details->isVisible());
        QVERIFY2(details->toPlainText().contains(u"refused"_s, Qt::CaseInsensitive),
                 qPrintable(details->toPlainText()));
        QVERIFY(!details->toPlainText().contains(u"secret-pw"_s));
        VERIFY_SCREENSHOT(&dialog, u"zz-connection-error-%1"_s.arg(m_testDb->backendName()));
        {
            English english;
            ConnectionDialog en(u"postgresql://zz@127.0.0.1:1/zongzhi"_s);
            en.show();
            en.testConnection();
            auto *enMessage = en.findChild<QLabel *>(u"messageLabel"_s);
            QVERIFY2(!enMessage->text().contains(u"服务器"_s), qPrintable(enMessage->text()));
            QTest::mouseClick(en.findChild<QToolButton *>(u"detailsToggleButton"_s), Qt::LeftButton);
            VERIFY_SCREENSHOT(&en, u"zz-connection-error-en-%1"_s.arg(m_testDb->backendName()));
        }
        // The same server is fine after a successful test: the details go.
        if (m_testDb->isPostgres()) {
            ConnectionDialog ok(m_testDb->currentUrl());
            ok.show();
            QVERIFY(ok.testConnection());
            QVERIFY(!ok.findChild<QToolButton *>(u"detailsToggleButton"_s)->isVisible());
        }
    }

    void screenshots()
    {
        for (const bool english : {false, true}) {
            std::unique_ptr<English> catalogue = english ? std::make_unique<English>() : nullptr;
            auto window = windowFor(m_town.reception);
            window->resize(1200, 760);
            window->setCurrentModule(u"overview"_s);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            auto *panel = window->findChild<CaseLookupPanel *>();
            typeText(panel->lineEdit(), residentName);
            QTRY_VERIFY(panel->table()->isVisible());
            QTest::qWait(50);
            VERIFY_SCREENSHOT(window.get(), u"zz-reception-start-%1-%2"_s.arg(english ? u"en"_s : u"zh_CN"_s,
                                                                              m_testDb->backendName()));
            auto handler = windowFor(m_town.handler);
            handler->resize(1200, 760);
            handler->setCurrentModule(startModuleId(m_town.handler));
            handler->show();
            QVERIFY(QTest::qWaitForWindowExposed(handler.get()));
            QTest::qWait(100);
            VERIFY_SCREENSHOT(handler.get(), u"zz-handler-start-%1-%2"_s.arg(english ? u"en"_s : u"zh_CN"_s,
                                                                             m_testDb->backendName()));
            ChangePasswordDialog dialog(*m_contexts.emplace_back(
                std::make_unique<AppContext>(AppContext{*m_db, m_clock, m_calendar, m_town.reception})));
            dialog.show();
            QTest::keyClicks(dialog.findChild<QLineEdit *>(u"newPasswordLineEdit"_s), u"1234"_s);
            VERIFY_SCREENSHOT(
                &dialog, u"zz-password-%1-%2"_s.arg(english ? u"en"_s : u"zh_CN"_s, m_testDb->backendName()));
        }
    }

private:
    std::unique_ptr<MainWindow> windowFor(const User &user)
    {
        return std::make_unique<MainWindow>(AppContext{*m_db, m_clock, m_calendar, user});
    }

    CaseRecord dispatched(const QString &title, qint64 departmentId)
    {
        CaseRecord c;
        c.title = title;
        c.description = u"群众来访反映。"_s;
        c.source = CaseSource::Visit;
        c.nature = CaseNature::Complaint;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid2.id;
        c = m_service->report(c, m_town.actor(m_town.reception));
        c = m_service->apply(c.id, c.version, CaseAction::Register, {}, m_town.actor(m_town.duty));
        ActionInput input;
        input.departmentId = departmentId;
        return m_service->apply(c.id, c.version, CaseAction::Dispatch, input, m_town.actor(m_town.duty));
    }

    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    WorkCalendar m_calendar = WorkCalendar::bundled();
    std::unique_ptr<CaseService> m_service;
    std::vector<std::unique_ptr<AppContext>> m_contexts;
    CaseRecord m_resident, m_ownCase, m_policeCase;
};

QTEST_MAIN(TestReceptionStart)
#include "tst_reception_start.moc"
