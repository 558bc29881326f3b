#pragma once

#include "Types.h"

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QString>
#include <optional>

// The petition (信访) vocabulary under the 信访工作条例 (2022). Like Types.h, every enum has a stable
// ASCII code (stored in the database and in exports) and a translated label; the lookups are the
// same templates: zz::code(), zz::fromCode<E>(), zz::label(), zz::allValues<E>().
namespace zz {

// 信访形式 (Art. 17: 信息网络、书信、电话、传真、走访).
enum class PetitionChannel { Visit, Letter, Phone, Online, Fax };

// 信访事项类别 (Art. 29–31): 建议意见类, 检举控告类, 申诉求决类.
enum class PetitionType { Suggestion, Accusation, Claim };

// 个体访 or 集体访 (a group visit names representatives; Art. 20: at most 5).
enum class VisitForm { Individual, Group };

// Marks a petition carries; stored as a comma-separated list of codes.
enum class PetitionFlag {
    OverLevel = 0x01,         // 越级
    LitigationRelated = 0x02, // 涉法涉诉
    Anonymous = 0x04,         // 匿名
    Joint = 0x08,             // 联名
    Confidential = 0x10,      // 保密
    LongStanding = 0x20,      // 积案
    MajorUrgent = 0x40,       // 重大紧急 (the leader is told at once)
};
Q_DECLARE_FLAGS(PetitionFlags, PetitionFlag)

// Where a petition stands; the workflow table (PetitionWorkflow) moves it between these.
enum class PetitionStatus {
    Registered,      // 已登记 — received at the window, by letter, phone or online
    Transferred,     // 已转送交办 — sent to the unit that has the power to handle it
    Handling,        // 办理中 — accepted (受理); the handling clock runs
    Replied,         // 已答复 — 信访处理意见书 issued, to be delivered
    Delivered,       // 已送达 — the 复查 window runs
    UnderReview,     // 复查中
    ReviewReplied,   // 复查已答复 — 复查意见书 issued, to be delivered
    ReviewDelivered, // 复查意见已送达 — the 复核 window runs
    UnderRecheck,    // 复核中
    RecheckReplied,  // 复核已答复 — 复核意见书 issued, to be delivered
    Concluded,       // 已办结
    SettledOnSpot,   // 当场化解
    NotAccepted,     // 不予受理
    NotReaccepted,   // 不再受理 (Art. 36, or a pending matter raised again)
    ConvertedToCase, // 转为事件 — continues as a dispatched case in the six-step loop
};

// What people do to a petition; PetitionWorkflow's table says from which status to which.
enum class PetitionAction {
    Register,       // 登记 (creates the petition)
    Accept,         // 受理
    Decline,        // 不予受理
    RefuseRepeat,   // 不再受理
    Transfer,       // 转送/交办
    Object,         // 提出异议 (the receiving unit, within 5 working days, Art. 23)
    SettleOnSpot,   // 当场化解
    ConvertToCase,  // 转为事件
    Extend,         // 延期 (approved by the unit's head, with a notice giving the reason)
    StartHearing,   // 举行听证 (its time is not counted)
    EndHearing,     // 听证结束
    Reply,          // 答复 (信访处理意见书)
    Deliver,        // 送达
    RequestReview,  // 复查申请
    ReviewOpinion,  // 复查意见
    RequestRecheck, // 复核申请
    RecheckOpinion, // 复核意见
    Conclude,       // 办结
    Reopen,         // 重新办理 (the petitioner was 不满意)
};

// 处理意见 (Art. 32): 予以支持, 解释说明, 不予支持.
enum class PetitionDecision { Support, Explain, Reject };

// 送达方式.
enum class DeliveryMethod { InPerson, Mail, Electronic, Left, Announcement };

// The statutory clocks a petition runs; each rule set (PetitionRuleSet) gives every kind its period.
enum class ClockKind {
    AcceptanceNotice, // 受理告知 — from receipt
    Transfer,         // 转送交办 — from receipt
    Objection,        // 异议 — a receiving unit's objection, from receipt of the transfer
    Handling,         // 办理 — from acceptance
    ReviewRequest,    // 复查申请 — from delivery of the reply
    ReviewAnswer,     // 复查答复 — from receipt of the request
    RecheckRequest,   // 复核申请 — from delivery of the 复查意见
    RecheckAnswer,    // 复核答复 — from receipt of the request
};

// Where a clock stands at a moment.
enum class ClockState {
    Running, // 计时中
    DueSoon, // 即将到期 (within the reminder days)
    Overdue, // 超期
    Met,     // 按期完成
    MetLate, // 超期完成
    Paused,  // 暂停计时 (a hearing)
};

// The printed documents (each from an editable template, DocumentTemplate).
enum class DocumentKind {
    AcceptanceNotice,    // 受理告知书
    NonAcceptanceNotice, // 不予受理告知书
    NoReacceptNotice,    // 不再受理告知书
    ExtensionNotice,     // 延期告知书
    HandlingOpinion,     // 信访处理意见书
    ReviewOpinion,       // 复查意见书
    RecheckOpinion,      // 复核意见书
};

#define ZZ_DECLARE_ENUM_TEXT(E)                                                                              \
    template <> QString code<E>(E);                                                                          \
    template <> std::optional<E> fromCode<E>(QStringView);                                                   \
    template <> QString label<E>(E);                                                                         \
    template <> QList<E> allValues<E>();

ZZ_DECLARE_ENUM_TEXT(PetitionChannel)
ZZ_DECLARE_ENUM_TEXT(PetitionType)
ZZ_DECLARE_ENUM_TEXT(VisitForm)
ZZ_DECLARE_ENUM_TEXT(PetitionFlag)
ZZ_DECLARE_ENUM_TEXT(PetitionStatus)
ZZ_DECLARE_ENUM_TEXT(PetitionAction)
ZZ_DECLARE_ENUM_TEXT(PetitionDecision)
ZZ_DECLARE_ENUM_TEXT(DeliveryMethod)
ZZ_DECLARE_ENUM_TEXT(ClockKind)
ZZ_DECLARE_ENUM_TEXT(ClockState)
ZZ_DECLARE_ENUM_TEXT(DocumentKind)
#undef ZZ_DECLARE_ENUM_TEXT

// The Chinese label as printed on documents, whatever the interface language (an English desk still
// issues Chinese notices): 走访, 予以支持 ….
QString documentText(PetitionChannel channel);
QString documentText(PetitionDecision decision);
QString documentText(DeliveryMethod method);

// Flags as stored: a comma-separated list of codes ("over_level,joint"); unknown codes are ignored.
QString petitionFlagsToCodes(PetitionFlags flags);
PetitionFlags petitionFlagsFromCodes(QStringView codes);

// Statuses in which the petition is finished (办结, 当场化解, 不予受理, 不再受理, 转为事件).
bool isFinal(PetitionStatus status);

// Statuses in which the matter counts as accepted and not yet finished (Art. 19's "已经受理或者正在办理").
bool isAcceptedAndOpen(PetitionStatus status);

// The clock whose period runs while the petition is in `status`, if any (办理 while 办理中, 复查答复
// while 复查中 …); the board shows it.
std::optional<ClockKind> runningClock(PetitionStatus status);

} // namespace zz

Q_DECLARE_OPERATORS_FOR_FLAGS(zz::PetitionFlags)
