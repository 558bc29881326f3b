#include "HallModule.h"

#include "Error.h"
#include "EvaluatorWindow.h"
#include "QueueDisplayWindow.h"
#include "QueueSetupPage.h"
#include "QueueStatsPage.h"
#include "TakeNumberPage.h"
#include "WindowConsole.h"
#include "queue/QueueService.h"
#include "queue/QueueSetupService.h"
#include "shell/AppContext.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QScreen>
#include <QStyle>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace zz {

HallModule::HallModule(const AppContext &context, QObject *parent) : Module(parent), m_context(context)
{
    m_displayAction =
        new QAction(QApplication::style()->standardIcon(QStyle::SP_DesktopIcon), tr("叫号显示屏"), this);
    m_displayAction->setObjectName(u"openQueueDisplayAction"_s);
    m_displayAction->setToolTip(tr("在第二块屏幕上全屏显示叫号和等候人数"));
    connect(m_displayAction, &QAction::triggered, this, [this] { openDisplay(); });
    m_evaluatorAction =
        new QAction(QApplication::style()->standardIcon(QStyle::SP_DialogYesButton), tr("评价器"), this);
    m_evaluatorAction->setObjectName(u"openEvaluatorAction"_s);
    m_evaluatorAction->setToolTip(tr("打开面向群众的服务评价器（本窗口）"));
    connect(m_evaluatorAction, &QAction::triggered, this, [this] { openEvaluator(); });
    m_reloadAction =
        new QAction(QApplication::style()->standardIcon(QStyle::SP_BrowserReload), tr("刷新"), this);
    m_reloadAction->setObjectName(u"reloadHallAction"_s);
    connect(m_reloadAction, &QAction::triggered, this, &HallModule::activate);
}

HallModule::~HallModule()
{
    delete m_display;
    delete m_evaluator;
}

bool HallModule::isAvailableTo(const AppContext &context)
{
    try {
        return context.user.roles != Roles() &&
               QueueService::townshipOf(context.db, context.user.orgUnitId) != 0;
    } catch (const Error &) {
        return false;
    }
}

QString HallModule::id() const
{
    return u"hall"_s;
}

QString HallModule::title() const
{
    return tr("排队叫号");
}

QIcon HallModule::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileDialogListView);
}

QWidget *HallModule::widget()
{
    if (!m_page) {
        m_page = new QTabWidget;
        m_page->setObjectName(u"hallTabs"_s);
        m_take = new TakeNumberPage(m_context, m_page);
        m_page->addTab(m_take, tr("取号"));
        m_console = new WindowConsole(m_context, m_page);
        m_page->addTab(m_console, tr("窗口叫号"));
        m_stats = new QueueStatsPage(m_context, m_page);
        m_page->addTab(m_stats, tr("排队统计"));
        if (QueueSetupService(m_context.db, m_context.clock, m_context.actor()).mayManage()) {
            m_setup = new QueueSetupPage(m_context, m_page);
            m_page->addTab(m_setup, tr("大厅设置"));
        }
        connect(m_page, &QTabWidget::currentChanged, this, &HallModule::activate);
    }
    return m_page;
}

TakeNumberPage *HallModule::takeNumberPage() const
{
    return m_take;
}

WindowConsole *HallModule::console() const
{
    return m_console;
}

QList<QAction *> HallModule::toolBarActions() const
{
    return {m_displayAction, m_evaluatorAction, m_reloadAction};
}

void HallModule::activate()
{
    if (!m_page)
        return;
    QWidget *current = m_page->currentWidget();
    if (current == m_take)
        m_take->reload();
    else if (current == m_console)
        m_console->reload();
    else if (current == m_stats)
        m_stats->reload();
    else if (current == m_setup)
        m_setup->reload();
}

QScreen *HallModule::chooseScreen(const QString &title)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() < 2)
        return nullptr;
    QStringList names;
    for (int i = 0; i < screens.size(); ++i)
        names << tr("屏幕 %1（%2×%3）")
                     .arg(i + 1)
                     .arg(screens[i]->size().width())
                     .arg(screens[i]->size().height());
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_page, title, tr("显示在哪块屏幕上："), names, 1, false, &ok);
    if (!ok)
        return nullptr;
    return screens.value(int(names.indexOf(chosen)));
}

QueueDisplayWindow *HallModule::openDisplay(QScreen *screen)
{
    if (!m_display) {
        m_display = new QueueDisplayWindow(m_context);
        m_display->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (!screen)
        screen = chooseScreen(tr("叫号显示屏"));
    if (screen)
        m_display->showOn(screen);
    else
        m_display->show();
    m_display->raise();
    return m_display;
}

EvaluatorWindow *HallModule::openEvaluator(QScreen *screen)
{
    const qint64 window = m_console ? m_console->windowId() : 0;
    if (!m_evaluator) {
        m_evaluator = new EvaluatorWindow(m_context, window);
        m_evaluator->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_evaluator, &EvaluatorWindow::staffNotice, this, [this](const QString &message) {
            if (m_console)
                m_console->showMessage(message);
        });
    } else {
        m_evaluator->selectWindow(window);
    }
    if (!screen)
        screen = chooseScreen(tr("评价器"));
    m_evaluator->showOn(screen);
    m_evaluator->raise();
    return m_evaluator;
}

} // namespace zz
