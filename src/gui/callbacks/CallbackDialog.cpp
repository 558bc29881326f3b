#include "CallbackDialog.h"

#include "Error.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

CallbackDialog::CallbackDialog(const AppContext &context, const CaseRecord &record, QWidget *parent)
    : QDialog(parent), m_context(context), m_record(record)
{
    setObjectName(u"callbackDialog"_s);
    setWindowTitle(tr("记录回访 — %1").arg(record.caseNo));
    setMinimumWidth(480);

    auto *layout = new QVBoxLayout(this);
    auto *header = new QLabel(
        tr("<b>%1</b>　%2").arg(record.caseNo.toHtmlEscaped(), record.title.toHtmlEscaped()), this);
    header->setObjectName(u"callbackHeaderLabel"_s);
    header->setWordWrap(true);
    layout->addWidget(header);

    auto *form = new QFormLayout;
    m_methodCombo = new QComboBox(this);
    m_methodCombo->setObjectName(u"methodComboBox"_s);
    for (const CallbackMethod m : allValues<CallbackMethod>())
        m_methodCombo->addItem(label(m), int(m));
    form->addRow(tr("回访方式"), m_methodCombo);

    m_calledAtEdit = new QDateTimeEdit(context.clock.now(), this);
    m_calledAtEdit->setObjectName(u"calledAtEdit"_s);
    m_calledAtEdit->setCalendarPopup(true);
    m_calledAtEdit->setMaximumDateTime(context.clock.now());
    m_calledAtEdit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    form->addRow(tr("回访时间"), m_calledAtEdit);

    m_personEdit = new QLineEdit(this);
    m_personEdit->setObjectName(u"personLineEdit"_s);
    m_personEdit->setMaxLength(CallbackService::maxPersonLength);
    m_personEdit->setPlaceholderText(tr("如：反映人本人、其家属"));
    form->addRow(tr("回访对象"), m_personEdit);

    m_resultCombo = new QComboBox(this);
    m_resultCombo->setObjectName(u"resultComboBox"_s);
    for (const CallbackResult r : allValues<CallbackResult>())
        m_resultCombo->addItem(label(r), int(r));
    form->addRow(tr("回访结果"), m_resultCombo);

    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(u"noteTextEdit"_s);
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("回访情况"), m_noteEdit);
    layout->addLayout(form);

    // Reserved height: the dialog does not jump when the hint appears.
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(u"callbackHintLabel"_s);
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setMinimumHeight(m_hintLabel->fontMetrics().lineSpacing() * 2);
    layout->addWidget(m_hintLabel);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"callbackErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(u"saveCallbackButton"_s);
    m_okButton->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CallbackDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_resultCombo, &QComboBox::currentIndexChanged, this, &CallbackDialog::updateOk);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &CallbackDialog::updateOk);
    updateOk();
}

void CallbackDialog::updateOk()
{
    const auto result = CallbackResult(m_resultCombo->currentData().toInt());
    const bool needsReason = result == CallbackResult::Unsatisfied;
    const bool reasonMissing = needsReason && m_noteEdit->toPlainText().trimmed().isEmpty();
    m_okButton->setEnabled(!reasonMissing);
    if (needsReason)
        m_hintLabel->setText(m_record.status == CaseStatus::Closed
                                 ? tr("群众不满意：请写明原因。保存后将重新办理此案件（重新办理）。")
                                 : tr("群众不满意：请写明原因。保存后将把反馈退回处置部门（退回）。"));
    else if (result == CallbackResult::Unreachable)
        m_hintLabel->setText(tr("未联系上也记为一次回访尝试，案件仍留在待回访列表中。"));
    else
        m_hintLabel->clear();
}

void CallbackDialog::submit()
{
    Callback b;
    b.method = CallbackMethod(m_methodCombo->currentData().toInt());
    b.calledAt = m_calledAtEdit->dateTime();
    b.person = m_personEdit->text();
    b.result = CallbackResult(m_resultCombo->currentData().toInt());
    b.note = m_noteEdit->toPlainText();
    try {
        m_saved = CallbackService(m_context.db, m_context.clock).record(m_record.id, b, m_context.actor());
    } catch (const Error &e) {
        m_errorLabel->setText(e.message());
        m_errorLabel->show();
        return;
    }
    accept();
}

} // namespace zz
