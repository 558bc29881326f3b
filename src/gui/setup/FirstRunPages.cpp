#include "FirstRunPages.h"

#include "Database.h"
#include "DivisionCatalog.h"
#include "DivisionPicker.h"
#include "Error.h"
#include "FirstRunWizard.h"
#include "InputLimits.h"
#include "ReferenceRepositories.h"
#include "SetupRunner.h"
#include "Validators.h"
#include "shell/ConnectionWidget.h"
#include "shell/FirstAdminForm.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c62828;"_s);
    label->hide();
    return label;
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: palette(placeholder-text);"_s);
    return label;
}

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString divisionName(const QString &code)
{
    const auto division = DivisionCatalog::bundled().find(code);
    return division ? division->name : code;
}

} // namespace

// ---------------------------------------------------------------------------------------------

DatabaseChoicePage::DatabaseChoicePage(FirstRunWizard *wizard, const QString &url) : m_wizard(wizard)
{
    setObjectName(u"databasePage"_s);
    setTitle(tr("数据库"));
    setSubTitle(tr("本中心的数据保存在哪里。以后可以在“文件 → 连接数据库”中更换。"));
    auto *layout = new QVBoxLayout(this);
    m_connection = new ConnectionWidget(url, this);
    layout->addWidget(m_connection);
    connect(m_connection, &ConnectionWidget::validityChanged, this, &QWizardPage::completeChanged);
}

bool DatabaseChoicePage::isComplete() const
{
    return m_connection->isUrlValid();
}

bool DatabaseChoicePage::validatePage()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString problem = m_wizard->useDatabase(m_connection->url());
    QApplication::restoreOverrideCursor();
    if (problem.isEmpty() && m_wizard->outcome() == FirstRunWizard::Outcome::AlreadySetUp) {
        m_wizard->finishAlreadySetUp(); // the login dialog comes next
        return false;
    }
    if (!problem.isEmpty()) {
        m_connection->showMessage(tr("无法使用这个数据库：%1").arg(problem),
                                  ConnectionWidget::MessageKind::Error);
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

StartChoicePage::StartChoicePage(FirstRunWizard *wizard) : m_wizard(wizard)
{
    setObjectName(u"startPage"_s);
    setTitle(tr("开始方式"));
    setSubTitle(tr("用本单位的真实行政区划建立工作台，或先用演示数据试一试。"));
    auto *layout = new QVBoxLayout(this);
    const auto option = [&](QRadioButton *&button, const QString &name, const QString &text,
                            const QString &description) {
        button = new QRadioButton(text, this);
        button->setObjectName(name);
        layout->addWidget(button);
        QLabel *note = noteLabel(description, this);
        note->setContentsMargins(fontMetrics().horizontalAdvance(u"MM"_s), 0, 0, 8);
        layout->addWidget(note);
    };
    option(m_standard, u"standardCategoriesRadioButton"_s, tr("本单位，装入标准事件类别（推荐）"),
           tr("按本县（区）的行政区划建立乡镇（街道）和村（社区），并装入常用的两级事件类别、办理时限和"
              "对应的职能部门名称。以后都可以在“基础数据”中修改。"));
    option(m_empty, u"emptyStartRadioButton"_s, tr("本单位，空白开始"),
           tr("只建立行政区划和管理员账号。事件类别、部门、网格和网格员由管理员在“基础数据”中录入；"
              "录入事件类别之前不能登记案件。"));
    option(m_demo, u"demoDataRadioButton"_s, tr("演示数据（虚构的县，不是您的单位）"),
           tr("生成一个虚构的县、演示账号和 2000 件虚构的案件，用于试用和培训。"
              "演示数据库不能改成本单位使用，请不要在其中登记真实案件。"));
    m_standard->setChecked(true);
    m_problemLabel = messageLabel(u"startProblemLabel"_s, this);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);
}

int StartChoicePage::nextId() const
{
    return m_demo->isChecked() ? FirstRunWizard::SummaryPage : FirstRunWizard::DivisionPage;
}

bool StartChoicePage::validatePage()
{
    SetupPlan &plan = m_wizard->plan();
    plan.start = m_demo->isChecked()    ? SetupPlan::Start::Demo
                 : m_empty->isChecked() ? SetupPlan::Start::Empty
                                        : SetupPlan::Start::StandardCategories;
    // Demo accounts without login roles are noted after the run; a real center needs its admin.
    const QString problem = plan.start == SetupPlan::Start::Demo ? QString() : m_wizard->databaseProblem();
    showMessage(m_problemLabel, problem);
    return problem.isEmpty();
}

void StartChoicePage::lock()
{
    for (QRadioButton *button : {m_standard, m_empty, m_demo})
        button->setEnabled(button->isChecked());
}

// ---------------------------------------------------------------------------------------------

DivisionChoicePage::DivisionChoicePage(FirstRunWizard *wizard) : m_wizard(wizard)
{
    setObjectName(u"divisionPage"_s);
    auto *layout = new QVBoxLayout(this);
    m_picker = new DivisionPicker(this);
    m_picker->setObjectName(u"divisionPicker"_s);
    layout->addWidget(m_picker, 1);
    m_lockedLabel = noteLabel(QString(), this);
    m_lockedLabel->setObjectName(u"divisionLockedLabel"_s);
    m_lockedLabel->hide();
    layout->addWidget(m_lockedLabel);
    m_problemLabel = messageLabel(u"divisionProblemLabel"_s, this);
    layout->addWidget(m_problemLabel);
    connect(m_picker, &DivisionPicker::selectionChanged, this, [this] {
        showMessage(m_problemLabel, QString());
        emit completeChanged();
    });

    if (!wizard->isAddingTownships()) {
        setTitle(tr("本中心所在的县（区）和乡镇（街道）"));
        setSubTitle(
            tr("输入名称、代码或拼音首字母查找，例如“余姚”“330281”或“yy”。将建立所选县（区）的全部乡镇"
               "（街道），并装入勾选的乡镇（街道）的村（社区）；其他乡镇的村以后可以再装入。"));
        return;
    }
    setTitle(tr("添加乡镇（街道）"));
    setSubTitle(
        tr("勾选要装入村（社区）的乡镇（街道）。已装入的乡镇标为“已载入”，再次勾选只补上缺少的村（社区），"
           "不会改动已有的名称。"));
    try {
        const QList<OrgUnit> roots = OrgUnitRepository(wizard->database()).children(0);
        if (!roots.isEmpty()) {
            m_picker->setCounty(roots.first().code, true);
            QStringList loaded;
            for (const OrgUnit &township : OrgUnitRepository(wizard->database()).children(roots.first().id))
                if (!OrgUnitRepository(wizard->database()).children(township.id).isEmpty())
                    loaded << township.code;
            m_picker->setLoadedTownships(loaded);
        }
        // A township admin may load his own township's villages only (the loader and, on
        // PostgreSQL, the server hold the same): say so here rather than after the run.
        const auto own = OrgUnitRepository(wizard->database()).get(wizard->actor().orgUnitId);
        if (own && own->level == OrgLevel::Township)
            m_ownTownship = own->code;
    } catch (const Error &error) {
        m_lockedLabel->setText(error.message());
        m_lockedLabel->show();
    }
}

bool DivisionChoicePage::isComplete() const
{
    return m_picker->isComplete();
}

bool DivisionChoicePage::validatePage()
{
    if (!m_ownTownship.isEmpty() && m_picker->townshipCodes() != QStringList{m_ownTownship}) {
        showMessage(m_problemLabel, tr("乡镇（街道）管理员只能装入本乡镇（街道）的村（社区）：请只勾选%1。")
                                        .arg(divisionName(m_ownTownship)));
        return false;
    }
    SetupPlan &plan = m_wizard->plan();
    plan.countyCode = m_picker->countyCode();
    plan.townshipCodes = m_picker->townshipCodes();
    return true;
}

int DivisionChoicePage::nextId() const
{
    return m_wizard->isAddingTownships() ? FirstRunWizard::ProgressPage : FirstRunWizard::CenterPage;
}

void DivisionChoicePage::lock()
{
    m_picker->setEnabled(false);
    m_lockedLabel->setText(
        tr("组织机构已经建立，县（区）和乡镇不能再改。以后可以由管理员在“文件 → 添加乡镇”中"
           "装入其他乡镇（街道）的村（社区）。"));
    m_lockedLabel->show();
}

// ---------------------------------------------------------------------------------------------

CenterDetailsPage::CenterDetailsPage(FirstRunWizard *wizard) : m_wizard(wizard)
{
    setObjectName(u"centerPage"_s);
    setTitle(tr("中心信息"));
    setSubTitle(tr("印在受理回执和交办单上，群众凭此知道到哪里、打哪个电话查询办理进度。"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"centerNameLineEdit"_s);
    m_name->setMaxLength(InputLimits::orgUnitName);
    form->addRow(tr("中心名称："), m_name);
    m_address = new QLineEdit(this);
    m_address->setObjectName(u"centerAddressLineEdit"_s);
    m_address->setMaxLength(InputLimits::address);
    m_address->setPlaceholderText(tr("例如：梨洲街道办事处一楼大厅"));
    form->addRow(tr("地址："), m_address);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"centerPhoneLineEdit"_s);
    m_phone->setMaxLength(InputLimits::phone);
    m_phone->setPlaceholderText(tr("例如：0574-62345678"));
    form->addRow(tr("电话："), m_phone);
    layout->addLayout(form);
    layout->addWidget(
        noteLabel(tr("地址和电话可以暂时不填，以后在“基础数据 → 中心信息”中补上；不填时回执上不印。"), this));
    m_messageLabel = messageLabel(u"centerMessageLabel"_s, this);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);
    connect(m_name, &QLineEdit::textEdited, this, [this] { updateMessage(NameField); });
    connect(m_address, &QLineEdit::textEdited, this, [this] { updateMessage(AddressField); });
    connect(m_phone, &QLineEdit::textEdited, this, [this] { updateMessage(PhoneField); });
}

void CenterDetailsPage::initializePage()
{
    const SetupPlan &plan = m_wizard->plan();
    const QString unit = plan.townshipCodes.size() == 1 ? divisionName(plan.townshipCodes.first())
                                                        : divisionName(plan.countyCode);
    // The official name as printed on receipts: Chinese data, not interface text.
    const QString proposal = unit + u"综治中心"_s;
    // A name the user typed stays; one we proposed follows the county or township chosen.
    if (m_name->text().trimmed().isEmpty() || m_name->text() == m_proposed)
        m_name->setText(proposal);
    m_proposed = proposal;
    updateMessage(-1);
}

QList<FormProblem> CenterDetailsPage::problems() const
{
    QList<FormProblem> out;
    if (m_name->text().trimmed().isEmpty())
        out.append({NameField, tr("请填写中心名称。")});
    if (const QString phone = m_phone->text().trimmed(); !phone.isEmpty())
        if (const Validation v = Validators::phone(phone); !v)
            out.append({PhoneField, v.message});
    return out;
}

void CenterDetailsPage::updateMessage(int field)
{
    if (field >= 0)
        m_touched.insert(field);
    showMessage(m_messageLabel, formMessage(problems(), m_touched));
    emit completeChanged();
}

bool CenterDetailsPage::isComplete() const
{
    return problems().isEmpty();
}

bool CenterDetailsPage::validatePage()
{
    SetupPlan &plan = m_wizard->plan();
    plan.centerName = m_name->text().trimmed();
    plan.centerAddress = m_address->text().trimmed();
    plan.centerPhone = m_phone->text().trimmed();
    return true;
}

// ---------------------------------------------------------------------------------------------

AdminAccountPage::AdminAccountPage(FirstRunWizard *wizard) : m_wizard(wizard)
{
    setObjectName(u"adminPage"_s);
    setTitle(tr("管理员账号"));
    setSubTitle(
        tr("第一个管理员为其他工作人员建立账号，并维护基础数据。请记住密码：忘记后只能由另一位管理员重置。"));
    auto *layout = new QVBoxLayout(this);
    m_unitLabel = new QLabel(this);
    m_unitLabel->setObjectName(u"adminUnitLabel"_s);
    m_unitLabel->setWordWrap(true);
    layout->addWidget(m_unitLabel);
    m_form = new FirstAdminForm(0, this);
    m_form->setTitle(QString()); // the page's own title says it
    layout->addWidget(m_form);
    m_messageLabel = messageLabel(u"adminMessageLabel"_s, this);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);
    connect(m_form, &FirstAdminForm::edited, this, &AdminAccountPage::updateMessage);
}

void AdminAccountPage::initializePage()
{
    m_unitLabel->setText(tr("所属单位：%1（县级管理员，管理全县的乡镇、账号和基础数据）")
                             .arg(divisionName(m_wizard->plan().countyCode)));
}

void AdminAccountPage::updateMessage(int field)
{
    if (field >= 0)
        m_touched.insert(field);
    showMessage(m_messageLabel, formMessage(m_form->problems(), m_touched));
    emit completeChanged();
}

bool AdminAccountPage::isComplete() const
{
    return !m_form->isEnabled() || m_form->problems().isEmpty();
}

bool AdminAccountPage::validatePage()
{
    if (!m_form->isEnabled())
        return true; // created already
    SetupPlan &plan = m_wizard->plan();
    plan.admin = m_form->account(0);
    plan.adminPassword = m_form->password();
    return true;
}

void AdminAccountPage::lock()
{
    m_form->clearPasswords();
    m_form->setEnabled(false);
    showMessage(m_messageLabel, QString());
    m_unitLabel->setText(tr("管理员账号 %1 已经建立。").arg(m_wizard->plan().admin.login));
}

// ---------------------------------------------------------------------------------------------

SetupSummaryPage::SetupSummaryPage(FirstRunWizard *wizard) : m_wizard(wizard)
{
    setObjectName(u"summaryPage"_s);
    setTitle(tr("确认"));
    setSubTitle(tr("点“开始建立”后按下面的内容建立工作台。"));
    setButtonText(QWizard::NextButton, tr("开始建立"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    layout->addStretch(1);
}

void SetupSummaryPage::initializePage()
{
    const SetupPlan &plan = m_wizard->plan();
    const auto row = [](const QString &label, const QString &value) {
        return u"<tr><td style='padding-right:12px'><b>"_s + label.toHtmlEscaped() + u"</b></td><td>"_s +
               value.toHtmlEscaped() + u"</td></tr>"_s;
    };
    QString html = u"<table cellspacing='4'>"_s;
    html += row(tr("数据库"), MainWindow::describeDatabase(m_wizard->database()));
    if (plan.start == SetupPlan::Start::Demo) {
        html += row(tr("开始方式"), tr("演示数据：虚构的县、演示账号和 2000 件虚构的案件"));
        html += u"</table><p style='color:#c62828'>"_s +
                tr("演示数据不是您的单位，只用于试用和培训。正式使用时请另建一个数据库并选择“本单位”。")
                    .toHtmlEscaped() +
                u"</p>"_s;
        m_summary->setText(html);
        return;
    }
    html += row(tr("开始方式"), plan.start == SetupPlan::Start::StandardCategories
                                    ? tr("本单位，装入标准事件类别")
                                    : tr("本单位，空白开始"));
    const DivisionCatalog &catalog = DivisionCatalog::bundled();
    html += row(tr("县（区）"), catalog.pathText(plan.countyCode) + u"（"_s + plan.countyCode + u"）"_s);
    QStringList townships;
    for (const QString &code : plan.townshipCodes)
        townships << divisionName(code);
    const int townshipCount = int(catalog.children(plan.countyCode).size());
    html += row(tr("乡镇（街道）"), tr("全县 %n 个乡镇（街道）", nullptr, townshipCount));
    html += row(tr("装入村（社区）"), townships.join(u"、"_s));
    html += row(tr("中心名称"), plan.centerName);
    html += row(tr("地址"), plan.centerAddress.isEmpty() ? tr("（暂不填写）") : plan.centerAddress);
    html += row(tr("电话"), plan.centerPhone.isEmpty() ? tr("（暂不填写）") : plan.centerPhone);
    html += row(tr("管理员"), plan.admin.displayName + u"（"_s + plan.admin.login + u"）"_s);
    html += u"</table>"_s;
    m_summary->setText(html);
}

// ---------------------------------------------------------------------------------------------

SetupProgressPage::SetupProgressPage(FirstRunWizard *wizard) : m_wizard(wizard)
{
    setObjectName(u"progressPage"_s);
    setTitle(wizard->isAddingTownships() ? tr("正在装入") : tr("正在建立"));
    auto *layout = new QVBoxLayout(this);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(u"stepListWidget"_s);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_steps, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"setupProgressBar"_s);
    layout->addWidget(m_progress);
    m_errorLabel = messageLabel(u"setupErrorLabel"_s, this);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_errorLabel);
    m_retryButton = new QPushButton(tr("重试"), this);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_retryButton->hide();
    layout->addWidget(m_retryButton, 0, Qt::AlignLeft);
    connect(m_retryButton, &QPushButton::clicked, this, &SetupProgressPage::run);
}

void SetupProgressPage::initializePage()
{
    m_finished = false;
    m_steps->clear();
    for (const SetupRunner::Step step : SetupRunner::steps(m_wizard->plan()))
        m_steps->addItem(u"○ "_s + SetupRunner::label(step)); // still to do
    showMessage(m_errorLabel, QString());
    m_retryButton->hide();
    // Run once the page is on screen, so that each step can be seen starting.
    QTimer::singleShot(0, this, &SetupProgressPage::run);
}

void SetupProgressPage::cleanupPage()
{
    // Back after a failure: the steps done stay done, the rest run when the user comes here again.
    m_errorLabel->hide();
    m_retryButton->hide();
}

bool SetupProgressPage::isComplete() const
{
    return m_finished;
}

void SetupProgressPage::run()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    showMessage(m_errorLabel, QString());
    m_retryButton->hide();
    QAbstractButton *back = m_wizard->button(QWizard::BackButton);
    QAbstractButton *cancel = m_wizard->button(QWizard::CancelButton);
    back->setEnabled(false);
    cancel->setEnabled(false);

    SetupRunner &runner = m_wizard->runner();
    const SetupPlan &plan = m_wizard->plan();
    const QList<SetupRunner::Step> steps = SetupRunner::steps(plan);
    m_progress->setRange(0, int(steps.size()));
    m_progress->setValue(0);
    QString failure;
    for (int i = 0; i < steps.size(); ++i) {
        const SetupRunner::Step step = steps.at(i);
        QListWidgetItem *item = m_steps->item(i);
        if (runner.isDone(step)) {
            m_progress->setValue(i + 1);
            continue;
        }
        item->setText(u"… "_s + tr("正在%1…").arg(SetupRunner::label(step)));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            const QString outcome =
                runner.run(step, plan, [this, i, count = int(steps.size())](qint64 done, qint64 total) {
                    // One step's own progress (the demo cases) within the bar of all steps.
                    const int scale = 1000;
                    m_progress->setRange(0, count * scale);
                    m_progress->setValue(i * scale + int(total > 0 ? done * scale / total : 0));
                    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
                });
            item->setText(u"✓ "_s + SetupRunner::label(step) +
                          (outcome.isEmpty() ? QString() : u"："_s + outcome));
            m_progress->setRange(0, int(steps.size()));
            m_progress->setValue(i + 1);
            emit stepDone(int(step));
        } catch (const Error &error) {
            failure = tr("“%1”没有完成：%2").arg(SetupRunner::label(step), error.message());
        } catch (const std::exception &error) {
            failure =
                tr("“%1”没有完成：%2").arg(SetupRunner::label(step), QString::fromLocal8Bit(error.what()));
        }
        QApplication::restoreOverrideCursor();
        if (!failure.isEmpty()) {
            item->setText(u"✗ "_s + SetupRunner::label(step));
            break;
        }
    }
    m_running = false;
    cancel->setEnabled(true);
    if (!failure.isEmpty()) {
        showMessage(m_errorLabel,
                    failure + u'\n' +
                        tr("已完成的步骤不会重做。可以点“重试”再试一次，或点“上一步”改正填写的内容后再来。"));
        m_retryButton->show();
        back->setEnabled(true);
        return;
    }
    m_finished = true;
    m_wizard->plan().adminPassword.clear();
    switch (m_wizard->plan().start) {
    case SetupPlan::Start::Demo:
        m_wizard->setOutcome(FirstRunWizard::Outcome::Demo);
        break;
    case SetupPlan::Start::AddTownships:
        m_wizard->setOutcome(FirstRunWizard::Outcome::TownshipsAdded);
        break;
    default:
        m_wizard->setOutcome(FirstRunWizard::Outcome::SetUp);
        break;
    }
    setSubTitle(m_wizard->isAddingTownships() ? tr("已装入。") : tr("已建立。点“完成”后用管理员账号登录。"));
    cancel->setEnabled(false);
    emit completeChanged();
}

} // namespace zz
