#pragma once

#include "AssessmentCalculator.h"

#include <QDateTime>
#include <QList>

namespace zz {

class Database;

// Gathers a township's month of facts for the calculator, set-wise: one statement for the workers
// and their grid assignments, one for every case fact of the month, one for the activities, one for
// the approved adjustments — never a statement per worker.
//
// Who a fact belongs to:
//   * a 网格上报 case registered (or settled on the spot) counts for the worker on the case's grid
//     the day it was received — when several share the grid that day, the grid head, else the
//     longest-serving worker (lowest id); intake records no reporting worker, the grid is the link;
//   * settled on the spot: the worker the flow row names, else (a 网格上报 case) its reporter as above;
//   * closed by the deadline, overdue, 不满意 call-backs: the worker the case is assigned to
//     (cases.worker_id); yellow and red cards: the worker the case was assigned to when carded
//     (case_flow.worker_id, the card level from case_flow.supervise_level).
// On PostgreSQL the case facts come from zz_score_case_facts() (migration 0021), which reads every
// case of the township, confidential ones too, so a month scores alike whoever computes it.
class AssessmentFacts
{
public:
    explicit AssessmentFacts(const Database &db) : m_db(db) {}

    QList<WorkerFacts> gather(qint64 townshipId, const ScorePeriod &period, const QDateTime &now) const;
    // The township's workers in the month with their grid assignments only (no facts), by number.
    QList<WorkerFacts> workers(qint64 townshipId, const ScorePeriod &period) const;

    // The epoch seconds of the month's first instant and of the next month's (local time).
    static qint64 monthStart(const ScorePeriod &period);
    static qint64 monthEnd(const ScorePeriod &period);

private:
    const Database &m_db;
};

} // namespace zz
