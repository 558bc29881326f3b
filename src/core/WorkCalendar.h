#pragma once

#include "Types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QMap>

namespace zz {

// Working days in mainland China: Monday–Friday, minus official holidays, plus the adjusted
// working weekends (调休上班). Deadlines fall at the end (23:59:59) of their last day.
// A year with entries is official (its State Council notice was entered); any other year is
// provisional: its rest days are the statutory holidays of the holiday law, computed
// (StatutoryHolidays), so that 1 January or 春节 is never a working day while the notice is missing.
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(zz::WorkCalendar)

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
    // A holiday (not just a weekend): an entered one, or in a provisional year a statutory one.
    bool isHoliday(QDate day) const;
    // The name of a holiday or adjusted working day ("春节", "春节(调休)"); empty for other days.
    QString holidayName(QDate day) const;
    // Days the calendar has explicit entries for (official years only; never the computed days).
    QHash<QDate, bool> overrides() const { return m_overrides; }
    // Years with at least one entry, ascending: the official years.
    QList<int> years() const { return m_yearDays.keys(); }
    bool isOfficialYear(int year) const { return m_yearDays.contains(year); }
    // A day of a provisional year, whose rest days are computed from the holiday law.
    bool isProvisionalDay(QDate day) const { return day.isValid() && !isOfficialYear(day.year()); }

    // The last day the calendar knows: 31 December of the last year in the unbroken run of years
    // with entries that starts at its first such year. Invalid for a calendar without entries.
    // Past it the holidays are the provisional, computed ones.
    QDate coveredUntil() const;
    // A deadline counted in working days that falls after coveredUntil() (or on a calendar without
    // entries): the days past the calendar's end were counted with the computed statutory holidays
    // (暂定), so the deadline may move once that year's notice is entered. Natural-day deadlines are never
    // provisional. The one rule the intake form, the board and the recompute (DeadlineRecompute) share.
    bool isProvisional(const QDateTime &deadline, bool workingDays) const;
    // For a provisional deadline, the translated warning "2027
    // 年节假日安排尚未录入，期限按法定节日推算（暂定）" naming the missing year(s) up to the deadline's;
    // empty otherwise.
    QString provisionalNote(const QDateTime &deadline, bool workingDays) const;
    // The same warning when the official calendar ends within `days` days of `today` (the board and
    // the intake form show it ahead of time), naming the missing years up to today + days; empty
    // when the calendar covers them.
    QString coverageWarning(QDate today, int days = 60) const;

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
    // The computed holidays of a provisional year, shared by all calendars and threads.
    static const QHash<QDate, QString> &statutoryDays(int year);

    QHash<QDate, bool> m_overrides; // day -> is workday
    QHash<QDate, QString> m_names;
    QMap<int, int> m_yearDays; // year -> number of entries
};

} // namespace zz
