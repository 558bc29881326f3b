#pragma once

#include "Indicators.h"
#include "PetitionIndicators.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

namespace zz {

class Database;

struct PetitionTownshipIndicators
{
    qint64 townshipId = 0;
    QString code;
    QString name;
    PetitionIndicatorCounts counts;
};

// The petitions behind one figure of the dashboard's petition tiles: the set, the period and as-of
// date, the place (0: all the connection may see), and optionally one township's group.
struct PetitionDrill
{
    PetitionIndicatorSet set = PetitionIndicatorSet::Received;
    ReportPeriod period;
    QDate asOf;
    qint64 orgUnitId = 0;
    qint64 townshipId = 0; // one township of the figures' byTownship; 0: all of them
    QString description;   // for people: what was clicked ("2026年10月 青石镇 · 受理率")
};

struct PetitionIndicatorFigures
{
    ReportPeriod period;
    QDate asOf;
    PetitionIndicatorCounts total;
    QList<PetitionTownshipIndicators> byTownship; // by township code; each with a figure
};

// The counts behind the petition indicators (core/PetitionIndicators.h) for a period, a place (an
// org unit and everything below it; 0: all the connection may see) and an as-of date, set-wise: one
// statement over the petitions, their clocks, flow and documents, grouped by township. It reads
// through the connection it is given, so on PostgreSQL row-level security keeps a township account's
// figures to its township; on SQLite the caller narrows the place to the account's unit.
//
// What is counted (dates are the days stored with the clocks and documents; the as-of date counts
// whole):
//  - 受理量: petitions received (registered) in the period; 重复: of those, marked repeat now.
//  - decided / accepted: of those, with a 受理 / 不予受理 / 不再受理 in the flow by the end of as-of.
//  - notice: acceptance-notice clocks due in the period, not stopped (the petition ended otherwise),
//    met by as-of or past due at as-of; on time: met on or before the stored due date.
//  - handling: handling clocks met (答复) in the period by as-of; on time: met on or before the stored
//    due date, which carries the approved extension and the hearings not counted. A petition reopened
//    (重新办理) runs a new handling clock and counts again.
//  - 复查/复核 requests: the answer clocks a request starts, by the day the request came;
//    处理意见书 / 复查意见书 delivered: by the delivery day recorded.
//  - 超期 (overdue open): petitions registered by as-of with a clock that had started by then, was due
//    before the as-of day, and was neither met by then nor ended with the petition by then; a clock
//    paused for a hearing is not overdue. Not bound to the period, like the cases' 在办超期.
//
// A figure's drill-down (drillClause) is built from the same pieces as its count. A set counting
// clocks or documents can count one petition twice (a petition reopened and answered again in the
// same period); drillEvents() counts as the figure does, drillPetitions() the petitions listed.
class PetitionIndicatorQueries
{
public:
    explicit PetitionIndicatorQueries(const Database &db) : m_db(db) {}

    PetitionIndicatorFigures compute(const ReportPeriod &period, qint64 orgUnitId, QDate asOf) const;

    // The drill-down as one boolean term on petitions `p` (for PetitionBoardFilter::drill).
    struct Clause
    {
        QString sql;
        QVariantList values;
    };
    Clause drillClause(const PetitionDrill &drill) const;
    // The figure behind a drill, counted again (equal to compute()'s count of its set).
    qint64 drillEvents(const PetitionDrill &drill) const;
    // The petitions the drill lists (≤ drillEvents()).
    qint64 drillPetitions(const PetitionDrill &drill) const;

private:
    const Database &m_db;
};

} // namespace zz
