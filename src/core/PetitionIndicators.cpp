#include "PetitionIndicators.h"

#include <QCoreApplication>
#include <array>

namespace zz {

namespace {

struct PetitionIndicatorText
{
    PetitionIndicator indicator;
    IndicatorKind kind;
    const char *key;
    const char *title;
    const char *formula;
};

// The formulas in words; the storage statements (PetitionIndicatorQueries) count exactly these.
constexpr std::array petitionIndicatorTexts{
    PetitionIndicatorText{PetitionIndicator::Received, IndicatorKind::Count, "received",
                          QT_TRANSLATE_NOOP("zz::PetitionIndicators", "信访受理量"),
                          QT_TRANSLATE_NOOP("zz::PetitionIndicators", "本期登记的信访件数")},
    PetitionIndicatorText{
        PetitionIndicator::AcceptanceRate, IndicatorKind::Rate, "acceptance_rate",
        QT_TRANSLATE_NOOP("zz::PetitionIndicators", "受理率"),
        QT_TRANSLATE_NOOP("zz::PetitionIndicators",
                          "本期登记的信访件中截至统计日已受理的件数 ÷ 其中截至统计日已作出受理、不予受理或"
                          "不再受理决定的件数")},
    PetitionIndicatorText{
        PetitionIndicator::OnTimeNoticeRate, IndicatorKind::Rate, "on_time_notice_rate",
        QT_TRANSLATE_NOOP("zz::PetitionIndicators", "按期受理告知率"),
        QT_TRANSLATE_NOOP("zz::PetitionIndicators",
                          "告知期限在本期内的受理告知中，在登记时确定的期限内作出告知(受理、不予受理、"
                          "不再受理、转送或当场化解)的件数 ÷ 其中截至统计日已告知或已超过期限未告知的件数")},
    PetitionIndicatorText{
        PetitionIndicator::OnTimeHandlingRate, IndicatorKind::Rate, "on_time_handling_rate",
        QT_TRANSLATE_NOOP("zz::PetitionIndicators", "信访按期办结率"),
        QT_TRANSLATE_NOOP("zz::PetitionIndicators",
                          "本期作出答复(出具信访处理意见书)的办理期限中，在办理期限(含批准的延期与听证"
                          "不计时间)内答复的件数 ÷ 本期答复的件数")},
    PetitionIndicatorText{
        PetitionIndicator::ReviewRate, IndicatorKind::Rate, "review_rate",
        QT_TRANSLATE_NOOP("zz::PetitionIndicators", "复查率"),
        QT_TRANSLATE_NOOP("zz::PetitionIndicators", "本期收到的复查申请数 ÷ 本期送达的信访处理意见书数")},
    PetitionIndicatorText{
        PetitionIndicator::RecheckRate, IndicatorKind::Rate, "re_review_rate",
        QT_TRANSLATE_NOOP("zz::PetitionIndicators", "复核率"),
        QT_TRANSLATE_NOOP("zz::PetitionIndicators", "本期收到的复核申请数 ÷ 本期送达的复查意见书数")},
    PetitionIndicatorText{
        PetitionIndicator::RepeatRate, IndicatorKind::Rate, "repeat_rate",
        QT_TRANSLATE_NOOP("zz::PetitionIndicators", "重复访率"),
        QT_TRANSLATE_NOOP("zz::PetitionIndicators",
                          "本期登记的信访件中标记为重复信访的件数(一信多投、并处不计) ÷ 本期信访受理量")},
    PetitionIndicatorText{
        PetitionIndicator::OverdueOpen, IndicatorKind::Count, "overdue_open",
        QT_TRANSLATE_NOOP("zz::PetitionIndicators", "超期信访"),
        QT_TRANSLATE_NOOP(
            "zz::PetitionIndicators",
            "截至统计日已登记、有法定期限已过而截至统计日仍未办完的信访件数(听证暂停计时的期限不计)")},
};

struct PetitionSetText
{
    PetitionIndicatorSet set;
    const char *title;
};

// What each set holds, in words (the board's filter line says which figure it shows).
constexpr std::array petitionSetTexts{
    PetitionSetText{PetitionIndicatorSet::Received,
                    QT_TRANSLATE_NOOP("zz::PetitionIndicators", "本期登记的信访件")},
    PetitionSetText{
        PetitionIndicatorSet::Decided,
        QT_TRANSLATE_NOOP("zz::PetitionIndicators",
                          "受理率的分母：本期登记、截至统计日已作出受理、不予受理或不再受理决定的")},
    PetitionSetText{
        PetitionIndicatorSet::Accepted,
        QT_TRANSLATE_NOOP("zz::PetitionIndicators", "受理率的分子：本期登记、截至统计日已受理的")},
    PetitionSetText{PetitionIndicatorSet::Repeats,
                    QT_TRANSLATE_NOOP("zz::PetitionIndicators", "重复访率的分子：本期登记的重复信访")},
    PetitionSetText{PetitionIndicatorSet::NoticeDue,
                    QT_TRANSLATE_NOOP("zz::PetitionIndicators",
                                      "按期受理告知率的分母：告知期限在本期内、已告知或已过期限的")},
    PetitionSetText{PetitionIndicatorSet::NoticeOnTime,
                    QT_TRANSLATE_NOOP("zz::PetitionIndicators", "按期受理告知率的分子：在期限内告知的")},
    PetitionSetText{PetitionIndicatorSet::HandlingMet,
                    QT_TRANSLATE_NOOP("zz::PetitionIndicators", "信访按期办结率的分母：本期答复的")},
    PetitionSetText{
        PetitionIndicatorSet::HandlingOnTime,
        QT_TRANSLATE_NOOP("zz::PetitionIndicators", "信访按期办结率的分子：本期在办理期限内答复的")},
    PetitionSetText{PetitionIndicatorSet::RepliesDelivered,
                    QT_TRANSLATE_NOOP("zz::PetitionIndicators", "复查率的分母：本期送达信访处理意见书的")},
    PetitionSetText{PetitionIndicatorSet::ReviewRequests,
                    QT_TRANSLATE_NOOP("zz::PetitionIndicators", "复查率的分子：本期申请复查的")},
    PetitionSetText{PetitionIndicatorSet::ReviewsDelivered,
                    QT_TRANSLATE_NOOP("zz::PetitionIndicators", "复核率的分母：本期送达复查意见书的")},
    PetitionSetText{PetitionIndicatorSet::RecheckRequests,
                    QT_TRANSLATE_NOOP("zz::PetitionIndicators", "复核率的分子：本期申请复核的")},
    PetitionSetText{PetitionIndicatorSet::OverdueOpen,
                    QT_TRANSLATE_NOOP("zz::PetitionIndicators", "截至统计日有法定期限超期未办完的")},
};

const PetitionIndicatorText &textOf(PetitionIndicator indicator)
{
    for (const PetitionIndicatorText &t : petitionIndicatorTexts) {
        if (t.indicator == indicator)
            return t;
    }
    return petitionIndicatorTexts.front();
}

// The case indicator of the same kind: the change and formatting rules are the same for both.
Indicator sameKind(PetitionIndicator indicator)
{
    return petitionIndicatorKind(indicator) == IndicatorKind::Rate ? Indicator::ClosureRate
                                                                   : Indicator::Received;
}

} // namespace

QList<PetitionIndicatorSet> allPetitionIndicatorSets()
{
    QList<PetitionIndicatorSet> out;
    for (const PetitionSetText &t : petitionSetTexts)
        out << t.set;
    return out;
}

qint64 petitionSetCount(const PetitionIndicatorCounts &c, PetitionIndicatorSet set)
{
    switch (set) {
    case PetitionIndicatorSet::Received:
        return c.received;
    case PetitionIndicatorSet::Decided:
        return c.decided;
    case PetitionIndicatorSet::Accepted:
        return c.accepted;
    case PetitionIndicatorSet::Repeats:
        return c.repeats;
    case PetitionIndicatorSet::NoticeDue:
        return c.noticeDue;
    case PetitionIndicatorSet::NoticeOnTime:
        return c.noticeOnTime;
    case PetitionIndicatorSet::HandlingMet:
        return c.handlingMet;
    case PetitionIndicatorSet::HandlingOnTime:
        return c.handlingOnTime;
    case PetitionIndicatorSet::RepliesDelivered:
        return c.repliesDelivered;
    case PetitionIndicatorSet::ReviewRequests:
        return c.reviewRequests;
    case PetitionIndicatorSet::ReviewsDelivered:
        return c.reviewsDelivered;
    case PetitionIndicatorSet::RecheckRequests:
        return c.recheckRequests;
    case PetitionIndicatorSet::OverdueOpen:
        return c.overdueOpen;
    }
    return 0;
}

PetitionIndicatorSet petitionNumeratorSet(PetitionIndicator indicator)
{
    switch (indicator) {
    case PetitionIndicator::Received:
        return PetitionIndicatorSet::Received;
    case PetitionIndicator::AcceptanceRate:
        return PetitionIndicatorSet::Accepted;
    case PetitionIndicator::OnTimeNoticeRate:
        return PetitionIndicatorSet::NoticeOnTime;
    case PetitionIndicator::OnTimeHandlingRate:
        return PetitionIndicatorSet::HandlingOnTime;
    case PetitionIndicator::ReviewRate:
        return PetitionIndicatorSet::ReviewRequests;
    case PetitionIndicator::RecheckRate:
        return PetitionIndicatorSet::RecheckRequests;
    case PetitionIndicator::RepeatRate:
        return PetitionIndicatorSet::Repeats;
    case PetitionIndicator::OverdueOpen:
        return PetitionIndicatorSet::OverdueOpen;
    }
    return PetitionIndicatorSet::Received;
}

std::optional<PetitionIndicatorSet> petitionDenominatorSet(PetitionIndicator indicator)
{
    switch (indicator) {
    case PetitionIndicator::AcceptanceRate:
        return PetitionIndicatorSet::Decided;
    case PetitionIndicator::OnTimeNoticeRate:
        return PetitionIndicatorSet::NoticeDue;
    case PetitionIndicator::OnTimeHandlingRate:
        return PetitionIndicatorSet::HandlingMet;
    case PetitionIndicator::ReviewRate:
        return PetitionIndicatorSet::RepliesDelivered;
    case PetitionIndicator::RecheckRate:
        return PetitionIndicatorSet::ReviewsDelivered;
    case PetitionIndicator::RepeatRate:
        return PetitionIndicatorSet::Received;
    case PetitionIndicator::Received:
    case PetitionIndicator::OverdueOpen:
        break;
    }
    return std::nullopt;
}

QString petitionIndicatorSetTitle(PetitionIndicatorSet set)
{
    for (const PetitionSetText &t : petitionSetTexts)
        if (t.set == set)
            return QCoreApplication::translate("zz::PetitionIndicators", t.title);
    return {};
}

QList<PetitionIndicator> allPetitionIndicators()
{
    QList<PetitionIndicator> out;
    for (const PetitionIndicatorText &t : petitionIndicatorTexts)
        out << t.indicator;
    return out;
}

IndicatorKind petitionIndicatorKind(PetitionIndicator indicator)
{
    return textOf(indicator).kind;
}

QString petitionIndicatorKey(PetitionIndicator indicator)
{
    return QString::fromLatin1(textOf(indicator).key);
}

QString petitionIndicatorTitle(PetitionIndicator indicator)
{
    return QCoreApplication::translate("zz::PetitionIndicators", textOf(indicator).title);
}

QString petitionIndicatorFormula(PetitionIndicator indicator)
{
    return QCoreApplication::translate("zz::PetitionIndicators", textOf(indicator).formula);
}

PetitionIndicatorCounts &PetitionIndicatorCounts::operator+=(const PetitionIndicatorCounts &o)
{
    received += o.received;
    decided += o.decided;
    accepted += o.accepted;
    noticeDue += o.noticeDue;
    noticeOnTime += o.noticeOnTime;
    handlingMet += o.handlingMet;
    handlingOnTime += o.handlingOnTime;
    repliesDelivered += o.repliesDelivered;
    reviewRequests += o.reviewRequests;
    reviewsDelivered += o.reviewsDelivered;
    recheckRequests += o.recheckRequests;
    repeats += o.repeats;
    overdueOpen += o.overdueOpen;
    return *this;
}

IndicatorFraction petitionIndicatorFraction(const PetitionIndicatorCounts &c, PetitionIndicator indicator)
{
    switch (indicator) {
    case PetitionIndicator::Received:
        return {c.received, 1};
    case PetitionIndicator::AcceptanceRate:
        return {c.accepted, c.decided};
    case PetitionIndicator::OnTimeNoticeRate:
        return {c.noticeOnTime, c.noticeDue};
    case PetitionIndicator::OnTimeHandlingRate:
        return {c.handlingOnTime, c.handlingMet};
    case PetitionIndicator::ReviewRate:
        return {c.reviewRequests, c.repliesDelivered};
    case PetitionIndicator::RecheckRate:
        return {c.recheckRequests, c.reviewsDelivered};
    case PetitionIndicator::RepeatRate:
        return {c.repeats, c.received};
    case PetitionIndicator::OverdueOpen:
        return {c.overdueOpen, 1};
    }
    return {};
}

std::optional<double> petitionIndicatorValue(const PetitionIndicatorCounts &counts,
                                             PetitionIndicator indicator)
{
    const IndicatorFraction f = petitionIndicatorFraction(counts, indicator);
    if (f.denominator == 0)
        return std::nullopt;
    return double(f.numerator) / double(f.denominator);
}

IndicatorChange petitionIndicatorChange(PetitionIndicator indicator, std::optional<double> current,
                                        std::optional<double> base)
{
    return indicatorChange(sameKind(indicator), current, base);
}

QString formatPetitionIndicatorValue(PetitionIndicator indicator, std::optional<double> value)
{
    return formatIndicatorValue(sameKind(indicator), value);
}

QString formatPetitionIndicatorChange(PetitionIndicator indicator, const IndicatorChange &change)
{
    return formatIndicatorChange(sameKind(indicator), change);
}

} // namespace zz
