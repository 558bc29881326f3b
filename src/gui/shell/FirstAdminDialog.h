#pragma once

#include "FormProblems.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace zz {

class Clock;
class Database;
class FirstAdminForm;

// 创建初始管理员: the first account of a database whose org tree exists but which has no account
// yet (e.g. made by `zongzhi-cli init --division`). The admin belongs to the county or a township.
// An empty database goes through the first-run wizard instead (setup/FirstRunWizard).
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
    enum Field { UnitField, FirstAccountField };
    QList<FormProblem> problems() const;
    void updateState(int field);
    void create();

    const Database &m_db;
    const Clock &m_clock;
    QString m_createdLogin;
    QComboBox *m_orgUnitCombo = nullptr;
    FirstAdminForm *m_form = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_createButton = nullptr;
    QSet<int> m_touched;
};

} // namespace zz
