#include "AssessmentModule.h"

#include "AssessmentPage.h"
#include "Permissions.h"
#include "shell/AppContext.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace zz {

AssessmentModule::AssessmentModule(const AppContext &context, QObject *parent)
    : Module(parent), m_context(context)
{
    m_reloadAction =
        new QAction(QApplication::style()->standardIcon(QStyle::SP_BrowserReload), tr("刷新"), this);
    m_reloadAction->setObjectName(u"reloadAssessmentAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        if (m_page)
            m_page->reload();
    });
}

bool AssessmentModule::isAvailableTo(const AppContext &context)
{
    return Permissions::allows(context.user.roles, Permission::ScoreWorkers);
}

QString AssessmentModule::id() const
{
    return u"assessment"_s;
}

QString AssessmentModule::title() const
{
    return tr("网格员考评");
}

QIcon AssessmentModule::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

QWidget *AssessmentModule::widget()
{
    if (!m_page)
        m_page = new AssessmentPage(m_context);
    return m_page;
}

QList<QAction *> AssessmentModule::toolBarActions() const
{
    return {m_reloadAction};
}

void AssessmentModule::activate()
{
    if (m_page)
        m_page->reload();
}

} // namespace zz
