#include "PetitionTypes.h"

#include <array>

namespace zz {
namespace {

template <typename E> struct EnumText
{
    E value;
    const char *code;
    const char *label; // translation source, context "zz::PetitionTypes"
};

#define ZZ_PT(text) QT_TRANSLATE_NOOP("zz::PetitionTypes", text)
// Actions are translated apart: "不予受理" the action (Decline) is not "不予受理" the status (Not accepted).
#define ZZ_PA(text) QT_TRANSLATE_NOOP("zz::PetitionAction", text)

constexpr std::array channelTexts{
    EnumText<PetitionChannel>{PetitionChannel::Visit, "visit", ZZ_PT("走访")},
    EnumText<PetitionChannel>{PetitionChannel::Letter, "letter", ZZ_PT("来信")},
    EnumText<PetitionChannel>{PetitionChannel::Phone, "phone", ZZ_PT("电话")},
    EnumText<PetitionChannel>{PetitionChannel::Online, "online", ZZ_PT("网络")},
    EnumText<PetitionChannel>{PetitionChannel::Fax, "fax", ZZ_PT("传真")},
};

constexpr std::array typeTexts{
    EnumText<PetitionType>{PetitionType::Suggestion, "suggestion", ZZ_PT("建议意见")},
    EnumText<PetitionType>{PetitionType::Accusation, "accusation", ZZ_PT("检举控告")},
    EnumText<PetitionType>{PetitionType::Claim, "claim", ZZ_PT("申诉求决")},
};

constexpr std::array visitFormTexts{
    EnumText<VisitForm>{VisitForm::Individual, "individual", ZZ_PT("个体访")},
    EnumText<VisitForm>{VisitForm::Group, "group", ZZ_PT("集体访")},
};

constexpr std::array flagTexts{
    EnumText<PetitionFlag>{PetitionFlag::OverLevel, "over_level", ZZ_PT("越级")},
    EnumText<PetitionFlag>{PetitionFlag::LitigationRelated, "litigation", ZZ_PT("涉法涉诉")},
    EnumText<PetitionFlag>{PetitionFlag::Anonymous, "anonymous", ZZ_PT("匿名")},
    EnumText<PetitionFlag>{PetitionFlag::Joint, "joint", ZZ_PT("联名")},
    EnumText<PetitionFlag>{PetitionFlag::Confidential, "confidential", ZZ_PT("保密")},
    EnumText<PetitionFlag>{PetitionFlag::LongStanding, "long_standing", ZZ_PT("积案")},
    EnumText<PetitionFlag>{PetitionFlag::MajorUrgent, "major_urgent", ZZ_PT("重大紧急")},
};

constexpr std::array statusTexts{
    EnumText<PetitionStatus>{PetitionStatus::Registered, "registered", ZZ_PT("已登记")},
    EnumText<PetitionStatus>{PetitionStatus::Transferred, "transferred", ZZ_PT("已转送交办")},
    EnumText<PetitionStatus>{PetitionStatus::Handling, "handling", ZZ_PT("办理中")},
    EnumText<PetitionStatus>{PetitionStatus::Replied, "replied", ZZ_PT("已答复")},
    EnumText<PetitionStatus>{PetitionStatus::Delivered, "delivered", ZZ_PT("已送达")},
    EnumText<PetitionStatus>{PetitionStatus::UnderReview, "under_review", ZZ_PT("复查中")},
    EnumText<PetitionStatus>{PetitionStatus::ReviewReplied, "review_replied", ZZ_PT("复查已答复")},
    EnumText<PetitionStatus>{PetitionStatus::ReviewDelivered, "review_delivered", ZZ_PT("复查意见已送达")},
    EnumText<PetitionStatus>{PetitionStatus::UnderRecheck, "under_recheck", ZZ_PT("复核中")},
    EnumText<PetitionStatus>{PetitionStatus::RecheckReplied, "recheck_replied", ZZ_PT("复核已答复")},
    EnumText<PetitionStatus>{PetitionStatus::Concluded, "concluded", ZZ_PT("已办结")},
    EnumText<PetitionStatus>{PetitionStatus::SettledOnSpot, "settled_on_spot", ZZ_PT("当场化解")},
    EnumText<PetitionStatus>{PetitionStatus::NotAccepted, "not_accepted", ZZ_PT("不予受理")},
    EnumText<PetitionStatus>{PetitionStatus::NotReaccepted, "not_reaccepted", ZZ_PT("不再受理")},
    EnumText<PetitionStatus>{PetitionStatus::ConvertedToCase, "converted_to_case", ZZ_PT("已转为事件")},
};

constexpr std::array actionTexts{
    EnumText<PetitionAction>{PetitionAction::Register, "register", ZZ_PA("登记")},
    EnumText<PetitionAction>{PetitionAction::Accept, "accept", ZZ_PA("受理")},
    EnumText<PetitionAction>{PetitionAction::Decline, "decline", ZZ_PA("不予受理")},
    EnumText<PetitionAction>{PetitionAction::RefuseRepeat, "refuse_repeat", ZZ_PA("不再受理")},
    EnumText<PetitionAction>{PetitionAction::Transfer, "transfer", ZZ_PA("转送交办")},
    EnumText<PetitionAction>{PetitionAction::Object, "object", ZZ_PA("提出异议")},
    EnumText<PetitionAction>{PetitionAction::SettleOnSpot, "settle_on_spot", ZZ_PA("当场化解")},
    EnumText<PetitionAction>{PetitionAction::ConvertToCase, "convert_to_case", ZZ_PA("转为事件")},
    EnumText<PetitionAction>{PetitionAction::Extend, "extend", ZZ_PA("延期")},
    EnumText<PetitionAction>{PetitionAction::StartHearing, "start_hearing", ZZ_PA("举行听证")},
    EnumText<PetitionAction>{PetitionAction::EndHearing, "end_hearing", ZZ_PA("听证结束")},
    EnumText<PetitionAction>{PetitionAction::Reply, "reply", ZZ_PA("答复")},
    EnumText<PetitionAction>{PetitionAction::Deliver, "deliver", ZZ_PA("送达")},
    EnumText<PetitionAction>{PetitionAction::RequestReview, "request_review", ZZ_PA("复查申请")},
    EnumText<PetitionAction>{PetitionAction::ReviewOpinion, "review_opinion", ZZ_PA("复查意见")},
    EnumText<PetitionAction>{PetitionAction::RequestRecheck, "request_recheck", ZZ_PA("复核申请")},
    EnumText<PetitionAction>{PetitionAction::RecheckOpinion, "recheck_opinion", ZZ_PA("复核意见")},
    EnumText<PetitionAction>{PetitionAction::Conclude, "conclude", ZZ_PA("办结")},
    EnumText<PetitionAction>{PetitionAction::Reopen, "reopen", ZZ_PA("重新办理")},
};

constexpr std::array decisionTexts{
    EnumText<PetitionDecision>{PetitionDecision::Support, "support", ZZ_PT("予以支持")},
    EnumText<PetitionDecision>{PetitionDecision::Explain, "explain", ZZ_PT("解释说明")},
    EnumText<PetitionDecision>{PetitionDecision::Reject, "reject", ZZ_PT("不予支持")},
};

constexpr std::array deliveryTexts{
    EnumText<DeliveryMethod>{DeliveryMethod::InPerson, "in_person", ZZ_PT("直接送达")},
    EnumText<DeliveryMethod>{DeliveryMethod::Mail, "mail", ZZ_PT("邮寄送达")},
    EnumText<DeliveryMethod>{DeliveryMethod::Electronic, "electronic", ZZ_PT("电子送达")},
    EnumText<DeliveryMethod>{DeliveryMethod::Left, "left", ZZ_PT("留置送达")},
    EnumText<DeliveryMethod>{DeliveryMethod::Announcement, "announcement", ZZ_PT("公告送达")},
};

constexpr std::array clockKindTexts{
    EnumText<ClockKind>{ClockKind::AcceptanceNotice, "acceptance_notice", ZZ_PT("受理告知")},
    EnumText<ClockKind>{ClockKind::Transfer, "transfer", ZZ_PT("转送交办")},
    EnumText<ClockKind>{ClockKind::Objection, "objection", ZZ_PT("异议")},
    EnumText<ClockKind>{ClockKind::Handling, "handling", ZZ_PT("办理")},
    EnumText<ClockKind>{ClockKind::ReviewRequest, "review_request", ZZ_PT("复查申请")},
    EnumText<ClockKind>{ClockKind::ReviewAnswer, "review_answer", ZZ_PT("复查答复")},
    EnumText<ClockKind>{ClockKind::RecheckRequest, "recheck_request", ZZ_PT("复核申请")},
    EnumText<ClockKind>{ClockKind::RecheckAnswer, "recheck_answer", ZZ_PT("复核答复")},
};

constexpr std::array clockStateTexts{
    EnumText<ClockState>{ClockState::Running, "running", ZZ_PT("计时中")},
    EnumText<ClockState>{ClockState::DueSoon, "due_soon", ZZ_PT("即将到期")},
    EnumText<ClockState>{ClockState::Overdue, "overdue", ZZ_PT("超期")},
    EnumText<ClockState>{ClockState::Met, "met", ZZ_PT("按期完成")},
    EnumText<ClockState>{ClockState::MetLate, "met_late", ZZ_PT("超期完成")},
    EnumText<ClockState>{ClockState::Paused, "paused", ZZ_PT("暂停计时")},
};

constexpr std::array documentTexts{
    EnumText<DocumentKind>{DocumentKind::AcceptanceNotice, "acceptance_notice", ZZ_PT("受理告知书")},
    EnumText<DocumentKind>{DocumentKind::NonAcceptanceNotice, "non_acceptance_notice",
                           ZZ_PT("不予受理告知书")},
    EnumText<DocumentKind>{DocumentKind::NoReacceptNotice, "no_reaccept_notice", ZZ_PT("不再受理告知书")},
    EnumText<DocumentKind>{DocumentKind::ExtensionNotice, "extension_notice", ZZ_PT("延期告知书")},
    EnumText<DocumentKind>{DocumentKind::HandlingOpinion, "handling_opinion", ZZ_PT("信访处理意见书")},
    EnumText<DocumentKind>{DocumentKind::ReviewOpinion, "review_opinion", ZZ_PT("复查意见书")},
    EnumText<DocumentKind>{DocumentKind::RecheckOpinion, "recheck_opinion", ZZ_PT("复核意见书")},
};

#undef ZZ_PT
#undef ZZ_PA

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

template <typename E, std::size_t N>
QString labelIn(const std::array<EnumText<E>, N> &table, E value, const char *context = "zz::PetitionTypes")
{
    for (const auto &t : table)
        if (t.value == value)
            return QCoreApplication::translate(context, t.label);
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

ZZ_DEFINE_ENUM_TEXT(PetitionChannel, channelTexts)
ZZ_DEFINE_ENUM_TEXT(PetitionType, typeTexts)
ZZ_DEFINE_ENUM_TEXT(VisitForm, visitFormTexts)
ZZ_DEFINE_ENUM_TEXT(PetitionFlag, flagTexts)
ZZ_DEFINE_ENUM_TEXT(PetitionStatus, statusTexts)
ZZ_DEFINE_ENUM_TEXT(PetitionDecision, decisionTexts)
ZZ_DEFINE_ENUM_TEXT(DeliveryMethod, deliveryTexts)
ZZ_DEFINE_ENUM_TEXT(ClockKind, clockKindTexts)
ZZ_DEFINE_ENUM_TEXT(ClockState, clockStateTexts)
ZZ_DEFINE_ENUM_TEXT(DocumentKind, documentTexts)
#undef ZZ_DEFINE_ENUM_TEXT

template <> QString code<PetitionAction>(PetitionAction v)
{
    return codeIn(actionTexts, v);
}
template <> std::optional<PetitionAction> fromCode<PetitionAction>(QStringView c)
{
    return fromCodeIn(actionTexts, c);
}
template <> QString label<PetitionAction>(PetitionAction v)
{
    return labelIn(actionTexts, v, "zz::PetitionAction");
}
template <> QList<PetitionAction> allValues<PetitionAction>()
{
    return valuesIn(actionTexts);
}

template <typename E, std::size_t N> QString sourceIn(const std::array<EnumText<E>, N> &table, E value)
{
    for (const auto &t : table)
        if (t.value == value)
            return QString::fromUtf8(t.label);
    return {};
}

QString documentText(PetitionChannel channel)
{
    return sourceIn(channelTexts, channel);
}

QString documentText(PetitionDecision decision)
{
    return sourceIn(decisionTexts, decision);
}

QString documentText(DeliveryMethod method)
{
    return sourceIn(deliveryTexts, method);
}

QString petitionFlagsToCodes(PetitionFlags flags)
{
    QStringList codes;
    for (const auto &t : flagTexts)
        if (flags.testFlag(t.value))
            codes.append(QString::fromLatin1(t.code));
    return codes.join(u',');
}

PetitionFlags petitionFlagsFromCodes(QStringView codes)
{
    PetitionFlags flags;
    for (const QStringView part : codes.split(u','))
        if (const auto flag = fromCodeIn(flagTexts, part.trimmed()))
            flags |= *flag;
    return flags;
}

bool isFinal(PetitionStatus status)
{
    switch (status) {
    case PetitionStatus::Concluded:
    case PetitionStatus::SettledOnSpot:
    case PetitionStatus::NotAccepted:
    case PetitionStatus::NotReaccepted:
    case PetitionStatus::ConvertedToCase:
        return true;
    default:
        return false;
    }
}

bool isAcceptedAndOpen(PetitionStatus status)
{
    return status != PetitionStatus::Registered && status != PetitionStatus::Transferred && !isFinal(status);
}

std::optional<ClockKind> runningClock(PetitionStatus status)
{
    switch (status) {
    case PetitionStatus::Registered:
        return ClockKind::AcceptanceNotice;
    case PetitionStatus::Transferred:
        return ClockKind::Objection;
    case PetitionStatus::Handling:
        return ClockKind::Handling;
    case PetitionStatus::Delivered:
        return ClockKind::ReviewRequest;
    case PetitionStatus::UnderReview:
        return ClockKind::ReviewAnswer;
    case PetitionStatus::ReviewDelivered:
        return ClockKind::RecheckRequest;
    case PetitionStatus::UnderRecheck:
        return ClockKind::RecheckAnswer;
    default:
        return std::nullopt;
    }
}

} // namespace zz
