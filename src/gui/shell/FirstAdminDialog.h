#pragma once

#include "FormProblems.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zz {

class Clock;
class Database;

// 创建初始管理员: the first account of a database that has none. The admin belongs to the county or
// a township; a database without any org unit gets its county here (name and code).
class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    FirstAdminDialog(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    // The login of the account created (after exec() returned Accepted).
    QString createdLogin() const { return m_createdLogin; }
    // The first problem of the form, as shown under the fields; empty when it can be submitted.
    QString problem() const;

private:
    enum Field { CountyNameField, CountyCodeField, LoginField, NameField, PasswordField, ConfirmField };
    QList<FormProblem> problems() const;
    void updateState();
    void create();

    const Database &m_db;
    const Clock &m_clock;
    qint64 m_createdCountyId = 0; // kept when the account failed after the county was stored
    QString m_createdLogin;
    QComboBox *m_orgUnitCombo = nullptr;
    QLineEdit *m_countyNameEdit = nullptr;
    QLineEdit *m_countyCodeEdit = nullptr;
    QLineEdit *m_loginEdit = nullptr;
    QLineEdit *m_displayNameEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_createButton = nullptr;
    QHash<const QObject *, int> m_fieldOf;
    QSet<int> m_touched;
};

} // namespace zz
