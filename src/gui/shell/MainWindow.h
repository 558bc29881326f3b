#pragma once

#include "AppContext.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QToolBar;

namespace zz {

class ConnectionBanner;
class HelpWindow;
class Database;
class Module;

// The workbench window. It only hosts modules: navigation on the left, the current module's page
// on the right, its actions in the toolbar, and the connected database in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Hosts the standard modules (StandardModules.h) on the given open, migrated database.
    // The window keeps its own copy of the context; modules get a reference to that copy.
    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void addModule(std::unique_ptr<Module> module);
    QStringList moduleIds() const;
    QString currentModuleId() const;
    // Returns false when no module has that id.
    bool setCurrentModule(const QString &id);
    // A count badge on the module's navigation item (0 removes it), with its tooltip.
    void setModuleBadge(const QString &id, int count, const QString &toolTip = {});
    int moduleBadge(const QString &id) const;

    // "SQLite:/path/zongzhi.db" or "PostgreSQL:user@host:5432/db" (never the password).
    static QString describeDatabase(const Database &db);

    const AppContext &context() const { return m_context; }
    // Reads the holiday calendar from the database into the context the modules share, and tells
    // every module (Module::calendarReloaded). Done when a module stored holiday years.
    void reloadCalendar();
    // Shown above the modules while the database connection is lost; it reconnects by itself.
    ConnectionBanner *connectionBanner() const { return m_connectionBanner; }

    // Locked: pages, navigation, toolbars and menu commands are hidden or disabled (a LockScreen
    // covers the window); unlocking restores them.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    // 帮助 → 使用帮助 (F1): the user guide opened on the current module's page.
    void showHelp();
    // 帮助 → 关于: version, the database in use, the licences of the bundled data and the libraries.
    QString aboutText() const;

    // Before the session ends (注销, 退出, another database): when a module holds unfinished work,
    // asks 保存草稿并退出 / 放弃 / 取消 and keeps or discards it. False when the user cancels.
    bool confirmLeaving(const QString &leaving);

signals:
    // The user chose another database in 文件 → 连接数据库…; the owner decides whether to switch.
    void databaseChangeRequested(const QString &url);
    // 文件 → 注销 and 文件 → 锁定屏幕; the owner logs out or shows the lock screen.
    void logoutRequested();
    void lockRequested();
    // 文件 → 设置 saved new settings (AppSettings); the owner applies what it can at once.
    void settingsChanged();
    // The user opened a module (chose it in the navigation, or clicked it while it was current).
    void moduleOpened(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showModule(int index);
    QListWidgetItem *moduleItem(const QString &id) const;
    void chooseDatabase();
    void showAbout();

    const Database &m_db;
    AppContext m_context;            // only the calendar changes (reloadCalendar)
    std::vector<Module *> m_modules; // owned as QObject children
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QToolBar *m_moduleToolBar = nullptr;
    QLabel *m_moduleTitle = nullptr;        // the current module's name, first in the toolbar
    QAction *m_moduleTitleAction = nullptr; // stays when the module's actions change
    ConnectionBanner *m_connectionBanner = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_schemaLabel = nullptr;
    QLabel *m_accountLabel = nullptr;
    QList<QAction *> m_menuActions; // disabled while locked
    QPointer<HelpWindow> m_helpWindow;
    bool m_locked = false;
};

} // namespace zz
