#include "OverviewModule.h"

#include "OverviewPage.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace zz {

OverviewModule::OverviewModule(const Database &db, qint64 scopeOrgUnitId, QObject *parent)
    : Module(parent), m_db(db), m_scope(scopeOrgUnitId)
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
    if (!m_page)
        m_page = new OverviewPage(m_db, m_scope);
    return m_page;
}

void OverviewModule::activate()
{
    if (m_page)
        m_page->refresh();
}

} // namespace zz
