#include "HolidayNotice.h"

#include "InputLimits.h"
#include "StatutoryHolidays.h"

#include <QMap>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {
namespace {

const QString workdaySuffix = u"(调休)"_s;
const QString substituteSuffix = u"(补假)"_s;

QString dateText(QDate day)
{
    return day.toString(u"yyyy-MM-dd"_s);
}

} // namespace

QStringList HolidayNotice::problems() const
{
    QStringList out;
    if (year < 2000 || year > 2100) {
        out.append(tr("年份应在 2000 至 2100 之间。"));
        return out;
    }
    if (holidays.isEmpty())
        out.append(tr("请至少填写一个节日。"));
    const auto inYear = [this](QDate day) { return day.isValid() && day.year() == year; };
    QList<const Holiday *> ranged;
    for (const Holiday &h : holidays) {
        const QString name = h.name.trimmed();
        const QString label = name.isEmpty() ? tr("未命名的节日") : name;
        if (name.isEmpty())
            out.append(tr("每个节日都要填写名称。"));
        else if (name.size() > InputLimits::holidayName - int(workdaySuffix.size()))
            out.append(tr("节日名称“%1”过长。").arg(name.left(20)));
        if (!inYear(h.first) || !inYear(h.last)) {
            out.append(tr("%1：放假日期应在 %2 年之内。").arg(label).arg(year));
        } else if (h.last < h.first) {
            out.append(tr("%1：放假结束日期早于开始日期。").arg(label));
        } else if (h.first.daysTo(h.last) + 1 > maxHolidayDays) {
            out.append(tr("%1：放假不应超过 %2 天。").arg(label).arg(maxHolidayDays));
        } else {
            ranged.append(&h);
        }
        for (const QDate day : h.workdays) {
            if (!inYear(day))
                out.append(tr("%1：调休上班日应在 %2 年之内。").arg(label).arg(year));
            else if (day.dayOfWeek() < 6)
                out.append(tr("%1：调休上班日 %2 不是周六或周日。").arg(label, dateText(day)));
        }
    }
    std::sort(ranged.begin(), ranged.end(),
              [](const Holiday *a, const Holiday *b) { return a->first < b->first; });
    for (qsizetype i = 1; i < ranged.size(); ++i) {
        if (ranged.at(i)->first <= ranged.at(i - 1)->last) {
            out.append(tr("%1与%2的放假日期重叠。")
                           .arg(ranged.at(i - 1)->name.trimmed(), ranged.at(i)->name.trimmed()));
        }
    }
    QSet<QDate> seen;
    for (const Holiday &h : holidays) {
        for (const QDate day : h.workdays) {
            if (!day.isValid())
                continue;
            if (seen.contains(day))
                out.append(tr("调休上班日 %1 填写了不止一次。").arg(dateText(day)));
            seen.insert(day);
            for (const Holiday *other : std::as_const(ranged)) {
                if (day >= other->first && day <= other->last)
                    out.append(
                        tr("调休上班日 %1 落在%2的放假日期之内。").arg(dateText(day), other->name.trimmed()));
            }
        }
    }
    out.removeDuplicates();
    return out;
}

WorkCalendar HolidayNotice::toCalendar() const
{
    WorkCalendar calendar;
    for (const Holiday &h : holidays) {
        const QString name = h.name.trimmed();
        for (QDate day = h.first; day.isValid() && day <= h.last; day = day.addDays(1))
            calendar.setDay(day, false, name);
        for (const QDate day : h.workdays)
            calendar.setDay(day, true, name + workdaySuffix);
    }
    return calendar;
}

HolidayNotice HolidayNotice::fromCalendar(const WorkCalendar &calendar, int year)
{
    HolidayNotice notice;
    notice.year = year;
    // The rest days of the year with their names, and the make-up working days.
    QMap<QDate, QString> rest;
    QMap<QDate, QString> work;
    if (calendar.isOfficialYear(year)) {
        const QHash<QDate, bool> days = calendar.overrides();
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            if (it.key().year() != year)
                continue;
            QString name = calendar.holidayName(it.key());
            if (it.value()) {
                if (name.endsWith(workdaySuffix))
                    name.chop(workdaySuffix.size());
                work.insert(it.key(), name);
            } else {
                rest.insert(it.key(), name);
            }
        }
    } else {
        for (const StatutoryHolidays::Day &day : StatutoryHolidays::forYear(year)) {
            QString name = day.name;
            if (name.endsWith(substituteSuffix))
                name.chop(substituteSuffix.size());
            rest.insert(day.day, name);
        }
    }

    // Runs of one name; a gap of weekend days only (which a source may leave out) joins a run.
    for (auto it = rest.cbegin(); it != rest.cend(); ++it) {
        if (!notice.holidays.isEmpty()) {
            Holiday &last = notice.holidays.last();
            bool joins = last.name == it.value();
            for (QDate d = last.last.addDays(1); joins && d < it.key(); d = d.addDays(1))
                joins = d.dayOfWeek() > 5;
            if (joins) {
                last.last = it.key();
                continue;
            }
        }
        notice.holidays.append({it.value(), it.key(), it.key(), {}});
    }
    // Each make-up day goes to the nearest holiday of its name (else to the nearest holiday).
    for (auto it = work.cbegin(); it != work.cend(); ++it) {
        Holiday *best = nullptr;
        qint64 bestDistance = 0;
        for (int pass = 0; pass < 2 && !best; ++pass) {
            for (Holiday &h : notice.holidays) {
                if (pass == 0 && h.name != it.value())
                    continue;
                const qint64 distance =
                    std::min(std::abs(it.key().daysTo(h.first)), std::abs(it.key().daysTo(h.last)));
                if (!best || distance < bestDistance) {
                    best = &h;
                    bestDistance = distance;
                }
            }
        }
        if (best)
            best->workdays.append(it.key());
    }
    return notice;
}

} // namespace zz
