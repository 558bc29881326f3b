#include "StatutoryHolidays.h"

#include "ChineseCalendar.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

QList<StatutoryHolidays::Day> StatutoryHolidays::forYear(int year)
{
    QList<Day> law;
    const auto add = [&law](QDate first, int days, const QString &name) {
        for (int i = 0; i < days; ++i)
            law.append({first.addDays(i), name});
    };
    const QDate newYear = ChineseCalendar::newYear(year);
    add(QDate(year, 1, 1), 1, u"元旦"_s);
    if (year < 2008) {
        add(newYear, 3, u"春节"_s);
        add(QDate(year, 5, 1), 3, u"劳动节"_s);
    } else {
        if (year < 2014)
            add(newYear.addDays(-1), 3, u"春节"_s);
        else if (year < 2025)
            add(newYear, 3, u"春节"_s);
        else
            add(newYear.addDays(-1), 4, u"春节"_s);
        add(ChineseCalendar::qingming(year), 1, u"清明"_s);
        add(QDate(year, 5, 1), year < 2025 ? 1 : 2, u"劳动节"_s);
        add(ChineseCalendar::fromLunar(year, 5, 5), 1, u"端午"_s);
    }
    // 国庆节 before 中秋: when 中秋 falls on 1 October (2020), 中秋 is the one made up.
    add(QDate(year, 10, 1), 3, u"国庆节"_s);
    if (year >= 2008)
        add(ChineseCalendar::fromLunar(year, 8, 15), 1, u"中秋"_s);
    std::stable_sort(law.begin(), law.end(), [](const Day &a, const Day &b) { return a.day < b.day; });

    // Each holiday on a weekend, or on a day another holiday already holds, is made up on the next
    // weekday that is not a holiday yet.
    QList<Day> result;
    QSet<QDate> taken;
    QList<const Day *> madeUp;
    for (const Day &day : std::as_const(law)) {
        if (taken.contains(day.day) || day.day.dayOfWeek() > 5)
            madeUp.append(&day);
        if (!taken.contains(day.day)) {
            taken.insert(day.day);
            result.append(day);
        }
    }
    for (const Day *day : std::as_const(madeUp)) {
        QDate substitute = day->day.addDays(1);
        while (substitute.dayOfWeek() > 5 || taken.contains(substitute))
            substitute = substitute.addDays(1);
        taken.insert(substitute);
        result.append({substitute, day->name + u"(补假)"_s});
    }
    std::stable_sort(result.begin(), result.end(), [](const Day &a, const Day &b) { return a.day < b.day; });
    return result;
}

} // namespace zz
