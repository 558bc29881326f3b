#pragma once

#include "Clock.h"
#include "Entities.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zz {

class Database;

// Entering a year's holidays, and moving the deadlines that were counted past the old calendar's
// end (WorkCalendar::isProvisional: over computed, provisional holidays) onto the new one. Each moved
// case gets its version bumped and a flow row (CaseAction::RecomputeDeadline) in the same transaction
// as the holidays.
//
// The rows it touches lie in every township. It runs as the database owner (zongzhi-cli `calendar
// import`, and `init` for the years a newer program bundles) or as a county admin entering a year in
// the app (HolidayCalendarService). On PostgreSQL an account may not write cases or flow rows and
// row-level security hides confidential cases, so both go through the SECURITY DEFINER functions
// zz_deadline_candidates() and zz_case_recompute_deadline() (migration 0022), which check the county
// admin; on SQLite the program has checked him.
class DeadlineRecompute
{
    Q_DECLARE_TR_FUNCTIONS(zz::DeadlineRecompute)

public:
    struct Result
    {
        QList<int> years;     // the years stored
        int daysWritten = 0;  // holidays and adjusted working days written
        int casesChanged = 0; // open cases whose deadline moved
    };

    // `operatorName` names who ran it in the flow log and the audit log (e.g. "cli:root").
    DeadlineRecompute(const Database &db, const Clock &clock, QString operatorName);
    // Run by an account (a county admin): the flow rows name him.
    DeadlineRecompute(const Database &db, const Clock &clock, const Actor &actor);

    // Replaces the stored days of each of `years` by the entries `source` has in them, then
    // recomputes the open cases whose deadlines were provisional before. One transaction.
    Result storeYears(const WorkCalendar &source, const QList<int> &years);
    // storeYears() for the years of the bundled calendar the table has no day of (a newer program
    // brings a new year). Nothing happens when the table holds every bundled year.
    Result addBundledYears();

    // The recompute alone. A deadline counted in working days from day S to D under `before` is
    // counted again under `after` from the same start with the same number of working days. The two
    // calendars agree up to before.coveredUntil(), so the count resumes from that day (or from S
    // when the counting started later: the last report, dispatch, transfer or reopen that set it;
    // an approved extension continues that count). Returns the number of cases changed.
    int recompute(const WorkCalendar &before, const WorkCalendar &after);

private:
    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
};

} // namespace zz
