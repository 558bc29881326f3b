#pragma once

#include "Entities.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace zz {

struct AppContext;

// 重置密码: sets a new password for another account (AccountService::resetPassword), which also
// clears a lock-out after too many wrong passwords.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(const AppContext &context, const User &user, QWidget *parent = nullptr);

    QString problem() const;

private:
    void updateState();
    void save();

    const AppContext &m_context;
    User m_user;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace zz
