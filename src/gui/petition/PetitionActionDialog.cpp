#include "PetitionActionDialog.h"

#include "Error.h"
#include "PetitionDocuments.h"
#include "ReferenceRepositories.h"
#include "petition/PetitionService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QPlainTextEdit *textEdit(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

// What the reason field is called for each action.
QString noteLabel(PetitionAction action)
{
    switch (action) {
    case PetitionAction::Extend:
        return PetitionActionDialog::tr("延期理由");
    case PetitionAction::StartHearing:
    case PetitionAction::EndHearing:
        return PetitionActionDialog::tr("听证说明");
    case PetitionAction::Decline:
    case PetitionAction::RefuseRepeat:
        return PetitionActionDialog::tr("理由");
    case PetitionAction::Reopen:
        return PetitionActionDialog::tr("不满意的原因");
    default:
        return PetitionActionDialog::tr("说明");
    }
}

QString dateLabel(PetitionAction action)
{
    switch (action) {
    case PetitionAction::Deliver:
        return PetitionActionDialog::tr("送达日期");
    case PetitionAction::RequestReview:
    case PetitionAction::RequestRecheck:
        return PetitionActionDialog::tr("收到请求日期");
    case PetitionAction::StartHearing:
        return PetitionActionDialog::tr("听证开始日期");
    case PetitionAction::EndHearing:
        return PetitionActionDialog::tr("听证结束日期");
    default:
        return PetitionActionDialog::tr("日期");
    }
}

} // namespace

PetitionActionDialog::PetitionActionDialog(const AppContext &context, const PetitionRecord &petition,
                                           PetitionAction action, QWidget *parent)
    : QDialog(parent), m_context(context), m_petition(petition), m_action(action),
      m_required(PetitionWorkflow::requiredFields(action)),
      m_fields(PetitionWorkflow::requiredFields(action) | PetitionWorkflow::optionalFields(action))
{
    setObjectName(u"petitionActionDialog"_s);
    setWindowTitle(tr("%1 — %2").arg(label(action), petition.petitionNo));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const auto caption = [this](const QString &text, PetitionField field) {
        return m_required.testFlag(field) ? text + u" *"_s : text;
    };
    if (m_fields.testFlag(PetitionField::Target)) {
        m_departmentCombo = new QComboBox(this);
        m_departmentCombo->setObjectName(u"departmentComboBox"_s);
        m_departmentCombo->addItem(tr("（请选择）"), 0);
        for (const Department &d : DepartmentRepository(context.db).list(petition.townshipId))
            m_departmentCombo->addItem(d.name, d.id);
        form->addRow(caption(tr("转送交办单位"), PetitionField::Target), m_departmentCombo);
    }
    if (m_fields.testFlag(PetitionField::Decision)) {
        m_decisionCombo = new QComboBox(this);
        m_decisionCombo->setObjectName(u"decisionComboBox"_s);
        m_decisionCombo->addItem(tr("（请选择）"), QString());
        for (const PetitionDecision d : allValues<PetitionDecision>())
            m_decisionCombo->addItem(label(d), code(d));
        form->addRow(caption(tr("处理结论"), PetitionField::Decision), m_decisionCombo);
    }
    if (m_fields.testFlag(PetitionField::Result)) {
        m_resultEdit = textEdit(u"resultTextEdit"_s, 5, this);
        form->addRow(caption(action == PetitionAction::SettleOnSpot ? tr("化解情况") : tr("处理意见"),
                             PetitionField::Result),
                     m_resultEdit);
    }
    if (m_fields.testFlag(PetitionField::Basis)) {
        m_basisEdit = textEdit(u"basisTextEdit"_s, 2, this);
        m_basisEdit->setPlaceholderText(tr("法律、法规、规章或政策的名称和条款"));
        form->addRow(caption(tr("依据"), PetitionField::Basis), m_basisEdit);
    }
    if (m_fields.testFlag(PetitionField::Days)) {
        m_daysSpin = new QSpinBox(this);
        m_daysSpin->setObjectName(u"daysSpinBox"_s);
        m_daysSpin->setRange(0, 365);
        m_daysSpin->setSuffix(tr(" 日"));
        form->addRow(caption(tr("延长天数"), PetitionField::Days), m_daysSpin);
    }
    if (m_fields.testFlag(PetitionField::Delivery)) {
        m_deliveryCombo = new QComboBox(this);
        m_deliveryCombo->setObjectName(u"deliveryComboBox"_s);
        for (const DeliveryMethod m : allValues<DeliveryMethod>())
            m_deliveryCombo->addItem(label(m), code(m));
        form->addRow(caption(tr("送达方式"), PetitionField::Delivery), m_deliveryCombo);
    }
    if (m_fields.testFlag(PetitionField::Date)) {
        m_dateEdit = new QDateEdit(context.clock.now().date(), this);
        m_dateEdit->setObjectName(u"dateEdit"_s);
        m_dateEdit->setCalendarPopup(true);
        m_dateEdit->setDisplayFormat(u"yyyy-MM-dd"_s);
        m_dateEdit->setMaximumDate(context.clock.now().date());
        form->addRow(caption(dateLabel(action), PetitionField::Date), m_dateEdit);
    }
    if (m_fields.testFlag(PetitionField::Reason) || m_fields == PetitionFields()) {
        m_noteEdit = textEdit(u"noteTextEdit"_s, 3, this);
        form->addRow(caption(noteLabel(action), PetitionField::Reason), m_noteEdit);
    }
    m_documentLabel = new QLabel(this);
    m_documentLabel->setObjectName(u"documentLabel"_s);
    m_documentLabel->setWordWrap(true);
    if (const auto kind = PetitionWorkflow::documentFor(action))
        m_documentLabel->setText(tr("同时出具《%1》，按模板填写并编文号。").arg(label(*kind)));
    m_documentLabel->setVisible(!m_documentLabel->text().isEmpty());
    layout->addWidget(m_documentLabel);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"actionErrorLabel"_s);
    m_errorLabel->setStyleSheet(u"color:#c0392b"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(u"okButton"_s);
    m_okButton->setText(tr("%1 (Ctrl+Enter)").arg(label(action)));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PetitionActionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QPlainTextEdit *edit : {m_noteEdit, m_resultEdit, m_basisEdit})
        if (edit)
            connect(edit, &QPlainTextEdit::textChanged, this, &PetitionActionDialog::updateState);
    for (QComboBox *combo : {m_departmentCombo, m_decisionCombo, m_deliveryCombo})
        if (combo)
            connect(combo, &QComboBox::currentIndexChanged, this, &PetitionActionDialog::updateState);
    if (m_daysSpin)
        connect(m_daysSpin, &QSpinBox::valueChanged, this, &PetitionActionDialog::updateState);
    for (const auto &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &PetitionActionDialog::submit);
    }
    resize(560, sizeHint().height());
    updateState();
}

PetitionActionInput PetitionActionDialog::input() const
{
    PetitionActionInput in;
    if (m_noteEdit)
        in.note = m_noteEdit->toPlainText().trimmed();
    if (m_resultEdit)
        in.result = m_resultEdit->toPlainText().trimmed();
    if (m_basisEdit)
        in.basis = m_basisEdit->toPlainText().trimmed();
    if (m_departmentCombo)
        in.departmentId = m_departmentCombo->currentData().toLongLong();
    if (m_daysSpin)
        in.days = m_daysSpin->value();
    if (m_decisionCombo)
        in.decision = fromCode<PetitionDecision>(m_decisionCombo->currentData().toString());
    if (m_deliveryCombo)
        in.delivery = fromCode<DeliveryMethod>(m_deliveryCombo->currentData().toString());
    if (m_dateEdit)
        in.date = m_dateEdit->date();
    return in;
}

QString PetitionActionDialog::problem() const
{
    const PetitionActionInput in = input();
    if (m_required.testFlag(PetitionField::Target) && !in.departmentId)
        return tr("请选择转送交办单位。");
    if (m_required.testFlag(PetitionField::Decision) && !in.decision)
        return tr("请选择处理结论。");
    if (m_required.testFlag(PetitionField::Result) && in.result.isEmpty())
        return tr("请填写处理意见。");
    if (m_required.testFlag(PetitionField::Basis) && in.basis.isEmpty())
        return tr("请填写依据。");
    if (m_required.testFlag(PetitionField::Days) && in.days <= 0)
        return tr("请填写延长天数。");
    if (m_required.testFlag(PetitionField::Reason) && in.note.isEmpty())
        return tr("请填写%1。").arg(noteLabel(m_action));
    return {};
}

void PetitionActionDialog::updateState()
{
    m_okButton->setEnabled(problem().isEmpty());
}

bool PetitionActionDialog::submit()
{
    if (!problem().isEmpty())
        return false;
    const PetitionActionInput in = input();
    try {
        std::optional<DocumentIssue> document;
        if (const auto kind = PetitionWorkflow::documentFor(m_action)) {
            PetitionRecord petition = m_petition;
            if (in.departmentId)
                petition.departmentId = in.departmentId;
            if (in.decision)
                petition.decision = in.decision;
            document = PetitionDocuments(m_context).issue(petition, *kind, in);
        }
        PetitionService service(m_context.db, m_context.clock, m_context.calendar);
        m_result =
            service.apply(m_petition.id, m_petition.version, m_action, in, m_context.actor(), document);
    } catch (const Error &e) {
        m_errorLabel->setText(
            e.kind() == Error::Kind::Conflict ? tr("此信访件已被他人修改，请关闭后重新打开。") : e.message());
        m_errorLabel->show();
        return false;
    }
    accept();
    return true;
}

} // namespace zz
