#pragma once

#include "PetitionRuleSet.h"
#include "PetitionTypes.h"
#include "Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QFlags>
#include <QList>
#include <optional>

namespace zz {

// What a petition action asks the user for; the dialogs and the service read it from here.
enum class PetitionField {
    Reason = 0x001,   // 理由/说明
    Target = 0x002,   // the unit it goes to: a department or an org unit (转送交办)
    Days = 0x004,     // extension days
    Decision = 0x008, // 支持/解释说明/不予支持 (Art. 32)
    Result = 0x010,   // 处理意见 / 化解情况 text
    Basis = 0x020,    // 法律法规依据
    Delivery = 0x040, // 送达方式
    Date = 0x080,     // the event's date (送达日期, 收到复查请求之日, 听证日期 …)
};
Q_DECLARE_FLAGS(PetitionFields, PetitionField)

// Everything a petition action may carry; PetitionWorkflow::requiredFields() says what matters.
struct PetitionActionInput
{
    QString note;   // reason or remark
    QString result; // 处理意见 / 化解情况
    QString basis;  // 法律法规依据
    qint64 departmentId = 0;
    qint64 orgUnitId = 0;
    int days = 0;
    std::optional<PetitionDecision> decision;
    std::optional<DeliveryMethod> delivery;
    QDate date;
};

// The state of a petition the rules look at.
struct PetitionState
{
    PetitionStatus status = PetitionStatus::Registered;
    bool hearingOpen = false;  // a hearing has started and not ended
    int extensionDays = 0;     // extension granted so far on the handling clock
    int maxExtensionDays = 30; // of the handling clock's rule (stored with the clock)
};

// One row of the petition transition table.
struct PetitionTransition
{
    PetitionAction action;
    PetitionStatus from;
    PetitionStatus to;
    Roles roles;
};

// A legal refusal that applies, with the article it rests on and the sentence the reception reads
// out (and the notice prints). `action` is the refusal the petition takes (不予受理 or 不再受理);
// none for the representative limit, where only the extra representatives are refused.
struct PetitionRefusal
{
    std::optional<PetitionAction> action;
    QString article;    // "《信访工作条例》第二十条第三款"
    QString message;    // translated, for the screen
    qint64 priorId = 0; // the earlier petition it rests on
    // For the notice ({{理由}} and {{条款}} of 不予受理告知书 / 不再受理告知书), Chinese whatever the
    // interface language: "您反映的事项已于2026-03-02受理（…），尚在规定期限内", "第十九条第三款".
    QString noticeReason;
    QString clause;
};

// An earlier petition on the same matter, as storage finds it (the repeat chain confirmed at the
// reception): the facts the Art. 19 and Art. 36 refusals are functions of.
struct PriorPetition
{
    qint64 id = 0;
    QString number;
    PetitionStatus status = PetitionStatus::Registered;
    bool sameFactsAndReasons = false; // the new petition raises the same facts and reasons
    bool recheckAnswered = false;     // a 复核意见 was given on it
    QDate acceptedOn;
    QDate currentDue; // the end of the period it is in (办理, 复查, 复核); invalid when none runs
    OrgLevel handlingLevel = OrgLevel::Township; // the level of the unit that accepted it
};

// The petition procedure as one table (action, from, to, roles) like CaseWorkflow, with the
// legal refusals as functions of facts. Pure rules, no storage.
class PetitionWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(zz::PetitionWorkflow)

public:
    static const QList<PetitionTransition> &transitions();
    static std::optional<PetitionStatus> target(PetitionAction action, PetitionStatus from);
    static Roles allowedRoles(PetitionAction action, PetitionStatus from);
    // Roles allowed to register (登记) a petition.
    static Roles registeringRoles();

    static PetitionFields requiredFields(PetitionAction action);
    static PetitionFields optionalFields(PetitionAction action);

    // Actions the holder of `roles` may take in `state`, in a stable order (the enum's).
    static QList<PetitionAction> availableActions(const PetitionState &state, Roles roles);

    // Throws zz::Error (InvalidState, Forbidden or Validation, translated) when the action may not be
    // taken; returns the status the petition moves to.
    static PetitionStatus check(PetitionAction action, const PetitionState &state, Roles roles,
                                const PetitionActionInput &input);

    // Non-empty when the action must wait (an opinion while a hearing is open): why.
    static QString waitingFor(PetitionAction action, const PetitionState &state);

    // Actions that leave the status as it is (extension, hearing).
    static bool keepsStatus(PetitionAction action);

    // The document an action issues, if any (受理 → 受理告知书, 答复 → 信访处理意见书 …).
    static std::optional<DocumentKind> documentFor(PetitionAction action);

    // The clock an action starts (受理 → 办理, 送达 of the reply → 复查申请 …) and the one it stops.
    static std::optional<ClockKind> clockStarted(PetitionAction action, PetitionStatus from);
    static std::optional<ClockKind> clockStopped(PetitionAction action, PetitionStatus from);

    // Group visit (集体访): at most rules.maxRepresentatives(headCount) representatives (Art. 20;
    // Zhejiang Art. 15 by group size). A refusal naming the article, or nullopt when it holds.
    static std::optional<PetitionRefusal> representativeRefusal(const PetitionRuleSet &rules, VisitForm form,
                                                                int headCount, int representatives);

    // The refusal the law offers for a new petition on the same matter as `priors`, received at
    // `receivingLevel` on `today`: 不再受理 after the matter became final (national Art. 36: the same
    // facts and reasons after 复核; Zhejiang Art. 25: after 处理终结); 不予受理 when it was accepted and
    // is still within its period and is raised at a higher level (Art. 19; Zhejiang Art. 20(5): at
    // any level, 不再受理). Nullopt when none applies.
    static std::optional<PetitionRefusal> repeatRefusal(const PetitionRuleSet &rules,
                                                        const QList<PriorPetition> &priors,
                                                        OrgLevel receivingLevel, QDate today);
};

} // namespace zz

Q_DECLARE_OPERATORS_FOR_FLAGS(zz::PetitionFields)
