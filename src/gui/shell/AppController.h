#pragma once

#include "Clock.h"
#include "Entities.h"

#include <QObject>
#include <QString>
#include <memory>

class QWidget;

namespace zz {

class AppSettings;
class Database;
class MainWindow;

// Runs the desktop app's life: opens the database (with a way out when it fails), offers demo data
// for an empty one, shows the main window, and switches databases on request. Owns the open
// Database and the MainWindow working on it.
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

    // Opens the database and shows the main window. False when the user chose to quit.
    bool start(const QString &url);

    MainWindow *mainWindow() const { return m_window.get(); }
    Database *database() const { return m_database.get(); }

private:
    // Opens and migrates; on failure asks to retry, choose another database or give up (nullptr).
    std::unique_ptr<Database> open(QString url, QWidget *parent, bool running);
    void offerDemoData(Database &db, QWidget *parent);
    void showMainWindow();
    void saveWindowState();
    void switchDatabase(const QString &url);

    AppSettings &m_settings;
    SystemClock m_clock;
    User m_user; // the logged-in account
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window; // declared after the database: destroyed before it
};

} // namespace zz
