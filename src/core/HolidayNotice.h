#pragma once

#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace zz {

// One year's holiday arrangement as the State Council's notice (国务院办公厅关于部分节假日安排的通知)
// states it: each holiday's name, the days off (from – to) and the make-up working days (调休上班).
// What a county admin types in the calendar page; checked here and turned into calendar days.
class HolidayNotice
{
    Q_DECLARE_TR_FUNCTIONS(zz::HolidayNotice)

public:
    struct Holiday
    {
        QString name;
        QDate first;
        QDate last;
        QList<QDate> workdays; // make-up working days, each a Saturday or Sunday
        bool operator==(const Holiday &) const = default;
    };

    int year = 0;
    QList<Holiday> holidays;

    // What stops the notice from being stored, as plain translated sentences; empty when it can
    // be: a year between 2000 and 2100, at least one holiday, each named, its days within the year
    // (at most 15), no two holidays overlapping, make-up days Saturdays or Sundays of the year outside
    // every holiday and listed once.
    QStringList problems() const;
    // The calendar days: every day of each holiday, and each make-up day as "名称(调休)".
    WorkCalendar toCalendar() const;

    // The notice that `calendar`'s entries for an official year amount to (runs of days of one
    // name, weekends inside a run included); for a provisional year, the law's holidays with their
    // made-up days, as a draft to correct from the real notice.
    static HolidayNotice fromCalendar(const WorkCalendar &calendar, int year);

    static constexpr int maxHolidayDays = 15;
};

} // namespace zz
