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
