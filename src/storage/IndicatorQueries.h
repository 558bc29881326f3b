#pragma once

#include "Indicators.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <memory>
#include <optional>

namespace zz {

class Database;
class IndicatorCache;

// Which cases the figures are about: everything the connection may see, narrowed to a place (a
// county, township, village or grid and everything below it), a category (and its subcategories),
// a source and a department; 0 / empty means no narrowing.
struct IndicatorScope
{
    qint64 orgUnitId = 0;
    qint64 categoryId = 0;
    QString source; // CaseSource code: "hotline", "grid", ...
    qint64 departmentId = 0;
};

struct TownshipIndicators
{
    qint64 townshipId = 0;
    QString code;
    QString name;
    IndicatorCounts counts;
};

// The case sets the indicators count: each figure a leader can click is one of these for a period, a
// scope and (in a breakdown) one group, and the case list shows exactly the set the count counted.
enum class IndicatorSet {
    Received,           // received in the period
    Registered,         // of those, not declined
    ClosedOfRegistered, // of those, closed by the as-of date
    Closed,             // closed (结案 or 归档) in the period
    ClosedOnTime,       // of those, by the deadline
    ClosedLate,         // of those, after the deadline (Closed less ClosedOnTime)
    DisputeRecorded,    // of those closed, with the dispute's outcome recorded
    DisputeSettled,     // of those, settled
    CalledBack,         // with a call-back with a result in the period (a case, however many calls)
    Satisfied,          // with a 满意 or 基本满意 call-back in the period
    OverdueOpen,        // open at the end of the as-of date and past the deadline
    SupervisedNormal,   // supervised in the period at this level
    SupervisedYellow,
    SupervisedRed,
};

// The sets behind an indicator: its numerator, and its denominator for a rate (a mean: the cases
// averaged). Counts have no denominator.
IndicatorSet numeratorSet(Indicator indicator);
std::optional<IndicatorSet> denominatorSet(Indicator indicator);
// Translated, for the case list's filter line: "结案率的分子：受理后已办结的立案案件".
QString indicatorSetTitle(IndicatorSet set);

// What the dashboard breaks the figures down by.
enum class IndicatorDimension {
    None,
    Township,   // c.township_id
    Village,    // the case's place's village (a case at a township's own level has none)
    Grid,       // the case's place's grid
    Category,   // the top-level category (a sub-category counts for its parent)
    Source,     // CaseSource code
    Department, // the department handling it now
};

// The exact cases behind one figure: the set, the period and as-of date, the scope, and the group
// of a breakdown (its key as breakdown() gives it; `otherThan` instead: every group but those — the
// categories after the top ten).
struct IndicatorDrill
{
    IndicatorSet set = IndicatorSet::Received;
    ReportPeriod period;
    QDate asOf;
    IndicatorScope scope;
    IndicatorDimension dimension = IndicatorDimension::None;
    QString key;
    QStringList otherThan;
    QString description; // for people: what was clicked ("2026年1月 受理量 · 青石镇")
};

// One group of a breakdown: key ("12" — an org unit, category or department id; a source code),
// display name, and the counts.
struct IndicatorGroup
{
    QString key;
    QString name;
    IndicatorCounts counts;
};

struct IndicatorFigures
{
    ReportPeriod period;
    QDate asOf;
    IndicatorCounts total;
    QList<TownshipIndicators> byTownship; // by township code; each township with a case in the figures
};

// The counts behind the indicators of core/Indicators.h for a period and a scope, set-wise: one
// aggregate statement over the cases, one over the call-backs, one over the supervisions (each
// grouped by township), and the closed cases' two dates for the working-day means. It reads
// through the connection it is given, so on PostgreSQL row-level security keeps a township
// account's figures to its township; on SQLite the caller narrows the scope to the account's unit.
//
// The as-of date (end of that day) decides 结案率's "closed by" and 在办超期: the cases received
// before it, not declined, not closed by then (open now or closed later) and past their deadline
// then — the deadline as it stands now, after any extension approved since.
class IndicatorQueries
{
    Q_DECLARE_TR_FUNCTIONS(zz::IndicatorQueries)

public:
    IndicatorQueries(const Database &db, const WorkCalendar &calendar) : m_db(db), m_calendar(calendar) {}

    IndicatorFigures compute(const ReportPeriod &period, const IndicatorScope &scope, QDate asOf) const;

    // The counts per group of a dimension for the period and scope (groups with no figure left out),
    // largest received first (then by name). Dimension None: one group, key "", the total.
    QList<IndicatorGroup> breakdown(const ReportPeriod &period, const IndicatorScope &scope, QDate asOf,
                                    IndicatorDimension dimension) const;
    // The months up to and including `lastMonth`'s month, oldest first, each taken as far past its
    // end as `lastMonth` is at `asOf` (never later than asOf), as the report compares periods.
    struct MonthFigures
    {
        ReportPeriod month;
        QDate asOf;
        IndicatorCounts counts;
    };
    QList<MonthFigures> trend(QDate lastMonth, const IndicatorScope &scope, QDate asOf,
                              int months = 12) const;
    // The as-of date a comparison period is taken at: as far past its end as `period` is at `asOf`.
    static QDate comparisonAsOf(const ReportPeriod &period, QDate asOf, const ReportPeriod &other);
    // The dimension a place's ranking lists: the level below it (county or none: townships).
    IndicatorDimension rankingDimension(qint64 orgUnitId) const;

    // The drill-down as a condition on cases `c` (for CaseQuery::drill): the same predicates the
    // counts use, so the case list counts what the figure counted. `sql` is one boolean term.
    struct Clause
    {
        QString sql;
        QVariantList values;
    };
    static Clause drillClause(const Database &db, const IndicatorDrill &drill);

    // The township's id by its division code; 0 when there is none.
    qint64 townshipByCode(const QString &code) const;

    // Whether whole months of a county or township come from the stored monthly figures
    // (IndicatorCache; on by default). Off: every figure from the cases (the tests compare the two).
    void setUseAggregates(bool on) { m_useAggregates = on; }

private:
    enum LivePart {
        LiveCore = 1,         // received, registered, closed by the as-of date, closed and its parts
        LiveOverdue = 2,      // 在办超期
        LiveHandling = 4,     // 平均办理时长's working days
        LiveCallbacks = 8,    // 满意率
        LiveSupervision = 16, // 督办
        LiveAll = 31,
    };
    using LiveParts = int;
    QMap<QString, IndicatorCounts> countsBy(const QString &groupExpr, const ReportPeriod &period,
                                            const IndicatorScope &scope, QDate asOf) const;
    // Adds the parts' counts from the cases (narrowed further by `extraWhere`, " AND …") to `out`.
    void liveCountsBy(QMap<QString, IndicatorCounts> &out, const QString &groupExpr,
                      const ReportPeriod &period, const IndicatorScope &scope, QDate asOf, LiveParts parts,
                      const QString &extraWhere = {}) const;

    const Database &m_db;
    WorkCalendar m_calendar;
    bool m_useAggregates = true;
    mutable std::shared_ptr<IndicatorCache> m_cache;
    mutable std::optional<bool> m_hasConfidential; // whether the account sees any confidential case
};

} // namespace zz
