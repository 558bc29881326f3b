#pragma once

#include "CaseWorkflow.h"
#include "shell/AppContext.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QWidget;

namespace zz {

class ActionForm;
class AttachmentPicker;

// Takes one workflow action on one case: the action's form (ActionForm), OK enabled once the
// required fields are filled, then CaseService::apply with the version the case was read at.
// Refusals are shown inline; a stale version offers to reload the case (exec() returns Reload).
// A pending extension request is named before the user confirms; Ctrl+Enter submits. Files added
// (AttachmentPicker) are stored with the action.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    enum Result { Reload = QDialog::Accepted + 1 };

    ActionDialog(const AppContext &context, const CaseRecord &record, CaseAction action,
                 QWidget *parent = nullptr);

    ActionForm *form() const { return m_form; }
    AttachmentPicker *attachments() const { return m_attachments; }
    // The case as stored after the action (valid once the dialog was accepted).
    const CaseRecord &result() const { return m_result; }

    // "dispatchButton", "handDownButton": the object name of the button taking `action`.
    static QString buttonName(CaseAction action);

private:
    void updateOk();
    void submit();
    void showError(const QString &message);

    const AppContext &m_context;
    const CaseRecord m_record;
    const CaseAction m_action;
    CaseRecord m_result;
    ActionForm *m_form = nullptr;
    AttachmentPicker *m_attachments = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QWidget *m_conflictBar = nullptr;
    QPushButton *m_okButton = nullptr;
    bool m_waiting = false; // the action waits for something (CaseWorkflow::waitingFor)
};

} // namespace zz
