#pragma once

#include "Clock.h"
#include "Entities.h"
#include "PetitionRecords.h"
#include "WorkCalendar.h"
#include "petition/PetitionClock.h"
#include "petition/PetitionRuleSet.h"
#include "petition/PetitionWorkflow.h"

#include <QCoreApplication>
#include <optional>

namespace zz {

class Database;
class DocumentTemplate;

// A person named on a new petition: a stored one (person.id > 0, as matched while typing) or a new
// one (found again by resident ID number within the township, else stored).
struct PetitionPersonInput
{
    PetitionPersonRole role = PetitionPersonRole::Petitioner;
    Person person;
};

// A new petition sent to several offices (一信多投) or handled together with another (并处): linked,
// and not counted as a repeat of it.
struct PetitionLinkInput
{
    qint64 otherPetitionId = 0;
    PetitionLinkKind kind = PetitionLinkKind::MultiSend; // MultiSend or Joint
    QString reason;
};

// A document issued with an action: its text as filled from the template, and its 文号 pattern
// (DocumentTemplate::numberPattern()) with the agency code; the number comes from the counter of the
// petition's township, kind and year.
struct DocumentIssue
{
    DocumentKind kind = DocumentKind::AcceptanceNotice;
    QString body;
    QString numberPattern; // {机关代字}信受告〔{年}〕{序号}号
    QString agencyCode;
    qint64 templateId = 0; // the stored template version; 0 for a bundled one
};

// Every change to a petition. Each call is one transaction that writes the petition, its flow row
// and its audit row together (on PostgreSQL the server writes the audit row and refuses a petition
// change without its flow row, migration 0026), checks the actor against PetitionWorkflow, and
// refuses stale versions. Clocks are started with the rule set in force and stored with the due date
// and rule version they were given; they are never recomputed under later rules.
class PetitionService
{
    Q_DECLARE_TR_FUNCTIONS(zz::PetitionService)

public:
    PetitionService(const Database &db, const Clock &clock, WorkCalendar calendar,
                    ClockSettings settings = {});

    // The setting naming the county's rule set ("zhejiang-2016" or a stored one's id); empty: national.
    static constexpr QLatin1String ruleSetSettingKey{"petition.rule_set"};

    // The rule set for a petition received on `received`: the county's choice (a stored version, newest
    // first, else a bundled set of that id), else the national set in force that day.
    PetitionRuleSet ruleSetFor(QDate received) const;
    // The county's choice (county admins; "" for the national default). Audited as a settings change.
    void chooseRuleSet(const QString &ruleSetId, const Actor &actor);
    // Stores an edited rule set as its next version (county admins). Returns the stored version.
    PetitionRuleSet storeRuleSet(PetitionRuleSet rules, const Actor &actor);

    // Registers (登记) a petition with its persons: numbered, 首次 or 重复 (predecessor and chain first
    // found by PersonDirectory, 一信多投/并处 apart), the acceptance-notice clock started. Refuses a group
    // visit with more representatives than the rule set allows (Art. 20), naming the article.
    // With an idempotency key, a repeated call returns the petition the first call made. The flow row
    // is dated now, or `flowAt` when given (a ledger import dates it at the ledger's receipt time).
    PetitionRecord registerPetition(PetitionRecord draft, const QList<PetitionPersonInput> &persons,
                                    const Actor &actor, const std::optional<PetitionLinkInput> &link = {},
                                    const QString &idempotencyKey = {}, const QDateTime &flowAt = {});

    // The legal refusal the reception should offer for a new petition by these persons (Art. 19: a matter
    // accepted and within its period raised again at a higher level; Art. 36: the same facts and reasons
    // after 复核 — `sameFactsAndReasons` is the officer's finding), or nullopt.
    std::optional<PetitionRefusal> refusalFor(const QList<Person> &persons, bool sameFactsAndReasons,
                                              const Actor &actor, const QList<qint64> &apartFrom = {}) const;

    // One workflow action (受理, 不予受理, 不再受理, 转送交办, 异议, 当场化解, 延期, 听证, 答复, 送达,
    // 复查/复核 requests and opinions, 办结, 重新办理). The clock it stops is met on input.date (or today),
    // the one it starts begins on input.date (a delivery date, the day a request came) or today. 送达 records
    // the delivery of the newest undelivered document. A document given is issued in the same transaction.
    // Throws zz::Error: InvalidState/Forbidden/Validation from the workflow, Conflict on a stale version,
    // NotFound. 转为事件 goes through convertToCase().
    PetitionRecord apply(qint64 petitionId, int expectedVersion, PetitionAction action,
                         const PetitionActionInput &input, const Actor &actor,
                         const std::optional<DocumentIssue> &document = {});

    // Issues a document on its own (a notice printed again is not a new document: print the stored one).
    PetitionDocumentRecord issueDocument(qint64 petitionId, int expectedVersion,
                                         const DocumentIssue &document, const Actor &actor);

    // 转为事件: a case reported, registered and dispatched to `departmentId` with `days` through
    // CaseService (so it shows on the dispatch board), the petition's persons as its parties; the
    // petition keeps the case's id and PetitionRepository::forCase() finds the petition from the case.
    // `caseDraft` gives the category (and may give title, place or urgency).
    PetitionRecord convertToCase(qint64 petitionId, int expectedVersion, CaseRecord caseDraft,
                                 qint64 departmentId, int days, const Actor &actor);

    // Links two petitions as 一信多投, 并处 or merged (with who and why); unlinking keeps the row and
    // records who and why. Unlinking a repeat link makes the petition 首次 again.
    PetitionLinkRecord link(qint64 petitionId, qint64 otherPetitionId, PetitionLinkKind kind,
                            const QString &reason, const Actor &actor);
    void unlink(qint64 linkId, const QString &reason, const Actor &actor);

    // A person's full ID number and phone for one deliberate click, audited ('reveal'); the reporter of a
    // protected petition only for its insiders and leaders.
    Person revealPerson(qint64 petitionId, qint64 personId, const Actor &actor);

    // Saves a template as the next version for `orgUnitId` (the account's county or township; leaders
    // and admins). Refuses templates DocumentTemplate::validate() refuses.
    qint64 saveTemplate(const DocumentTemplate &tmpl, qint64 orgUnitId, const Actor &actor);

    const PetitionClock &clockEngine() const { return m_engine; }

private:
    const Database &m_db;
    const Clock &m_clock;
    WorkCalendar m_calendar;
    PetitionClock m_engine;
};

} // namespace zz
