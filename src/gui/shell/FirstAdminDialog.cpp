#include "FirstAdminDialog.h"

#include "AccountService.h"
#include "Error.h"
#include "PasswordHasher.h"
#include "ReferenceRepositories.h"
#include "Validators.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

FirstAdminDialog::FirstAdminDialog(const Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock)
{
    setObjectName(u"firstAdminDialog"_s);
    setWindowTitle(tr("创建初始管理员"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);

    auto *intro = new QLabel(tr("这个数据库还没有任何账号。请创建第一个管理员账号，"
                                "之后用它登录并为其他工作人员建立账号。"),
                             this);
    intro->setObjectName(u"introLabel"_s);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QList<OrgUnit> units;
    try {
        for (const OrgUnit &unit : OrgUnitRepository(db).all()) {
            if (unit.level == OrgLevel::County || unit.level == OrgLevel::Township)
                units.append(unit);
        }
    } catch (const Error &) {
        // shown as "no units": the county can still be entered
    }

    auto *unitBox = new QGroupBox(tr("所属单位"), this);
    auto *unitForm = new QFormLayout(unitBox);
    if (units.isEmpty()) {
        auto *note = new QLabel(tr("数据库中还没有单位，请先填写本县（区）。"), unitBox);
        note->setWordWrap(true);
        unitForm->addRow(note);
        m_countyNameEdit = new QLineEdit(unitBox);
        m_countyNameEdit->setObjectName(u"countyNameLineEdit"_s);
        m_countyNameEdit->setPlaceholderText(tr("例如：西湖区"));
        unitForm->addRow(tr("县（区）名称："), m_countyNameEdit);
        m_countyCodeEdit = new QLineEdit(unitBox);
        m_countyCodeEdit->setObjectName(u"countyCodeLineEdit"_s);
        m_countyCodeEdit->setPlaceholderText(tr("6 位行政区划代码，例如 330106"));
        m_countyCodeEdit->setMaxLength(6);
        unitForm->addRow(tr("行政区划代码："), m_countyCodeEdit);
        m_fieldOf.insert(m_countyNameEdit, CountyNameField);
        m_fieldOf.insert(m_countyCodeEdit, CountyCodeField);
    } else {
        m_orgUnitCombo = new QComboBox(unitBox);
        m_orgUnitCombo->setObjectName(u"orgUnitComboBox"_s);
        for (const OrgUnit &unit : units) {
            const QString indent = unit.level == OrgLevel::Township ? u"    "_s : QString();
            m_orgUnitCombo->addItem(indent + unit.name + u"（"_s + label(unit.level) + u"）"_s, unit.id);
        }
        unitForm->addRow(tr("单位："), m_orgUnitCombo);
    }
    layout->addWidget(unitBox);

    auto *accountBox = new QGroupBox(tr("管理员账号"), this);
    auto *form = new QFormLayout(accountBox);
    m_loginEdit = new QLineEdit(accountBox);
    m_loginEdit->setObjectName(u"loginLineEdit"_s);
    m_loginEdit->setPlaceholderText(tr("小写字母开头，例如 admin"));
    m_loginEdit->setMaxLength(32);
    form->addRow(tr("登录名："), m_loginEdit);
    m_displayNameEdit = new QLineEdit(accountBox);
    m_displayNameEdit->setObjectName(u"displayNameLineEdit"_s);
    m_displayNameEdit->setMaxLength(AccountService::maxDisplayNameLength);
    form->addRow(tr("姓名："), m_displayNameEdit);
    m_passwordEdit = new QLineEdit(accountBox);
    m_passwordEdit->setObjectName(u"passwordLineEdit"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("至少 %1 位，不能全是数字").arg(PasswordHasher::minLength));
    form->addRow(tr("密码："), m_passwordEdit);
    m_confirmEdit = new QLineEdit(accountBox);
    m_confirmEdit->setObjectName(u"confirmPasswordLineEdit"_s);
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("确认密码："), m_confirmEdit);
    layout->addWidget(accountBox);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(u"color: #c62828;"_s);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_createButton = buttons->addButton(tr("创建管理员"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(u"createButton"_s);
    m_createButton->setDefault(true);
    QPushButton *quit = buttons->addButton(tr("退出"), QDialogButtonBox::RejectRole);
    quit->setObjectName(u"quitButton"_s);
    quit->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(m_createButton, &QPushButton::clicked, this, &FirstAdminDialog::create);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    m_fieldOf.insert(m_loginEdit, LoginField);
    m_fieldOf.insert(m_displayNameEdit, NameField);
    m_fieldOf.insert(m_passwordEdit, PasswordField);
    m_fieldOf.insert(m_confirmEdit, ConfirmField);
    for (auto it = m_fieldOf.cbegin(); it != m_fieldOf.cend(); ++it)
        connect(static_cast<const QLineEdit *>(it.key()), &QLineEdit::textChanged, this,
                &FirstAdminDialog::updateState);
    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 44);
    updateState();
}

QList<FormProblem> FirstAdminDialog::problems() const
{
    QList<FormProblem> out;
    if (m_countyNameEdit && m_createdCountyId == 0) {
        if (m_countyNameEdit->text().trimmed().isEmpty())
            out.append({CountyNameField, tr("请填写县（区）名称。")});
        static const QRegularExpression sixDigits(u"^\\d{6}$"_s);
        const QString code = m_countyCodeEdit->text().trimmed();
        if (!sixDigits.match(code).hasMatch() || !Validators::isKnownProvinceCode(QStringView(code).first(2)))
            out.append({CountyCodeField, tr("行政区划代码应为 6 位数字，前两位是省级代码。")});
    }
    if (const QString p = AccountService::loginProblem(m_loginEdit->text().trimmed()); !p.isEmpty())
        out.append({LoginField, p});
    if (m_displayNameEdit->text().trimmed().isEmpty())
        out.append({NameField, tr("请填写姓名。")});
    if (const QString p = PasswordHasher::policyViolation(m_passwordEdit->text()); !p.isEmpty())
        out.append({PasswordField, p});
    else if (m_confirmEdit->text() != m_passwordEdit->text())
        out.append({ConfirmField, tr("两次输入的密码不一致。")});
    return out;
}

QString FirstAdminDialog::problem() const
{
    const QList<FormProblem> all = problems();
    return all.isEmpty() ? QString() : all.first().text;
}

void FirstAdminDialog::updateState()
{
    if (sender() && m_fieldOf.contains(sender()))
        m_touched.insert(m_fieldOf.value(sender()));
    const QList<FormProblem> all = problems();
    m_createButton->setEnabled(all.isEmpty());
    const QString text = formMessage(all, m_touched);
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

void FirstAdminDialog::create()
{
    if (!problem().isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString failure;
    try {
        qint64 unitId = m_orgUnitCombo ? m_orgUnitCombo->currentData().toLongLong() : m_createdCountyId;
        if (unitId == 0) {
            OrgUnit county;
            county.level = OrgLevel::County;
            county.name = m_countyNameEdit->text().trimmed();
            county.code = m_countyCodeEdit->text().trimmed();
            unitId = m_createdCountyId = OrgUnitRepository(m_db).create(county);
            m_countyNameEdit->setEnabled(false);
            m_countyCodeEdit->setEnabled(false);
        }
        User user;
        user.login = m_loginEdit->text().trimmed();
        user.displayName = m_displayNameEdit->text().trimmed();
        user.roles = Role::Admin;
        user.orgUnitId = unitId;
        AccountService(m_db, m_clock, Actor{}).createFirstAdmin(user, m_passwordEdit->text());
        m_createdLogin = user.login;
    } catch (const Error &error) {
        failure = error.message();
    } catch (const std::exception &error) {
        failure = QString::fromLocal8Bit(error.what());
    }
    QApplication::restoreOverrideCursor();
    if (!failure.isEmpty()) {
        m_messageLabel->setText(failure);
        m_messageLabel->show();
        return;
    }
    m_passwordEdit->clear();
    m_confirmEdit->clear();
    accept();
}

} // namespace zz
