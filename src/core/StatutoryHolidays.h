#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace zz {

// The public holidays that the national holiday law (全国年节及纪念日放假办法) gives everyone in a
// year, computed from the Chinese calendar (ChineseCalendar): what stands in for a year whose State
// Council notice (国务院办公厅关于部分节假日安排的通知) has not been entered. The law as in force in
// that year: 1999 (元旦, 春节 初一–初三, 劳动节 1–3 May, 国庆 1–3 Oct), 2008 (春节 除夕–初二, 劳动节
// 1 May, and 清明, 端午, 中秋), 2014 (春节 初一–初三) and 2025 (春节 除夕–初三, 劳动节 1–2 May). A
// holiday falling on a Saturday or Sunday, or on another holiday, is made up on the next working day
// (补假, Art. 6). The notice's own arrangement (longer blocks, adjusted working weekends) is not guessed.
class StatutoryHolidays
{
public:
    struct Day
    {
        QDate day;
        QString name; // "春节", "国庆节", "国庆节(补假)" — the names chinese-days uses
        bool operator==(const Day &) const = default;
    };

    // The year's rest days, in date order.
    static QList<Day> forYear(int year);
};

} // namespace zz
