#pragma once

#include "Entities.h"
#include "shell/FormProblems.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zz {

struct AppContext;

// 新建账号 / 编辑账号: the account form with inline checks; saving goes through AccountService as
// the logged-in account. A stale version closes the dialog with ConflictResult.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    enum { ConflictResult = 2 };

    // Creates a new account, or edits `existing` (its login cannot change).
    AccountDialog(const AppContext &context, std::optional<User> existing, QWidget *parent = nullptr);

    // The account as saved (valid after Accepted).
    const User &savedUser() const { return m_user; }
    // The first problem of the form as shown under it; empty when it can be saved.
    QString problem() const;

private:
    enum Field {
        LoginField,
        NameField,
        RolesField,
        OrgUnitField,
        DepartmentField,
        PasswordField,
        ConfirmField
    };
    QList<FormProblem> problems() const;
    void fillOrgUnits();
    void fillDepartments();
    void updateState();
    void save();
    User userFromForm() const;

    const AppContext &m_context;
    bool m_editing = false;
    User m_user;
    QLineEdit *m_loginEdit = nullptr;
    QLineEdit *m_displayNameEdit = nullptr;
    QMap<Role, QCheckBox *> m_roleBoxes;
    QComboBox *m_orgUnitCombo = nullptr;
    QComboBox *m_departmentCombo = nullptr;
    QCheckBox *m_activeBox = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QHash<const QObject *, int> m_fieldOf;
    QSet<int> m_touched;
};

} // namespace zz
