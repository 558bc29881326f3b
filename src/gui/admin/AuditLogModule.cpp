#include "AuditLogModule.h"

#include "AuditLogModel.h"
#include "AuditLogPage.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace zz {

AuditLogModule::AuditLogModule(const AppContext &context, QObject *parent)
    : Module(parent), m_context(context)
{}

QString AuditLogModule::id() const
{
    return u"auditlog"_s;
}

QString AuditLogModule::title() const
{
    return tr("审计日志");
}

QIcon AuditLogModule::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

QWidget *AuditLogModule::widget()
{
    if (!m_page)
        m_page = new AuditLogPage(m_context);
    return m_page;
}

void AuditLogModule::activate()
{
    // The first visit reads the newest page; later visits keep the user's filter and scroll position.
    if (m_page && m_page->model()->rowCount() == 0)
        m_page->search();
}

} // namespace zz
