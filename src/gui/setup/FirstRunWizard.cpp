#include "FirstRunWizard.h"

#include "Database.h"
#include "Error.h"
#include "FirstRunPages.h"
#include "LoginRoles.h"
#include "ReferenceRepositories.h"
#include "SetupRunner.h"
#include "shell/AppContext.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace zz {

FirstRunWizard::FirstRunWizard(std::unique_ptr<Database> db, const Clock &clock, Opener opener,
                               bool askDatabase, QWidget *parent)
    : QWizard(parent), m_clock(clock), m_opener(std::move(opener)), m_ownedDb(std::move(db)),
      m_db(m_ownedDb.get())
{
    setObjectName(u"firstRunWizard"_s);
    setWindowTitle(tr("首次设置"));
    if (askDatabase)
        setPage(DatabasePage, new DatabaseChoicePage(this, m_db->url().toString()));
    auto *start = new StartChoicePage(this);
    setPage(StartPage, start);
    auto *division = new DivisionChoicePage(this);
    setPage(DivisionPage, division);
    setPage(CenterPage, new CenterDetailsPage(this));
    auto *admin = new AdminAccountPage(this);
    setPage(AdminPage, admin);
    setPage(SummaryPage, new SetupSummaryPage(this));
    auto *progress = new SetupProgressPage(this);
    setPage(ProgressPage, progress);
    setStartId(askDatabase ? DatabasePage : StartPage);
    // What the database already holds is not chosen again on the way back after a failure.
    connect(progress, &SetupProgressPage::stepDone, this, [start, division, admin](int step) {
        start->lock();
        if (step == int(SetupRunner::Step::OrgTree))
            division->lock();
        if (step == int(SetupRunner::Step::Admin))
            admin->lock();
    });
    setUpButtons();
}

FirstRunWizard::FirstRunWizard(const AppContext &context, QWidget *parent)
    : QWizard(parent), m_clock(context.clock), m_db(&context.db), m_addingTownships(true),
      m_actor(context.actor())
{
    setObjectName(u"addTownshipsWizard"_s);
    setWindowTitle(tr("添加乡镇（街道）"));
    m_plan.start = SetupPlan::Start::AddTownships;
    setPage(DivisionPage, new DivisionChoicePage(this));
    setPage(ProgressPage, new SetupProgressPage(this));
    setStartId(DivisionPage);
    setUpButtons();
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::setUpButtons()
{
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::DisabledBackButtonOnLastPage);
    setButtonText(QWizard::BackButton, tr("上一步"));
    setButtonText(QWizard::NextButton, tr("下一步"));
    setButtonText(QWizard::FinishButton, tr("完成"));
    setButtonText(QWizard::CancelButton, tr("取消"));
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"finishButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);
    setMinimumSize(fontMetrics().horizontalAdvance(u"M"_s) * 60, fontMetrics().height() * 34);
}

std::unique_ptr<Database> FirstRunWizard::takeDatabase()
{
    m_runner.reset();
    m_db = nullptr;
    return std::move(m_ownedDb);
}

QString FirstRunWizard::url() const
{
    return m_db ? m_db->url().toString() : QString();
}

QString FirstRunWizard::createdLogin() const
{
    return m_runner ? m_runner->createdLogin() : QString();
}

QStringList FirstRunWizard::demoNotes() const
{
    return m_runner ? m_runner->demoNotes() : QStringList();
}

const Database &FirstRunWizard::database() const
{
    return *m_db;
}

SetupRunner &FirstRunWizard::runner()
{
    if (!m_runner)
        m_runner = std::make_unique<SetupRunner>(*m_db, m_clock, m_actor);
    return *m_runner;
}

QString FirstRunWizard::useDatabase(const QString &url)
{
    try {
        if (ConnectionUrl::parse(url).toString() != m_db->url().toString()) {
            std::unique_ptr<Database> next = m_opener(url);
            m_runner.reset();
            m_ownedDb = std::move(next);
            m_db = m_ownedDb.get();
        }
        m_outcome = OrgUnitRepository(*m_db).children(0).isEmpty() ? Outcome::None : Outcome::AlreadySetUp;
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

QString FirstRunWizard::databaseProblem() const
{
    try {
        if (m_db->isPostgres() && !LoginRoles::mayCreateRoles(*m_db))
            return tr("数据库账号 %1 不能创建登录角色，无法为本中心建立账号。首次设置请用数据库所有者"
                      "（具有 CREATEROLE 权限）的账号连接。")
                .arg(m_db->url().user);
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

QMessageBox *FirstRunWizard::leavePrompt() const
{
    return m_leavePrompt;
}

void FirstRunWizard::reject()
{
    // On the progress page what was carried out is stored already; that page says what is left.
    if (currentId() == ProgressPage) {
        QWizard::reject();
        return;
    }
    if (m_leavePrompt)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(),
                                m_addingTownships ? tr("放弃添加乡镇？已选择的内容不会保存。")
                                                  : tr("退出首次设置？已填写的内容不会保存。"),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"leaveSetupPrompt"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *leave =
        box->addButton(m_addingTownships ? tr("放弃") : tr("退出"), QMessageBox::DestructiveRole);
    leave->setObjectName(u"leaveSetupButton"_s);
    QPushButton *stay = box->addButton(tr("继续设置"), QMessageBox::RejectRole);
    stay->setObjectName(u"continueSetupButton"_s);
    box->setDefaultButton(stay);
    box->setEscapeButton(stay);
    connect(box, &QMessageBox::finished, this, [this, box, leave] {
        if (box->clickedButton() == leave)
            QWizard::reject();
    });
    m_leavePrompt = box;
    box->open();
}

void FirstRunWizard::finishAlreadySetUp()
{
    m_outcome = Outcome::AlreadySetUp;
    // Not accept(): QWizard::done() would validate the current page again, which called us.
    QDialog::done(QDialog::Accepted);
}

} // namespace zz
