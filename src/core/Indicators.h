#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace zz {

// The period a leader's figures are for: a calendar month, quarter or year, or any run of days.
class ReportPeriod
{
public:
    enum class Kind { Month, Quarter, Year, Custom };

    ReportPeriod() = default;
    static ReportPeriod month(int year, int month);
    static ReportPeriod quarter(int year, int quarter);
    static ReportPeriod year(int year);
    // Any run of days, first..last inclusive; an empty period (last before first) is invalid.
    static ReportPeriod custom(QDate first, QDate last);
    // "2026-10", "2026-Q3" (or "2026q3"), "2026", "2026-01-05..2026-02-04"; nullopt otherwise.
    static std::optional<ReportPeriod> parse(const QString &text);

    bool isValid() const { return m_first.isValid() && m_last.isValid() && m_first <= m_last; }
    Kind kind() const { return m_kind; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    int days() const { return isValid() ? int(m_first.daysTo(m_last)) + 1 : 0; }
    // The text parse() reads back: "2026-10", "2026-Q3", "2026", "2026-01-05..2026-02-04".
    QString code() const;
    // For people: "2026年10月", "2026年第3季度", "2026年", "2026-01-05 至 2026-02-04" (translated).
    QString label() const;

    // 环比: the previous period of the same kind and length — January's is the previous December,
    // the first quarter's the previous year's fourth; a custom period's the same number of days
    // just before it.
    ReportPeriod previous() const;
    // 同比: the same period a year earlier (a custom period's days moved back one year; 29 February
    // becomes 28 February).
    ReportPeriod yearEarlier() const;

    friend bool operator==(const ReportPeriod &, const ReportPeriod &) = default;

private:
    Kind m_kind = Kind::Custom;
    QDate m_first, m_last;
};

// The figures leaders are judged by, defined once: the dashboard, the report, the board and the
// assessment all take them from here, with the formula each shows in its tooltip and footnote.
enum class Indicator {
    Received,               // 受理量
    Registered,             // 立案量
    Closed,                 // 办结量
    ClosureRate,            // 结案率
    OnTimeRate,             // 按期办结率
    ResolutionRate,         // 化解率
    SatisfactionRate,       // 满意率
    AvgHandlingWorkingDays, // 平均办理时长
    OverdueOpen,            // 在办超期
    SupervisedNormal,       // 普通督办
    SupervisedYellow,       // 黄牌督办
    SupervisedRed,          // 红牌督办
};

enum class IndicatorKind { Count, Rate, Average };

QList<Indicator> allIndicators();
IndicatorKind indicatorKind(Indicator indicator);
// The key in JSON and exports: "received", "closure_rate", "avg_handling_working_days", ...
QString indicatorKey(Indicator indicator);
std::optional<Indicator> indicatorFromKey(const QString &key);
// Translated: the name ("结案率") and the formula in words for tooltips and printed footnotes.
QString indicatorTitle(Indicator indicator);
QString indicatorFormula(Indicator indicator);

// The counts behind every indicator for one period and one scope; storage fills them, the rates and
// means follow from them here and nowhere else.
struct IndicatorCounts
{
    qint64 received = 0;           // received in the period
    qint64 registered = 0;         // of those, not declined
    qint64 closedOfRegistered = 0; // of those, closed by the as-of date
    qint64 closed = 0;             // closed (结案 or 归档, 就地化解 too) in the period
    qint64 closedOnTime = 0;       // of those, by the deadline after approved extensions (or none set)
    qint64 disputeRecorded = 0;    // of those closed, with the dispute's outcome recorded
    qint64 disputeSettled = 0;     // of those, settled
    qint64 callbacks = 0;          // call-backs with a result (满意, 基本满意, 不满意) in the period
    qint64 satisfied = 0;          // of those, 满意 or 基本满意
    qint64 handlingWorkingDays = 0; // sum over the cases closed in the period, received → closed
    qint64 overdueOpen = 0;         // open and past the deadline at the as-of date
    qint64 supervisedNormal = 0;    // cases supervised in the period, by level
    qint64 supervisedYellow = 0;
    qint64 supervisedRed = 0;

    IndicatorCounts &operator+=(const IndicatorCounts &o);
    friend bool operator==(const IndicatorCounts &, const IndicatorCounts &) = default;
};

struct IndicatorFraction
{
    qint64 numerator = 0;
    qint64 denominator = 1; // 1 for counts
};

IndicatorFraction indicatorFraction(const IndicatorCounts &counts, Indicator indicator);
// The count, the rate as a fraction (0.875) or the mean; nullopt when the denominator is 0.
std::optional<double> indicatorValue(const IndicatorCounts &counts, Indicator indicator);

// 同比 / 环比: counts and means change relatively, rates in percentage points. From a base of 0 a
// count's change is "新增" (both 0: undefined); a rate or mean with either side undefined has none.
struct IndicatorChange
{
    enum class Kind { Undefined, New, Value };
    Kind kind = Kind::Undefined;
    double value = 0; // relative change (0.25 = +25 %) or, for rates, the difference in points (0.03)
};

IndicatorChange indicatorChange(Indicator indicator, std::optional<double> current,
                                std::optional<double> base);

// "—" when undefined; "87.5%", "12", "3.4" (working days) otherwise.
QString formatIndicatorValue(Indicator indicator, std::optional<double> value);
// "—", "新增", "+25.0%", "-3.0个百分点" (translated).
QString formatIndicatorChange(Indicator indicator, const IndicatorChange &change);

} // namespace zz
