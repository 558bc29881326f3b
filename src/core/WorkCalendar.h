#pragma once

#include "Types.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>

namespace zz {

// Working days in mainland China: Monday–Friday, minus official holidays, plus the adjusted
// working weekends (调休上班). Deadlines fall at the end (23:59:59) of their last day.
class WorkCalendar
{
public:
    WorkCalendar() = default;

    // The bundled calendar (resources/data/holidays-cn.json, from npm chinese-days).
    static WorkCalendar bundled();

    // Reads {"holidays": {"2025-01-01": "...", ...}, "workdays": {"2025-01-26": "...", ...}}
    // (the shape of chinese-days' dist JSON, extra keys ignored). Entries are added to the calendar,
    // replacing earlier ones for the same day. Returns false, changing nothing, on malformed input.
    bool loadJson(const QByteArray &json);

    // Marks a day as a holiday (isWorkday=false) or an adjusted working day (true).
    void setDay(QDate day, bool isWorkday, const QString &name = {});
    void clear();

    bool isWorkday(QDate day) const;
    bool isHoliday(QDate day) const; // an official holiday (not just a weekend)
    // The name of a holiday or adjusted working day ("春节", "春节(调休)"); empty for other days.
    QString holidayName(QDate day) const;
    // Days the calendar has explicit entries for.
    QHash<QDate, bool> overrides() const { return m_overrides; }

    // The n-th working day after `from` (n >= 1); `from` itself is not counted.
    QDate addWorkingDays(QDate from, int n) const;
    // Working days in (from, to]: 0 when to <= from.
    int workingDaysBetween(QDate from, QDate to) const;

    // The deadline of something received at `start` with a limit of `days` natural or working days.
    QDateTime deadline(const QDateTime &start, int days, bool workingDays) const;

    // Remaining time in whole days (working days when `workingDays`); negative when overdue.
    int remainingDays(const QDateTime &now, const QDateTime &deadline, bool workingDays) const;

    // Normal, due soon (at least `dueSoonFraction` of the time from start to deadline has passed)
    // or overdue (now is past the deadline).
    static WarningLevel warning(const QDateTime &start, const QDateTime &deadline, const QDateTime &now,
                                double dueSoonFraction = 0.7);

private:
    QHash<QDate, bool> m_overrides; // day -> is workday
    QHash<QDate, QString> m_names;
};

} // namespace zz
