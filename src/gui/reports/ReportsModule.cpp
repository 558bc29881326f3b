#include "ReportsModule.h"

#include "DashboardPage.h"
#include "Permissions.h"
#include "shell/AppContext.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace zz {

ReportsModule::ReportsModule(const AppContext &context, QObject *parent) : Module(parent), m_context(context)
{
    auto *reload =
        new QAction(QApplication::style()->standardIcon(QStyle::SP_BrowserReload), tr("刷新"), this);
    reload->setObjectName(u"reloadDashboardAction"_s);
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, [this] {
        if (m_page)
            m_page->reload();
    });
    m_actions << reload;
}

bool ReportsModule::isAvailableTo(const AppContext &context)
{
    return Permissions::allows(context.user.roles, Permission::ViewCases) &&
           (context.user.roles & (Roles(Role::Leader) | Role::DutyOfficer));
}

QString ReportsModule::id() const
{
    return u"reports"_s;
}

QString ReportsModule::title() const
{
    return tr("统计分析");
}

QIcon ReportsModule::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileDialogInfoView);
}

QWidget *ReportsModule::widget()
{
    if (!m_page) {
        m_page = new DashboardPage(m_context);
        m_page->setComputeInBackground(true); // the window never waits for the figures
    }
    return m_page;
}

QList<QAction *> ReportsModule::toolBarActions() const
{
    return m_actions;
}

} // namespace zz
