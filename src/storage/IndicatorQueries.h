#pragma once

#include "Indicators.h"
#include "WorkCalendar.h"

#include <QDate>
#include <QList>
#include <QString>

namespace zz {

class Database;

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
public:
    IndicatorQueries(const Database &db, const WorkCalendar &calendar) : m_db(db), m_calendar(calendar) {}

    IndicatorFigures compute(const ReportPeriod &period, const IndicatorScope &scope, QDate asOf) const;

    // The township's id by its division code; 0 when there is none.
    qint64 townshipByCode(const QString &code) const;

private:
    const Database &m_db;
    WorkCalendar m_calendar;
};

} // namespace zz
