#include "ReceptionForm.h"

#include "DraftStore.h"
#include "Error.h"
#include "PersonPanel.h"
#include "ReceptionRegistration.h"
#include "TicketPicker.h"
#include "Validators.h"
#include "cases/FormWidgets.h"
#include "cases/PartyTable.h"
#include "cases/PlacePicker.h"
#include "petition/PetitionService.h"
#include "petition/PetitionWorkflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

using namespace form;

namespace {

QList<QPair<QString, QString>> individualRoles()
{
    return {{u"petitioner"_s, ReceptionForm::tr("信访人")}};
}

QList<QPair<QString, QString>> groupRoles()
{
    return {{u"representative"_s, ReceptionForm::tr("代表")}};
}

} // namespace

ReceptionForm::ReceptionForm(const AppContext &context, const QString &draftDirectory, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_idempotencyKey(QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_rules(PetitionRuleSet::nationalFor(context.clock.now().date())),
      m_draftDirectory(draftDirectory.isEmpty()
                           ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s
                           : draftDirectory)
{
    setObjectName(u"receptionForm"_s);
    buildUi();
    m_persons->reset();
    updateVisitForm();
    m_drafts = std::make_unique<DraftStore>(context.db, context.user.id, u"petition"_s, m_draftDirectory);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(draftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &ReceptionForm::saveDraft);
    updateState();
    const DraftStore::Loaded draft = m_drafts->load();
    if (draft.status == DraftStore::Status::Restored) {
        offerDraft(draft.data);
        return;
    }
    m_draftsPaused = false;
}

ReceptionForm::~ReceptionForm()
{
    // ~QWidget takes the focus away from a field: its handlers would read members already gone.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        disconnect(edit, nullptr, this, nullptr);
    if (m_draftTimer->isActive())
        saveDraft();
}

void ReceptionForm::buildUi()
{
    auto *columns = new QHBoxLayout(this);
    auto *outer = new QVBoxLayout;
    columns->addLayout(outer, 3);
    m_personPanel = new PersonPanel(m_context, this);
    columns->addWidget(m_personPanel, 2);
    m_matchTimer = new QTimer(this);
    m_matchTimer->setSingleShot(true);
    m_matchTimer->setInterval(300);
    connect(m_matchTimer, &QTimer::timeout, this, [this] { m_personPanel->refresh(typedPersons()); });
    auto *heading = new QLabel(tr("<b>信访接待登记</b>"), this);
    outer->addWidget(heading);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    outer->addLayout(form);
    const auto addRow = [&](const QString &text, bool required, QWidget *field, QLabel *problem = nullptr) {
        auto *label = new QLabel(fieldLabel(text, required), this);
        label->setBuddy(field);
        if (!problem) {
            form->addRow(label, field);
            return;
        }
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(problem);
        form->addRow(label, box);
    };

    m_ticketPicker = new TicketPicker(m_context, this);
    if (!m_ticketPicker->isHidden())
        addRow(tr("正在接待"), false, m_ticketPicker);

    auto *kindRow = new QWidget(this);
    auto *kindLayout = new QHBoxLayout(kindRow);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    m_channelCombo = enumCombo(u"channelComboBox"_s, PetitionChannel::Visit, kindRow);
    m_typeCombo = enumCombo(u"typeComboBox"_s, PetitionType::Claim, kindRow);
    kindLayout->addWidget(m_channelCombo, 1);
    kindLayout->addWidget(new QLabel(tr("类别"), kindRow));
    kindLayout->addWidget(m_typeCombo, 1);
    addRow(tr("信访形式"), true, kindRow);

    auto *visitRow = new QWidget(this);
    auto *visitLayout = new QHBoxLayout(visitRow);
    visitLayout->setContentsMargins(0, 0, 0, 0);
    m_visitFormCombo = enumCombo(u"visitFormComboBox"_s, VisitForm::Individual, visitRow);
    m_headCountSpin = new QSpinBox(visitRow);
    m_headCountSpin->setObjectName(u"headCountSpinBox"_s);
    m_headCountSpin->setRange(1, 9999);
    m_representativeLabel = new QLabel(visitRow);
    m_representativeLabel->setObjectName(u"representativeRuleLabel"_s);
    visitLayout->addWidget(m_visitFormCombo, 1);
    visitLayout->addWidget(new QLabel(tr("人数"), visitRow));
    visitLayout->addWidget(m_headCountSpin);
    visitLayout->addWidget(m_representativeLabel, 2);
    m_representativeError = problemLabel(u"representativeErrorLabel"_s, this);
    addRow(tr("来访方式"), true, visitRow, m_representativeError);

    m_persons = new PartyTable(individualRoles(), tr("添加人员 (Ctrl+N)"), this);
    addRow(tr("信访人/代表"), true, m_persons);

    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(u"petitionerAddressLineEdit"_s);
    m_addressEdit->setPlaceholderText(tr("信访人的住址，用于识别同一人"));
    addRow(tr("信访人住址"), false, m_addressEdit);

    m_placeEdit = new PlacePicker(m_context.db, m_context.user.orgUnitId, this);
    m_placeEdit->setObjectName(u"placeLineEdit"_s);
    m_placeEdit->setPlaceholderText(tr("问题发生的村（社区）或网格，不是信访人住址"));
    m_placeError = problemLabel(u"placeErrorLabel"_s, this);
    addRow(tr("问题发生地"), true, m_placeEdit, m_placeError);

    m_placeAddressEdit = new QLineEdit(this);
    m_placeAddressEdit->setObjectName(u"placeAddressLineEdit"_s);
    addRow(tr("详细地点"), false, m_placeAddressEdit);

    m_requestEdit = textEdit(u"requestTextEdit"_s, tr("信访人的请求，用信访人自己的话"), 2, this);
    m_requestError = problemLabel(u"requestErrorLabel"_s, this);
    addRow(tr("信访诉求"), true, m_requestEdit, m_requestError);

    m_factsEdit = textEdit(u"factsTextEdit"_s, tr("事实与理由"), 3, this);
    addRow(tr("事实与理由"), false, m_factsEdit);

    auto *flags = new QWidget(this);
    auto *flagGrid = new QGridLayout(flags);
    flagGrid->setContentsMargins(0, 0, 0, 0);
    int column = 0;
    int row = 0;
    for (const PetitionFlag flag : allValues<PetitionFlag>()) {
        auto *check = new QCheckBox(label(flag), flags);
        check->setObjectName(code(flag) + u"FlagCheckBox"_s);
        m_flagChecks.insert(flag, check);
        flagGrid->addWidget(check, row, column);
        if (++column == 4) {
            column = 0;
            ++row;
        }
    }
    m_flagNote = new QLabel(this);
    m_flagNote->setObjectName(u"flagNoteLabel"_s);
    m_flagNote->setStyleSheet(u"color:#a15c00"_s);
    m_flagNote->setWordWrap(true);
    m_flagNote->hide();
    addRow(tr("标记"), false, flags, m_flagNote);

    m_officerEdit = new QLineEdit(m_context.user.displayName, this);
    m_officerEdit->setObjectName(u"officerLineEdit"_s);
    addRow(tr("接待人"), true, m_officerEdit);

    m_interviewEdit = textEdit(u"interviewTextEdit"_s, tr("接谈经过、答复口径、信访人的态度"), 3, this);
    addRow(tr("接谈记录"), false, m_interviewEdit);

    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(u"savedLabel"_s);
    m_savedLabel->setWordWrap(true);
    m_savedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_savedLabel);
    auto *errorRow = new QHBoxLayout;
    m_errorLabel = problemLabel(u"saveErrorLabel"_s, this);
    m_retryButton = new QPushButton(tr("重试"), this);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_retryButton->hide();
    errorRow->addWidget(m_errorLabel, 1);
    errorRow->addWidget(m_retryButton);
    outer->addLayout(errorRow);
    auto *buttons = new QHBoxLayout;
    m_clearButton = new QPushButton(tr("清空"), this);
    m_clearButton->setObjectName(u"clearButton"_s);
    m_saveButton = new QPushButton(tr("登记 (Ctrl+Enter)"), this);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(m_clearButton);
    buttons->addWidget(m_saveButton);
    outer->addLayout(buttons);
    outer->addStretch();

    for (QLineEdit *edit :
         {m_addressEdit, static_cast<QLineEdit *>(m_placeEdit), m_placeAddressEdit, m_officerEdit})
        connect(edit, &QLineEdit::textChanged, this, &ReceptionForm::updateState);
    for (QPlainTextEdit *edit : {m_requestEdit, m_factsEdit, m_interviewEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &ReceptionForm::updateState);
    for (QComboBox *combo : {m_channelCombo, m_typeCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReceptionForm::updateState);
    connect(m_visitFormCombo, &QComboBox::currentIndexChanged, this, &ReceptionForm::updateVisitForm);
    connect(m_headCountSpin, &QSpinBox::valueChanged, this, &ReceptionForm::updateVisitForm);
    for (QCheckBox *check : std::as_const(m_flagChecks))
        connect(check, &QCheckBox::toggled, this, &ReceptionForm::updateState);
    connect(m_persons, &PartyTable::changed, this, &ReceptionForm::updateState);
    connect(m_persons, &PartyTable::rowsChanged, this, &ReceptionForm::updateTabOrder);
    connect(m_persons, &PartyTable::rowEdited, this, &ReceptionForm::personsEdited);
    connect(m_addressEdit, &QLineEdit::textEdited, this, &ReceptionForm::personsEdited);
    connect(m_clearButton, &QPushButton::clicked, this, &ReceptionForm::clearForm);
    connect(m_saveButton, &QPushButton::clicked, this, &ReceptionForm::save);
    connect(m_retryButton, &QPushButton::clicked, this, &ReceptionForm::retry);
    connect(this, &ReceptionForm::personsEdited, m_matchTimer, qOverload<>(&QTimer::start));
    connect(m_personPanel, &PersonPanel::personChosen, this, [this](const Person &person) {
        m_chosenPerson = person;
        QLineEdit *name = m_persons->nameEdit(0);
        if (name)
            name->setText(person.name);
        if (m_addressEdit->text().trimmed().isEmpty())
            m_addressEdit->setText(person.address);
        m_savedLabel->setText(tr("将按已登记的信访人“%1”登记。").arg(person.name.toHtmlEscaped()));
        m_matchTimer->start();
    });
    connect(m_personPanel, &PersonPanel::refusalChosen, this, &ReceptionForm::saveWithRefusal);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { addPerson(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] { m_persons->removeCurrentRow(); });
}

void ReceptionForm::updateTabOrder()
{
    QList<QWidget *> order{m_channelCombo, m_typeCombo, m_visitFormCombo, m_headCountSpin};
    order << m_persons->tabOrder();
    order << m_addressEdit << m_placeEdit << m_placeAddressEdit << m_requestEdit << m_factsEdit;
    for (const PetitionFlag flag : allValues<PetitionFlag>())
        order << m_flagChecks.value(flag);
    order << m_officerEdit << m_interviewEdit << m_saveButton << m_clearButton;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void ReceptionForm::addPerson()
{
    m_persons->addRow();
}

void ReceptionForm::updateVisitForm()
{
    const bool group = comboValue(m_visitFormCombo, VisitForm::Individual) == VisitForm::Group;
    m_headCountSpin->setEnabled(group);
    if (!group) {
        m_headCountSpin->setValue(1);
        m_persons->setRoleChoices(individualRoles());
        m_persons->setRowLimit(0, {});
        m_representativeLabel->clear();
    } else {
        if (m_headCountSpin->value() < 2)
            m_headCountSpin->setValue(2);
        const int headCount = m_headCountSpin->value();
        const int max = m_rules.maxRepresentatives(headCount);
        m_persons->setRoleChoices(groupRoles());
        const auto refusal =
            PetitionWorkflow::representativeRefusal(m_rules, VisitForm::Group, headCount, max + 1);
        m_persons->setRowLimit(max, refusal ? refusal->message : QString());
        m_representativeLabel->setText(tr("推选代表不超过 %n 人", nullptr, max));
    }
    updateState();
}

QString ReceptionForm::representativeProblem() const
{
    const Input in = input();
    const auto refusal = PetitionWorkflow::representativeRefusal(m_rules, in.visitForm, in.headCount,
                                                                 int(m_persons->entries().size()));
    return refusal ? refusal->message : QString();
}

bool ReceptionForm::isBlank() const
{
    for (QLineEdit *edit : {m_addressEdit, static_cast<QLineEdit *>(m_placeEdit), m_placeAddressEdit})
        if (!edit->text().trimmed().isEmpty())
            return false;
    for (QPlainTextEdit *edit : {m_requestEdit, m_factsEdit, m_interviewEdit})
        if (!edit->toPlainText().trimmed().isEmpty())
            return false;
    return m_persons->isBlank();
}

QString ReceptionForm::problem() const
{
    const QDate today = m_context.clock.now().date();
    const Input in = input();
    if (const QString p = m_persons->problem(today); !p.isEmpty())
        return p;
    if (m_persons->entries().isEmpty() && !in.flags.testFlag(PetitionFlag::Anonymous))
        return tr("请填写信访人；匿名信访请勾选“匿名”。");
    if (const QString p = representativeProblem(); !p.isEmpty())
        return p;
    if (!in.placeId)
        return m_placeEdit->text().trimmed().isEmpty()
                   ? tr("请选择问题发生地。")
                   : tr("没有唯一匹配的地点，请从列表中选择本辖区的村（社区）或网格。");
    if (const Validation v = Validators::required(tr("信访诉求"), in.request); !v)
        return v.message;
    if (const Validation v = Validators::required(tr("接待人"), in.officer); !v)
        return v.message;
    return {};
}

void ReceptionForm::updateState()
{
    const QDate today = m_context.clock.now().date();
    const bool touched = !m_requestEdit->toPlainText().isEmpty() || !m_placeEdit->text().isEmpty() ||
                         !m_factsEdit->toPlainText().isEmpty();
    m_persons->showProblem(today);
    // The representative limit is said at once (fewer people than representatives, or too many).
    setProblem(m_representativeError, representativeProblem());

    const QString placeText = m_placeEdit->text().trimmed();
    QString placeProblem;
    if (!placeText.isEmpty() && !m_placeEdit->placeId())
        placeProblem = tr("没有唯一匹配的地点，请从列表中选择本辖区的村（社区）或网格。");
    else if (placeText.isEmpty() && touched)
        placeProblem = tr("请选择问题发生地。");
    setProblem(m_placeError, placeProblem);
    const bool requestMissing = touched && m_requestEdit->toPlainText().trimmed().isEmpty();
    setProblem(m_requestError, requestMissing ? tr("请填写信访诉求。") : QString());

    QStringList notes;
    if (m_flagChecks.value(PetitionFlag::MajorUrgent)->isChecked())
        notes << tr("重大紧急：请立即报告领导；信访台账中此件以红色置顶标出。");
    if (m_flagChecks.value(PetitionFlag::Confidential)->isChecked() ||
        comboValue(m_typeCombo, PetitionType::Claim) == PetitionType::Accusation)
        notes << tr("检举控告和保密件：信访人身份只对承办人和领导可见，查看留痕。");
    setProblem(m_flagNote, notes.join(u' '));
    m_flagNote->setStyleSheet(u"color:#a15c00"_s);

    m_saveButton->setEnabled(problem().isEmpty());
    if (m_draftTimer && !m_draftsPaused)
        m_draftTimer->start();
}

ReceptionForm::Input ReceptionForm::input() const
{
    Input in;
    in.channel = comboValue(m_channelCombo, PetitionChannel::Visit);
    in.type = comboValue(m_typeCombo, PetitionType::Claim);
    in.visitForm = comboValue(m_visitFormCombo, VisitForm::Individual);
    in.headCount = in.visitForm == VisitForm::Group ? m_headCountSpin->value() : 1;
    in.petitionerAddress = m_addressEdit->text().trimmed();
    in.placeId = m_placeEdit->placeId();
    in.placeAddress = m_placeAddressEdit->text().trimmed();
    in.request = m_requestEdit->toPlainText().trimmed();
    in.facts = m_factsEdit->toPlainText().trimmed();
    for (auto it = m_flagChecks.cbegin(); it != m_flagChecks.cend(); ++it)
        if (it.value()->isChecked())
            in.flags |= it.key();
    in.officer = m_officerEdit->text().trimmed();
    in.interview = m_interviewEdit->toPlainText().trimmed();
    return in;
}

QJsonObject ReceptionForm::draftJson() const
{
    const Input in = input();
    return QJsonObject{{u"version"_s, 1},
                       {u"idempotencyKey"_s, m_idempotencyKey},
                       {u"channel"_s, code(in.channel)},
                       {u"type"_s, code(in.type)},
                       {u"visitForm"_s, code(in.visitForm)},
                       {u"headCount"_s, in.headCount},
                       {u"persons"_s, m_persons->toJson()},
                       {u"address"_s, m_addressEdit->text()},
                       {u"place"_s, m_placeEdit->text()},
                       {u"placeAddress"_s, m_placeAddressEdit->text()},
                       {u"request"_s, m_requestEdit->toPlainText()},
                       {u"facts"_s, m_factsEdit->toPlainText()},
                       {u"flags"_s, petitionFlagsToCodes(in.flags)},
                       {u"officer"_s, m_officerEdit->text()},
                       {u"interview"_s, m_interviewEdit->toPlainText()}};
}

void ReceptionForm::restoreDraft(const QJsonObject &draft)
{
    m_draftsPaused = true;
    if (const QString key = draft.value(u"idempotencyKey"_s).toString(); !key.isEmpty())
        m_idempotencyKey = key;
    setComboCode(m_channelCombo, draft.value(u"channel"_s).toString());
    setComboCode(m_typeCombo, draft.value(u"type"_s).toString());
    setComboCode(m_visitFormCombo, draft.value(u"visitForm"_s).toString());
    m_headCountSpin->setValue(draft.value(u"headCount"_s).toInt(1));
    m_persons->fromJson(draft.value(u"persons"_s).toArray());
    m_addressEdit->setText(draft.value(u"address"_s).toString());
    m_placeEdit->setText(draft.value(u"place"_s).toString());
    m_placeAddressEdit->setText(draft.value(u"placeAddress"_s).toString());
    m_requestEdit->setPlainText(draft.value(u"request"_s).toString());
    m_factsEdit->setPlainText(draft.value(u"facts"_s).toString());
    const PetitionFlags flags = petitionFlagsFromCodes(draft.value(u"flags"_s).toString());
    for (auto it = m_flagChecks.cbegin(); it != m_flagChecks.cend(); ++it)
        it.value()->setChecked(flags.testFlag(it.key()));
    if (const QString officer = draft.value(u"officer"_s).toString(); !officer.isEmpty())
        m_officerEdit->setText(officer);
    m_interviewEdit->setPlainText(draft.value(u"interview"_s).toString());
    m_draftsPaused = false;
    updateState();
    emit personsEdited();
}

void ReceptionForm::offerDraft(const QByteArray &draft)
{
    m_draftPrompt =
        new QMessageBox(QMessageBox::Question, tr("恢复草稿"), tr("上次有未登记的信访接待内容，是否恢复？"),
                        QMessageBox::NoButton, this);
    m_draftPrompt->setObjectName(u"draftMessageBox"_s);
    QPushButton *restore = m_draftPrompt->addButton(tr("恢复"), QMessageBox::AcceptRole);
    restore->setObjectName(u"restoreDraftButton"_s);
    QPushButton *discard = m_draftPrompt->addButton(tr("丢弃"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardDraftButton"_s);
    m_draftPrompt->setDefaultButton(restore);
    m_draftPrompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_draftPrompt, &QMessageBox::buttonClicked, this,
            [this, restore, draft](QAbstractButton *button) {
                if (button == restore)
                    restoreDraft(QJsonDocument::fromJson(draft).object());
                else
                    m_drafts->remove();
                m_draftsPaused = false;
            });
    m_draftPrompt->setWindowModality(Qt::WindowModal);
    m_draftPrompt->open();
}

void ReceptionForm::saveDraft()
{
    m_draftTimer->stop();
    if (m_draftsPaused)
        return;
    if (isBlank()) {
        m_drafts->remove();
        return;
    }
    m_drafts->save(QJsonDocument(draftJson()).toJson(QJsonDocument::Compact));
}

void ReceptionForm::discardDraft()
{
    m_draftsPaused = true;
    m_draftTimer->stop();
    m_drafts->remove();
}

void ReceptionForm::clearForm()
{
    m_draftsPaused = true;
    m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_channelCombo->setFocus();
    for (QLineEdit *edit : {m_addressEdit, static_cast<QLineEdit *>(m_placeEdit), m_placeAddressEdit})
        edit->clear();
    for (QPlainTextEdit *edit : {m_requestEdit, m_factsEdit, m_interviewEdit})
        edit->clear();
    for (QCheckBox *check : std::as_const(m_flagChecks))
        check->setChecked(false);
    m_officerEdit->setText(m_context.user.displayName);
    m_channelCombo->setCurrentIndex(std::max(0, m_channelCombo->findData(code(PetitionChannel::Visit))));
    m_typeCombo->setCurrentIndex(std::max(0, m_typeCombo->findData(code(PetitionType::Claim))));
    m_visitFormCombo->setCurrentIndex(std::max(0, m_visitFormCombo->findData(code(VisitForm::Individual))));
    m_persons->reset();
    updateVisitForm();
    setProblem(m_errorLabel, {});
    m_savedLabel->clear();
    m_retryButton->hide();
    m_chosenPerson.reset();
    m_personPanel->clear();
    m_ticketPicker->refresh();
    m_drafts->remove();
    m_draftsPaused = false;
    updateState();
    emit personsEdited();
    m_channelCombo->setFocus();
}

QList<Person> ReceptionForm::typedPersons() const
{
    QList<Person> persons;
    const QList<PartyTable::Entry> entries = m_persons->entries();
    for (int i = 0; i < entries.size(); ++i) {
        const PartyTable::Entry &e = entries.at(i);
        Person p;
        p.name = e.name;
        p.residentId = e.residentId;
        p.phone = e.phone;
        // The address typed is the first petitioner's; the others are matched by ID and phone.
        if (i == 0) {
            p.address = m_addressEdit->text().trimmed();
            if (m_chosenPerson && m_chosenPerson->name == e.name) {
                p.id = m_chosenPerson->id;
                if (p.residentId.isEmpty())
                    p.residentId = m_chosenPerson->residentId;
                if (p.phone.isEmpty())
                    p.phone = m_chosenPerson->phone;
                if (p.address.isEmpty())
                    p.address = m_chosenPerson->address;
            }
        }
        persons.append(p);
    }
    return persons;
}

void ReceptionForm::showError(const QString &message, bool canRetry)
{
    setProblem(m_errorLabel, message);
    m_retryButton->setVisible(canRetry);
    if (canRetry)
        m_retryButton->setFocus();
}

bool ReceptionForm::save()
{
    return store(false);
}

bool ReceptionForm::saveWithRefusal()
{
    return store(true);
}

bool ReceptionForm::retry()
{
    try {
        m_context.db.ensureConnected();
    } catch (const Error &e) {
        showError(tr("仍无法连接数据库：%1").arg(e.message()), true);
        return false;
    }
    return store(m_lastRefused);
}

bool ReceptionForm::store(bool refuse)
{
    updateState();
    if (!problem().isEmpty())
        return false;
    m_lastRefused = refuse;
    const Input in = input();
    PetitionRecord draft;
    draft.orgUnitId = in.placeId;
    draft.placeAddress = in.placeAddress;
    draft.channel = in.channel;
    draft.type = in.type;
    draft.visitForm = in.visitForm;
    draft.headCount = in.headCount;
    draft.request = in.request;
    draft.facts = in.facts;
    draft.flags = in.flags;
    draft.receivingOfficer = in.officer;
    draft.interviewRecord = in.interview;
    try {
        m_lastSaved = ReceptionRegistration(m_context).run(draft, typedPersons(), m_personPanel->link(),
                                                           m_idempotencyKey,
                                                           refuse ? m_personPanel->refusal() : std::nullopt);
    } catch (const Error &e) {
        const bool connection = e.kind() == Error::Kind::Connection;
        showError(connection
                      ? tr("与数据库的连接中断，登记内容已保留。请检查网络后点“重试”：%1").arg(e.message())
                      : e.message(),
                  connection);
        return false;
    }
    const PetitionRecord saved = *m_lastSaved;
    const QString ticket = m_ticketPicker->ticketCode();
    const QString ticketProblem = m_ticketPicker->link(saved.id);
    clearForm();
    QString text = tr("已登记：信访编号 <b>%1</b>（%2）")
                       .arg(saved.petitionNo.toHtmlEscaped(), saved.repeat ? tr("重复信访") : tr("首次信访"));
    if (saved.status != PetitionStatus::Registered)
        text += tr("，%1").arg(label(saved.status));
    if (!ticket.isEmpty())
        text += ticketProblem.isEmpty() ? tr("；%1 号").arg(ticket)
                                        : tr("；未能与 %1 号关联：%2").arg(ticket, ticketProblem);
    m_savedLabel->setText(text);
    emit petitionSaved(saved.id);
    return true;
}

} // namespace zz
