#include "ChangePasswordDialog.h"

#include "AccountService.h"
#include "AppContext.h"
#include "Error.h"
#include "PasswordHasher.h"
#include "cases/StatusPalette.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

ChangePasswordDialog::ChangePasswordDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(u"changePasswordDialog"_s);
    setWindowTitle(tr("修改密码"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("修改账号 %1（%2）的登录密码。").arg(context.user.displayName, context.user.login), this);
    intro->setObjectName(u"introLabel"_s);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const auto passwordEdit = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateState);
        return edit;
    };
    m_oldEdit = passwordEdit(u"oldPasswordLineEdit"_s);
    form->addRow(tr("原密码："), m_oldEdit);
    m_newEdit = passwordEdit(u"newPasswordLineEdit"_s);
    form->addRow(tr("新密码："), m_newEdit);
    m_confirmEdit = passwordEdit(u"confirmPasswordLineEdit"_s);
    form->addRow(tr("再次输入新密码："), m_confirmEdit);
    layout->addLayout(form);

    m_policyLabel = new QLabel(
        tr("新密码至少 %1 位，不能全是数字，也不能与原密码相同。").arg(PasswordHasher::minLength), this);
    m_policyLabel->setObjectName(u"policyLabel"_s);
    m_policyLabel->setWordWrap(true);
    layout->addWidget(m_policyLabel);

    // One line reserved for the message, so the dialog does not jump when it appears.
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    m_messageLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_messageLabel->setStyleSheet(StatusPalette::textStyle(StatusPalette::error()));
    layout->addWidget(m_messageLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("修改密码"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, &ChangePasswordDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 44);
    updateState();
}

QString ChangePasswordDialog::problem() const
{
    if (m_oldEdit->text().isEmpty())
        return tr("请输入原密码。");
    if (m_newEdit->text().isEmpty())
        return tr("请输入新密码。");
    if (const QString p = PasswordHasher::policyViolation(m_newEdit->text()); !p.isEmpty())
        return p;
    if (m_newEdit->text() == m_oldEdit->text())
        return tr("新密码不能与原密码相同。");
    if (m_confirmEdit->text() != m_newEdit->text())
        return tr("两次输入的新密码不一致。");
    return {};
}

void ChangePasswordDialog::updateState()
{
    const QString text = problem();
    m_saveButton->setEnabled(text.isEmpty());
    // Say what is wrong once there is something to judge, not while the first field is empty.
    m_messageLabel->setText(m_newEdit->text().isEmpty() ? QString() : text);
}

void ChangePasswordDialog::showFailure(const QString &text)
{
    m_messageLabel->setText(text);
}

bool ChangePasswordDialog::save()
{
    if (!problem().isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString failure;
    try {
        AccountService(m_context.db, m_context.clock, m_context.actor())
            .changeOwnPassword(m_oldEdit->text(), m_newEdit->text());
    } catch (const Error &error) {
        failure = error.message();
    }
    QApplication::restoreOverrideCursor();
    if (!failure.isEmpty()) {
        showFailure(failure);
        m_oldEdit->selectAll();
        m_oldEdit->setFocus();
        return false;
    }
    m_oldEdit->clear();
    m_newEdit->clear();
    m_confirmEdit->clear();
    QMessageBox box(QMessageBox::Information, tr("修改密码"),
                    tr("密码已修改。下次登录和解锁屏幕时请使用新密码。"), QMessageBox::Ok, this);
    box.setObjectName(u"passwordChangedMessageBox"_s);
    box.exec();
    accept();
    return true;
}

} // namespace zz
