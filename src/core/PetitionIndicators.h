#pragma once

#include "Indicators.h"

#include <QList>
#include <QString>
#include <optional>

namespace zz {

// The figures a petition (信访) office is judged by, defined once like the case indicators
// (Indicators.h): each with its numerator, its denominator and the formula shown with it. Rates use
// the case indicators' value, 同比/环比 and formatting rules ("—" for an empty denominator, "新增").
enum class PetitionIndicator {
    Received,           // 受理量 (信访登记量)
    AcceptanceRate,     // 受理率
    OnTimeNoticeRate,   // 按期受理告知率
    OnTimeHandlingRate, // 按期办结率
    ReviewRate,         // 复查率
    RecheckRate,        // 复核率
    RepeatRate,         // 重复访率
    OverdueOpen,        // 超期信访: open petitions with a statutory clock past due at the as-of date
};

QList<PetitionIndicator> allPetitionIndicators();
IndicatorKind petitionIndicatorKind(PetitionIndicator indicator);
// The key in JSON: "received", "acceptance_rate", "on_time_notice_rate", "on_time_handling_rate",
// "review_rate", "re_review_rate", "repeat_rate", "overdue_open".
QString petitionIndicatorKey(PetitionIndicator indicator);
// Translated: the name and the formula in words for tooltips and printed footnotes.
QString petitionIndicatorTitle(PetitionIndicator indicator);
QString petitionIndicatorFormula(PetitionIndicator indicator);

// The counts behind the petition indicators for one period, one scope and one as-of date; storage
// (PetitionIndicatorQueries) fills them, the rates follow from them here and nowhere else.
struct PetitionIndicatorCounts
{
    qint64 received = 0;         // registered (登记) in the period
    qint64 decided = 0;          // of those, 受理, 不予受理 or 不再受理 by the as-of date
    qint64 accepted = 0;         // of those, 受理
    qint64 noticeDue = 0;        // acceptance-notice clocks due in the period, met or past due at as-of
    qint64 noticeOnTime = 0;     // of those, met by the due date stored with the clock
    qint64 handlingMet = 0;      // handling clocks met (答复) in the period
    qint64 handlingOnTime = 0;   // of those, by the due date stored (after approved extensions)
    qint64 repliesDelivered = 0; // 信访处理意见书 delivered in the period
    qint64 reviewRequests = 0;   // 复查 requests received in the period
    qint64 reviewsDelivered = 0; // 复查意见书 delivered in the period
    qint64 recheckRequests = 0;  // 复核 requests received in the period
    qint64 repeats = 0;          // of those received, marked 重复 (一信多投 and 并处 are not)
    qint64 overdueOpen = 0;      // petitions received by as-of with a clock running past due then

    PetitionIndicatorCounts &operator+=(const PetitionIndicatorCounts &o);
    friend bool operator==(const PetitionIndicatorCounts &, const PetitionIndicatorCounts &) = default;
};

// The petitions (or their clocks and documents) behind one count: what the dashboard's petition tiles
// open in the 信访台账. Each count of PetitionIndicatorCounts is one set.
enum class PetitionIndicatorSet {
    Received,
    Decided,
    Accepted,
    Repeats,
    NoticeDue,
    NoticeOnTime,
    HandlingMet,
    HandlingOnTime,
    RepliesDelivered,
    ReviewRequests,
    ReviewsDelivered,
    RecheckRequests,
    OverdueOpen,
};

QList<PetitionIndicatorSet> allPetitionIndicatorSets();
qint64 petitionSetCount(const PetitionIndicatorCounts &counts, PetitionIndicatorSet set);
PetitionIndicatorSet petitionNumeratorSet(PetitionIndicator indicator);
// nullopt for a count (its denominator is no set).
std::optional<PetitionIndicatorSet> petitionDenominatorSet(PetitionIndicator indicator);
// Translated, for the board's filter line: "按期办结率的分子：本期在办理期限内答复的".
QString petitionIndicatorSetTitle(PetitionIndicatorSet set);

IndicatorFraction petitionIndicatorFraction(const PetitionIndicatorCounts &counts,
                                            PetitionIndicator indicator);
// The count, or the rate as a fraction; nullopt when the denominator is 0.
std::optional<double> petitionIndicatorValue(const PetitionIndicatorCounts &counts,
                                             PetitionIndicator indicator);
// 同比 / 环比 as for the case indicators: a count relatively ("新增" from 0), a rate in points.
IndicatorChange petitionIndicatorChange(PetitionIndicator indicator, std::optional<double> current,
                                        std::optional<double> base);
// "—", "12", "87.5%".
QString formatPetitionIndicatorValue(PetitionIndicator indicator, std::optional<double> value);
// "—", "新增", "+25.0%", "-3.0个百分点".
QString formatPetitionIndicatorChange(PetitionIndicator indicator, const IndicatorChange &change);

} // namespace zz
