#pragma once

#include "petition/PetitionRecords.h"
#include "petition/PetitionRuleSet.h"
#include "petition/PetitionTypes.h"
#include "shell/AppContext.h"

#include <QHash>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace zz {

class DraftStore;
class PartyTable;
class PersonPanel;
class TicketPicker;
class PlacePicker;

// 信访接待登记: the petition window's form. Keyboard first like the case intake (Tab through every
// field, Ctrl+N adds a person, Ctrl+Enter registers), checked as it is typed, kept as a draft
// between sessions. A group visit (集体访) takes at most the rule set's number of representatives:
// the one past it is refused with the article named.
class ReceptionForm : public QWidget
{
    Q_OBJECT

public:
    explicit ReceptionForm(const AppContext &context, const QString &draftDirectory = {},
                           QWidget *parent = nullptr);
    ~ReceptionForm() override;

    // The rule set that applies (the county's choice, else the national one in force).
    const PetitionRuleSet &rules() const { return m_rules; }
    // Empty when the form can be registered; otherwise the first problem.
    QString problem() const;
    bool hasInput() const { return !isBlank(); }

    void addPerson();
    // Registers the petition (Ctrl+Enter). True when it was stored.
    bool save();
    // Registers it and takes the legal refusal the person panel offers (不予受理 / 不再受理) at once,
    // with its notice issued.
    bool saveWithRefusal();
    // After a connection error: reconnects and saves again with the same key.
    bool retry();
    // The petition last registered from this form.
    const std::optional<PetitionRecord> &lastSaved() const { return m_lastSaved; }
    PersonPanel *personPanel() const { return m_personPanel; }
    // The queue ticket being served (正在接待): the petition registered next is linked to it.
    TicketPicker *ticketPicker() const { return m_ticketPicker; }
    void saveDraft();
    void discardDraft();
    void clearForm();
    static constexpr int draftDelayMs = 800;
    QMessageBox *draftPrompt() const { return m_draftPrompt; }

signals:
    // The form's persons, as typed (for matching earlier petitions, cases and 12345 orders).
    void personsEdited();
    void petitionSaved(qint64 petitionId);

public:
    // What was typed (the persons are in persons()).
    struct Input
    {
        PetitionChannel channel = PetitionChannel::Visit;
        PetitionType type = PetitionType::Claim;
        VisitForm visitForm = VisitForm::Individual;
        int headCount = 1;
        QString petitionerAddress;
        qint64 placeId = 0;
        QString placeAddress;
        QString request;
        QString facts;
        PetitionFlags flags;
        QString officer;
        QString interview;
    };

    Input input() const;
    const PartyTable *persons() const { return m_persons; }

private:
    void buildUi();
    void updateState();
    void updateTabOrder();
    void updateVisitForm();
    bool isBlank() const;
    QJsonObject draftJson() const;
    void restoreDraft(const QJsonObject &draft);
    void offerDraft(const QByteArray &draft);
    QString representativeProblem() const;
    QList<Person> typedPersons() const;
    bool store(bool refuse);
    void showError(const QString &message, bool canRetry);

    const AppContext &m_context;
    PartyTable *m_persons = nullptr;
    PlacePicker *m_placeEdit = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_savedLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    TicketPicker *m_ticketPicker = nullptr;
    PersonPanel *m_personPanel = nullptr;
    QTimer *m_matchTimer = nullptr;
    std::optional<Person> m_chosenPerson; // picked from the matches: stored as that person
    std::optional<PetitionRecord> m_lastSaved;
    bool m_lastRefused = false;
    QString m_idempotencyKey;
    PetitionRuleSet m_rules;
    QString m_draftDirectory;
    bool m_draftsPaused = true;
    QTimer *m_draftTimer = nullptr;
    std::unique_ptr<DraftStore> m_drafts;
    QPointer<QMessageBox> m_draftPrompt;

    QComboBox *m_channelCombo = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QComboBox *m_visitFormCombo = nullptr;
    QSpinBox *m_headCountSpin = nullptr;
    QLabel *m_representativeLabel = nullptr;
    QLabel *m_representativeError = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    QLabel *m_placeError = nullptr;
    QLineEdit *m_placeAddressEdit = nullptr;
    QPlainTextEdit *m_requestEdit = nullptr;
    QLabel *m_requestError = nullptr;
    QPlainTextEdit *m_factsEdit = nullptr;
    QHash<PetitionFlag, QCheckBox *> m_flagChecks;
    QLabel *m_flagNote = nullptr;
    QLineEdit *m_officerEdit = nullptr;
    QPlainTextEdit *m_interviewEdit = nullptr;
};

} // namespace zz
