#pragma once

#include "CaseWorkflow.h"
#include "shell/AppContext.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace zz {

// The fields one workflow action asks for, built from CaseWorkflow::requiredFields() and
// optionalFields(): department, grid worker, target unit, days, reason, result, supervise level,
// call-back satisfaction, 化解 and copied units (抄告). ActionDialog shows it for one case,
// BulkActionDialog for many (no case: the choices come from the account's township).
class ActionForm : public QWidget
{
    Q_OBJECT

public:
    // `record` is the case acted on, or nullptr for a bulk action.
    ActionForm(const AppContext &context, CaseAction action, const CaseRecord *record,
               QWidget *parent = nullptr);

    CaseAction action() const { return m_action; }
    ActionInput input() const;
    // Empty when every required field is filled; otherwise what is missing (the workflow's own text).
    QString missing() const;
    bool isComplete() const { return missing().isEmpty(); }
    // True when the action asks for nothing (the dialog is a plain confirmation).
    bool hasNoFields() const;

signals:
    void changed();

private:
    void addDepartment(bool required);
    void addWorker(bool required);
    void addOrgUnit(bool required);
    void addDays(bool required);
    void addReason(bool required);
    void addResult();
    void addSuperviseLevel();
    void addCallBack(bool withSatisfaction);
    void addCopiedUnits();
    QString reasonLabel() const;
    static QString fieldLabel(const QString &text, bool required);

    const AppContext &m_context;
    const CaseAction m_action;
    std::optional<CaseRecord> m_record;
    qint64 m_townshipId = 0;
    qint64 m_levelOrgUnitId = 0;
    QFormLayout *m_layout = nullptr;
    QComboBox *m_departmentCombo = nullptr;
    QComboBox *m_workerCombo = nullptr;
    QComboBox *m_orgUnitCombo = nullptr;
    QSpinBox *m_daysSpin = nullptr;
    QPlainTextEdit *m_reasonEdit = nullptr;
    QPlainTextEdit *m_resultEdit = nullptr;
    QComboBox *m_superviseCombo = nullptr;
    QComboBox *m_satisfactionCombo = nullptr;
    QComboBox *m_settledCombo = nullptr;
    QListWidget *m_copiedList = nullptr;
};

} // namespace zz
