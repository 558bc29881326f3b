#include "CaseWorkflow.h"

#include "Error.h"

#include <array>

using namespace Qt::StringLiterals;

namespace zz {
namespace {

constexpr Roles R = Role::Reception;
constexpr Roles D = Role::DutyOfficer;
constexpr Roles H = Role::DepartmentHandler;
constexpr Roles L = Role::Leader;

using S = CaseStatus;
using A = CaseAction;

// The table, grouped by action in CaseAction order. Admin appears nowhere: admin accounts manage
// accounts, not cases (separation of duties).
constexpr std::array transitionTable{
    Transition{A::Register, S::Reported, S::Registered, R | D},
    Transition{A::Decline, S::Reported, S::Declined, R | D},
    Transition{A::Dispatch, S::Registered, S::Dispatched, D},
    Transition{A::Sign, S::Dispatched, S::InProgress, H},
    Transition{A::SubmitFeedback, S::InProgress, S::Feedback, H},
    Transition{A::Close, S::Feedback, S::Closed, D | L, CheckSteps::One},
    Transition{A::Close, S::Verified, S::Closed, D | L}, // also after a switch back to one step
    Transition{A::Verify, S::Feedback, S::Verified, D | L, CheckSteps::Two},
    Transition{A::Archive, S::Closed, S::Archived, D | L},
    Transition{A::Archive, S::Declined, S::Archived, D | L},
    Transition{A::Return, S::Dispatched, S::Registered, H | D},
    Transition{A::Return, S::InProgress, S::Registered, H | D},
    Transition{A::Return, S::Feedback, S::InProgress, D | L}, // 核查不通过
    Transition{A::Return, S::Verified, S::InProgress, D | L}, // sent back at 结案
    Transition{A::Transfer, S::Dispatched, S::Dispatched, D},
    Transition{A::Transfer, S::InProgress, S::Dispatched, D},
    Transition{A::Escalate, S::Reported, S::Reported, R | D | L},
    Transition{A::Escalate, S::Registered, S::Reported, R | D | L},
    Transition{A::Escalate, S::Dispatched, S::Reported, R | D | L},
    Transition{A::Escalate, S::InProgress, S::Reported, R | D | L},
    Transition{A::HandDown, S::Reported, S::Reported, D | L},
    Transition{A::HandDown, S::Registered, S::Reported, D | L},
    Transition{A::RequestExtension, S::Dispatched, S::Dispatched, H},
    Transition{A::RequestExtension, S::InProgress, S::InProgress, H},
    Transition{A::ApproveExtension, S::Dispatched, S::Dispatched, L},
    Transition{A::ApproveExtension, S::InProgress, S::InProgress, L},
    Transition{A::RefuseExtension, S::Dispatched, S::Dispatched, L},
    Transition{A::RefuseExtension, S::InProgress, S::InProgress, L},
    Transition{A::WithdrawExtension, S::Dispatched, S::Dispatched, H},
    Transition{A::WithdrawExtension, S::InProgress, S::InProgress, H},
    Transition{A::Supervise, S::Registered, S::Registered, D | L},
    Transition{A::Supervise, S::Dispatched, S::Dispatched, D | L},
    Transition{A::Supervise, S::InProgress, S::InProgress, D | L},
    Transition{A::Supervise, S::Feedback, S::Feedback, D | L},
    Transition{A::Urge, S::Dispatched, S::Dispatched, D | L},
    Transition{A::Urge, S::InProgress, S::InProgress, D | L},
    Transition{A::Reopen, S::Closed, S::Dispatched, D | L},
    Transition{A::SettleOnSpot, S::Reported, S::Closed, R | D},
};

const Transition *findTransition(CaseAction action, CaseStatus from)
{
    for (const auto &t : transitionTable)
        if (t.action == action && t.from == from)
            return &t;
    return nullptr;
}

constexpr int maxDays = 365;

bool daysInRange(int days)
{
    return days >= 1 && days <= maxDays;
}

// Actions that settle a pending extension request: the leader's decision or the handler's withdrawal.
bool settlesExtension(CaseAction action)
{
    return action == A::ApproveExtension || action == A::RefuseExtension || action == A::WithdrawExtension;
}

// Empty when the center's check setting lets the transition be taken; otherwise why not.
QString stepsConflict(const Transition &t, const CaseState &state)
{
    if (!t.only || *t.only == state.checkSteps)
        return {};
    if (state.checkSteps == CheckSteps::Two)
        return CaseWorkflow::tr("本中心核查与结案分两步办理:请先“核查通过”,再结案");
    return CaseWorkflow::tr("本中心核查与结案一步办理:请直接“核查结案”");
}

// Empty when the extension rules let the action appear at all; otherwise why it does not.
QString extensionConflict(CaseAction action, const CaseState &state)
{
    if (action == A::RequestExtension && state.extensionPending)
        return CaseWorkflow::tr("已有待审批的延期申请,不能重复申请");
    if (settlesExtension(action) && !state.extensionPending)
        return CaseWorkflow::tr("没有待审批的延期申请");
    return {};
}

QString daysMessage(CaseAction action)
{
    if (action == A::RequestExtension || action == A::ApproveExtension)
        return CaseWorkflow::tr("延期天数应在1至365天之间");
    return CaseWorkflow::tr("办理期限应在1至365天之间");
}

// Empty when the input carries every required field and the optional ones it carries make sense.
QString missingField(CaseAction action, const ActionInput &input)
{
    const ActionFields required = CaseWorkflow::requiredFields(action);
    const ActionFields optional = CaseWorkflow::optionalFields(action);

    if (required.testFlag(ActionField::Department) && input.departmentId <= 0) {
        // Dispatch and transfer may name a grid worker instead of a department.
        const bool workerInstead = optional.testFlag(ActionField::Worker) && input.workerId > 0;
        if (!workerInstead)
            return CaseWorkflow::tr("请选择处置部门或网格员");
    }
    if (required.testFlag(ActionField::Worker) && input.workerId <= 0)
        return CaseWorkflow::tr("请选择网格员");
    if (required.testFlag(ActionField::OrgUnit) && input.orgUnitId <= 0)
        return CaseWorkflow::tr("请选择目标单位");
    if (required.testFlag(ActionField::SuperviseLevel) && input.superviseLevel == SuperviseLevel::None)
        return CaseWorkflow::tr("请选择督办级别");
    // Optional days count only when given (non-zero); given days must still be sensible.
    if (required.testFlag(ActionField::Days) || (optional.testFlag(ActionField::Days) && input.days != 0)) {
        if (!daysInRange(input.days))
            return daysMessage(action);
    }
    if (required.testFlag(ActionField::Result) && input.result.trimmed().isEmpty())
        return CaseWorkflow::tr("请填写处理结果");
    if (required.testFlag(ActionField::Reason) && input.note.trimmed().isEmpty())
        return CaseWorkflow::tr("请填写理由");
    return {};
}

} // namespace

const QList<Transition> &CaseWorkflow::transitions()
{
    static const QList<Transition> all(transitionTable.begin(), transitionTable.end());
    return all;
}

std::optional<CaseStatus> CaseWorkflow::target(CaseAction action, CaseStatus from)
{
    if (const Transition *t = findTransition(action, from))
        return t->to;
    return std::nullopt;
}

Roles CaseWorkflow::allowedRoles(CaseAction action, CaseStatus from)
{
    if (const Transition *t = findTransition(action, from))
        return t->roles;
    return {};
}

Roles CaseWorkflow::reportingRoles()
{
    return R | D | L;
}

ActionFields CaseWorkflow::requiredFields(CaseAction action)
{
    using F = ActionField;
    switch (action) {
    case A::Report:
    case A::RecomputeDeadline:
    case A::Register:
    case A::Sign:
    case A::Close:
    case A::Verify:
    case A::Archive:
    case A::ApproveExtension:
    case A::WithdrawExtension:
        return {};
    case A::Decline:
    case A::Return:
    case A::Escalate:
    case A::RefuseExtension:
    case A::Urge:
        return F::Reason;
    case A::SettleOnSpot:
    case A::SubmitFeedback:
        return F::Result;
    case A::Dispatch:
        return F::Department;
    case A::Transfer:
        return F::Department | F::Reason;
    case A::HandDown:
        return F::OrgUnit | F::Reason;
    case A::RequestExtension:
    case A::Reopen:
        return F::Days | F::Reason;
    case A::Supervise:
        return F::SuperviseLevel | F::Reason;
    }
    return {};
}

ActionFields CaseWorkflow::optionalFields(CaseAction action)
{
    using F = ActionField;
    switch (action) {
    case A::Report:
    case A::RecomputeDeadline:
    case A::Archive:
    case A::SettleOnSpot: // its extras (disputeSettled, satisfaction) are not ActionFields
    case A::SubmitFeedback:
    case A::Decline:
    case A::Return:
    case A::HandDown:
    case A::RequestExtension:
    case A::RefuseExtension:
    case A::Supervise:
    case A::Urge:
    case A::Reopen:
        return {};
    case A::Register:
    case A::Sign:
    case A::Close:
    case A::Verify:
    case A::WithdrawExtension:
        return F::Reason;
    case A::Dispatch:
        return F::Worker | F::Days | F::Reason;
    case A::Transfer:
        return F::Worker | F::Days;
    case A::Escalate:
        return F::OrgUnit;
    case A::ApproveExtension:
        return F::Reason | F::Days;
    }
    return {};
}

QList<CaseAction> CaseWorkflow::availableActions(const CaseState &state, Roles roles)
{
    QList<CaseAction> out;
    for (const CaseAction action : allValues<CaseAction>()) {
        const Transition *t = findTransition(action, state.status);
        if (t && (t->roles & roles) && extensionConflict(action, state).isEmpty() &&
            stepsConflict(*t, state).isEmpty())
            out.append(action);
    }
    return out;
}

CaseStatus CaseWorkflow::check(CaseAction action, const CaseState &state, Roles roles,
                               const ActionInput &input)
{
    const Transition *t = findTransition(action, state.status);
    if (!t) {
        throw Error(Error::Kind::InvalidState,
                    tr("当前状态“%1”下不能执行“%2”").arg(label(state.status), label(action)));
    }
    if (const QString conflict = extensionConflict(action, state); !conflict.isEmpty())
        throw Error(Error::Kind::InvalidState, conflict);
    if (const QString conflict = stepsConflict(*t, state); !conflict.isEmpty())
        throw Error(Error::Kind::InvalidState, conflict);
    if (const QString wait = waitingFor(action, state); !wait.isEmpty())
        throw Error(Error::Kind::InvalidState, wait);
    if (!(t->roles & roles))
        throw Error(Error::Kind::Forbidden, tr("您的角色无权执行“%1”").arg(label(action)));
    if (const QString missing = missingField(action, input); !missing.isEmpty())
        throw Error(Error::Kind::Validation, missing);
    return t->to;
}

QString CaseWorkflow::waitingFor(CaseAction action, const CaseState &state)
{
    // A result reported over a pending request would leave the request undecided for good.
    if (action == A::SubmitFeedback && state.extensionPending)
        return tr("有待审批的延期申请,领导审批前不能反馈;如不再需要延期,请先撤回延期申请");
    return {};
}

bool CaseWorkflow::extensionLapses(CaseAction action, CaseStatus to)
{
    if (settlesExtension(action) || action == A::RequestExtension)
        return false;
    // The request belongs to the department holding the case; it lapses when the case leaves it.
    return (to != S::Dispatched && to != S::InProgress) || action == A::Transfer;
}

bool CaseWorkflow::keepsStatus(CaseAction action)
{
    switch (action) {
    case A::RequestExtension:
    case A::ApproveExtension:
    case A::RefuseExtension:
    case A::WithdrawExtension:
    case A::Supervise:
    case A::Urge:
    case A::RecomputeDeadline:
        return true;
    default:
        return false;
    }
}

QString CaseWorkflow::actionLabel(CaseAction action, CaseStatus from)
{
    if (action == A::Close && from == S::Verified)
        return tr("结案");
    return label(action);
}

} // namespace zz
