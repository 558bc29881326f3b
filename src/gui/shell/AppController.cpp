#include "AppController.h"

#include "AppSettings.h"
#include "AuditLog.h"
#include "CheckpointReminder.h"
#include "ConnectionDialog.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "Error.h"
#include "FirstAdminDialog.h"
#include "IndicatorCache.h"
#include "LockScreen.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ReferenceRepositories.h"
#include "StandardModules.h"
#include "dispatch/NoticeNotifier.h"
#include "dispatch/SupervisionNotifier.h"
#include "petition/PetitionBadge.h"
#include "setup/FirstRunWizard.h"

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int msPerMinute = 60 * 1000;

// While no main window is open, closing a dialog must not end the program.
class KeepRunning
{
public:
    KeepRunning() : m_previous(QGuiApplication::quitOnLastWindowClosed())
    {
        QGuiApplication::setQuitOnLastWindowClosed(false);
    }
    ~KeepRunning() { QGuiApplication::setQuitOnLastWindowClosed(m_previous); }
    KeepRunning(const KeepRunning &) = delete;
    KeepRunning &operator=(const KeepRunning &) = delete;

private:
    bool m_previous;
};

} // namespace

AppController::AppController(AppSettings &settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    const int minutes = m_settings.idleLockMinutes.get();
    m_idle.setTimeout(minutes > 0 ? minutes * msPerMinute : 0);
    connect(&m_idle, &IdleMonitor::idle, this, &AppController::lock);
    // Search-index upkeep in idle time, so that saves do not pay for index merges; skipped while a
    // dialog is open (the user may be about to save).
    m_upkeep.setInterval(msPerMinute);
    connect(&m_upkeep, &QTimer::timeout, this, [this] {
        if (!m_session.db || QApplication::activeModalWidget())
            return;
        try {
            m_session.db->maintainSearchIndex();
        } catch (const Error &) {
            // best effort: the next minute tries again
        }
    });
}

AppController::~AppController()
{
    endSession();
}

QString AppController::resolveDatabaseUrl(const QString &commandLine, const QString &environment,
                                          const QString &saved)
{
    for (const QString &candidate : {commandLine, environment, saved}) {
        if (!candidate.trimmed().isEmpty())
            return candidate.trimmed();
    }
    return Database::defaultUrl();
}

QString AppController::urlForSettings(const QString &url)
{
    try {
        ConnectionUrl parsed = ConnectionUrl::parse(url);
        parsed.password.clear();
        return parsed.toString();
    } catch (const Error &) {
        return {};
    }
}

QString AppController::demoAccountsHint()
{
    return tr("已生成演示数据。演示账号：admin（管理员）、reception1（受理员）、duty1（值班员）、"
              "leader1（领导）、handler1（部门处置人），密码均为 %1。")
        .arg(DemoDataGenerator::demoPassword());
}

Database *AppController::database() const
{
    return m_session.db ? m_session.db.get() : m_preparation.get();
}

LockScreen *AppController::lockScreen() const
{
    return m_lockScreen.data();
}

void AppController::setIdleTimeout(int milliseconds)
{
    m_idle.setTimeout(milliseconds);
}

void AppController::setScriptedLogin(const QString &login, const QString &password)
{
    m_scriptedLogin = login;
    m_scriptedPassword = password;
}

bool AppController::start(const QString &url)
{
    QString target = url;
    m_preparation = open(target, nullptr, false);
    if (!m_preparation)
        return false;
    QString hint;
    QString createdLogin;
    if (!runFirstRun(m_preparation, target, true, nullptr, &hint, &createdLogin))
        return false;
    if (!ensureAccounts(*m_preparation, nullptr, &createdLogin))
        return false;
    std::optional<Session> session = logIn(target, hint, createdLogin, nullptr);
    if (!session)
        return false;
    // From here on only the account's own connection is used.
    m_preparation.reset();
    m_session = std::move(*session);
    m_url = target;
    rememberUrl(target);
    showMainWindow();
    return true;
}

void AppController::rememberUrl(const QString &url)
{
    // The next start opens this database: only one that a login has just succeeded on, so that a
    // cancelled login leaves the next start as it was.
    m_settings.databaseUrl.set(urlForSettings(url));
    m_settings.sync();
}

std::unique_ptr<Database> AppController::open(QString &url, QWidget *parent, bool running)
{
    for (;;) {
        QString problem;
        try {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            auto db = std::make_unique<Database>(url);
            db->migrate();
            CalendarRepository(*db).seedFromBundled();
            IndicatorCache::renewStoredCalendar(*db, CalendarRepository(*db).load());
            QApplication::restoreOverrideCursor();
            return db; // remembered only once someone has logged in to it (rememberUrl)
        } catch (const Error &error) {
            problem = error.message();
        } catch (const std::exception &error) {
            problem = QString::fromLocal8Bit(error.what());
        }
        QApplication::restoreOverrideCursor();

        QMessageBox box(QMessageBox::Critical, tr("无法打开数据库"), problem, QMessageBox::NoButton, parent);
        box.setObjectName(u"openFailedMessageBox"_s);
        box.setInformativeText(running ? tr("可以重试、选择其他数据库，或继续使用当前数据库。")
                                       : tr("可以重试、选择其他数据库，或退出程序。"));
        QPushButton *retry = box.addButton(tr("重试"), QMessageBox::AcceptRole);
        QPushButton *choose = box.addButton(tr("选择其他数据库…"), QMessageBox::ActionRole);
        QPushButton *giveUp = box.addButton(running ? tr("取消") : tr("退出"), QMessageBox::RejectRole);
        box.setDefaultButton(choose);
        box.setEscapeButton(giveUp);
        box.exec();
        if (box.clickedButton() == retry)
            continue;
        if (box.clickedButton() == choose) {
            ConnectionDialog dialog(url, parent);
            if (dialog.exec() == QDialog::Accepted && !dialog.url().isEmpty())
                url = dialog.url();
            continue;
        }
        return nullptr;
    }
}

bool AppController::runFirstRun(std::unique_ptr<Database> &db, QString &url, bool askDatabase,
                                QWidget *parent, QString *hint, QString *createdLogin)
{
    try {
        if (!OrgUnitRepository(*db).children(0).isEmpty())
            return true;
    } catch (const Error &) {
        return true; // the login and the main window report database problems where they matter
    }
    FirstRunWizard wizard(
        std::move(db), m_clock,
        [](const QString &next) {
            auto opened = std::make_unique<Database>(next);
            opened->migrate();
            CalendarRepository(*opened).seedFromBundled();
            IndicatorCache::renewStoredCalendar(*opened, CalendarRepository(*opened).load());
            return opened;
        },
        askDatabase, parent);
    const bool finished = wizard.exec() == QDialog::Accepted;
    if (finished && wizard.outcome() == FirstRunWizard::Outcome::Demo)
        // E.g. a PostgreSQL role without CREATEROLE: the demo accounts cannot log in yet.
        *hint = (QStringList{demoAccountsHint()} + wizard.demoNotes()).join(u'\n');
    else if (finished && wizard.outcome() == FirstRunWizard::Outcome::SetUp)
        *createdLogin = wizard.createdLogin();
    url = wizard.url();
    db = wizard.takeDatabase();
    if (!finished)
        return false;
    return true;
}

bool AppController::ensureAccounts(Database &db, QWidget *parent, QString *createdLogin)
{
    try {
        if (!AuthService::needsFirstAdmin(db))
            return true;
    } catch (const Error &error) {
        QMessageBox::critical(parent, tr("无法读取账号"), error.message());
        return false;
    }
    FirstAdminDialog dialog(db, m_clock, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *createdLogin = dialog.createdLogin();
    return true;
}

std::optional<Session> AppController::logIn(const QString &url, const QString &hint, const QString &login,
                                            QWidget *parent)
{
    LoginDialog dialog(url, m_clock, parent);
    dialog.setHint(hint);
    dialog.setLogin(login);
    if (!m_scriptedLogin.isEmpty()) {
        dialog.setLogin(m_scriptedLogin);
        dialog.submitWhenShown(m_scriptedPassword);
        m_scriptedLogin.clear();
        m_scriptedPassword.clear();
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.takeSession();
}

void AppController::showMainWindow()
{
    const AppContext context{*m_session.db, m_clock, CalendarRepository(*m_session.db).load(), m_session.user,
                             &m_settings};
    // A county admin's login renews the leaders' stored working days after a calendar update.
    IndicatorCache::renewStoredCalendar(context.db, context.calendar);
    m_window = std::make_unique<MainWindow>(context);
    const QByteArray geometry = m_settings.mainWindowGeometry.get();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    const QByteArray state = m_settings.mainWindowState.get();
    if (!state.isEmpty())
        m_window->restoreState(state);
    // The start page follows the role, not the last user of this computer.
    m_window->setCurrentModule(startModuleId(m_session.user));
    // Queued: the requests come from inside the window's own handlers, which must return before
    // the window is replaced.
    connect(m_window.get(), &MainWindow::databaseChangeRequested, this, &AppController::switchDatabase,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::logoutRequested, this, &AppController::logout, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::lockRequested, this, &AppController::lock);
    connect(m_window.get(), &MainWindow::settingsChanged, this, [this] {
        const int minutes = m_settings.idleLockMinutes.get();
        m_idle.setTimeout(minutes > 0 ? minutes * msPerMinute : 0);
        if (!m_lockScreen)
            m_idle.start();
    });
    m_window->show();
    // Automatic supervision (自动督办): a sweep every minute, announced in the window.
    new SupervisionNotifier(m_window->context(), m_window.get());
    // Notices of new dispatches, 催办, 督办 and cases due soon: a badge on 指挥调度 and a tray message.
    new NoticeNotifier(m_window->context(), m_window.get());
    // Petitions with a statutory clock past due: a count on 信访超市, kept current by the change feed.
    new PetitionBadge(m_window->context(), m_window.get());
    // Admins are reminded when the audit log has gone a week without a signed checkpoint.
    new CheckpointReminder(m_window->context(), m_window.get());
    m_idle.start();
    m_upkeep.start();
}

void AppController::saveWindowState()
{
    if (!m_window)
        return;
    m_settings.mainWindowGeometry.set(m_window->saveGeometry());
    m_settings.mainWindowState.set(m_window->saveState());
    m_settings.lastModule.set(m_window->currentModuleId());
    m_settings.sync();
}

void AppController::switchDatabase(const QString &url)
{
    if (m_lockScreen)
        return;
    m_idle.stop(); // the questions below are not idle time
    QString target = url;
    std::unique_ptr<Database> next = open(target, m_window.get(), true);
    std::optional<Session> session;
    QString hint;
    QString createdLogin;
    if (next && runFirstRun(next, target, false, m_window.get(), &hint, &createdLogin)) {
        if (ensureAccounts(*next, m_window.get(), &createdLogin)) {
            // The old session's window must not show its cases behind the new login: hide it
            // while the login dialog is open, and bring it back only if the login is cancelled.
            const KeepRunning keepRunning;
            m_window->hide();
            session = logIn(target, hint, createdLogin, nullptr);
            if (!session)
                m_window->show();
        }
        next.reset();
    }
    if (!session) {
        m_idle.start(); // keep working on the current database
        return;
    }
    endSession();
    m_session = std::move(*session);
    m_url = target;
    rememberUrl(target);
    showMainWindow();
}

void AppController::lock()
{
    if (!m_window || m_lockScreen || !m_session.db)
        return;
    m_idle.stop();
    // A dialog left open would stay above the lock screen with its data and keep it from taking
    // input: close it (what was typed into it is lost).
    for (int guard = 0; guard < 16; ++guard) {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == m_window.get())
            break;
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
        if (QApplication::activeModalWidget() == modal)
            modal->hide();
    }
    // Modeless windows (case views opened from the board, previews) would stay usable beside the
    // lock screen: hide every other window of the app until it is unlocked.
    for (QWidget *top : QApplication::topLevelWidgets()) {
        const Qt::WindowType type = top->windowType();
        if (top != m_window.get() && top->isVisible() && (type == Qt::Window || type == Qt::Dialog)) {
            m_hiddenByLock.append(top);
            top->hide();
        }
    }
    m_window->setLocked(true);
    m_lockScreen = new LockScreen(m_url, m_session.user, m_clock, m_window.get());
    connect(m_lockScreen, &LockScreen::unlocked, this, &AppController::unlock);
    connect(m_lockScreen, &LockScreen::logoutRequested, this, &AppController::logout, Qt::QueuedConnection);
    m_lockScreen->show();
    m_lockScreen->activateWindow();
}

void AppController::unlock()
{
    if (m_lockScreen)
        m_lockScreen->deleteLater();
    m_lockScreen = nullptr;
    if (m_window)
        m_window->setLocked(false);
    for (const QPointer<QWidget> &hidden : std::as_const(m_hiddenByLock))
        if (hidden)
            hidden->show();
    m_hiddenByLock.clear();
    m_idle.start();
}

void AppController::logout()
{
    if (!m_session.db)
        return;
    const KeepRunning keepRunning;
    endSession();
    std::optional<Session> session = logIn(m_url, QString(), QString(), nullptr);
    if (!session) {
        emit quitRequested();
        return;
    }
    m_session = std::move(*session);
    showMainWindow();
}

void AppController::endSession()
{
    m_idle.stop();
    m_upkeep.stop();
    saveWindowState();
    m_window.reset(); // the lock screen is its child
    m_lockScreen = nullptr;
    // Windows hidden by the lock belong to the session that ends (a logout from the lock screen).
    for (const QPointer<QWidget> &hidden : std::as_const(m_hiddenByLock))
        if (hidden)
            hidden->deleteLater();
    m_hiddenByLock.clear();
    if (m_session.db) {
        try {
            AuditLog(*m_session.db, m_clock)
                .record(m_session.actor(), m_session.user.login, AuditAction::Logout, u"user"_s,
                        m_session.user.id, {});
        } catch (const Error &) {
            // a dropped connection must not keep the user from logging out
        }
    }
    m_session = Session();
}

} // namespace zz
