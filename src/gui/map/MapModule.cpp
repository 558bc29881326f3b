#include "MapModule.h"

#include "MapPage.h"
#include "Permissions.h"
#include "cases/CaseListPage.h"
#include "shell/AppContext.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QIcon>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

MapModule::MapModule(const AppContext &context, QObject *parent) : Module(parent), m_context(context)
{
    m_reloadAction =
        new QAction(QApplication::style()->standardIcon(QStyle::SP_BrowserReload), tr("刷新"), this);
    m_reloadAction->setObjectName(u"mapReloadAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        if (m_page)
            m_page->reload();
    });
    if (MapPage::mayEditTileUrl(m_context)) {
        m_tileAction = new QAction(QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                                   tr("图源设置…"), this);
        m_tileAction->setObjectName(u"mapTileSettingsAction"_s);
        m_tileAction->setToolTip(tr("内部地理信息服务器的瓦片地址；留空则只画网格边界，不访问网络。"));
        connect(m_tileAction, &QAction::triggered, this, [this] {
            widget();
            m_page->editTileUrl();
        });
    }
}

bool MapModule::isAvailableTo(const AppContext &context)
{
    const Roles roles = context.user.roles;
    return Permissions::allows(roles, Permission::ViewCases) &&
           bool(roles & (Roles(Role::Leader) | Role::DutyOfficer | Role::Admin));
}

QString MapModule::id() const
{
    return u"map"_s;
}

QString MapModule::title() const
{
    return tr("热点地图");
}

QIcon MapModule::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon);
}

QWidget *MapModule::widget()
{
    if (!m_page) {
        m_page = new MapPage(m_context);
        connect(m_page, &MapPage::drillRequested, this, &MapModule::openDrill);
    }
    return m_page;
}

MapPage *MapModule::page() const
{
    return m_page;
}

QList<QAction *> MapModule::toolBarActions() const
{
    QList<QAction *> actions{m_reloadAction};
    if (m_tileAction)
        actions << m_tileAction;
    return actions;
}

void MapModule::activate()
{
    widget();
}

// A grid's cases in a window of their own, over the map: the leader looks and comes back.
void MapModule::openDrill(const IndicatorDrill &drill)
{
    auto *dialog = new QDialog(m_page);
    dialog->setObjectName(u"mapCasesDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("网格内的事件 — %1").arg(drill.description));
    auto *layout = new QVBoxLayout(dialog);
    auto *cases = new CaseListPage(m_context, dialog);
    cases->setDrill(drill);
    layout->addWidget(cases);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(1000, 600);
    dialog->show();
}

} // namespace zz
