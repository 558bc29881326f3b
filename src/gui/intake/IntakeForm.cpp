#include "IntakeForm.h"

#include "AttachmentFile.h"
#include "CaseService.h"
#include "DraftStore.h"
#include "Error.h"
#include "IntakeReceipt.h"
#include "ReferenceRepositories.h"
#include "RelatedCasesPanel.h"
#include "Validators.h"
#include "cases/CalendarCoverageBanner.h"
#include "cases/FormWidgets.h"
#include "cases/PartyTable.h"
#include "cases/PlacePicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleValidator>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

using namespace form;

namespace {

// Search-as-you-type over "大类 / 小类"-style names: any part of the name matches.
void attachCompleter(QLineEdit *edit, const QStringList &names)
{
    auto *completer = new QCompleter(new QStringListModel(names, edit), edit);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    edit->setCompleter(completer);
}

} // namespace

IntakeForm::IntakeForm(const AppContext &context, const QString &draftDirectory, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_draftDirectory(draftDirectory.isEmpty()
                           ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s
                           : draftDirectory),
      m_idempotencyKey(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(u"intakeForm"_s);
    buildUi();
    loadChoices();
    addPartyRow();
    m_drafts = std::make_unique<DraftStore>(context.db, context.user.id, u"intake"_s, m_draftDirectory);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(draftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &IntakeForm::saveDraft);
    updateState();
    adoptLegacyDraft();
    const DraftStore::Loaded draft = m_drafts->load();
    if (draft.status == DraftStore::Status::Restored) {
        offerDraft(draft.data);
        return;
    }
    if (draft.status == DraftStore::Status::Unreadable)
        showDraftDiscarded();
    m_draftsPaused = false;
}

QString IntakeForm::draftPath() const
{
    return m_drafts->path();
}

void IntakeForm::adoptLegacyDraft()
{
    const QString legacy = m_draftDirectory + u"/intake-%1.json"_s.arg(m_context.user.id);
    QFile file(legacy);
    if (!file.exists())
        return;
    const QByteArray plain = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    file.close();
    // It cannot tell which database it belonged to; the user decides when it is offered.
    if (!m_drafts->exists() && !plain.isEmpty())
        m_drafts->save(plain);
    QFile::remove(legacy);
}

void IntakeForm::showDraftDiscarded()
{
    m_draftNotice =
        new QMessageBox(QMessageBox::Information, tr("草稿无法恢复"),
                        tr("上次留下的受理草稿无法打开（可能属于另一个数据库，或本账号的草稿密钥已更换），"
                           "已将其删除。"),
                        QMessageBox::Ok, this);
    m_draftNotice->setObjectName(u"draftDiscardedMessageBox"_s);
    m_draftNotice->setAttribute(Qt::WA_DeleteOnClose);
    m_draftNotice->setWindowModality(Qt::WindowModal);
    m_draftNotice->open();
}

void IntakeForm::offerDraft(const QByteArray &draft)
{
    m_draftPrompt = new QMessageBox(QMessageBox::Question, tr("恢复草稿"),
                                    tr("上次有未登记的受理内容，是否恢复？"), QMessageBox::NoButton, this);
    m_draftPrompt->setObjectName(u"draftMessageBox"_s);
    QPushButton *restore = m_draftPrompt->addButton(tr("恢复"), QMessageBox::AcceptRole);
    restore->setObjectName(u"restoreDraftButton"_s);
    QPushButton *discard = m_draftPrompt->addButton(tr("丢弃"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardDraftButton"_s);
    m_draftPrompt->setDefaultButton(restore);
    m_draftPrompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_draftPrompt, &QMessageBox::buttonClicked, this,
            [this, restore, draft](QAbstractButton *button) {
                if (button == restore) {
                    restoreDraft(QJsonDocument::fromJson(draft).object());
                } else {
                    removeDraft();
                }
                m_draftsPaused = false;
            });
    m_draftPrompt->setWindowModality(Qt::WindowModal);
    m_draftPrompt->open();
}

bool IntakeForm::isBlank() const
{
    if (!m_titleEdit->text().trimmed().isEmpty() || !m_categoryEdit->text().trimmed().isEmpty() ||
        !m_placeEdit->text().trimmed().isEmpty() || !m_addressEdit->text().trimmed().isEmpty() ||
        !m_descriptionEdit->toPlainText().trimmed().isEmpty() ||
        !m_settleResultEdit->toPlainText().trimmed().isEmpty())
        return false;
    return m_parties->isBlank();
}

QJsonObject IntakeForm::draftJson() const
{
    return QJsonObject{{u"version"_s, 1},
                       // Kept so that a save which went through before a crash is not made twice.
                       {u"idempotencyKey"_s, m_idempotencyKey},
                       {u"source"_s, m_sourceCombo->currentData().toString()},
                       {u"nature"_s, m_natureCombo->currentData().toString()},
                       {u"category"_s, m_categoryEdit->text()},
                       {u"urgency"_s, m_urgencyCombo->currentData().toString()},
                       {u"risk"_s, m_riskCombo->currentData().toString()},
                       {u"place"_s, m_placeEdit->text()},
                       {u"address"_s, m_addressEdit->text()},
                       {u"latitude"_s, m_latitudeEdit->text()},
                       {u"longitude"_s, m_longitudeEdit->text()},
                       {u"title"_s, m_titleEdit->text()},
                       {u"description"_s, m_descriptionEdit->toPlainText()},
                       {u"parties"_s, m_parties->toJson()},
                       {u"settle"_s, m_settleCheck->isChecked()},
                       {u"settleResult"_s, m_settleResultEdit->toPlainText()}};
}

void IntakeForm::restoreDraft(const QJsonObject &draft)
{
    m_draftsPaused = true;
    const auto setCombo = [](QComboBox *combo, const QJsonValue &value) {
        if (const int index = combo->findData(value.toString()); index >= 0)
            combo->setCurrentIndex(index);
    };
    if (const QString key = draft.value(u"idempotencyKey"_s).toString(); !key.isEmpty())
        m_idempotencyKey = key;
    setCombo(m_sourceCombo, draft.value(u"source"_s));
    setCombo(m_natureCombo, draft.value(u"nature"_s));
    setCombo(m_urgencyCombo, draft.value(u"urgency"_s));
    setCombo(m_riskCombo, draft.value(u"risk"_s));
    m_categoryEdit->setText(draft.value(u"category"_s).toString());
    m_placeEdit->setText(draft.value(u"place"_s).toString());
    m_addressEdit->setText(draft.value(u"address"_s).toString());
    m_latitudeEdit->setText(draft.value(u"latitude"_s).toString());
    m_longitudeEdit->setText(draft.value(u"longitude"_s).toString());
    m_titleEdit->setText(draft.value(u"title"_s).toString());
    m_descriptionEdit->setPlainText(draft.value(u"description"_s).toString());
    m_parties->fromJson(draft.value(u"parties"_s).toArray());
    m_settleCheck->setChecked(draft.value(u"settle"_s).toBool());
    m_settleResultEdit->setPlainText(draft.value(u"settleResult"_s).toString());
    m_draftsPaused = false;
    updateState();
}

void IntakeForm::saveDraft()
{
    m_draftTimer->stop();
    if (m_draftsPaused)
        return;
    if (isBlank()) {
        removeDraft();
        return;
    }
    // A draft is a convenience: when it cannot be written, the form itself is still there.
    m_drafts->save(QJsonDocument(draftJson()).toJson(QJsonDocument::Compact));
}

void IntakeForm::discardDraft()
{
    m_draftsPaused = true;
    removeDraft();
}

void IntakeForm::removeDraft()
{
    m_draftTimer->stop();
    m_drafts->remove();
}

void IntakeForm::buildUi()
{
    auto *columns = new QHBoxLayout(this);
    auto *outer = new QVBoxLayout;
    columns->addLayout(outer, 3);
    m_relatedPanel = new RelatedCasesPanel(m_context, this);
    columns->addWidget(m_relatedPanel, 2);
    m_relatedTimer = new QTimer(this);
    m_relatedTimer->setSingleShot(true);
    m_relatedTimer->setInterval(300);
    connect(m_relatedTimer, &QTimer::timeout, this, &IntakeForm::refreshRelated);
    auto *heading = new QLabel(tr("<b>事件受理登记</b>"), this);
    outer->addWidget(heading);
    m_calendarCoverage = new CalendarCoverageBanner(m_context.calendar, m_context.clock, this);
    outer->addWidget(m_calendarCoverage);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    outer->addLayout(form);
    const auto addRow = [&](const QString &text, bool required, QWidget *field, QLabel *error = nullptr) {
        auto *label = new QLabel(fieldLabel(text, required), this);
        label->setBuddy(field);
        if (!error) {
            form->addRow(label, field);
            return;
        }
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(error);
        form->addRow(label, box);
    };

    auto *kindRow = new QWidget(this);
    auto *kindLayout = new QHBoxLayout(kindRow);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    m_sourceCombo = enumCombo(u"sourceComboBox"_s, CaseSource::Visit, kindRow);
    m_natureCombo = enumCombo(u"natureComboBox"_s, CaseNature::Complaint, kindRow);
    kindLayout->addWidget(m_sourceCombo, 1);
    kindLayout->addWidget(new QLabel(tr("性质"), kindRow));
    kindLayout->addWidget(m_natureCombo, 1);
    addRow(tr("来源"), true, kindRow);

    m_categoryEdit = new QLineEdit(this);
    m_categoryEdit->setObjectName(u"categoryLineEdit"_s);
    m_categoryEdit->setPlaceholderText(tr("输入类别名称的任意部分，如“邻里”"));
    m_categoryError = problemLabel(u"categoryErrorLabel"_s, this);
    addRow(tr("事件类别"), true, m_categoryEdit, m_categoryError);

    auto *urgencyRow = new QWidget(this);
    auto *urgencyLayout = new QHBoxLayout(urgencyRow);
    urgencyLayout->setContentsMargins(0, 0, 0, 0);
    m_urgencyCombo = enumCombo(u"urgencyComboBox"_s, Urgency::Normal, urgencyRow);
    m_riskCombo = enumCombo(u"riskComboBox"_s, RiskColor::Green, urgencyRow);
    urgencyLayout->addWidget(m_urgencyCombo, 1);
    urgencyLayout->addWidget(new QLabel(tr("风险等级"), urgencyRow));
    urgencyLayout->addWidget(m_riskCombo, 1);
    addRow(tr("紧急程度"), true, urgencyRow);

    m_deadlineLabel = new QLabel(this);
    m_deadlineLabel->setObjectName(u"deadlineLabel"_s);
    m_deadlineNote = new QLabel(this);
    m_deadlineNote->setObjectName(u"deadlineNoteLabel"_s);
    m_deadlineNote->setStyleSheet(u"color: #a15c00;"_s);
    m_deadlineNote->setWordWrap(true);
    m_deadlineNote->hide();
    addRow(tr("办理时限"), false, m_deadlineLabel, m_deadlineNote);

    m_placeEdit = new PlacePicker(m_context.db, m_context.user.orgUnitId, this);
    m_placeEdit->setObjectName(u"placeLineEdit"_s);
    m_placeEdit->setPlaceholderText(tr("输入村（社区）或网格名称"));
    m_placeError = problemLabel(u"placeErrorLabel"_s, this);
    addRow(tr("事发地点"), true, m_placeEdit, m_placeError);

    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(u"addressLineEdit"_s);
    addRow(tr("详细地址"), false, m_addressEdit);

    auto *coordinates = new QWidget(this);
    auto *coordinateLayout = new QHBoxLayout(coordinates);
    coordinateLayout->setContentsMargins(0, 0, 0, 0);
    m_latitudeEdit = new QLineEdit(coordinates);
    m_latitudeEdit->setObjectName(u"latitudeLineEdit"_s);
    m_latitudeEdit->setPlaceholderText(tr("纬度"));
    m_latitudeEdit->setValidator(new QDoubleValidator(-90, 90, 6, m_latitudeEdit));
    m_longitudeEdit = new QLineEdit(coordinates);
    m_longitudeEdit->setObjectName(u"longitudeLineEdit"_s);
    m_longitudeEdit->setPlaceholderText(tr("经度"));
    m_longitudeEdit->setValidator(new QDoubleValidator(-180, 180, 6, m_longitudeEdit));
    coordinateLayout->addWidget(m_latitudeEdit);
    coordinateLayout->addWidget(m_longitudeEdit);
    addRow(tr("坐标（可选）"), false, coordinates);

    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(u"titleLineEdit"_s);
    m_titleEdit->setMaxLength(100);
    m_titleError = problemLabel(u"titleErrorLabel"_s, this);
    addRow(tr("标题"), true, m_titleEdit, m_titleError);

    m_descriptionEdit = textEdit(u"descriptionTextEdit"_s, tr("事件经过、诉求"), 4, this);
    addRow(tr("事件描述"), false, m_descriptionEdit);

    m_parties = new PartyTable({{code(PartyRole::Reporter), label(PartyRole::Reporter)},
                                {code(PartyRole::Party), label(PartyRole::Party)}},
                               tr("添加当事人 (Ctrl+N)"), this);
    auto *partiesLabel = new QLabel(tr("反映人/当事人"), this);
    form->addRow(partiesLabel, m_parties);

    m_attachmentsList = new QListWidget(this);
    m_attachmentsList->setObjectName(u"attachmentsListWidget"_s);
    m_attachmentsList->setFixedHeight(m_attachmentsList->fontMetrics().lineSpacing() * 3 + 8);
    m_attachmentsList->setFocusPolicy(Qt::ClickFocus);
    m_addAttachmentButton = new QPushButton(tr("添加附件…"), this);
    m_addAttachmentButton->setObjectName(u"addAttachmentButton"_s);
    m_addAttachmentButton->setFocusPolicy(Qt::ClickFocus);
    auto *removeAttachmentButton = new QPushButton(tr("移除附件"), this);
    removeAttachmentButton->setObjectName(u"removeAttachmentButton"_s);
    removeAttachmentButton->setFocusPolicy(Qt::ClickFocus);
    m_attachmentsError = problemLabel(u"attachmentsErrorLabel"_s, this);
    auto *attachmentButtons = new QHBoxLayout;
    attachmentButtons->addWidget(m_addAttachmentButton);
    attachmentButtons->addWidget(removeAttachmentButton);
    attachmentButtons->addWidget(new QLabel(tr("每个不超过 10 MB"), this));
    attachmentButtons->addStretch();
    auto *attachmentsBox = new QVBoxLayout;
    attachmentsBox->setSpacing(2);
    attachmentsBox->addWidget(m_attachmentsList);
    attachmentsBox->addLayout(attachmentButtons);
    attachmentsBox->addWidget(m_attachmentsError);
    form->addRow(new QLabel(tr("附件"), this), attachmentsBox);
    connect(m_addAttachmentButton, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("添加附件"));
        for (const QString &path : paths)
            addAttachment(path);
    });
    connect(removeAttachmentButton, &QPushButton::clicked, this, [this] {
        const int row = m_attachmentsList->currentRow();
        if (row < 0 || row >= m_attachments.size())
            return;
        m_attachments.removeAt(row);
        delete m_attachmentsList->takeItem(row);
    });

    m_settleCheck = new QCheckBox(tr("就地化解"), this);
    m_settleCheck->setObjectName(u"settleCheckBox"_s);
    m_settleResultEdit = textEdit(u"settleResultTextEdit"_s, tr("化解结果"), 2, this);
    m_settleResultEdit->setEnabled(false);
    m_settleError = problemLabel(u"settleErrorLabel"_s, this);
    auto *settleBox = new QVBoxLayout;
    settleBox->setSpacing(2);
    settleBox->addWidget(m_settleCheck);
    settleBox->addWidget(m_settleResultEdit);
    settleBox->addWidget(m_settleError);
    form->addRow(new QLabel(tr("当场处理"), this), settleBox);

    auto *buttons = new QHBoxLayout;
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(u"savedLabel"_s);
    m_savedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clearButton = new QPushButton(tr("清空"), this);
    m_clearButton->setObjectName(u"clearButton"_s);
    m_saveButton = new QPushButton(tr("登记 (Ctrl+Enter)"), this);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    m_printReceiptButton = new QPushButton(tr("打印回执"), this);
    m_printReceiptButton->setObjectName(u"printReceiptButton"_s);
    m_receiptPdfButton = new QPushButton(tr("回执PDF"), this);
    m_receiptPdfButton->setObjectName(u"receiptPdfButton"_s);
    for (QPushButton *b : {m_printReceiptButton, m_receiptPdfButton}) {
        b->setEnabled(false);
        b->setFocusPolicy(Qt::ClickFocus);
    }
    connect(m_printReceiptButton, &QPushButton::clicked, this, &IntakeForm::previewReceipt);
    connect(m_receiptPdfButton, &QPushButton::clicked, this, &IntakeForm::exportReceipt);
    m_savedLabel->setWordWrap(true);
    outer->addWidget(m_savedLabel);
    buttons->addStretch(1);
    buttons->addWidget(m_printReceiptButton);
    buttons->addWidget(m_receiptPdfButton);
    buttons->addWidget(m_clearButton);
    buttons->addWidget(m_saveButton);
    outer->addLayout(buttons);

    auto *linkRow = new QHBoxLayout;
    m_linkLabel = new QLabel(this);
    m_linkLabel->setObjectName(u"linkLabel"_s);
    m_unlinkButton = new QPushButton(tr("取消关联"), this);
    m_unlinkButton->setObjectName(u"unlinkButton"_s);
    m_unlinkButton->setFocusPolicy(Qt::ClickFocus);
    m_unlinkButton->hide();
    linkRow->addWidget(m_linkLabel, 1);
    linkRow->addWidget(m_unlinkButton);
    outer->addLayout(linkRow);
    connect(m_unlinkButton, &QPushButton::clicked, this, [this] {
        m_link.reset();
        m_linkLabel->clear();
        m_unlinkButton->hide();
    });
    connect(m_relatedPanel, &RelatedCasesPanel::linkRequested, this,
            [this](qint64 caseId, const QString &caseNo, const QString &kind) {
                m_link = CaseLink{caseId, kind};
                m_linkLabel->setText(kind == u"merge" ? tr("登记后将合并到案件 %1").arg(caseNo)
                                                      : tr("登记后将标记为案件 %1 的重复件").arg(caseNo));
                m_unlinkButton->show();
            });

    auto *errorRow = new QHBoxLayout;
    m_errorLabel = problemLabel(u"saveErrorLabel"_s, this);
    m_retryButton = new QPushButton(tr("重试"), this);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_retryButton->hide();
    errorRow->addWidget(m_errorLabel, 1);
    errorRow->addWidget(m_retryButton);
    outer->addLayout(errorRow);
    outer->addStretch();

    for (QLineEdit *edit : {m_categoryEdit, static_cast<QLineEdit *>(m_placeEdit), m_addressEdit,
                            m_latitudeEdit, m_longitudeEdit, m_titleEdit})
        connect(edit, &QLineEdit::textChanged, this, &IntakeForm::updateState);
    for (QPlainTextEdit *edit : {m_descriptionEdit, m_settleResultEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &IntakeForm::updateState);
    for (QComboBox *combo : {m_sourceCombo, m_natureCombo, m_urgencyCombo, m_riskCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &IntakeForm::updateState);
    connect(m_categoryEdit, &QLineEdit::editingFinished, this, [this] {
        completeUnique(m_categoryEdit, m_categories);
        // The category's default urgency, unless the receptionist chose one himself.
        const auto category = currentCategory();
        const QVariant preset = m_urgencyCombo->property("categoryPreset");
        const Urgency shown = comboValue(m_urgencyCombo, Urgency::Normal);
        if (category &&
            (shown == Urgency::Normal || (preset.isValid() && code(shown) == preset.toString()))) {
            m_urgencyCombo->setCurrentIndex(
                qMax(0, m_urgencyCombo->findData(code(category->defaultUrgency))));
            m_urgencyCombo->setProperty("categoryPreset", code(category->defaultUrgency));
        }
    });
    connect(m_settleCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_settleResultEdit->setEnabled(on);
        updateState();
    });
    connect(m_parties, &PartyTable::changed, this, &IntakeForm::updateState);
    connect(m_parties, &PartyTable::rowsChanged, this, &IntakeForm::updateTabOrder);
    connect(m_saveButton, &QPushButton::clicked, this, &IntakeForm::save);
    connect(m_retryButton, &QPushButton::clicked, this, &IntakeForm::retry);
    connect(m_clearButton, &QPushButton::clicked, this, &IntakeForm::clearForm);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { addPartyRow(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] { removeCurrentPartyRow(); });
}

void IntakeForm::loadChoices()
{
    // Leaf categories only: a case is filed under a sub-category.
    const QList<Category> categories = CategoryRepository(m_context.db).all();
    // The order the county set (sort_order, then name): each category's sub-categories together.
    QStringList categoryNames;
    for (const Category &top : categories) {
        if (top.parentId != 0)
            continue;
        for (const Category &c : categories) {
            if (c.parentId != top.id)
                continue;
            const QString name = top.name + u" / "_s + c.name;
            m_categories.insert(name, c.id);
            m_categoryRecords.insert(c.id, c);
            categoryNames.append(name);
        }
    }
    attachCompleter(m_categoryEdit, categoryNames);
}

qint64 IntakeForm::resolve(const QString &text, const QHash<QString, qint64> &choices)
{
    return PlacePicker::resolve(text, choices);
}

IntakeForm::~IntakeForm()
{
    // ~QWidget hides the window, which takes the focus away from a field: its editingFinished
    // handlers would then read members already destroyed (the category and place choices).
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        disconnect(edit, nullptr, this, nullptr);
    // The last keystrokes before the form goes are not left to the pending delay.
    if (m_draftTimer->isActive())
        saveDraft();
}

void IntakeForm::completeUnique(QLineEdit *edit, const QHash<QString, qint64> &choices)
{
    const qint64 id = resolve(edit->text(), choices);
    if (!id)
        return;
    const QString full = choices.key(id);
    if (edit->text() != full)
        edit->setText(full);
}

std::optional<Category> IntakeForm::currentCategory() const
{
    const qint64 id = resolve(m_categoryEdit->text(), m_categories);
    if (const auto it = m_categoryRecords.constFind(id); it != m_categoryRecords.cend())
        return it.value();
    return std::nullopt;
}

qint64 IntakeForm::currentPlaceId() const
{
    return m_placeEdit->placeId();
}

void IntakeForm::addPartyRow()
{
    m_parties->addRow();
}

void IntakeForm::removeCurrentPartyRow()
{
    if (m_parties->removeCurrentRow() && m_parties->rowCount() == 0)
        m_titleEdit->setFocus();
}

void IntakeForm::updateTabOrder()
{
    // Reading order, with the party rows (created later) in their place before 就地化解.
    QList<QWidget *> order{m_sourceCombo,   m_natureCombo, m_categoryEdit,   m_urgencyCombo,
                           m_riskCombo,     m_placeEdit,   m_addressEdit,    m_latitudeEdit,
                           m_longitudeEdit, m_titleEdit,   m_descriptionEdit};
    order << m_parties->tabOrder();
    order << m_settleCheck << m_settleResultEdit << m_saveButton << m_clearButton;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void IntakeForm::updateState()
{
    const bool touched = !m_titleEdit->text().isEmpty() || !m_categoryEdit->text().isEmpty() ||
                         !m_placeEdit->text().isEmpty() || !m_descriptionEdit->toPlainText().isEmpty();
    // Required-field messages appear once the person has started on the form, not on a blank one.
    const QString categoryText = m_categoryEdit->text().trimmed();
    QString categoryError;
    if (m_categories.isEmpty()) // a new center that started empty: say what to do, not "no match"
        categoryError = noCategoriesText();
    else if (!categoryText.isEmpty() && !resolve(categoryText, m_categories))
        categoryError = tr("没有唯一匹配的事件类别，请从列表中选择。");
    else if (categoryText.isEmpty() && touched)
        categoryError = tr("请选择事件类别。");
    setProblem(m_categoryError, categoryError);

    const QString placeText = m_placeEdit->text().trimmed();
    QString placeError;
    if (!placeText.isEmpty() && !currentPlaceId())
        placeError = tr("没有唯一匹配的地点，请从列表中选择本辖区的村（社区）或网格。");
    else if (placeText.isEmpty() && touched)
        placeError = tr("请选择事发地点。");
    setProblem(m_placeError, placeError);

    const Validation title = Validators::required(tr("标题"), m_titleEdit->text().trimmed());
    setProblem(m_titleError, touched && !title ? title.message : QString());
    m_parties->showProblem(m_context.clock.now().date());
    const bool settleMissing =
        m_settleCheck->isChecked() && m_settleResultEdit->toPlainText().trimmed().isEmpty();
    setProblem(m_settleError, settleMissing ? tr("就地化解须填写化解结果。") : QString());

    updateDeadline();
    m_saveButton->setEnabled(problem().isEmpty());
    if (m_draftTimer && !m_draftsPaused)
        m_draftTimer->start();
    m_relatedTimer->start();
}

void IntakeForm::refreshRelated()
{
    const QDate today = m_context.clock.now().date();
    const QStringList residentIds = m_parties->validResidentIds(today);
    const QStringList phones = m_parties->validPhones();
    m_relatedPanel->refresh(residentIds, phones, m_titleEdit->text(), currentPlaceId());
}

void IntakeForm::calendarReloaded()
{
    m_calendarCoverage->refresh();
    updateDeadline();
}

void IntakeForm::updateDeadline()
{
    const auto category = currentCategory();
    if (!category) {
        m_deadlineLabel->setText(tr("（选择类别后显示）"));
        m_deadlineNote->hide();
        return;
    }
    const Urgency urgency = comboValue(m_urgencyCombo, Urgency::Normal);
    const CaseService service(m_context.db, m_context.clock, m_context.calendar);
    const QDateTime deadline = service.deadlineFor(m_context.clock.now(), *category, urgency);
    const int days = CaseService::limitDays(*category, urgency);
    const bool working = category->workingDays && urgency != Urgency::Major;
    m_deadlineLabel->setText(tr("%1 前（%2 个%3）")
                                 .arg(QLocale().toString(deadline, u"yyyy-MM-dd HH:mm"_s))
                                 .arg(days)
                                 .arg(working ? tr("工作日") : tr("自然日")));
    // Past the last year with holiday data the days were counted as weekends only.
    const QString note = m_context.calendar.provisionalNote(deadline, working);
    m_deadlineNote->setText(note);
    m_deadlineNote->setVisible(!note.isEmpty());
}

QString IntakeForm::noCategoriesText()
{
    return tr(
        "还没有事件类别，暂时不能登记。请管理员在“基础数据 → 事件类别与时限”中添加事件类别及其办理时限。");
}

QString IntakeForm::problem() const
{
    if (m_categories.isEmpty())
        return noCategoriesText();
    if (!currentCategory())
        return tr("请选择事件类别。");
    if (!currentPlaceId())
        return tr("请选择事发地点。");
    if (const Validation v = Validators::required(tr("标题"), m_titleEdit->text().trimmed()); !v)
        return v.message;
    if (const QString p = m_parties->problem(m_context.clock.now().date()); !p.isEmpty())
        return p;
    if (m_settleCheck->isChecked() && m_settleResultEdit->toPlainText().trimmed().isEmpty())
        return tr("就地化解须填写化解结果。");
    return {};
}

CaseRecord IntakeForm::collect() const
{
    CaseRecord c;
    c.source = comboValue(m_sourceCombo, CaseSource::Visit);
    c.nature = comboValue(m_natureCombo, CaseNature::Complaint);
    c.categoryId = resolve(m_categoryEdit->text(), m_categories);
    c.orgUnitId = currentPlaceId();
    c.address = m_addressEdit->text().trimmed();
    bool latOk = false;
    bool lonOk = false;
    const double lat = QLocale().toDouble(m_latitudeEdit->text(), &latOk);
    const double lon = QLocale().toDouble(m_longitudeEdit->text(), &lonOk);
    if (latOk && lonOk) {
        c.latitude = lat;
        c.longitude = lon;
    }
    c.title = m_titleEdit->text().trimmed();
    c.description = m_descriptionEdit->toPlainText().trimmed();
    c.urgency = comboValue(m_urgencyCombo, Urgency::Normal);
    c.risk = comboValue(m_riskCombo, RiskColor::Green);
    for (const PartyTable::Entry &e : m_parties->entries()) {
        CaseParty party;
        party.role = fromCode<PartyRole>(e.role).value_or(PartyRole::Reporter);
        party.name = e.name;
        party.residentId = e.residentId;
        party.phone = e.phone;
        party.anonymous = e.anonymous;
        c.parties.append(party);
    }
    return c;
}

void IntakeForm::showError(const QString &message, bool canRetry)
{
    setProblem(m_errorLabel, message);
    m_retryButton->setVisible(canRetry);
    if (canRetry)
        m_retryButton->setFocus();
}

bool IntakeForm::save()
{
    updateState();
    if (!problem().isEmpty())
        return false;
    CaseService service(m_context.db, m_context.clock, m_context.calendar);
    const Actor actor = m_context.actor();
    try {
        CaseRecord saved = service.report(collect(), actor, m_idempotencyKey, m_link, m_attachments);
        // A retry finds the case already stored; settle it only if that has not happened yet.
        if (m_settleCheck->isChecked() && saved.status == CaseStatus::Reported) {
            ActionInput input;
            input.result = m_settleResultEdit->toPlainText().trimmed();
            input.disputeSettled = true;
            saved = service.apply(saved.id, saved.version, CaseAction::SettleOnSpot, input, actor);
        }
        m_lastSaved = saved;
    } catch (const Error &e) {
        const bool connection = e.kind() == Error::Kind::Connection;
        showError(connection
                      ? tr("与数据库的连接中断，登记内容已保留。请检查网络后点“重试”：%1").arg(e.message())
                      : e.message(),
                  connection);
        return false;
    }
    showError({}, false);
    const CaseRecord saved = *m_lastSaved;
    clearForm();
    m_printReceiptButton->setEnabled(true);
    m_receiptPdfButton->setEnabled(true);
    m_savedLabel->setText(
        tr("已登记：案件编号 <b>%1</b>，查询码 <b>%2</b>").arg(saved.caseNo, saved.lookupCode));
    emit caseSaved(saved.id);
    return true;
}

bool IntakeForm::retry()
{
    try {
        m_context.db.ensureConnected(); // one attempt; the window's banner keeps trying by itself
    } catch (const Error &e) {
        showError(tr("仍无法连接数据库：%1").arg(e.message()), true);
        return false;
    }
    return save();
}

void IntakeForm::clearForm()
{
    m_draftsPaused = true;
    m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_calendarCoverage->refresh(); // a new day may have brought the calendar's end near
    // Move the focus first: the party rows it may be in are about to go.
    m_sourceCombo->setFocus();
    for (QLineEdit *edit : {m_categoryEdit, static_cast<QLineEdit *>(m_placeEdit), m_addressEdit,
                            m_latitudeEdit, m_longitudeEdit, m_titleEdit})
        edit->clear();
    m_descriptionEdit->clear();
    m_settleResultEdit->clear();
    m_settleCheck->setChecked(false);
    m_sourceCombo->setCurrentIndex(std::max(0, m_sourceCombo->findData(code(CaseSource::Visit))));
    m_natureCombo->setCurrentIndex(std::max(0, m_natureCombo->findData(code(CaseNature::Complaint))));
    m_urgencyCombo->setCurrentIndex(0);
    m_riskCombo->setCurrentIndex(0);
    m_parties->reset();
    m_savedLabel->clear();
    m_attachments.clear();
    m_attachmentsList->clear();
    setProblem(m_attachmentsError, {});
    m_link.reset();
    m_linkLabel->clear();
    m_unlinkButton->hide();
    m_relatedPanel->clear();
    showError({}, false);
    removeDraft();
    m_draftsPaused = false;
    updateState();
    m_sourceCombo->setFocus();
}

bool IntakeForm::addAttachment(const QString &path)
{
    try {
        const CaseAttachment a = AttachmentFile::read(path);
        auto *item =
            new QListWidgetItem(tr("%1（%2 KB）").arg(a.fileName).arg((a.content.size() + 1023) / 1024));
        if (!a.thumbnail.isEmpty()) {
            QPixmap thumbnail;
            thumbnail.loadFromData(a.thumbnail, "PNG");
            item->setIcon(QIcon(thumbnail));
        }
        m_attachments.append(a);
        m_attachmentsList->addItem(item);
        setProblem(m_attachmentsError, {});
        return true;
    } catch (const Error &e) {
        setProblem(m_attachmentsError, e.message());
        return false;
    }
}

void IntakeForm::previewReceipt()
{
    if (!m_lastSaved)
        return;
    try {
        IntakeReceipt(m_context, *m_lastSaved).preview(this);
    } catch (const Error &e) {
        showError(e.message(), false);
    }
}

void IntakeForm::exportReceipt()
{
    if (!m_lastSaved)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("保存受理回执"), tr("受理回执-%1.pdf").arg(m_lastSaved->caseNo), tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        IntakeReceipt(m_context, *m_lastSaved).writePdf(path);
    } catch (const Error &e) {
        showError(e.message(), false);
    }
}

} // namespace zz
