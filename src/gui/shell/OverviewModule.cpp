#include "OverviewModule.h"

#include "AppContext.h"
#include "OverviewPage.h"
#include "Permissions.h"
#include "cases/CaseLookupPanel.h"

#include <QApplication>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

OverviewModule::OverviewModule(const AppContext &context, QObject *parent)
    : Module(parent), m_context(context)
{}

QString OverviewModule::id() const
{
    return u"overview"_s;
}

QString OverviewModule::title() const
{
    return tr("概览");
}

QIcon OverviewModule::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileDialogInfoView);
}

QWidget *OverviewModule::widget()
{
    if (m_widget)
        return m_widget;
    m_widget = new QWidget;
    m_widget->setObjectName(u"overviewModulePage"_s);
    auto *layout = new QVBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // First on the page: a returning resident is found by what he holds before anything else.
    if (Permissions::allows(m_context.user.roles, Permission::ViewCases)) {
        m_lookup = new CaseLookupPanel(m_context, m_widget);
        m_lookup->setContentsMargins(24, 20, 24, 0);
        layout->addWidget(m_lookup);
    }
    m_page = new OverviewPage(m_context.db, m_context.user.orgUnitId, m_widget);
    layout->addWidget(m_page, 1);
    return m_widget;
}

void OverviewModule::activate()
{
    if (m_page)
        m_page->refresh();
    if (m_lookup)
        m_lookup->lineEdit()->setFocus();
}

} // namespace zz
