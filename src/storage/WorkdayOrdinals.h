#pragma once

#include "WorkCalendar.h"

#include <QDate>
#include <QString>

namespace zz {

class Database;

// The working-day calendar inside the database, for statements that add up working days over many
// cases at once (平均办理时长): a temporary table of the connection, zz_workdays(day, ordinal),
// where `day` is a day number in local time ((epoch seconds + utcOffset) / 86400) and `ordinal`
// counts the working days up to and including it, so the working days after day a up to and
// including day b — WorkCalendar::workingDaysBetween — are ordinal(b) − ordinal(a). The table
// covers every day from the first case received to a year past the last one closed, and is
// filled again when the calendar (official or provisional days) or that span changes.
class WorkdayOrdinals
{
public:
    WorkdayOrdinals(const Database &db, const WorkCalendar &calendar) : m_db(db), m_calendar(calendar) {}

    // Creates or refreshes the table; returns the table's name for statements ("zz_workdays" on
    // SQLite, "pg_temp.zz_workdays" on PostgreSQL, so no schema on the search path can stand in).
    QString ensure();
    // Seconds to add to an epoch time before dividing by 86,400 to get its local day number.
    qint64 utcOffset() const;

    static qint64 dayNumber(QDate day) { return QDate(1970, 1, 1).daysTo(day); }

private:
    const Database &m_db;
    const WorkCalendar &m_calendar;
};

} // namespace zz
