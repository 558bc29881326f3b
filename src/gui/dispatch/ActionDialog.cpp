#include "ActionDialog.h"

#include "ActionForm.h"
#include "CallbackService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Error.h"
#include "cases/AttachmentPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// "张三 3月2日申请延期 5 个工作日": the pending request as its flow row recorded it.
QString pendingRequestText(const AppContext &context, const CaseRecord &record)
{
    const QString days = record.deadlineWorkingDays
                             ? ActionDialog::tr("%n 个工作日", nullptr, record.extensionPendingDays)
                             : ActionDialog::tr("%n 天", nullptr, record.extensionPendingDays);
    try {
        const QList<FlowEntry> flow = CaseRepository(context.db).flow(record.id);
        for (auto it = flow.crbegin(); it != flow.crend(); ++it) {
            if (it->action != CaseAction::RequestExtension)
                continue;
            return ActionDialog::tr("%1 于 %2 申请延期 %3")
                .arg(it->actorName, QLocale().toString(it->at, QLocale::ShortFormat), days);
        }
    } catch (const Error &) {
        // The flow log is only the detail; the request itself is on the case row.
    }
    return ActionDialog::tr("延期 %1").arg(days);
}

} // namespace

ActionDialog::ActionDialog(const AppContext &context, const CaseRecord &record, CaseAction action,
                           QWidget *parent)
    : QDialog(parent), m_context(context), m_record(record), m_action(action)
{
    setObjectName(u"actionDialog"_s);
    const QString actionName = CaseWorkflow::actionLabel(action, record.status);
    setWindowTitle(tr("%1 — %2").arg(actionName, record.caseNo));
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    const auto target = CaseWorkflow::target(action, record.status);
    auto *header = new QLabel(this);
    header->setObjectName(u"actionHeaderLabel"_s);
    header->setWordWrap(true);
    header->setTextFormat(Qt::RichText);
    const QString move = target && *target != record.status
                             ? tr("%1 → %2").arg(label(record.status), label(*target))
                             : tr("状态不变（%1）").arg(label(record.status));
    header->setText(tr("<p style=\"font-size:large\"><b>%1</b></p><p>案件 %2 · %3<br><span "
                       "style=\"color:#666\">%4</span></p>")
                        .arg(actionName.toHtmlEscaped(), record.caseNo.toHtmlEscaped(),
                             record.title.toHtmlEscaped(), move.toHtmlEscaped()));
    layout->addWidget(header);

    m_form = new ActionForm(context, action, &record, this);
    layout->addWidget(m_form);
    // Closing: the resident's answer to the call-back, when there is one, is the satisfaction offered.
    if (action == CaseAction::Close) {
        if (auto *satisfaction = m_form->findChild<QComboBox *>(u"satisfactionComboBox"_s)) {
            try {
                if (const auto answer =
                        CallbackService(context.db, context.clock).answerSinceFeedback(record.id))
                    satisfaction->setCurrentIndex(qMax(0, satisfaction->findData(int(*answer))));
            } catch (const Error &) {
                // only a default; the user picks it by hand
            }
        }
    }
    if (m_form->hasNoFields()) {
        auto *confirm = new QLabel(tr("确定对此案件执行“%1”吗？").arg(actionName), this);
        confirm->setObjectName(u"confirmLabel"_s);
        layout->addWidget(confirm);
    }

    // A pending extension request is named before the user confirms: feedback waits for it, a
    // withdrawal or decision settles it, and an action moving the case on makes it lapse.
    if (record.extensionPendingDays > 0) {
        const CaseState state{record.status, true};
        const QString request = pendingRequestText(context, record);
        QString text;
        if (const QString wait = CaseWorkflow::waitingFor(action, state); !wait.isEmpty()) {
            m_waiting = true;
            text = tr("待审批的延期申请：%1。%2。").arg(request, wait);
        } else if (action == CaseAction::WithdrawExtension) {
            text = tr("将撤回延期申请：%1。").arg(request);
        } else if (action == CaseAction::ApproveExtension || action == CaseAction::RefuseExtension) {
            text = tr("待审批的延期申请：%1。").arg(request);
        } else if (target && CaseWorkflow::extensionLapses(action, *target)) {
            text = tr("待审批的延期申请（%1）将随之失效，并记入办理记录。").arg(request);
        }
        if (!text.isEmpty()) {
            auto *pending = new QLabel(text, this);
            pending->setObjectName(u"pendingExtensionLabel"_s);
            pending->setWordWrap(true);
            pending->setStyleSheet(m_waiting ? u"color: #c0392b;"_s : u"color: #a04000;"_s);
            layout->addWidget(pending);
        }
    }

    // Files go with any action: photos with the feedback, a signed agreement with the closing.
    m_attachments = new AttachmentPicker(this);
    layout->addWidget(m_attachments);

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(u"hintLabel"_s);
    m_hintLabel->setStyleSheet(u"color: #888;"_s);
    layout->addWidget(m_hintLabel);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #c0392b;"_s);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_conflictBar = new QWidget(this);
    m_conflictBar->setObjectName(u"conflictBar"_s);
    m_conflictBar->setStyleSheet(
        u"QWidget#conflictBar { background: #fdf2e9; border: 1px solid #e67e22; border-radius: 4px; }"_s);
    auto *conflictLayout = new QHBoxLayout(m_conflictBar);
    auto *conflictLabel = new QLabel(tr("此案件已被其他人修改，是否重新载入？"), m_conflictBar);
    conflictLabel->setObjectName(u"conflictLabel"_s);
    conflictLayout->addWidget(conflictLabel, 1);
    auto *reload = new QPushButton(tr("重新载入"), m_conflictBar);
    reload->setObjectName(u"reloadButton"_s);
    conflictLayout->addWidget(reload);
    m_conflictBar->hide();
    layout->addWidget(m_conflictBar);
    connect(reload, &QPushButton::clicked, this, [this] { done(Reload); });

    auto *buttons = new QDialogButtonBox(this);
    m_okButton = buttons->addButton(actionName, QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(u"okButton"_s);
    m_okButton->setDefault(true);
    m_okButton->setToolTip(tr("Ctrl+Enter"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setText(tr("取消"));
    layout->addWidget(buttons);
    connect(m_okButton, &QPushButton::clicked, this, &ActionDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_form, &ActionForm::changed, this, &ActionDialog::updateOk);
    // Ctrl+Enter submits from any field, as in the intake form (Enter alone is a new line in a text).
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ActionDialog::submit);
    }
    updateOk();
}

QString ActionDialog::buttonName(CaseAction action)
{
    QString name;
    bool upper = false;
    for (const QChar ch : code(action)) {
        if (ch == u'_') {
            upper = true;
            continue;
        }
        name += upper ? ch.toUpper() : ch;
        upper = false;
    }
    return name + u"Button"_s;
}

void ActionDialog::updateOk()
{
    const QString missing = m_form->missing();
    m_hintLabel->setText(missing);
    m_hintLabel->setVisible(!missing.isEmpty());
    m_okButton->setEnabled(missing.isEmpty() && !m_waiting && !m_conflictBar->isVisible());
    m_errorLabel->hide();
}

void ActionDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void ActionDialog::submit()
{
    if (!m_okButton->isEnabled())
        return;
    CaseService service(m_context.db, m_context.clock, m_context.calendar);
    try {
        m_result = service.apply(m_record.id, m_record.version, m_action, m_form->input(), m_context.actor(),
                                 m_attachments->attachments());
        accept();
        return;
    } catch (const Error &e) {
        if (e.kind() == Error::Kind::Conflict) {
            // A stale version, or only a busy database (then trying again is enough).
            bool stale = true;
            try {
                const auto now = CaseRepository(m_context.db).get(m_record.id);
                stale = !now || now->version != m_record.version;
            } catch (const Error &) {
            }
            if (stale) {
                m_form->setEnabled(false);
                m_attachments->setEnabled(false);
                m_errorLabel->hide();
                m_hintLabel->hide();
                m_conflictBar->show();
                m_okButton->setEnabled(false);
                return;
            }
        }
        showError(e.message());
    } catch (const std::exception &e) {
        showError(QString::fromLocal8Bit(e.what()));
    }
}

} // namespace zz
