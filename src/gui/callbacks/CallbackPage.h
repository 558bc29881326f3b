#pragma once

#include "shell/AppContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace zz {

class CallbackDueModel;

// 回访台: the cases of the account's scope waiting for a call-back (待核查, and 已结案 within N days,
// with no resident reached since the feedback), the attempts made on the selected one, and 记录回访.
// 不满意 goes on to 重新办理 (closed) or 退回 (awaiting check) with the reason filled in.
class CallbackPage : public QWidget
{
    Q_OBJECT

public:
    explicit CallbackPage(const AppContext &context, QWidget *parent = nullptr);

    CallbackDueModel *model() const { return m_model; }
    void reload();
    // Opens 记录回访 for the selected case (window-modal); the list reloads when it is saved.
    void recordForCurrent();
    // Writes "callbacks-due" (the list as shown: the same days, every page) or "callbacks" (the
    // call-back records of the scope) to an .xlsx or .csv file through ListExport, masked unless the
    // role may export personal data; the number of rows, or -1 after showing the error.
    qint64 exportList(const QString &kind, const QString &path);

private:
    qint64 currentCaseId() const;
    void showAttempts();
    void updateButtons();
    void followUp(qint64 caseId, const QString &reason);
    void openCase();
    void showError(const QString &message);

    const AppContext &m_context;
    CallbackDueModel *m_model = nullptr;
    QSpinBox *m_daysSpin = nullptr;
    QTableView *m_dueView = nullptr;
    QTableWidget *m_attemptsTable = nullptr;
    QLabel *m_attemptsLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_recordButton = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace zz
