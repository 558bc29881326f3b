#include "Types.h"

#include <array>
#include <utility>

namespace zz {
namespace {

template <typename E> struct EnumText
{
    E value;
    const char *code;
    const char *label; // translation source, context "zz::Types"
};

#define ZZ_T(text) QT_TRANSLATE_NOOP("zz::Types", text)

constexpr std::array roleTexts{
    EnumText<Role>{Role::Reception, "reception", ZZ_T("受理员")},
    EnumText<Role>{Role::DutyOfficer, "duty_officer", ZZ_T("值班员")},
    EnumText<Role>{Role::DepartmentHandler, "handler", ZZ_T("部门处置人")},
    EnumText<Role>{Role::Leader, "leader", ZZ_T("领导")},
    EnumText<Role>{Role::Admin, "admin", ZZ_T("管理员")},
};

constexpr std::array orgLevelTexts{
    EnumText<OrgLevel>{OrgLevel::County, "county", ZZ_T("县(市、区)")},
    EnumText<OrgLevel>{OrgLevel::Township, "township", ZZ_T("乡镇(街道)")},
    EnumText<OrgLevel>{OrgLevel::Village, "village", ZZ_T("村(社区)")},
    EnumText<OrgLevel>{OrgLevel::Grid, "grid", ZZ_T("网格")},
};

constexpr std::array statusTexts{
    EnumText<CaseStatus>{CaseStatus::Reported, "reported", ZZ_T("待受理")},
    EnumText<CaseStatus>{CaseStatus::Registered, "registered", ZZ_T("已立案")},
    EnumText<CaseStatus>{CaseStatus::Declined, "declined", ZZ_T("不予立案")},
    EnumText<CaseStatus>{CaseStatus::Dispatched, "dispatched", ZZ_T("已派遣")},
    EnumText<CaseStatus>{CaseStatus::InProgress, "in_progress", ZZ_T("处置中")},
    EnumText<CaseStatus>{CaseStatus::Feedback, "feedback", ZZ_T("待核查")},
    EnumText<CaseStatus>{CaseStatus::Verified, "verified", ZZ_T("待结案")},
    EnumText<CaseStatus>{CaseStatus::Closed, "closed", ZZ_T("已结案")},
    EnumText<CaseStatus>{CaseStatus::Archived, "archived", ZZ_T("已归档")},
};

constexpr std::array actionTexts{
    EnumText<CaseAction>{CaseAction::Report, "report", ZZ_T("问题上报")},
    EnumText<CaseAction>{CaseAction::Register, "register", ZZ_T("立案")},
    EnumText<CaseAction>{CaseAction::Decline, "decline", ZZ_T("不予立案")},
    EnumText<CaseAction>{CaseAction::Dispatch, "dispatch", ZZ_T("派遣")},
    EnumText<CaseAction>{CaseAction::Sign, "sign", ZZ_T("签收")},
    EnumText<CaseAction>{CaseAction::SubmitFeedback, "feedback", ZZ_T("处理反馈")},
    EnumText<CaseAction>{CaseAction::Close, "close", ZZ_T("核查结案")},
    EnumText<CaseAction>{CaseAction::Verify, "verify", ZZ_T("核查通过")},
    EnumText<CaseAction>{CaseAction::Archive, "archive", ZZ_T("归档")},
    EnumText<CaseAction>{CaseAction::Return, "return", ZZ_T("退回")},
    EnumText<CaseAction>{CaseAction::Transfer, "transfer", ZZ_T("转办")},
    EnumText<CaseAction>{CaseAction::Escalate, "escalate", ZZ_T("上报上级")},
    EnumText<CaseAction>{CaseAction::HandDown, "hand_down", ZZ_T("下派")},
    EnumText<CaseAction>{CaseAction::RequestExtension, "request_extension", ZZ_T("申请延期")},
    EnumText<CaseAction>{CaseAction::ApproveExtension, "approve_extension", ZZ_T("批准延期")},
    EnumText<CaseAction>{CaseAction::RefuseExtension, "refuse_extension", ZZ_T("驳回延期")},
    EnumText<CaseAction>{CaseAction::WithdrawExtension, "withdraw_extension", ZZ_T("撤回延期申请")},
    EnumText<CaseAction>{CaseAction::Supervise, "supervise", ZZ_T("督办")},
    EnumText<CaseAction>{CaseAction::Urge, "urge", ZZ_T("催办")},
    EnumText<CaseAction>{CaseAction::Reopen, "reopen", ZZ_T("重新办理")},
    EnumText<CaseAction>{CaseAction::SettleOnSpot, "settle_on_spot", ZZ_T("就地化解")},
    EnumText<CaseAction>{CaseAction::RecomputeDeadline, "recompute_deadline", ZZ_T("期限重算")},
};

constexpr std::array sourceTexts{
    EnumText<CaseSource>{CaseSource::GridReport, "grid", ZZ_T("网格上报")},
    EnumText<CaseSource>{CaseSource::Visit, "visit", ZZ_T("来访")},
    EnumText<CaseSource>{CaseSource::Phone, "phone", ZZ_T("来电")},
    EnumText<CaseSource>{CaseSource::Hotline12345, "hotline12345", ZZ_T("12345热线")},
    EnumText<CaseSource>{CaseSource::Letter, "letter", ZZ_T("来信")},
    EnumText<CaseSource>{CaseSource::Online, "online", ZZ_T("网上")},
    EnumText<CaseSource>{CaseSource::VideoPatrol, "video", ZZ_T("视频巡查")},
    EnumText<CaseSource>{CaseSource::DepartmentReferral, "referral", ZZ_T("部门移交")},
};

constexpr std::array natureTexts{
    EnumText<CaseNature>{CaseNature::Report, "report", ZZ_T("举报")},
    EnumText<CaseNature>{CaseNature::Complaint, "complaint", ZZ_T("投诉")},
    EnumText<CaseNature>{CaseNature::Suggestion, "suggestion", ZZ_T("建议")},
    EnumText<CaseNature>{CaseNature::Consultation, "consultation", ZZ_T("咨询")},
    EnumText<CaseNature>{CaseNature::HelpRequest, "help", ZZ_T("求助")},
};

constexpr std::array urgencyTexts{
    EnumText<Urgency>{Urgency::Normal, "normal", ZZ_T("一般")},
    EnumText<Urgency>{Urgency::Urgent, "urgent", ZZ_T("紧急")},
    EnumText<Urgency>{Urgency::Major, "major", ZZ_T("重大")},
};

constexpr std::array departmentKindTexts{
    EnumText<DepartmentKind>{DepartmentKind::Functional, "functional", ZZ_T("职能部门")},
    EnumText<DepartmentKind>{DepartmentKind::Resident, "resident", ZZ_T("进驻部门")},
};

constexpr std::array riskTexts{
    EnumText<RiskColor>{RiskColor::Green, "green", ZZ_T("绿")},
    EnumText<RiskColor>{RiskColor::Yellow, "yellow", ZZ_T("黄")},
    EnumText<RiskColor>{RiskColor::Orange, "orange", ZZ_T("橙")},
    EnumText<RiskColor>{RiskColor::Red, "red", ZZ_T("红")},
};

constexpr std::array warningTexts{
    EnumText<WarningLevel>{WarningLevel::Normal, "normal", ZZ_T("正常")},
    EnumText<WarningLevel>{WarningLevel::DueSoon, "due_soon", ZZ_T("即将超期")},
    EnumText<WarningLevel>{WarningLevel::Overdue, "overdue", ZZ_T("已超期")},
};

constexpr std::array superviseTexts{
    EnumText<SuperviseLevel>{SuperviseLevel::None, "none", ZZ_T("未督办")},
    EnumText<SuperviseLevel>{SuperviseLevel::Normal, "normal", ZZ_T("普通督办")},
    EnumText<SuperviseLevel>{SuperviseLevel::YellowCard, "yellow", ZZ_T("黄牌督办")},
    EnumText<SuperviseLevel>{SuperviseLevel::RedCard, "red", ZZ_T("红牌督办")},
};

constexpr std::array satisfactionTexts{
    EnumText<Satisfaction>{Satisfaction::Satisfied, "satisfied", ZZ_T("满意")},
    EnumText<Satisfaction>{Satisfaction::BasicallySatisfied, "basic", ZZ_T("基本满意")},
    EnumText<Satisfaction>{Satisfaction::Unsatisfied, "unsatisfied", ZZ_T("不满意")},
};

constexpr std::array callbackMethodTexts{
    EnumText<CallbackMethod>{CallbackMethod::Phone, "phone", ZZ_T("电话")},
    EnumText<CallbackMethod>{CallbackMethod::Visit, "visit", ZZ_T("上门")},
    EnumText<CallbackMethod>{CallbackMethod::Sms, "sms", ZZ_T("短信")},
};

// The first three share their codes with Satisfaction: a reached resident's answer is the case's.
constexpr std::array callbackResultTexts{
    EnumText<CallbackResult>{CallbackResult::Satisfied, "satisfied", ZZ_T("满意")},
    EnumText<CallbackResult>{CallbackResult::BasicallySatisfied, "basic", ZZ_T("基本满意")},
    EnumText<CallbackResult>{CallbackResult::Unsatisfied, "unsatisfied", ZZ_T("不满意")},
    EnumText<CallbackResult>{CallbackResult::Unreachable, "unreachable", ZZ_T("未联系上")},
};

constexpr std::array partyRoleTexts{
    EnumText<PartyRole>{PartyRole::Reporter, "reporter", ZZ_T("反映人")},
    EnumText<PartyRole>{PartyRole::Party, "party", ZZ_T("当事人")},
};

constexpr std::array gridTypeTexts{
    EnumText<GridType>{GridType::Street, "street", ZZ_T("街巷型")},
    EnumText<GridType>{GridType::Building, "building", ZZ_T("楼院型")},
    EnumText<GridType>{GridType::Unit, "unit", ZZ_T("单位型")},
    EnumText<GridType>{GridType::Rural, "rural", ZZ_T("农村型")},
};

constexpr std::array employmentTexts{
    EnumText<Employment>{Employment::FullTime, "full_time", ZZ_T("专职")},
    EnumText<Employment>{Employment::PartTime, "part_time", ZZ_T("兼职")},
};

#undef ZZ_T

template <typename E, std::size_t N> QString codeIn(const std::array<EnumText<E>, N> &table, E value)
{
    for (const auto &t : table)
        if (t.value == value)
            return QString::fromLatin1(t.code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromCodeIn(const std::array<EnumText<E>, N> &table, QStringView c)
{
    for (const auto &t : table)
        if (c == QLatin1StringView(t.code))
            return t.value;
    return std::nullopt;
}

template <typename E, std::size_t N> QString labelIn(const std::array<EnumText<E>, N> &table, E value)
{
    for (const auto &t : table)
        if (t.value == value)
            return QCoreApplication::translate("zz::Types", t.label);
    return {};
}

template <typename E, std::size_t N> QList<E> valuesIn(const std::array<EnumText<E>, N> &table)
{
    QList<E> out;
    out.reserve(qsizetype(N));
    for (const auto &t : table)
        out.append(t.value);
    return out;
}

} // namespace

#define ZZ_DEFINE_ENUM_TEXT(E, table)                                                                        \
    template <> QString code<E>(E v)                                                                         \
    {                                                                                                        \
        return codeIn(table, v);                                                                             \
    }                                                                                                        \
    template <> std::optional<E> fromCode<E>(QStringView c)                                                  \
    {                                                                                                        \
        return fromCodeIn(table, c);                                                                         \
    }                                                                                                        \
    template <> QString label<E>(E v)                                                                        \
    {                                                                                                        \
        return labelIn(table, v);                                                                            \
    }                                                                                                        \
    template <> QList<E> allValues<E>()                                                                      \
    {                                                                                                        \
        return valuesIn(table);                                                                              \
    }

ZZ_DEFINE_ENUM_TEXT(Role, roleTexts)
ZZ_DEFINE_ENUM_TEXT(OrgLevel, orgLevelTexts)
ZZ_DEFINE_ENUM_TEXT(CaseStatus, statusTexts)
ZZ_DEFINE_ENUM_TEXT(CaseAction, actionTexts)
ZZ_DEFINE_ENUM_TEXT(CaseSource, sourceTexts)
ZZ_DEFINE_ENUM_TEXT(CaseNature, natureTexts)
ZZ_DEFINE_ENUM_TEXT(Urgency, urgencyTexts)
ZZ_DEFINE_ENUM_TEXT(DepartmentKind, departmentKindTexts)
ZZ_DEFINE_ENUM_TEXT(RiskColor, riskTexts)
ZZ_DEFINE_ENUM_TEXT(WarningLevel, warningTexts)
ZZ_DEFINE_ENUM_TEXT(SuperviseLevel, superviseTexts)
ZZ_DEFINE_ENUM_TEXT(Satisfaction, satisfactionTexts)
ZZ_DEFINE_ENUM_TEXT(CallbackMethod, callbackMethodTexts)
ZZ_DEFINE_ENUM_TEXT(CallbackResult, callbackResultTexts)
ZZ_DEFINE_ENUM_TEXT(PartyRole, partyRoleTexts)
ZZ_DEFINE_ENUM_TEXT(GridType, gridTypeTexts)
ZZ_DEFINE_ENUM_TEXT(Employment, employmentTexts)
#undef ZZ_DEFINE_ENUM_TEXT

QString rolesToCodes(Roles roles)
{
    QStringList parts;
    for (const auto &t : roleTexts)
        if (roles.testFlag(t.value))
            parts.append(QString::fromLatin1(t.code));
    return parts.join(u',');
}

Roles rolesFromCodes(QStringView codes)
{
    Roles roles;
    for (const auto part : codes.split(u','))
        if (const auto r = fromCode<Role>(part.trimmed()))
            roles.setFlag(*r);
    return roles;
}

QString enumerationSeparator()
{
    return QCoreApplication::translate("zz::Types", "、");
}

bool isOpen(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Declined:
    case CaseStatus::Closed:
    case CaseStatus::Archived:
        return false;
    default:
        return true;
    }
}

} // namespace zz
