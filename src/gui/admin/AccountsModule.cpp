#include "AccountsModule.h"

#include "AccountsPage.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace zz {

AccountsModule::AccountsModule(const AppContext &context, QObject *parent)
    : Module(parent), m_context(context)
{}

QString AccountsModule::id() const
{
    return u"accounts"_s;
}

QString AccountsModule::title() const
{
    return tr("账号管理");
}

QIcon AccountsModule::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

QWidget *AccountsModule::widget()
{
    if (!m_page)
        m_page = new AccountsPage(m_context);
    return m_page;
}

void AccountsModule::activate()
{
    // Accounts change rarely and from few places: reading them again on each visit is enough.
    if (m_page)
        m_page->reload();
}

} // namespace zz
