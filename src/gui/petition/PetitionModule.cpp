#include "PetitionModule.h"

#include "Permissions.h"
#include "PetitionBoardPage.h"
#include "ReceptionForm.h"
#include "TemplateEditor.h"
#include "dispatch/CaseViewDialog.h"
#include "petition/PetitionWorkflow.h"
#include "shell/AppContext.h"

#include <QApplication>
#include <QStyle>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace zz {

PetitionModule::PetitionModule(const AppContext &context, QObject *parent)
    : Module(parent), m_context(context)
{
    m_reloadAction =
        new QAction(QApplication::style()->standardIcon(QStyle::SP_BrowserReload), tr("刷新"), this);
    m_reloadAction->setObjectName(u"reloadPetitionsAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        if (m_board)
            m_board->reload();
    });
    m_exportAction =
        new QAction(QApplication::style()->standardIcon(QStyle::SP_DialogSaveButton), tr("导出台账…"), this);
    m_exportAction->setObjectName(u"exportLedgerAction"_s);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (m_board)
            m_board->exportLedgerAs();
    });
}

PetitionModule::~PetitionModule() = default;

ReceptionForm *PetitionModule::reception() const
{
    return m_reception;
}

PetitionBoardPage *PetitionModule::board() const
{
    return m_board;
}

TemplateEditor *PetitionModule::templates() const
{
    return m_templates;
}

bool PetitionModule::mayRegister(const AppContext &context)
{
    return bool(context.user.roles & PetitionWorkflow::registeringRoles());
}

bool PetitionModule::mayEditTemplates(const AppContext &context)
{
    return bool(context.user.roles & (Roles(Role::Leader) | Role::Admin));
}

namespace {

// Accounts that work on petitions (the workflow table's roles and those who register them).
bool worksOnPetitions(const AppContext &context)
{
    Roles roles = PetitionWorkflow::registeringRoles() | Role::Leader;
    for (const PetitionTransition &t : PetitionWorkflow::transitions())
        roles |= t.roles;
    return bool(context.user.roles & roles);
}

} // namespace

bool PetitionModule::isAvailableTo(const AppContext &context)
{
    // Admins keep the document templates; they take no part in the petitions themselves.
    return worksOnPetitions(context) || mayEditTemplates(context);
}

QString PetitionModule::id() const
{
    return u"petition"_s;
}

QString PetitionModule::title() const
{
    return tr("信访超市");
}

QIcon PetitionModule::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView);
}

QWidget *PetitionModule::widget()
{
    if (m_tabs)
        return m_tabs;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"petitionModuleTabs"_s);
    if (worksOnPetitions(m_context))
        m_board = new PetitionBoardPage(m_context);
    // 转为事件 keeps the link: the petition opens the case it became.
    if (m_board)
        connect(m_board, &PetitionBoardPage::openCaseRequested, m_tabs, [this](qint64 caseId) {
            auto *dialog = new CaseViewDialog(m_context, caseId, m_tabs);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    if (mayRegister(m_context)) {
        m_reception = new ReceptionForm(m_context);
        m_tabs->addTab(m_reception, tr("接待登记"));
        connect(m_reception, &ReceptionForm::petitionSaved, m_board, &PetitionBoardPage::reload);
    }
    if (m_board)
        m_tabs->addTab(m_board, tr("信访台账"));
    if (mayEditTemplates(m_context)) {
        m_templates = new TemplateEditor(m_context);
        m_tabs->addTab(m_templates, tr("文书模板"));
    }
    return m_tabs;
}

QList<QAction *> PetitionModule::toolBarActions() const
{
    if (!worksOnPetitions(m_context))
        return {};
    return {m_reloadAction, m_exportAction};
}

void PetitionModule::activate()
{
    if (m_board)
        m_board->reload();
}

QString PetitionModule::unsavedWork() const
{
    return m_reception && m_reception->hasInput() ? tr("信访接待登记表尚未登记。") : QString();
}

void PetitionModule::discardUnsavedWork()
{
    if (m_reception)
        m_reception->discardDraft();
}

} // namespace zz
