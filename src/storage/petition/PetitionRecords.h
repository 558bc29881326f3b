#pragma once

#include "Types.h"
#include "petition/PetitionClock.h"
#include "petition/PetitionTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// What storage reads and writes about petitions (migration 0026): the rows as records, in the
// vocabulary of src/core/petition.
namespace zz {

// How a person takes part in a petition. Codes: petitioner, representative, reporter.
enum class PetitionPersonRole { Petitioner, Representative, Reporter };

// How two petitions are linked. 一信多投 (the same letter to several offices) and 并处 (handled
// together) are not repeats; a repeat names the earlier petition; a merge folds one into another.
// Codes: multi_send, joint, repeat, merge.
enum class PetitionLinkKind { MultiSend, Joint, Repeat, Merge };

// code<>(), fromCode<>(), label<>() and allValues<>() as for the enums of Types.h.
template <> QString code<PetitionPersonRole>(PetitionPersonRole);
template <> std::optional<PetitionPersonRole> fromCode<PetitionPersonRole>(QStringView);
template <> QString label<PetitionPersonRole>(PetitionPersonRole);
template <> QList<PetitionPersonRole> allValues<PetitionPersonRole>();
template <> QString code<PetitionLinkKind>(PetitionLinkKind);
template <> std::optional<PetitionLinkKind> fromCode<PetitionLinkKind>(QStringView);
template <> QString label<PetitionLinkKind>(PetitionLinkKind);
template <> QList<PetitionLinkKind> allValues<PetitionLinkKind>();

// A petitioner, representative or reporter (table persons). Personal data as stored: lists mask it.
struct Person
{
    qint64 id = 0;
    qint64 townshipId = 0;
    QString name;
    QString residentId;
    QString phone;
    QString address;
    bool protectedReporter = false; // known only as the protected reporter of a 检举控告 petition
    int version = 1;
};

// A person on a petition. The reporter of a protected petition is read only by its insiders
// (PetitionRepository::isInsider) and leaders; for others it is absent.
struct PetitionPerson
{
    qint64 id = 0;
    PetitionPersonRole role = PetitionPersonRole::Petitioner;
    Person person;
};

// One petition (table petitions).
struct PetitionRecord
{
    qint64 id = 0;
    QString petitionNo; // e.g. 330102001-X-2026-00012, given by the server on PostgreSQL
    qint64 townshipId = 0;
    int year = 0;
    int seq = 0;
    qint64 orgUnitId = 0; // the place of the problem (not the petitioner's address)
    QString placeAddress;
    PetitionChannel channel = PetitionChannel::Visit;
    PetitionType type = PetitionType::Claim;
    VisitForm visitForm = VisitForm::Individual;
    int headCount = 1;
    QString request;
    QString facts;
    PetitionFlags flags;
    bool reporterProtected = false; // 检举控告: the reporter is for the petition's insiders and leaders
    QString receivingOfficer;
    qint64 receivedBy = 0;
    QString interviewRecord;
    PetitionStatus status = PetitionStatus::Registered;
    bool repeat = false; // 重复 (else 首次)
    qint64 predecessorId = 0;
    qint64 chainFirstId = 0;
    qint64 caseId = 0;       // the dispatched case it became (转为事件)
    qint64 departmentId = 0; // the resident department window handling it
    qint64 handlerUserId = 0;
    std::optional<PetitionDecision> decision;
    QString decisionBasis;
    QString ruleSet;     // PetitionRuleSet::id(), e.g. national-2022
    QString ruleVersion; // PetitionRuleSet::versionId(), e.g. national-2022@1
    QDate nextDueDate;   // the earliest running clock's due date; invalid when none runs
    std::optional<ClockKind> nextClockKind;
    QDateTime receivedAt;
    QDateTime closedAt;
    qint64 createdBy = 0;
    QDateTime updatedAt;
    int version = 1;
    QList<PetitionPerson> persons;
};

// One statutory clock as stored. `value` holds the period, unit, rule version and article it was
// given and the due date as it stands (moved by an approved extension and by pauses); baseDue is the
// due date first given. Neither the rule nor baseDue ever changes: a rule change rewrites no history.
// storedState is running, paused, met or stopped; PetitionClock::state() tells the state at a moment.
struct PetitionClockRecord
{
    qint64 id = 0;
    qint64 petitionId = 0;
    PetitionClockValue value;
    QDate baseDue;
    QString ruleSet;
    QList<ClockPause> pauses;
    QString storedState = QStringLiteral("running");
    QDateTime createdAt;
    int version = 1;
};

struct PetitionFlowEntry
{
    qint64 id = 0;
    qint64 petitionId = 0;
    PetitionAction action = PetitionAction::Register;
    QString actionCode; // also for the storage-only actions: link, unlink, mark_first, issue_document
    std::optional<PetitionStatus> fromStatus;
    PetitionStatus toStatus = PetitionStatus::Registered;
    qint64 actorUserId = 0;
    QString actorName;
    QString note;
    QDateTime at;
};

// A document as issued (受理告知书, 信访处理意见书 …): 文号, text as issued, delivery (送达).
struct PetitionDocumentRecord
{
    qint64 id = 0;
    qint64 petitionId = 0;
    DocumentKind kind = DocumentKind::AcceptanceNotice;
    QString docNo;
    int year = 0;
    int seq = 0;
    qint64 templateId = 0;
    QString body;
    qint64 issuedBy = 0;
    QDateTime issuedAt;
    QDate deliveredOn; // invalid until delivered
    std::optional<DeliveryMethod> deliveryMethod;
    qint64 deliveredBy = 0;
    int version = 1;
};

struct PetitionLinkRecord
{
    qint64 id = 0;
    qint64 petitionId = 0;
    qint64 otherPetitionId = 0;
    QString otherPetitionNo;
    PetitionLinkKind kind = PetitionLinkKind::Repeat;
    QString reason;
    qint64 createdBy = 0;
    QDateTime createdAt;
    qint64 unlinkedBy = 0; // 0 while the link stands
    QDateTime unlinkedAt;
    QString unlinkReason;
    int version = 1;
};

} // namespace zz
