#include "CaseListModule.h"

#include "CaseListPage.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace zz {

CaseListModule::CaseListModule(const AppContext &context, QObject *parent)
    : Module(parent), m_context(context)
{
    m_reloadAction =
        new QAction(QApplication::style()->standardIcon(QStyle::SP_BrowserReload), tr("刷新"), this);
    m_reloadAction->setObjectName(u"reloadCasesAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        if (m_page)
            m_page->reload();
    });
}

QString CaseListModule::id() const
{
    return u"cases"_s;
}

QString CaseListModule::title() const
{
    return tr("案件查询");
}

QIcon CaseListModule::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView);
}

QWidget *CaseListModule::widget()
{
    if (!m_page)
        m_page = new CaseListPage(m_context);
    return m_page;
}

QList<QAction *> CaseListModule::toolBarActions() const
{
    if (m_page)
        return {m_reloadAction, m_page->openAction()};
    return {m_reloadAction};
}

} // namespace zz
