#include "FirstAdminForm.h"

#include "AccountService.h"
#include "PasswordHasher.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace zz {

FirstAdminForm::FirstAdminForm(int firstField, QWidget *parent)
    : QGroupBox(tr("管理员账号"), parent), m_firstField(firstField)
{
    setObjectName(u"firstAdminForm"_s);
    auto *form = new QFormLayout(this);
    m_loginEdit = new QLineEdit(this);
    m_loginEdit->setObjectName(u"loginLineEdit"_s);
    m_loginEdit->setPlaceholderText(tr("小写字母开头，例如 admin"));
    m_loginEdit->setMaxLength(32);
    form->addRow(tr("登录名："), m_loginEdit);
    m_displayNameEdit = new QLineEdit(this);
    m_displayNameEdit->setObjectName(u"displayNameLineEdit"_s);
    m_displayNameEdit->setMaxLength(AccountService::maxDisplayNameLength);
    form->addRow(tr("姓名："), m_displayNameEdit);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(u"passwordLineEdit"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("至少 %1 位，不能全是数字").arg(PasswordHasher::minLength));
    form->addRow(tr("密码："), m_passwordEdit);
    m_confirmEdit = new QLineEdit(this);
    m_confirmEdit->setObjectName(u"confirmPasswordLineEdit"_s);
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("确认密码："), m_confirmEdit);

    for (QLineEdit *edit : {m_loginEdit, m_displayNameEdit, m_passwordEdit, m_confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, [this, edit] { emit edited(fieldOf(edit)); });
}

int FirstAdminForm::fieldOf(const QObject *edit) const
{
    const QList<const QObject *> order{m_loginEdit, m_displayNameEdit, m_passwordEdit, m_confirmEdit};
    const auto index = order.indexOf(edit);
    return index < 0 ? -1 : m_firstField + int(index);
}

QList<FormProblem> FirstAdminForm::problems() const
{
    QList<FormProblem> out;
    if (const QString p = AccountService::loginProblem(login()); !p.isEmpty())
        out.append({m_firstField + LoginField, p});
    if (m_displayNameEdit->text().trimmed().isEmpty())
        out.append({m_firstField + NameField, tr("请填写姓名。")});
    if (const QString p = PasswordHasher::policyViolation(m_passwordEdit->text()); !p.isEmpty())
        out.append({m_firstField + PasswordField, p});
    else if (m_confirmEdit->text() != m_passwordEdit->text())
        out.append({m_firstField + ConfirmField, tr("两次输入的密码不一致。")});
    return out;
}

User FirstAdminForm::account(qint64 orgUnitId) const
{
    User user;
    user.login = login();
    user.displayName = m_displayNameEdit->text().trimmed();
    user.roles = Role::Admin;
    user.orgUnitId = orgUnitId;
    return user;
}

QString FirstAdminForm::password() const
{
    return m_passwordEdit->text();
}

QString FirstAdminForm::login() const
{
    return m_loginEdit->text().trimmed();
}

void FirstAdminForm::clearPasswords()
{
    m_passwordEdit->clear();
    m_confirmEdit->clear();
}

} // namespace zz
