#include "CallbackModule.h"

#include "CallbackPage.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace zz {

CallbackModule::CallbackModule(const AppContext &context, QObject *parent)
    : Module(parent), m_context(context)
{
    m_reloadAction =
        new QAction(QApplication::style()->standardIcon(QStyle::SP_BrowserReload), tr("刷新"), this);
    m_reloadAction->setObjectName(u"reloadCallbacksAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        if (m_page)
            m_page->reload();
    });
}

QString CallbackModule::id() const
{
    return u"callbacks"_s;
}

QString CallbackModule::title() const
{
    return tr("回访台");
}

QIcon CallbackModule::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_DialogYesButton);
}

QWidget *CallbackModule::widget()
{
    if (!m_page)
        m_page = new CallbackPage(m_context);
    return m_page;
}

QList<QAction *> CallbackModule::toolBarActions() const
{
    return {m_reloadAction};
}

void CallbackModule::activate()
{
    if (m_page)
        m_page->reload();
}

} // namespace zz
