#include "ResetPasswordDialog.h"

#include "AccountService.h"
#include "Error.h"
#include "PasswordHasher.h"
#include "shell/AppContext.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

ResetPasswordDialog::ResetPasswordDialog(const AppContext &context, const User &user, QWidget *parent)
    : QDialog(parent), m_context(context), m_user(user)
{
    setObjectName(u"resetPasswordDialog"_s);
    setWindowTitle(tr("重置密码 - %1").arg(user.login));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("为 %1（%2）设置新密码。账号若因密码输错被锁定，也会同时解锁。").arg(user.displayName, user.login),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(u"passwordLineEdit"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("至少 %1 位，不能全是数字").arg(PasswordHasher::minLength));
    form->addRow(tr("新密码："), m_passwordEdit);
    m_confirmEdit = new QLineEdit(this);
    m_confirmEdit->setObjectName(u"confirmPasswordLineEdit"_s);
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("确认密码："), m_confirmEdit);
    layout->addLayout(form);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(u"color: #c62828;"_s);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("重置密码"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, &ResetPasswordDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_passwordEdit, &QLineEdit::textChanged, this, &ResetPasswordDialog::updateState);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &ResetPasswordDialog::updateState);
    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 40);
    updateState();
}

QString ResetPasswordDialog::problem() const
{
    if (const QString p = PasswordHasher::policyViolation(m_passwordEdit->text()); !p.isEmpty())
        return p;
    if (m_confirmEdit->text() != m_passwordEdit->text())
        return tr("两次输入的密码不一致。");
    return {};
}

void ResetPasswordDialog::updateState()
{
    const QString text = problem();
    m_saveButton->setEnabled(text.isEmpty());
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!m_passwordEdit->text().isEmpty() && !text.isEmpty());
}

void ResetPasswordDialog::save()
{
    if (!problem().isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString failure;
    try {
        AccountService(m_context.db, m_context.clock, m_context.actor())
            .resetPassword(m_user.id, m_passwordEdit->text());
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
    accept();
}

} // namespace zz
