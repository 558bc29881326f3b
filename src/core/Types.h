#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QString>
#include <optional>

// Domain vocabulary shared by every layer. Each enum has a stable text code (stored in the
// database and in exports) and a translated label (shown to people).
namespace zz {

enum class Role {
    Reception = 0x01,         // 受理员
    DutyOfficer = 0x02,       // 值班员/调度员
    DepartmentHandler = 0x04, // 部门处置人
    Leader = 0x08,            // 领导
    Admin = 0x10,             // 管理员
};
Q_DECLARE_FLAGS(Roles, Role)

enum class OrgLevel { County = 1, Township = 2, Village = 3, Grid = 4 };

enum class CaseStatus {
    Reported,   // 待受理 — 问题上报
    Registered, // 已立案 — 案卷建立
    Declined,   // 不予立案
    Dispatched, // 已派遣 — 任务指派
    InProgress, // 处置中 — signed for, being handled
    Feedback,   // 待核查 — result reported, awaiting verification
    Verified, // 待结案 — checked and passed, awaiting 结案 (centers that check and close in two steps)
    Closed,   // 已结案
    Archived, // 已归档
};

enum class CaseAction {
    Report,            // 上报 (creates the case)
    Register,          // 立案
    Decline,           // 不予立案
    Dispatch,          // 派遣
    Sign,              // 签收
    SubmitFeedback,    // 反馈
    Close,             // 核查结案 (one step) or 结案 after 核查通过 (two steps)
    Verify,            // 核查通过 (two steps: the center checked the feedback, 结案 follows)
    Archive,           // 归档
    Return,            // 退回
    Transfer,          // 转办
    Escalate,          // 上报上级
    HandDown,          // 下派
    RequestExtension,  // 申请延期
    ApproveExtension,  // 批准延期
    RefuseExtension,   // 驳回延期
    WithdrawExtension, // 撤回延期申请 (by the handler who asked)
    Supervise,         // 督办
    Urge,              // 催办
    Reopen,            // 重新办理
    SettleOnSpot,      // 就地化解
    RecomputeDeadline, // 期限重算: the system moves a provisional deadline once the year's holidays are in
};

enum class CaseSource {
    GridReport,
    Visit,
    Phone,
    Hotline12345,
    Letter,
    Online,
    VideoPatrol,
    DepartmentReferral
};
enum class CaseNature { Report, Complaint, Suggestion, Consultation, HelpRequest };
enum class Urgency { Normal, Urgent, Major };
// 职能部门 (cases are dispatched to it) or 进驻部门 (a window stationed in the petition hall).
enum class DepartmentKind { Functional, Resident };
enum class RiskColor { Green, Yellow, Orange, Red };
enum class WarningLevel { Normal, DueSoon, Overdue };
enum class SuperviseLevel { None, Normal, YellowCard, RedCard };
enum class Satisfaction { Satisfied, BasicallySatisfied, Unsatisfied };
// 回访: how the resident was reached, and what came of it (Unreachable: a failed attempt).
enum class CallbackMethod { Phone, Visit, Sms };
enum class CallbackResult { Satisfied, BasicallySatisfied, Unsatisfied, Unreachable };
enum class PartyRole { Reporter, Party };
enum class GridType { Street, Building, Unit, Rural };
// 专职 or 兼职 grid worker.
enum class Employment { FullTime, PartTime };

// Code/label lookup for every enum above.
template <typename E> QString code(E value);
template <typename E> std::optional<E> fromCode(QStringView code);
template <typename E> QString label(E value);
template <typename E> QList<E> allValues();

#define ZZ_DECLARE_ENUM_TEXT(E)                                                                              \
    template <> QString code<E>(E);                                                                          \
    template <> std::optional<E> fromCode<E>(QStringView);                                                   \
    template <> QString label<E>(E);                                                                         \
    template <> QList<E> allValues<E>();

ZZ_DECLARE_ENUM_TEXT(Role)
ZZ_DECLARE_ENUM_TEXT(OrgLevel)
ZZ_DECLARE_ENUM_TEXT(CaseStatus)
ZZ_DECLARE_ENUM_TEXT(CaseAction)
ZZ_DECLARE_ENUM_TEXT(CaseSource)
ZZ_DECLARE_ENUM_TEXT(CaseNature)
ZZ_DECLARE_ENUM_TEXT(Urgency)
ZZ_DECLARE_ENUM_TEXT(DepartmentKind)
ZZ_DECLARE_ENUM_TEXT(RiskColor)
ZZ_DECLARE_ENUM_TEXT(WarningLevel)
ZZ_DECLARE_ENUM_TEXT(SuperviseLevel)
ZZ_DECLARE_ENUM_TEXT(Satisfaction)
ZZ_DECLARE_ENUM_TEXT(CallbackMethod)
ZZ_DECLARE_ENUM_TEXT(CallbackResult)
ZZ_DECLARE_ENUM_TEXT(PartyRole)
ZZ_DECLARE_ENUM_TEXT(GridType)
ZZ_DECLARE_ENUM_TEXT(Employment)
#undef ZZ_DECLARE_ENUM_TEXT

// Roles as stored: a comma-separated list of codes.
QString rolesToCodes(Roles roles);
Roles rolesFromCodes(QStringView codes);

// The separator of an enumeration in running text: 、 in Chinese, ", " in English.
QString enumerationSeparator();

// Open = still in the loop (not declined, closed or archived).
bool isOpen(CaseStatus status);

} // namespace zz

Q_DECLARE_OPERATORS_FOR_FLAGS(zz::Roles)
