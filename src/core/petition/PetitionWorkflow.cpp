#include "PetitionWorkflow.h"

#include "Error.h"

#include <array>

using namespace Qt::StringLiterals;

namespace zz {
namespace {

constexpr Roles R = Role::Reception;
constexpr Roles D = Role::DutyOfficer;
constexpr Roles H = Role::DepartmentHandler;
constexpr Roles L = Role::Leader;

using S = PetitionStatus;
using A = PetitionAction;

// The table, grouped by action in PetitionAction order. Admin appears nowhere (separation of duties).
// The receiving unit of a transfer is a department: its handler accepts or objects (Art. 23).
constexpr std::array transitionTable{
    PetitionTransition{A::Accept, S::Registered, S::Handling, D | L},
    PetitionTransition{A::Accept, S::Transferred, S::Handling, H | D},
    PetitionTransition{A::Decline, S::Registered, S::NotAccepted, D | L},
    PetitionTransition{A::RefuseRepeat, S::Registered, S::NotReaccepted, D | L},
    PetitionTransition{A::Transfer, S::Registered, S::Transferred, D | L},
    PetitionTransition{A::Object, S::Transferred, S::Registered, H},
    PetitionTransition{A::SettleOnSpot, S::Registered, S::SettledOnSpot, R | D},
    PetitionTransition{A::ConvertToCase, S::Registered, S::ConvertedToCase, D},
    PetitionTransition{A::ConvertToCase, S::Handling, S::ConvertedToCase, D},
    PetitionTransition{A::Extend, S::Handling, S::Handling, L},
    PetitionTransition{A::StartHearing, S::Handling, S::Handling, D | L},
    PetitionTransition{A::StartHearing, S::UnderRecheck, S::UnderRecheck, D | L},
    PetitionTransition{A::EndHearing, S::Handling, S::Handling, D | L},
    PetitionTransition{A::EndHearing, S::UnderRecheck, S::UnderRecheck, D | L},
    PetitionTransition{A::Reply, S::Handling, S::Replied, H | D},
    PetitionTransition{A::Deliver, S::Replied, S::Delivered, R | D | H},
    PetitionTransition{A::Deliver, S::ReviewReplied, S::ReviewDelivered, R | D | H},
    PetitionTransition{A::Deliver, S::RecheckReplied, S::Concluded, R | D | H},
    PetitionTransition{A::RequestReview, S::Delivered, S::UnderReview, R | D},
    PetitionTransition{A::ReviewOpinion, S::UnderReview, S::ReviewReplied, D | L},
    PetitionTransition{A::RequestRecheck, S::ReviewDelivered, S::UnderRecheck, R | D},
    PetitionTransition{A::RecheckOpinion, S::UnderRecheck, S::RecheckReplied, D | L},
    PetitionTransition{A::Conclude, S::Delivered, S::Concluded, D | L},
    PetitionTransition{A::Conclude, S::ReviewDelivered, S::Concluded, D | L},
    PetitionTransition{A::Reopen, S::Concluded, S::Handling, D | L},
    PetitionTransition{A::Reopen, S::SettledOnSpot, S::Handling, D | L},
};

const PetitionTransition *findTransition(PetitionAction action, PetitionStatus from)
{
    for (const auto &t : transitionTable)
        if (t.action == action && t.from == from)
            return &t;
    return nullptr;
}

bool isOpinion(PetitionAction action)
{
    return action == A::Reply || action == A::ReviewOpinion || action == A::RecheckOpinion;
}

// Empty when the hearing and extension state let the action appear; otherwise why not.
QString stateConflict(PetitionAction action, const PetitionState &state)
{
    if (action == A::StartHearing && state.hearingOpen)
        return PetitionWorkflow::tr("听证已经开始，尚未结束");
    if (action == A::EndHearing && !state.hearingOpen)
        return PetitionWorkflow::tr("没有正在进行的听证");
    if (action == A::Extend && state.extensionDays >= state.maxExtensionDays) {
        return state.maxExtensionDays <= 0
                   ? PetitionWorkflow::tr("办理期限不能延长")
                   : PetitionWorkflow::tr("办理期限已延长%1天，达到规定的上限，不能再延期")
                         .arg(state.extensionDays);
    }
    return {};
}

QString missingField(PetitionAction action, const PetitionState &state, const PetitionActionInput &input)
{
    const PetitionFields required = PetitionWorkflow::requiredFields(action);
    using F = PetitionField;
    if (required.testFlag(F::Target) && input.departmentId <= 0 && input.orgUnitId <= 0)
        return PetitionWorkflow::tr("请选择转送、交办的单位");
    if (required.testFlag(F::Days)) {
        if (input.days < 1)
            return PetitionWorkflow::tr("请填写延期天数");
        if (state.maxExtensionDays <= 0)
            return PetitionWorkflow::tr("办理期限不能延长");
        if (state.extensionDays + input.days > state.maxExtensionDays) {
            return PetitionWorkflow::tr("延期合计不得超过%1天（已延期%2天）")
                .arg(state.maxExtensionDays)
                .arg(state.extensionDays);
        }
    }
    if (required.testFlag(F::Decision) && !input.decision)
        return PetitionWorkflow::tr("请选择处理意见：予以支持、解释说明或不予支持");
    if (required.testFlag(F::Result) && input.result.trimmed().isEmpty())
        return isOpinion(action) ? PetitionWorkflow::tr("请填写处理意见")
                                 : PetitionWorkflow::tr("请填写化解情况");
    if (required.testFlag(F::Basis) && input.basis.trimmed().isEmpty())
        return PetitionWorkflow::tr("请填写处理依据（法律、法规、政策）");
    if (required.testFlag(F::Delivery) && !input.delivery)
        return PetitionWorkflow::tr("请选择送达方式");
    if (required.testFlag(F::Date) && !input.date.isValid())
        return PetitionWorkflow::tr("请填写日期");
    if (required.testFlag(F::Reason) && input.note.trimmed().isEmpty())
        return PetitionWorkflow::tr("请填写理由");
    return {};
}

QString citation(const PetitionRuleSet &rules, const QString &article)
{
    return rules.regulation() + article;
}

} // namespace

const QList<PetitionTransition> &PetitionWorkflow::transitions()
{
    static const QList<PetitionTransition> all(transitionTable.begin(), transitionTable.end());
    return all;
}

std::optional<PetitionStatus> PetitionWorkflow::target(PetitionAction action, PetitionStatus from)
{
    if (const PetitionTransition *t = findTransition(action, from))
        return t->to;
    return std::nullopt;
}

Roles PetitionWorkflow::allowedRoles(PetitionAction action, PetitionStatus from)
{
    if (const PetitionTransition *t = findTransition(action, from))
        return t->roles;
    return {};
}

Roles PetitionWorkflow::registeringRoles()
{
    return R | D | L;
}

PetitionFields PetitionWorkflow::requiredFields(PetitionAction action)
{
    using F = PetitionField;
    switch (action) {
    case A::Register:
    case A::Accept:
    case A::ConvertToCase:
    case A::Conclude:
        return {};
    case A::Decline:
    case A::RefuseRepeat:
    case A::Object:
    case A::Reopen:
        return F::Reason;
    case A::Transfer:
        return F::Target;
    case A::SettleOnSpot:
        return F::Result;
    case A::Extend:
        return F::Days | F::Reason;
    case A::StartHearing:
        return F::Reason | F::Date;
    case A::EndHearing:
    case A::RequestReview:
    case A::RequestRecheck:
        return F::Date;
    case A::Reply:
    case A::ReviewOpinion:
    case A::RecheckOpinion:
        return F::Decision | F::Result | F::Basis;
    case A::Deliver:
        return F::Delivery | F::Date;
    }
    return {};
}

PetitionFields PetitionWorkflow::optionalFields(PetitionAction action)
{
    using F = PetitionField;
    switch (action) {
    case A::Accept:
        return F::Date | F::Reason;
    case A::Decline:
    case A::RefuseRepeat:
        return F::Basis;
    case A::Transfer:
    case A::ConvertToCase:
    case A::Conclude:
    case A::RequestReview:
    case A::RequestRecheck:
    case A::EndHearing:
        return F::Reason;
    case A::Reply:
    case A::ReviewOpinion:
    case A::RecheckOpinion:
        return F::Date | F::Reason;
    default:
        return {};
    }
}

QList<PetitionAction> PetitionWorkflow::availableActions(const PetitionState &state, Roles roles)
{
    QList<PetitionAction> out;
    for (const PetitionAction action : allValues<PetitionAction>()) {
        const PetitionTransition *t = findTransition(action, state.status);
        if (t && (t->roles & roles) && stateConflict(action, state).isEmpty())
            out.append(action);
    }
    return out;
}

PetitionStatus PetitionWorkflow::check(PetitionAction action, const PetitionState &state, Roles roles,
                                       const PetitionActionInput &input)
{
    const PetitionTransition *t = findTransition(action, state.status);
    if (!t) {
        throw Error(Error::Kind::InvalidState,
                    tr("信访事项处于“%1”，不能“%2”").arg(label(state.status), label(action)));
    }
    if (const QString conflict = stateConflict(action, state); !conflict.isEmpty())
        throw Error(Error::Kind::InvalidState, conflict);
    if (const QString wait = waitingFor(action, state); !wait.isEmpty())
        throw Error(Error::Kind::InvalidState, wait);
    if (!(t->roles & roles))
        throw Error(Error::Kind::Forbidden, tr("您的角色无权执行“%1”").arg(label(action)));
    if (const QString missing = missingField(action, state, input); !missing.isEmpty())
        throw Error(Error::Kind::Validation, missing);
    return t->to;
}

QString PetitionWorkflow::waitingFor(PetitionAction action, const PetitionState &state)
{
    if (state.hearingOpen && (isOpinion(action) || action == A::ConvertToCase))
        return tr("听证尚未结束，请先记录听证结束");
    return {};
}

bool PetitionWorkflow::keepsStatus(PetitionAction action)
{
    return action == A::Extend || action == A::StartHearing || action == A::EndHearing;
}

std::optional<DocumentKind> PetitionWorkflow::documentFor(PetitionAction action)
{
    switch (action) {
    case A::Accept:
        return DocumentKind::AcceptanceNotice;
    case A::Decline:
        return DocumentKind::NonAcceptanceNotice;
    case A::RefuseRepeat:
        return DocumentKind::NoReacceptNotice;
    case A::Extend:
        return DocumentKind::ExtensionNotice;
    case A::Reply:
        return DocumentKind::HandlingOpinion;
    case A::ReviewOpinion:
        return DocumentKind::ReviewOpinion;
    case A::RecheckOpinion:
        return DocumentKind::RecheckOpinion;
    default:
        return std::nullopt;
    }
}

std::optional<ClockKind> PetitionWorkflow::clockStarted(PetitionAction action, PetitionStatus from)
{
    switch (action) {
    case A::Register:
        return ClockKind::AcceptanceNotice;
    case A::Transfer:
        return ClockKind::Objection;
    case A::Accept:
    case A::Reopen:
        return ClockKind::Handling;
    case A::Deliver:
        if (from == S::Replied)
            return ClockKind::ReviewRequest;
        if (from == S::ReviewReplied)
            return ClockKind::RecheckRequest;
        return std::nullopt;
    case A::RequestReview:
        return ClockKind::ReviewAnswer;
    case A::RequestRecheck:
        return ClockKind::RecheckAnswer;
    default:
        return std::nullopt;
    }
}

std::optional<ClockKind> PetitionWorkflow::clockStopped(PetitionAction action, PetitionStatus from)
{
    switch (action) {
    case A::Accept:
        return from == S::Transferred ? ClockKind::Objection : ClockKind::AcceptanceNotice;
    case A::Decline:
    case A::RefuseRepeat:
    case A::Transfer:
    case A::SettleOnSpot:
        return ClockKind::AcceptanceNotice;
    case A::Object:
        return ClockKind::Objection;
    case A::ConvertToCase:
        return from == S::Handling ? ClockKind::Handling : ClockKind::AcceptanceNotice;
    case A::Reply:
        return ClockKind::Handling;
    case A::RequestReview:
        return ClockKind::ReviewRequest;
    case A::ReviewOpinion:
        return ClockKind::ReviewAnswer;
    case A::RequestRecheck:
        return ClockKind::RecheckRequest;
    case A::RecheckOpinion:
        return ClockKind::RecheckAnswer;
    default:
        return std::nullopt;
    }
}

std::optional<PetitionRefusal> PetitionWorkflow::representativeRefusal(const PetitionRuleSet &rules,
                                                                       VisitForm form, int headCount,
                                                                       int representatives)
{
    if (form != VisitForm::Group)
        return std::nullopt;
    PetitionRefusal refusal;
    refusal.article = citation(rules, rules.representativeArticle());
    if (headCount < 2) {
        refusal.message = tr("集体访的来访人数应不少于2人");
        return refusal;
    }
    if (representatives < 1) {
        refusal.message = tr("多人走访提出共同的信访事项，应当推选代表（%1）").arg(refusal.article);
        return refusal;
    }
    if (representatives > headCount) {
        refusal.message = tr("代表人数（%1人）不能多于来访人数（%2人）").arg(representatives).arg(headCount);
        return refusal;
    }
    const int max = rules.maxRepresentatives(headCount);
    if (representatives <= max)
        return std::nullopt;
    refusal.message = tr("%1人来访，依据%2，代表人数不得超过%3人；现推选%4人，请减至%3人以内")
                          .arg(headCount)
                          .arg(refusal.article)
                          .arg(max)
                          .arg(representatives);
    return refusal;
}

std::optional<PetitionRefusal> PetitionWorkflow::repeatRefusal(const PetitionRuleSet &rules,
                                                               const QList<PriorPetition> &priors,
                                                               OrgLevel receivingLevel, QDate today)
{
    // Finality first: a final matter is refused whatever level it reaches.
    for (const PriorPetition &prior : priors) {
        if (!prior.sameFactsAndReasons)
            continue;
        const bool final = rules.finality() == PetitionRuleSet::Finality::AfterRecheck
                               ? prior.recheckAnswered
                               : (prior.recheckAnswered || prior.status == S::Concluded);
        if (!final)
            continue;
        PetitionRefusal refusal;
        refusal.action = A::RefuseRepeat;
        refusal.article = citation(rules, rules.finalityArticle());
        refusal.clause = rules.finalityArticle();
        refusal.priorId = prior.id;
        refusal.noticeReason =
            prior.recheckAnswered
                ? u"您反映的事项已经复核（%1），现仍以同一事实和理由提出"_s.arg(prior.number)
                : u"您反映的事项已经处理终结（%1），现再次以同一事实和理由提出"_s.arg(prior.number);
        refusal.message = prior.recheckAnswered
                              ? tr("该事项已经复核（%1），信访人仍以同一事实和理由提出，依据%2不再受理")
                                    .arg(prior.number, refusal.article)
                              : tr("该事项已经处理终结（%1），信访人再次以同一事实和理由提出，依据%2不再受理")
                                    .arg(prior.number, refusal.article);
        return refusal;
    }
    for (const PriorPetition &prior : priors) {
        if (!isAcceptedAndOpen(prior.status))
            continue;
        if (prior.currentDue.isValid() && today.isValid() && today > prior.currentDue)
            continue; // its period is over: no longer "在规定期限内"
        // OrgLevel counts downwards: the county (1) is above the township (2).
        const bool higher = int(receivingLevel) < int(prior.handlingLevel);
        if (rules.pendingRefusedAtHigherLevelOnly() && !higher)
            continue;
        PetitionRefusal refusal;
        refusal.action = rules.pendingRefusal();
        refusal.article = citation(rules, rules.pendingArticle());
        refusal.clause = rules.pendingArticle();
        refusal.priorId = prior.id;
        const QString accepted =
            prior.acceptedOn.isValid() ? prior.acceptedOn.toString(Qt::ISODate) : QString();
        const QString acceptedOn = prior.acceptedOn.isValid() ? u"已于%1受理"_s.arg(accepted) : u"已经受理"_s;
        refusal.noticeReason =
            rules.pendingRefusedAtHigherLevelOnly()
                ? u"您反映的同一事项%1（%2），尚在规定期限内，现向上级机关再次提出"_s.arg(acceptedOn,
                                                                                          prior.number)
                : u"您反映的同一事项%1（%2），尚在办理期限内"_s.arg(acceptedOn, prior.number);
        if (rules.pendingRefusedAtHigherLevelOnly()) {
            refusal.message =
                tr("同一信访事项已经受理（%1，%2），尚在规定期限内，向上级机关再次提出的，依据%3不予受理")
                    .arg(prior.number, accepted, refusal.article);
        } else {
            refusal.message = tr("同一信访事项已经受理（%1，%2），尚在办理期限内，依据%3不再受理")
                                  .arg(prior.number, accepted, refusal.article);
        }
        return refusal;
    }
    return std::nullopt;
}

} // namespace zz
