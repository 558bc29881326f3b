#pragma once

#include "Types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <optional>

namespace zz {

// What an action asks the user for; the dialogs and the service both read it from here.
enum class ActionField {
    Reason = 0x001,         // 理由/说明, a non-empty text
    Department = 0x002,     // target functional department
    Worker = 0x004,         // target grid worker (dispatch may name a department or a worker)
    OrgUnit = 0x008,        // target org unit (hand down; escalate to a chosen level)
    Days = 0x010,           // a positive number of days (extension request, reopen)
    Result = 0x020,         // handling result text (feedback, settle on the spot)
    SuperviseLevel = 0x040, // 普通/黄牌/红牌
};
Q_DECLARE_FLAGS(ActionFields, ActionField)

// Everything an action may carry. Which members matter is given by CaseWorkflow::requiredFields()
// and CaseWorkflow::optionalFields().
struct ActionInput
{
    QString note;                 // reason, instructions or remark
    QString result;               // handling result
    qint64 departmentId = 0;      // target department
    qint64 workerId = 0;          // target grid worker
    qint64 orgUnitId = 0;         // target org unit
    int days = 0;                 // days asked for or granted
    QList<qint64> copiedOrgUnits; // 抄告 units (dispatch)
    zz::SuperviseLevel superviseLevel = zz::SuperviseLevel::None;
    std::optional<Satisfaction> satisfaction; // call-back result (close)
    std::optional<bool> disputeSettled;       // 化解 (feedback, settle on the spot)
};

// How a center checks a handler's result: 核查结案 in one step, or 核查 (通过 or 退回) and then 结案 as
// two steps. A setting, county-wide or per township (storage: WorkflowSettings).
enum class CheckSteps { One, Two };

// The state of a case that the workflow rules look at.
struct CaseState
{
    CaseStatus status = CaseStatus::Reported;
    bool extensionPending = false;
    CheckSteps checkSteps = CheckSteps::One; // of the case's township
};

// One row of the transition table.
struct Transition
{
    CaseAction action;
    CaseStatus from;
    CaseStatus to;
    Roles roles;
    std::optional<CheckSteps> only = std::nullopt; // the row holds under this setting only
};

// The six-step loop and its side actions as a table: which action moves a case from which status
// to which, who may take it, and which fields it needs. Pure rules, no storage.
class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(zz::CaseWorkflow)

public:
    // The whole transition table (Report, the creating action, is not in it).
    static const QList<Transition> &transitions();

    // The status the case ends in, or nullopt when the action is not allowed from `from`.
    static std::optional<CaseStatus> target(CaseAction action, CaseStatus from);

    // Roles allowed to take the action from that status (empty when the transition doesn't exist).
    static Roles allowedRoles(CaseAction action, CaseStatus from);

    // Roles allowed to create (report) a case.
    static Roles reportingRoles();

    static ActionFields requiredFields(CaseAction action);
    static ActionFields optionalFields(CaseAction action);

    // Actions the holder of `roles` may take on a case in `state`, in a stable display order;
    // an action that must wait (waitingFor) is listed, so that its dialog can say why.
    static QList<CaseAction> availableActions(const CaseState &state, Roles roles);

    // Throws zz::Error (InvalidState, Forbidden or Validation, with a translated message) when the
    // action may not be taken; returns the status the case moves to.
    static CaseStatus check(CaseAction action, const CaseState &state, Roles roles, const ActionInput &input);

    // Non-empty when the action is offered but must wait (处理反馈 while an extension request is
    // pending): the sentence saying why, shown before the user confirms. check() refuses it too.
    static QString waitingFor(CaseAction action, const CaseState &state);

    // True when a pending extension request lapses because `action` moves the case on to `to`
    // (return, transfer, escalate …); its flow row then says so.
    static bool extensionLapses(CaseAction action, CaseStatus to);

    // Actions that leave the status as it is (supervise, urge, extension handling).
    static bool keepsStatus(CaseAction action);

    // The action's name on a button taken from `from`: 结案 after 核查通过, else label(action).
    static QString actionLabel(CaseAction action, CaseStatus from);
};

} // namespace zz

Q_DECLARE_OPERATORS_FOR_FLAGS(zz::ActionFields)
