#pragma once

#include "Entities.h"
#include "FormProblems.h"

#include <QGroupBox>

class QLineEdit;

namespace zz {

// 管理员账号: the fields of a database's first admin (login, name, password twice) and their checks,
// shared by the first-admin dialog and the first-run wizard. Its fields are numbered from
// `firstField` on (FormProblem::field), so that a form around it keeps one numbering.
class FirstAdminForm : public QGroupBox
{
    Q_OBJECT

public:
    enum Field { LoginField, NameField, PasswordField, ConfirmField, FieldCount };

    explicit FirstAdminForm(int firstField = 0, QWidget *parent = nullptr);

    QList<FormProblem> problems() const;
    // The account to create in `orgUnitId`: an active admin with the login and name typed.
    User account(qint64 orgUnitId) const;
    QString password() const;
    QString login() const;
    // After the account was created (or when the form goes): the password is not kept around.
    void clearPasswords();
    // The form's field number of a line edit of this form, or -1.
    int fieldOf(const QObject *edit) const;

signals:
    // A field was edited: `field` is its number in the surrounding form.
    void edited(int field);

private:
    int m_firstField;
    QLineEdit *m_loginEdit = nullptr;
    QLineEdit *m_displayNameEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
};

} // namespace zz
