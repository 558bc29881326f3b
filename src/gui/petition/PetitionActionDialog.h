#pragma once

#include "petition/PetitionRecords.h"
#include "petition/PetitionWorkflow.h"
#include "shell/AppContext.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace zz {

// One petition action (受理, 答复, 送达, 延期 …) with the fields the workflow table asks for
// (PetitionWorkflow::requiredFields/optionalFields): reason, unit, days, decision, opinion, basis,
// delivery method and date. Ctrl+Enter takes it; the document it issues is filled from the template
// and numbered in the same transaction.
class PetitionActionDialog : public QDialog
{
    Q_OBJECT

public:
    PetitionActionDialog(const AppContext &context, const PetitionRecord &petition, PetitionAction action,
                         QWidget *parent = nullptr);

    PetitionAction action() const { return m_action; }
    PetitionActionInput input() const;
    // Empty when the action may be taken as filled in; otherwise the first problem.
    QString problem() const;
    // Takes the action through the service; true when it went through (the dialog then closes).
    bool submit();
    const std::optional<PetitionRecord> &result() const { return m_result; }

private:
    void updateState();

    const AppContext &m_context;
    PetitionRecord m_petition;
    PetitionAction m_action;
    PetitionFields m_required;
    PetitionFields m_fields;
    std::optional<PetitionRecord> m_result;
    QPlainTextEdit *m_noteEdit = nullptr;
    QComboBox *m_departmentCombo = nullptr;
    QSpinBox *m_daysSpin = nullptr;
    QComboBox *m_decisionCombo = nullptr;
    QPlainTextEdit *m_resultEdit = nullptr;
    QPlainTextEdit *m_basisEdit = nullptr;
    QComboBox *m_deliveryCombo = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QLabel *m_documentLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace zz
