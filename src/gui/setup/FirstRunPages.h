#pragma once

#include "shell/FormProblems.h"

#include <QSet>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace zz {

class ConnectionWidget;
class DivisionPicker;
class FirstAdminForm;
class FirstRunWizard;

// The pages of the first-run wizard (FirstRunWizard), each reading and writing its SetupPlan.

// 数据库: a local file or a PostgreSQL server (the connection dialog's fields and 测试连接).
class DatabaseChoicePage : public QWizardPage
{
    Q_OBJECT

public:
    DatabaseChoicePage(FirstRunWizard *wizard, const QString &url);
    bool isComplete() const override;
    bool validatePage() override;

private:
    FirstRunWizard *m_wizard;
    ConnectionWidget *m_connection;
};

// 开始方式: the real organisation with the standard categories or empty, or demo data.
class StartChoicePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StartChoicePage(FirstRunWizard *wizard);
    int nextId() const override;
    bool validatePage() override;
    void lock(); // the setup started: the choice stands

private:
    FirstRunWizard *m_wizard;
    QRadioButton *m_standard;
    QRadioButton *m_empty;
    QRadioButton *m_demo;
    QLabel *m_problemLabel;
};

// 行政区划: the county and the townships whose villages are loaded.
class DivisionChoicePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DivisionChoicePage(FirstRunWizard *wizard);
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    void lock(); // the org tree was loaded: the county stands
    DivisionPicker *picker() const { return m_picker; }

private:
    FirstRunWizard *m_wizard;
    DivisionPicker *m_picker;
    QLabel *m_lockedLabel;
    QLabel *m_problemLabel;
    QString m_ownTownship; // a township admin adding villages: his own township's code
};

// 中心信息: the name printed on receipts (proposed from the county or township), address, phone.
class CenterDetailsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CenterDetailsPage(FirstRunWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    enum Field { NameField, AddressField, PhoneField };
    QList<FormProblem> problems() const;
    void updateMessage(int field);

    FirstRunWizard *m_wizard;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLabel *m_messageLabel;
    QString m_proposed; // the last name proposed: replaced when the choice changes, unless edited
    QSet<int> m_touched;
};

// 管理员: the first admin of the county.
class AdminAccountPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AdminAccountPage(FirstRunWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void lock(); // the account exists

private:
    void updateMessage(int field);

    FirstRunWizard *m_wizard;
    QLabel *m_unitLabel;
    FirstAdminForm *m_form;
    QLabel *m_messageLabel;
    QSet<int> m_touched;
};

// 确认: what is about to happen.
class SetupSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupSummaryPage(FirstRunWizard *wizard);
    void initializePage() override;

private:
    FirstRunWizard *m_wizard;
    QLabel *m_summary;
};

// 正在建立: the steps with their progress; a failure says what went wrong, 重试 resumes.
class SetupProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupProgressPage(FirstRunWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_running; }

signals:
    // A step changed the database: earlier pages whose answers it used stop being editable.
    void stepDone(int step);

private:
    void run();

    FirstRunWizard *m_wizard;
    QListWidget *m_steps;
    QProgressBar *m_progress;
    QLabel *m_errorLabel;
    QPushButton *m_retryButton;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace zz
