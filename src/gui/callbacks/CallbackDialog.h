#pragma once

#include "CallbackService.h"
#include "shell/AppContext.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace zz {

// 记录回访: how the resident was reached (电话/上门/短信), when, whom, the answer and a note, saved
// through CallbackService for one case. 不满意 asks for its reason; 未联系上 counts as an attempt.
class CallbackDialog : public QDialog
{
    Q_OBJECT

public:
    CallbackDialog(const AppContext &context, const CaseRecord &record, QWidget *parent = nullptr);

    // The call-back as saved (valid once the dialog was accepted).
    const Callback &saved() const { return m_saved; }

private:
    void updateOk();
    void submit();

    const AppContext &m_context;
    const CaseRecord m_record;
    Callback m_saved;
    QComboBox *m_methodCombo = nullptr;
    QDateTimeEdit *m_calledAtEdit = nullptr;
    QLineEdit *m_personEdit = nullptr;
    QComboBox *m_resultCombo = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace zz
