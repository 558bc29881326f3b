#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace zz {

struct AppContext;

// 修改密码: the logged-in account changes its own password (AccountService::changeOwnPassword):
// the old one, the new one twice, the policy checked as it is typed, and the outcome in words.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(const AppContext &context, QWidget *parent = nullptr);

    // Empty when the fields can be submitted; otherwise what is missing or wrong.
    QString problem() const;
    // Submits; true when the password was changed (the dialog then closes with a confirmation).
    bool save();

private:
    void updateState();
    void showFailure(const QString &text);

    const AppContext &m_context;
    QLineEdit *m_oldEdit = nullptr;
    QLineEdit *m_newEdit = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QLabel *m_policyLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace zz
