#pragma once

#include "AuthService.h"
#include "Clock.h"
#include "IdleMonitor.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <memory>
#include <optional>

class QWidget;

namespace zz {

class AppSettings;
class Database;
class LockScreen;
class MainWindow;

// Runs the desktop app's life: opens the database (with a way out when it fails), sets up an empty
// one with the first-run wizard, asks for the first admin of an org tree without accounts, logs in, shows the
// main window, locks it after a while without input, logs out and switches databases on request.
// Owns the logged-in Session (the account's own connection) and the MainWindow working on it.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(AppSettings &settings, QObject *parent = nullptr);
    ~AppController() override;

    // The URL to open first: the command line (--db), then $ZONGZHI_DB, then the saved one, then
    // Database::defaultUrl() (a file in the user's data folder).
    static QString resolveDatabaseUrl(const QString &commandLine, const QString &environment,
                                      const QString &saved);
    // The URL as stored in the settings: the password is left out (libpq reads ~/.pgpass).
    static QString urlForSettings(const QString &url);
    // The login dialog's note after demo data was generated: the demo logins and their password.
    static QString demoAccountsHint();

    // The first login dialog logs in as this account by itself (`zongzhi --login L --password-stdin`).
    void setScriptedLogin(const QString &login, const QString &password);

    // Opens the database, logs in and shows the main window. False when the user chose to quit.
    bool start(const QString &url);

    MainWindow *mainWindow() const { return m_window.get(); }
    // The logged-in account's connection (before login: the one used to prepare the database).
    Database *database() const;
    const User &user() const { return m_session.user; }
    // The lock screen while the window is locked, else nullptr.
    LockScreen *lockScreen() const;

    // Time without input before the screen locks (the settings' idleLockMinutes by default);
    // 0 never locks. For tests and for a changed setting.
    void setIdleTimeout(int milliseconds);
    int idleTimeout() const { return m_idle.timeout(); }

    // Covers the main window with the lock screen (also 文件 → 锁定屏幕 and the idle timeout).
    void lock();

signals:
    // The user logged out and then left the login dialog with 退出: the program should end.
    void quitRequested();

private:
    // Opens and migrates; on failure asks to retry, choose another database or give up (nullptr).
    // `url` becomes the URL that was opened in the end.
    std::unique_ptr<Database> open(QString &url, QWidget *parent, bool running);
    // An empty database (no org unit): the first-run wizard, which may also choose another
    // database (`db` and `url` then change, with `askDatabase`). False when the user gave up. `hint`
    // names the demo accounts after demo data, `createdLogin` the admin after a real setup.
    bool runFirstRun(std::unique_ptr<Database> &db, QString &url, bool askDatabase, QWidget *parent,
                     QString *hint, QString *createdLogin);
    // The first admin for a database without accounts; false when the user gave up.
    bool ensureAccounts(Database &db, QWidget *parent, QString *createdLogin);
    std::optional<Session> logIn(const QString &url, const QString &hint, const QString &login,
                                 QWidget *parent);
    void showMainWindow();
    void saveWindowState();
    void rememberUrl(const QString &url);
    void switchDatabase(const QString &url);
    void unlock();
    void logout();
    // Records the logout of the current session (best effort) and closes the window and connection.
    void endSession();

    AppSettings &m_settings;
    SystemClock m_clock;
    QString m_url;                           // as opened, with any password: for re-login and unlock
    std::unique_ptr<Database> m_preparation; // before login: migrations, demo data, first admin
    Session m_session;                       // the logged-in account and its own connection
    std::unique_ptr<MainWindow> m_window;    // declared after the session: destroyed before it
    QPointer<LockScreen> m_lockScreen;
    QList<QPointer<QWidget>> m_hiddenByLock; // the app's other windows while the screen is locked
    IdleMonitor m_idle;
    QString m_scriptedLogin; // setScriptedLogin(): used by the next login dialog only
    QString m_scriptedPassword;
    QTimer m_upkeep; // Database::maintainSearchIndex() every minute while a session is open
};

} // namespace zz
