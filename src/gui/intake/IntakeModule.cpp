#include "IntakeModule.h"

#include "IntakeForm.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace zz {

IntakeModule::IntakeModule(const AppContext &context, QObject *parent) : Module(parent), m_context(context) {}

QString IntakeModule::id() const
{
    return u"intake"_s;
}

QString IntakeModule::title() const
{
    return tr("受理登记");
}

QIcon IntakeModule::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
}

QWidget *IntakeModule::widget()
{
    if (!m_form)
        m_form = new IntakeForm(m_context);
    return m_form;
}

QString IntakeModule::unsavedWork() const
{
    return m_form && m_form->hasInput() ? tr("受理登记表已填写但尚未登记。") : QString();
}

void IntakeModule::keepUnsavedWork()
{
    if (m_form)
        m_form->saveDraft();
}

void IntakeModule::discardUnsavedWork()
{
    if (m_form)
        m_form->discardDraft();
}

void IntakeModule::calendarReloaded()
{
    if (m_form)
        m_form->calendarReloaded();
}

} // namespace zz
