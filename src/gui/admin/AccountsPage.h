#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace zz {

class AccountListModel;
class CheckStepsDialog;
struct AppContext;
struct User;

// The 账号管理 page: the account list with 新建账号, 编辑, 停用/启用 and 重置密码, each done through
// AccountService as the logged-in account.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPage(const AppContext &context, QWidget *parent = nullptr);

    AccountListModel *model() const { return m_model; }
    // Reads the list again, keeping the selected account selected.
    void reload();

    void createAccount();
    void editSelected();
    void toggleSelectedActive();
    void resetSelectedPassword();
    // 办理流程设置 (核查 and 结案 as one or two steps), opened window-modal.
    CheckStepsDialog *editCheckSteps();

private:
    const User *selectedUser() const;
    void select(qint64 userId);
    void updateButtons();
    // "此账号已被其他人修改，请重新载入": offers the reload.
    void showConflict();
    void showError(const QString &message);

    const AppContext &m_context;
    AccountListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_toggleButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QPushButton *m_checkStepsButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace zz
