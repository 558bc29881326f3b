// Accounts in the desktop app, driven through the widgets: login, first admin, idle lock, the
// 账号管理 page, and masked personal data in the case list with its audited reveal.

#include "AccountService.h"
#include "AuditLog.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "Validators.h"
#include "admin/AccountDialog.h"
#include "admin/AccountListModel.h"
#include "admin/AccountsPage.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "cases/PartyRevealDialog.h"
#include "shell/AppController.h"
#include "shell/AppSettings.h"
#include "shell/FirstAdminDialog.h"
#include "shell/Localization.h"
#include "shell/LockScreen.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWizard>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zz;

namespace {

constexpr qint64 demoCases = 300;

// QTest::keyClicks sends Latin-1 only; Chinese arrives through the input method as committed text.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClicks(widget, QString(ch));
        } else {
            QInputMethodEvent event;
            event.setCommitString(QString(ch));
            QCoreApplication::sendEvent(widget, &event);
        }
    }
}

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

// Answers modal dialogs as they open by calling `answer` once for each; the flows under test run
// them with exec(), so the test cannot click them directly.
class ModalAnswerer : public QObject
{
public:
    explicit ModalAnswerer(std::function<void(QWidget *)> answer) : m_answer(std::move(answer))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last || qobject_cast<QProgressDialog *>(modal) || m_busy)
                return;
            m_last = modal;
            m_seen.append(modal->objectName().isEmpty()
                              ? QString::fromLatin1(modal->metaObject()->className())
                              : modal->objectName());
            m_busy = true;
            m_answer(modal);
            m_busy = false;
        });
        m_timer.start(20);
    }
    const QStringList &seen() const { return m_seen; }

private:
    std::function<void(QWidget *)> m_answer;
    QTimer m_timer;
    QPointer<QWidget> m_last;
    QStringList m_seen;
    bool m_busy = false;
};

// Types into a login dialog and presses Enter in the password field.
void logInThrough(QWidget *dialog, const QString &login, const QString &password)
{
    auto *loginEdit = child<QLineEdit>(dialog, u"loginLineEdit"_s);
    auto *passwordEdit = child<QLineEdit>(dialog, u"passwordLineEdit"_s);
    QVERIFY(loginEdit && passwordEdit);
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

} // namespace

class TestAccountsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void loginOpensMainWindowWithAccount();
    void wrongPasswordShowsErrorAndStays();
    void lockOutAfterFiveFailures();
    void firstAdminFlowOnEmptyDatabase();
    void demoDataShowsHintBeforeLogin();
    void idleLockAndUnlock();
    void inputKeepsScreenUnlocked();
    void idleLockClosesOpenDialog();
    void logoutReturnsToLogin();
    void lockScreenLogout();
    void switchingDatabaseHidesTheOldWindow();

    void accountsModuleOnlyForAdmins();
    void createAccountThroughDialog();
    void editConflictOffersReload();
    void disableAndResetPassword();

    void caseListShowsMaskedReporters();
    void revealShowsFullDataAndAudits();
    void revealNotAllowedForAdmin();
    void exportMasksUnlessTheRoleMaySee();

    void screenshots();

private:
    QString demoUrl() const { return u"sqlite://"_s + m_demoPath; }
    User userByLogin(const QString &login) const { return *UserRepository(*m_db).byLogin(login); }
    std::unique_ptr<MainWindow> windowFor(const QString &login);
    // An AppController logged in as `login` on the demo database.
    std::unique_ptr<AppController> startAs(const QString &login, AppSettings &settings);

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    QString m_password;
};

void TestAccountsGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Localization::applyChineseFont();
    m_demoPath = m_dir.filePath(u"demo.db"_s);
    m_db = std::make_unique<Database>(demoUrl());
    m_db->migrate();
    DemoOptions options;
    options.cases = demoCases;
    options.now = QDateTime(QDate(2026, 11, 25), QTime(10, 0));
    QCOMPARE(DemoDataGenerator(*m_db, options).run(), demoCases);
    m_password = DemoDataGenerator::demoPassword();
    QVERIFY(!m_password.isEmpty());
}

void TestAccountsGui::cleanupTestCase()
{
    m_db.reset();
}

std::unique_ptr<MainWindow> TestAccountsGui::windowFor(const QString &login)
{
    auto window = std::make_unique<MainWindow>(
        AppContext{*m_db, m_clock, CalendarRepository(*m_db).load(), userByLogin(login)});
    window->resize(1200, 760);
    window->show();
    return window;
}

std::unique_ptr<AppController> TestAccountsGui::startAs(const QString &login, AppSettings &settings)
{
    auto controller = std::make_unique<AppController>(settings);
    ModalAnswerer answerer([&](QWidget *modal) {
        if (modal->objectName() == u"loginDialog"_s)
            logInThrough(modal, login, m_password);
    });
    if (!controller->start(demoUrl()))
        return nullptr;
    return controller;
}

void TestAccountsGui::loginOpensMainWindowWithAccount()
{
    AppSettings settings(m_dir.filePath(u"login.ini"_s));
    AppController controller(settings);
    QString shownDatabase;
    QString hint = u"unset"_s;
    ModalAnswerer answerer([&](QWidget *modal) {
        QCOMPARE(modal->objectName(), u"loginDialog"_s);
        shownDatabase = child<QLabel>(modal, u"databaseLabel"_s)->text();
        hint = child<QLabel>(modal, u"hintLabel"_s)->isVisible() ? u"shown"_s : QString();
        logInThrough(modal, u"duty1"_s, m_password);
    });
    QVERIFY(controller.start(demoUrl()));
    QCOMPARE(answerer.seen(), QStringList({u"loginDialog"_s})); // data present: no other question
    QVERIFY2(shownDatabase.contains(m_demoPath), qPrintable(shownDatabase));
    QVERIFY(hint.isEmpty()); // the demo hint only right after generating demo data

    MainWindow *window = controller.mainWindow();
    QVERIFY(window && window->isVisible());
    const User duty = userByLogin(u"duty1"_s);
    QCOMPARE(controller.user().id, duty.id);
    QCOMPARE(window->context().user.login, u"duty1"_s);
    auto *account = child<QLabel>(window, u"accountLabel"_s);
    QVERIFY(account && account->isVisible());
    QVERIFY2(account->text().contains(duty.displayName), qPrintable(account->text()));
    QVERIFY2(account->text().contains(u"值班员"_s), qPrintable(account->text()));
    // The session's own connection, not the one that prepared the database.
    QCOMPARE(&window->context().db, controller.database());
}

void TestAccountsGui::wrongPasswordShowsErrorAndStays()
{
    LoginDialog dialog(demoUrl(), m_clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = child<QLabel>(&dialog, u"errorLabel"_s);
    QVERIFY(!error->isVisible());
    logInThrough(&dialog, u"reception2"_s, u"wrong-password"_s);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"用户名或密码错误"_s), qPrintable(error->text()));
    QVERIFY(error->styleSheet().contains(u"#c62828"_s));
    QVERIFY(child<QLineEdit>(&dialog, u"passwordLineEdit"_s)->text().isEmpty());
    QVERIFY(!dialog.takeSession());

    // Unknown accounts get the same message.
    logInThrough(&dialog, u"nobody"_s, m_password);
    QVERIFY2(error->text().contains(u"用户名或密码错误"_s), qPrintable(error->text()));

    logInThrough(&dialog, u"reception2"_s, m_password);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    std::optional<Session> session = dialog.takeSession();
    QVERIFY(session && session->db);
    QCOMPARE(session->user.login, u"reception2"_s);
}

void TestAccountsGui::lockOutAfterFiveFailures()
{
    LoginDialog dialog(demoUrl(), m_clock);
    dialog.show();
    auto *error = child<QLabel>(&dialog, u"errorLabel"_s);
    for (int attempt = 1; attempt <= AuthService::maxFailedLogins; ++attempt)
        logInThrough(&dialog, u"handler5"_s, u"not-the-password"_s);
    QVERIFY2(error->text().contains(u"锁定"_s), qPrintable(error->text()));
    // Now even the right password is refused, with how long the lock lasts.
    logInThrough(&dialog, u"handler5"_s, m_password);
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(u"已锁定"_s) && error->text().contains(u"分钟"_s),
             qPrintable(error->text()));
    QVERIFY(!dialog.takeSession());
}

void TestAccountsGui::firstAdminFlowOnEmptyDatabase()
{
    AppSettings settings(m_dir.filePath(u"first.ini"_s));
    AppController controller(settings);
    const QString path = m_dir.filePath(u"first.db"_s);
    {
        // An org tree without accounts (zongzhi-cli init --division): only the first admin is asked for.
        Database db(u"sqlite://"_s + path);
        db.migrate();
        OrgUnit county;
        county.level = OrgLevel::County;
        county.name = u"清溪县"_s;
        county.code = u"330127"_s;
        OrgUnitRepository(db).create(county);
    }
    QString prefilled;
    QString badLoginMessage;
    ModalAnswerer answerer([&](QWidget *modal) {
        if (modal->objectName() == u"firstAdminDialog"_s) {
            auto *create = child<QPushButton>(modal, u"createButton"_s);
            QVERIFY(!create->isEnabled());
            QCOMPARE(child<QComboBox>(modal, u"orgUnitComboBox"_s)->count(), 1); // the county
            QTest::keyClicks(child<QLineEdit>(modal, u"loginLineEdit"_s), u"Root"_s);
            badLoginMessage = child<QLabel>(modal, u"messageLabel"_s)->text();
            child<QLineEdit>(modal, u"loginLineEdit"_s)->clear();
            QTest::keyClicks(child<QLineEdit>(modal, u"loginLineEdit"_s), u"chief"_s);
            typeText(child<QLineEdit>(modal, u"displayNameLineEdit"_s), u"王主任"_s);
            QTest::keyClicks(child<QLineEdit>(modal, u"passwordLineEdit"_s), u"first-admin-1"_s);
            QTest::keyClicks(child<QLineEdit>(modal, u"confirmPasswordLineEdit"_s), u"first-admin-2"_s);
            QVERIFY(!create->isEnabled()); // the two passwords differ
            QVERIFY(child<QLabel>(modal, u"messageLabel"_s)->text().contains(u"不一致"_s));
            child<QLineEdit>(modal, u"confirmPasswordLineEdit"_s)->clear();
            QTest::keyClicks(child<QLineEdit>(modal, u"confirmPasswordLineEdit"_s), u"first-admin-1"_s);
            QVERIFY(create->isEnabled());
            QTest::mouseClick(create, Qt::LeftButton);
        } else if (modal->objectName() == u"loginDialog"_s) {
            prefilled = child<QLineEdit>(modal, u"loginLineEdit"_s)->text();
            QTest::keyClicks(child<QLineEdit>(modal, u"passwordLineEdit"_s), u"first-admin-1"_s);
            QTest::keyClick(child<QLineEdit>(modal, u"passwordLineEdit"_s), Qt::Key_Return);
        }
    });
    QVERIFY(controller.start(u"sqlite://"_s + path));
    QCOMPARE(answerer.seen(), QStringList({u"firstAdminDialog"_s, u"loginDialog"_s}));
    QVERIFY2(!badLoginMessage.isEmpty(), "an upper-case login is refused inline");
    QCOMPARE(prefilled, u"chief"_s);
    QVERIFY(controller.mainWindow());
    QCOMPARE(controller.user().login, u"chief"_s);
    QVERIFY(controller.user().roles.testFlag(Role::Admin));
    const auto county = OrgUnitRepository(*controller.database()).byCode(u"330127"_s);
    QVERIFY(county);
    QCOMPARE(county->name, u"清溪县"_s);
    QCOMPARE(controller.user().orgUnitId, county->id);
    QVERIFY(controller.mainWindow()->moduleIds().contains(u"accounts"_s));
}

void TestAccountsGui::demoDataShowsHintBeforeLogin()
{
    AppSettings settings(m_dir.filePath(u"hint.ini"_s));
    AppController controller(settings);
    QString hint;
    bool hintVisible = false;
    QString prefilled = u"unset"_s;
    ModalAnswerer answerer([&](QWidget *modal) {
        if (auto *wizard = qobject_cast<QWizard *>(modal)) { // 首次设置: demo data
            wizard->button(QWizard::NextButton)->click();    // the database being opened
            child<QRadioButton>(wizard, u"demoDataRadioButton"_s)->click();
            wizard->button(QWizard::NextButton)->click();
            QVERIFY(child<QLabel>(wizard, u"summaryLabel"_s)->text().contains(u"虚构"_s));
            wizard->button(QWizard::NextButton)->click();
            QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 60000);
            wizard->button(QWizard::FinishButton)->click();
        } else if (modal->objectName() == u"loginDialog"_s) {
            auto *label = child<QLabel>(modal, u"hintLabel"_s);
            hint = label->text();
            hintVisible = label->isVisible();
            prefilled = child<QLineEdit>(modal, u"loginLineEdit"_s)->text();
            logInThrough(modal, u"admin"_s, m_password);
        }
    });
    QVERIFY(controller.start(u"sqlite://"_s + m_dir.filePath(u"hint.db"_s)));
    QCOMPARE(answerer.seen(), QStringList({u"firstRunWizard"_s, u"loginDialog"_s}));
    QVERIFY(hintVisible);
    QVERIFY2(hint.contains(u"admin"_s) && hint.contains(u"duty1"_s) && hint.contains(m_password),
             qPrintable(hint));
    QCOMPARE(prefilled, QString()); // nothing typed in for the user
    QCOMPARE(controller.user().login, u"admin"_s);
    QVERIFY(controller.mainWindow()->moduleIds().contains(u"accounts"_s));
}

void TestAccountsGui::idleLockAndUnlock()
{
    AppSettings settings(m_dir.filePath(u"idle.ini"_s));
    QCOMPARE(settings.idleLockMinutes.get(), 10);
    auto controller = startAs(u"duty2"_s, settings);
    QVERIFY(controller);
    QCOMPARE(controller->idleTimeout(), 10 * 60 * 1000);
    MainWindow *window = controller->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    controller->setIdleTimeout(300);
    QVERIFY(!controller->lockScreen());
    QTRY_VERIFY_WITH_TIMEOUT(controller->lockScreen(), 5000);

    LockScreen *lock = controller->lockScreen();
    QVERIFY(window->isLocked());
    QVERIFY(lock->isVisible());
    QCOMPARE(lock->geometry(), window->rect());
    QVERIFY(!window->centralWidget()->isVisible()); // no case data behind the lock
    QVERIFY(!window->menuBar()->isEnabled());
    QVERIFY(!window->findChild<QAction *>(u"connectDatabaseAction"_s)->isEnabled());
    QVERIFY(child<QLabel>(lock, u"userLabel"_s)->text().contains(u"duty2"_s));

    auto *password = child<QLineEdit>(lock, u"passwordLineEdit"_s);
    auto *error = child<QLabel>(lock, u"errorLabel"_s);
    QTest::keyClicks(password, u"guess-wrong"_s);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"密码错误"_s), qPrintable(error->text()));
    QVERIFY(controller->lockScreen());
    QVERIFY(window->isLocked());
    // Still locked however long the wrong answer sits there.
    QTest::qWait(400);
    QCOMPARE(controller->lockScreen(), lock);

    QTest::keyClicks(password, m_password);
    QTest::mouseClick(child<QPushButton>(lock, u"unlockButton"_s), Qt::LeftButton);
    QVERIFY(!controller->lockScreen());
    QVERIFY(!window->isLocked());
    QVERIFY(window->centralWidget()->isVisible());
    QVERIFY(window->menuBar()->isEnabled());
    // Watching again: it locks once more.
    QTRY_VERIFY_WITH_TIMEOUT(controller->lockScreen(), 5000);
    controller->setIdleTimeout(0);
}

void TestAccountsGui::inputKeepsScreenUnlocked()
{
    AppSettings settings(m_dir.filePath(u"input.ini"_s));
    auto controller = startAs(u"reception1"_s, settings);
    QVERIFY(controller);
    MainWindow *window = controller->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    controller->setIdleTimeout(1000);
    auto *navigation = child<QListWidget>(window, u"navigationListWidget"_s);
    for (int i = 0; i < 20; ++i) { // 2 s of typing, never 1 s apart
        QTest::qWait(100);
        QTest::keyClick(navigation, Qt::Key_Down);
        QVERIFY2(!controller->lockScreen(), qPrintable(QString::number(i)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(controller->lockScreen(), 5000);
    controller->setIdleTimeout(0);
}

void TestAccountsGui::idleLockClosesOpenDialog()
{
    AppSettings settings(m_dir.filePath(u"dialog.ini"_s));
    auto controller = startAs(u"admin"_s, settings);
    QVERIFY(controller);
    MainWindow *window = controller->mainWindow();
    QVERIFY(window->setCurrentModule(u"accounts"_s));
    bool wasVisible = false;
    ModalAnswerer watcher(
        [&wasVisible](QWidget *modal) { wasVisible = modal->isVisible(); }); // leaves it open
    controller->setIdleTimeout(300);
    QTest::mouseClick(child<QPushButton>(window, u"newAccountButton"_s),
                      Qt::LeftButton); // returns once closed
    // The dialog was open, and the lock closed it (the click above returned).
    QVERIFY(wasVisible);
    QCOMPARE(watcher.seen(), QStringList({u"accountDialog"_s}));
    QVERIFY(controller->lockScreen());
    QVERIFY(!QApplication::activeModalWidget()); // the lock screen takes the input
    QTest::keyClicks(child<QLineEdit>(controller->lockScreen(), u"passwordLineEdit"_s), m_password);
    QTest::keyClick(child<QLineEdit>(controller->lockScreen(), u"passwordLineEdit"_s), Qt::Key_Return);
    QVERIFY(!controller->lockScreen());
    controller->setIdleTimeout(0);
}

void TestAccountsGui::logoutReturnsToLogin()
{
    AppSettings settings(m_dir.filePath(u"logout.ini"_s));
    auto controller = startAs(u"reception1"_s, settings);
    QVERIFY(controller);
    QPointer<MainWindow> first = controller->mainWindow();
    const qint64 logoutsBefore = [&] {
        qint64 n = 0;
        for (const auto &e : AuditLog(*m_db, m_clock).recent(50))
            n += e.action == QLatin1String(AuditAction::Logout) ? 1 : 0;
        return n;
    }();
    ModalAnswerer answerer([&](QWidget *modal) {
        QCOMPARE(modal->objectName(), u"loginDialog"_s);
        QVERIFY(child<QLineEdit>(modal, u"loginLineEdit"_s)->text().isEmpty());
        logInThrough(modal, u"leader1"_s, m_password);
    });
    first->findChild<QAction *>(u"logoutAction"_s)->trigger();
    QTRY_VERIFY(first.isNull());
    QTRY_VERIFY(controller->mainWindow());
    QCOMPARE(controller->user().login, u"leader1"_s);
    QVERIFY(child<QLabel>(controller->mainWindow(), u"accountLabel"_s)->text().contains(u"领导"_s));
    qint64 logoutsAfter = 0;
    for (const auto &e : AuditLog(*m_db, m_clock).recent(50))
        logoutsAfter += e.action == QLatin1String(AuditAction::Logout) ? 1 : 0;
    QCOMPARE(logoutsAfter, logoutsBefore + 1);
}

void TestAccountsGui::lockScreenLogout()
{
    AppSettings settings(m_dir.filePath(u"locklogout.ini"_s));
    auto controller = startAs(u"reception1"_s, settings);
    QVERIFY(controller);
    QPointer<MainWindow> first = controller->mainWindow();
    first->findChild<QAction *>(u"lockAction"_s)->trigger();
    QVERIFY(controller->lockScreen());
    bool quit = false;
    connect(controller.get(), &AppController::quitRequested, this, [&quit] { quit = true; });
    ModalAnswerer answerer([](QWidget *modal) { child<QPushButton>(modal, u"quitButton"_s)->click(); });
    QTest::mouseClick(child<QPushButton>(controller->lockScreen(), u"logoutButton"_s), Qt::LeftButton);
    QTRY_VERIFY(quit);
    QVERIFY(first.isNull());
    QVERIFY(!controller->mainWindow());
    QCOMPARE(answerer.seen(), QStringList({u"loginDialog"_s}));
}

// Issue 15, defect 12: while the login for another database is open, the previous session's window
// (its cases on screen) is hidden; a cancelled login brings it back, a new one replaces it.
void TestAccountsGui::switchingDatabaseHidesTheOldWindow()
{
    AppSettings settings(m_dir.filePath(u"switch.ini"_s));
    auto controller = startAs(u"reception1"_s, settings);
    QVERIFY(controller);
    QPointer<MainWindow> first = controller->mainWindow();
    QTRY_VERIFY(first->isVisible());
    QList<bool> visibleBehindLogin;
    bool cancel = true;
    ModalAnswerer answerer([&](QWidget *modal) {
        if (modal->objectName() != u"loginDialog"_s)
            return;
        visibleBehindLogin.append(first && first->isVisible());
        if (cancel)
            qobject_cast<QDialog *>(modal)->reject();
        else
            logInThrough(modal, u"duty1"_s, m_password);
    });
    emit first->databaseChangeRequested(demoUrl());
    QTRY_COMPARE(visibleBehindLogin.size(), 1);
    QCOMPARE(visibleBehindLogin.constFirst(), false);
    QTRY_VERIFY(first && first->isVisible()); // cancelled: back to work on the current database
    QCOMPARE(controller->mainWindow(), first.data());

    cancel = false;
    emit first->databaseChangeRequested(demoUrl());
    QTRY_COMPARE(visibleBehindLogin.size(), 2);
    QCOMPARE(visibleBehindLogin.at(1), false);
    QTRY_VERIFY(first.isNull());
    QTRY_VERIFY(controller->mainWindow() && controller->mainWindow()->isVisible());
    QCOMPARE(controller->user().login, u"duty1"_s);
}

void TestAccountsGui::accountsModuleOnlyForAdmins()
{
    auto admin = windowFor(u"admin"_s);
    QVERIFY(admin->moduleIds().contains(u"accounts"_s));
    auto *navigation = child<QListWidget>(admin.get(), u"navigationListWidget"_s);
    QVERIFY(!navigation->findItems(u"账号管理"_s, Qt::MatchExactly).isEmpty());

    auto duty = windowFor(u"duty1"_s);
    QVERIFY(!duty->moduleIds().contains(u"accounts"_s));
    QVERIFY(duty->moduleIds().contains(u"cases"_s));
    QVERIFY(!duty->findChild<AccountsPage *>());
}

void TestAccountsGui::createAccountThroughDialog()
{
    auto window = windowFor(u"admin"_s);
    QVERIFY(window->setCurrentModule(u"accounts"_s));
    auto *page = window->findChild<AccountsPage *>(u"accountsPage"_s);
    QVERIFY(page);
    const int before = page->model()->rowCount();
    QVERIFY(before >= 11); // the demo accounts
    const auto township = OrgUnitRepository(*m_db).get(userByLogin(u"duty1"_s).orgUnitId);
    QVERIFY(township);

    QStringList problems;
    ModalAnswerer answerer([&](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), u"accountDialog"_s);
        auto *save = child<QPushButton>(dialog, u"saveButton"_s);
        auto *message = child<QLabel>(dialog, u"messageLabel"_s);
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, u"loginLineEdit"_s), u"9zhang"_s);
        problems << message->text();
        QVERIFY(message->isVisible());
        child<QLineEdit>(dialog, u"loginLineEdit"_s)->clear();
        QTest::keyClicks(child<QLineEdit>(dialog, u"loginLineEdit"_s), u"zhangsan"_s);
        typeText(child<QLineEdit>(dialog, u"displayNameLineEdit"_s), u"张三丰"_s);
        QVERIFY(!message->isVisible()); // the roles below are not complained about yet
        auto *units = child<QComboBox>(dialog, u"orgUnitComboBox"_s);
        const int index = units->findData(township->id);
        QVERIFY(index > 0);
        units->setCurrentIndex(index);
        problems << message->text(); // the roles were skipped
        child<QCheckBox>(dialog, u"roleCheckBox_reception"_s)->click();
        QTest::keyClicks(child<QLineEdit>(dialog, u"passwordLineEdit"_s), u"12345678"_s);
        problems << message->text(); // digits only
        child<QLineEdit>(dialog, u"passwordLineEdit"_s)->clear();
        QTest::keyClicks(child<QLineEdit>(dialog, u"passwordLineEdit"_s), u"zhangsan-2026"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"confirmPasswordLineEdit"_s), u"zhangsan-2026"_s);
        QVERIFY2(save->isEnabled(), qPrintable(message->text()));
        QVERIFY(!message->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(page, u"newAccountButton"_s), Qt::LeftButton);
    QCOMPARE(answerer.seen(), QStringList({u"accountDialog"_s}));
    QCOMPARE(problems.size(), 3);
    for (const QString &problem : std::as_const(problems))
        QVERIFY2(!problem.isEmpty(), qPrintable(problems.join(u" | "_s)));

    AccountListModel *model = page->model();
    QCOMPARE(model->rowCount(), before + 1);
    const int row = model->rowOf(UserRepository(*m_db).byLogin(u"zhangsan"_s)->id);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, AccountListModel::NameColumn).data().toString(), u"张三丰"_s);
    QCOMPARE(model->index(row, AccountListModel::RolesColumn).data().toString(), u"受理员"_s);
    QCOMPARE(model->index(row, AccountListModel::OrgUnitColumn).data().toString(), township->name);
    QCOMPARE(model->index(row, AccountListModel::StatusColumn).data().toString(), u"启用"_s);
    auto *table = child<QTableView>(page, u"accountTableView"_s);
    QCOMPARE(table->currentIndex().row(), row); // the new account is selected
    // And it can log in.
    const Session session = AuthService(m_clock).login(demoUrl(), u"zhangsan"_s, u"zhangsan-2026"_s);
    QCOMPARE(session.user.displayName, u"张三丰"_s);
}

void TestAccountsGui::editConflictOffersReload()
{
    auto window = windowFor(u"admin"_s);
    QVERIFY(window->setCurrentModule(u"accounts"_s));
    auto *page = window->findChild<AccountsPage *>(u"accountsPage"_s);
    auto *table = child<QTableView>(page, u"accountTableView"_s);
    const User target = userByLogin(u"reception2"_s);
    table->setCurrentIndex(page->model()->index(page->model()->rowOf(target.id), 0));

    // Someone else edits the account after the list was read.
    {
        User changed = target;
        changed.displayName = u"别人改的"_s;
        AccountService(
            *m_db, m_clock,
            Actor{userByLogin(u"admin"_s).id, u"admin"_s, Role::Admin, userByLogin(u"admin"_s).orgUnitId, 0})
            .update(changed);
    }
    QString conflictText;
    ModalAnswerer answerer([&](QWidget *modal) {
        if (modal->objectName() == u"accountDialog"_s) {
            auto *name = child<QLineEdit>(modal, u"displayNameLineEdit"_s);
            QCOMPARE(name->text(), target.displayName); // the stale copy
            name->clear();
            typeText(name, u"我改的"_s);
            QTest::mouseClick(child<QPushButton>(modal, u"saveButton"_s), Qt::LeftButton);
        } else if (modal->objectName() == u"conflictMessageBox"_s) {
            conflictText = qobject_cast<QMessageBox *>(modal)->text();
            for (auto *button : modal->findChildren<QAbstractButton *>()) {
                if (button->text() == u"重新载入"_s)
                    button->click();
            }
        }
    });
    QTest::mouseClick(child<QPushButton>(page, u"editAccountButton"_s), Qt::LeftButton);
    QCOMPARE(answerer.seen(), QStringList({u"accountDialog"_s, u"conflictMessageBox"_s}));
    QVERIFY2(conflictText.contains(u"此账号已被其他人修改"_s) && conflictText.contains(u"重新载入"_s),
             qPrintable(conflictText));
    const int row = page->model()->rowOf(target.id);
    QCOMPARE(page->model()->index(row, AccountListModel::NameColumn).data().toString(), u"别人改的"_s);
    QCOMPARE(UserRepository(*m_db).get(target.id)->displayName, u"别人改的"_s);
}

void TestAccountsGui::disableAndResetPassword()
{
    auto window = windowFor(u"admin"_s);
    QVERIFY(window->setCurrentModule(u"accounts"_s));
    auto *page = window->findChild<AccountsPage *>(u"accountsPage"_s);
    auto *table = child<QTableView>(page, u"accountTableView"_s);
    auto *toggle = child<QPushButton>(page, u"toggleActiveButton"_s);
    const User target = userByLogin(u"handler4"_s);
    table->setCurrentIndex(page->model()->index(page->model()->rowOf(target.id), 0));
    QCOMPARE(toggle->text(), u"停用"_s);

    {
        ModalAnswerer confirm(
            [](QWidget *modal) { qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(confirm.seen(), QStringList({u"QMessageBox"_s}));
    }
    const int row = page->model()->rowOf(target.id);
    QCOMPARE(page->model()->index(row, AccountListModel::StatusColumn).data().toString(), u"停用"_s);
    QCOMPARE(toggle->text(), u"启用"_s);
    QVERIFY(!UserRepository(*m_db).get(target.id)->active);
    QVERIFY_THROWS_EXCEPTION(Error, AuthService(m_clock).login(demoUrl(), u"handler4"_s, m_password));
    QTest::mouseClick(toggle, Qt::LeftButton); // enabling asks nothing
    QCOMPARE(page->model()->index(row, AccountListModel::StatusColumn).data().toString(), u"启用"_s);

    ModalAnswerer reset([&](QWidget *modal) {
        if (modal->objectName() == u"resetPasswordDialog"_s) {
            QTest::keyClicks(child<QLineEdit>(modal, u"passwordLineEdit"_s), u"new-secret-1"_s);
            QTest::keyClicks(child<QLineEdit>(modal, u"confirmPasswordLineEdit"_s), u"new-secret-1"_s);
            QTest::mouseClick(child<QPushButton>(modal, u"saveButton"_s), Qt::LeftButton);
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            box->button(QMessageBox::Ok)->click();
        }
    });
    QTest::mouseClick(child<QPushButton>(page, u"resetPasswordButton"_s), Qt::LeftButton);
    QCOMPARE(reset.seen().first(), u"resetPasswordDialog"_s);
    QCOMPARE(AuthService(m_clock).login(demoUrl(), u"handler4"_s, u"new-secret-1"_s).user.id, target.id);
}

void TestAccountsGui::caseListShowsMaskedReporters()
{
    auto window = windowFor(u"duty1"_s);
    QVERIFY(window->setCurrentModule(u"cases"_s));
    auto *table = window->findChild<QTableView *>(u"caseTableView"_s);
    auto *model = qobject_cast<CaseListModel *>(table->model());
    QVERIFY(model && model->rowCount() > 0);
    QCOMPARE(model->headerData(CaseListModel::ReporterColumn, Qt::Horizontal).toString(), u"反映人"_s);
    QCOMPARE(model->headerData(CaseListModel::PhoneColumn, Qt::Horizontal).toString(), u"联系电话"_s);
    while (model->canFetchMore({}))
        model->fetchMore({});

    // Only the account's township.
    const QString scope = OrgUnitRepository(*m_db).path(userByLogin(u"duty1"_s).orgUnitId);
    CaseRepository cases(*m_db);
    static const QRegularExpression maskedMobile(u"^1\\d\\d\\*{4}\\d{4}$"_s);
    int masked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 caseId = model->caseAt(row).id;
        QVERIFY(OrgUnitRepository(*m_db).path(model->caseAt(row).orgUnitId).startsWith(scope));
        const QList<CaseParty> parties = cases.parties(caseId);
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        for (const CaseParty &party : parties) {
            for (const QString &cell : std::as_const(cells)) {
                if (!party.phone.isEmpty())
                    QVERIFY2(!cell.contains(party.phone), qPrintable(model->caseAt(row).caseNo));
                if (!party.residentId.isEmpty())
                    QVERIFY2(!cell.contains(party.residentId), qPrintable(model->caseAt(row).caseNo));
            }
        }
        const auto reporter = std::find_if(parties.cbegin(), parties.cend(),
                                           [](const CaseParty &p) { return p.role == PartyRole::Reporter; });
        if (reporter == parties.cend())
            continue;
        const QString phone = cells.at(CaseListModel::PhoneColumn);
        QCOMPARE(phone, Masking::phone(reporter->phone));
        if (!reporter->anonymous) {
            QCOMPARE(cells.at(CaseListModel::ReporterColumn), Masking::name(reporter->name));
            QVERIFY(cells.at(CaseListModel::ReporterColumn) != reporter->name);
        }
        if (Validators::isMobile(reporter->phone)) {
            QVERIFY2(maskedMobile.match(phone).hasMatch(), qPrintable(phone));
            ++masked;
        }
    }
    QVERIFY2(masked > 10, qPrintable(QString::number(masked)));
}

void TestAccountsGui::revealShowsFullDataAndAudits()
{
    auto window = windowFor(u"duty1"_s);
    QVERIFY(window->setCurrentModule(u"cases"_s));
    auto *table = window->findChild<QTableView *>(u"caseTableView"_s);
    auto *model = qobject_cast<CaseListModel *>(table->model());
    auto *reveal = window->findChild<QAction *>(u"revealAction"_s);
    QVERIFY(reveal);
    QVERIFY(!reveal->isEnabled());              // nothing selected yet
    QVERIFY(table->actions().contains(reveal)); // in the context menu

    // A case (not confidential) whose reporter left a mobile number and an ID number.
    CaseRepository cases(*m_db);
    int row = -1;
    CaseParty reporter;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (cases.get(model->caseAt(r).id)->confidential)
            continue;
        for (const CaseParty &p : cases.parties(model->caseAt(r).id)) {
            if (p.role == PartyRole::Reporter && Validators::isMobile(p.phone) && !p.residentId.isEmpty()) {
                row = r;
                reporter = p;
                break;
            }
        }
    }
    QVERIFY(row >= 0);
    const qint64 caseId = model->caseAt(row).id;
    table->setCurrentIndex(model->index(row, CaseListModel::TitleColumn));
    QVERIFY(reveal->isEnabled());
    QCOMPARE(model->index(row, CaseListModel::PhoneColumn).data().toString(), Masking::phone(reporter.phone));

    const auto reveals = [&] {
        QList<AuditLog::Entry> out;
        for (const auto &e : AuditLog(*m_db, m_clock).recent(200))
            if (e.action == QLatin1String(AuditAction::Reveal))
                out << e;
        return out;
    };
    const qsizetype before = reveals().size();
    QStringList shown;
    ModalAnswerer answerer([&](QWidget *dialog) {
        auto *parties = child<QTableWidget>(dialog, u"partyTableWidget"_s);
        for (int r = 0; r < parties->rowCount(); ++r)
            for (int c = 0; c < parties->columnCount(); ++c)
                shown << parties->item(r, c)->text();
        qobject_cast<QDialog *>(dialog)->reject();
    });
    reveal->trigger();
    QCOMPARE(answerer.seen(), QStringList({u"partyRevealDialog"_s}));
    QVERIFY(shown.contains(reporter.phone));
    QVERIFY(shown.contains(reporter.residentId));
    QVERIFY(shown.contains(reporter.name));

    const QList<AuditLog::Entry> after = reveals();
    QCOMPARE(after.size(), before + 1);
    const AuditLog::Entry &entry = after.first();
    QCOMPARE(entry.objectType, u"case"_s);
    QCOMPARE(entry.objectId, caseId);
    QCOMPARE(entry.actorLogin, u"duty1"_s);
    QVERIFY2(entry.detail.contains(u"phone"_s) && entry.detail.contains(u"resident_id"_s),
             qPrintable(entry.detail));
    QVERIFY(!entry.detail.contains(reporter.phone));
    QVERIFY(!entry.detail.contains(reporter.residentId));
    QVERIFY(!entry.detail.contains(reporter.name));
    QVERIFY(AuditLog(*m_db, m_clock).verify().ok);
    // The list still shows it masked.
    QCOMPARE(model->index(row, CaseListModel::PhoneColumn).data().toString(), Masking::phone(reporter.phone));
}

void TestAccountsGui::revealNotAllowedForAdmin()
{
    // An administrator manages accounts but reads no cases: neither list is offered, so no reveal.
    auto window = windowFor(u"admin"_s);
    QVERIFY(!window->moduleIds().contains(u"cases"_s));
    QVERIFY(!window->moduleIds().contains(u"board"_s));
    QVERIFY(!window->setCurrentModule(u"cases"_s));
    QVERIFY(!window->findChild<QAction *>(u"revealAction"_s));
}

void TestAccountsGui::exportMasksUnlessTheRoleMaySee()
{
    // The same search exported by a duty officer (masked) and by a leader (may export personal data).
    QHash<QString, QString> files;
    for (const QString &login : {u"duty1"_s, u"leader1"_s}) {
        auto window = windowFor(login);
        QVERIFY(window->setCurrentModule(u"cases"_s));
        auto *page = window->findChild<CaseListPage *>();
        QVERIFY(page);
        QVERIFY(window->findChild<QToolButton *>(u"exportButton"_s));
        const QString path = m_dir.filePath(login + u".csv"_s);
        const qsizetype auditsBefore = AuditLog(*m_db, m_clock).recent(100000).size();
        const qint64 written = page->exportList(path);
        QVERIFY(written > 0);
        QCOMPARE(written, CaseRepository(*m_db).count(page->model()->query()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        files.insert(login, QString::fromUtf8(file.readAll()));
        const auto entries = AuditLog(*m_db, m_clock).recent(1);
        QCOMPARE(AuditLog(*m_db, m_clock).recent(100000).size(), auditsBefore + 1);
        QCOMPARE(entries.constFirst().action, u"export"_s);
        QCOMPARE(entries.constFirst().actorLogin, login);
        QVERIFY(entries.constFirst().detail.contains(login == u"leader1"_s ? u"full"_s : u"masked"_s));
        // 导出台账: the same cases in the case import's columns.
        auto *ledgerButton = window->findChild<QToolButton *>(u"ledgerExportButton"_s);
        QVERIFY(ledgerButton && ledgerButton->isVisibleTo(page));
        const QString ledgerPath = m_dir.filePath(login + u"-ledger.csv"_s);
        QCOMPARE(page->exportList(ledgerPath, u"case-ledger"_s), written);
        QFile ledger(ledgerPath);
        QVERIFY(ledger.open(QIODevice::ReadOnly));
        const QString ledgerText = QString::fromUtf8(ledger.readAll());
        QVERIFY(ledgerText.contains(u"案件编号,受理时间,来源,事件类别,事发地点"_s));
        QCOMPARE(AuditLog(*m_db, m_clock).recent(1).constFirst().objectType, u"case-ledger"_s);
    }
    // Find a reporter with a mobile number and an ID that appears in both files' scope.
    Query q(*m_db, u"SELECT p.phone, p.resident_id FROM case_parties p JOIN cases c ON c.id = p.case_id "
                   "WHERE p.role = 'reporter' AND p.phone LIKE '1%' AND p.resident_id <> '' "
                   "AND c.confidential = ? ORDER BY c.received_at DESC LIMIT 20"_s);
    q.bind(false).exec();
    int checked = 0;
    while (q.next()) {
        const QString phone = q.text(0);
        const QString id = q.text(1);
        if (!files.value(u"leader1"_s).contains(phone))
            continue; // outside the leader's unit
        QVERIFY(!files.value(u"duty1"_s).contains(phone));
        QVERIFY(!files.value(u"duty1"_s).contains(id));
        QVERIFY(files.value(u"leader1"_s).contains(id));
        ++checked;
    }
    QVERIFY(checked > 0);
    QVERIFY(files.value(u"duty1"_s).contains(u"****"_s));
}

void TestAccountsGui::screenshots()
{
    {
        LoginDialog dialog(demoUrl(), m_clock);
        dialog.setHint(AppController::demoAccountsHint());
        dialog.show();
        logInThrough(&dialog, u"duty1"_s, u"wrong-password"_s);
        QTest::qWait(50);
        VERIFY_SCREENSHOT(&dialog, u"zz-login"_s);
    }
    {
        AppSettings settings(m_dir.filePath(u"shots.ini"_s));
        auto controller = startAs(u"leader1"_s, settings);
        QVERIFY(controller);
        controller->mainWindow()->resize(1100, 700);
        controller->lock();
        QVERIFY(controller->lockScreen());
        QTest::keyClicks(child<QLineEdit>(controller->lockScreen(), u"passwordLineEdit"_s), u"nope-nope"_s);
        QTest::mouseClick(child<QPushButton>(controller->lockScreen(), u"unlockButton"_s), Qt::LeftButton);
        QTest::qWait(50);
        VERIFY_SCREENSHOT(controller->mainWindow(), u"zz-lock"_s);
    }
    {
        auto window = windowFor(u"admin"_s);
        QVERIFY(window->setCurrentModule(u"accounts"_s));
        QTest::qWait(50);
        VERIFY_SCREENSHOT(window.get(), u"zz-accounts"_s);
        AccountDialog dialog(window->context(), std::nullopt);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, u"loginLineEdit"_s), u"lisi"_s);
        typeText(child<QLineEdit>(&dialog, u"displayNameLineEdit"_s), u"李四"_s);
        child<QComboBox>(&dialog, u"orgUnitComboBox"_s)->setCurrentIndex(1);
        QTest::qWait(50);
        VERIFY_SCREENSHOT(&dialog, u"zz-account-dialog"_s);
        auto duty = windowFor(u"duty1"_s);
        QVERIFY(duty->setCurrentModule(u"cases"_s));
        auto *table = duty->findChild<QTableView *>(u"caseTableView"_s);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::qWait(50);
        VERIFY_SCREENSHOT(duty.get(), u"zz-cases-masked"_s);
        const auto record =
            CaseRepository(*m_db).get(qobject_cast<CaseListModel *>(table->model())->caseAt(0).id);
        PartyRevealDialog reveal(record->caseNo, record->parties);
        reveal.show();
        QTest::qWait(50);
        VERIFY_SCREENSHOT(&reveal, u"zz-reveal"_s);
    }
    {
        QTemporaryDir empty;
        Database db(u"sqlite://"_s + empty.filePath(u"e.db"_s));
        db.migrate();
        OrgUnit county;
        county.level = OrgLevel::County;
        county.name = u"清溪县"_s;
        county.code = u"330127"_s;
        OrgUnitRepository(db).create(county);
        FirstAdminDialog dialog(db, m_clock);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, u"loginLineEdit"_s), u"Admin"_s);
        QTest::qWait(50);
        VERIFY_SCREENSHOT(&dialog, u"zz-first-admin"_s);
    }
}

QTEST_MAIN(TestAccountsGui)
#include "tst_accounts_gui.moc"
