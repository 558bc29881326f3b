#include "WorkCalendar.h"

#include "StatutoryHolidays.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMutex>
#include <QTimeZone>
#include <algorithm>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace zz {
namespace {

struct DayEntry
{
    QDate day;
    bool isWorkday = false;
    QString name;
};

// chinese-days writes "English name,中文名,n"; our own file writes the Chinese name alone.
QString nameFromValue(const QJsonValue &value, bool isWorkday)
{
    const QString text = value.toString().trimmed();
    const QList<QStringView> parts = QStringView(text).split(u',');
    if (parts.size() < 2)
        return text;
    const QString name = parts.at(1).trimmed().toString();
    return isWorkday && !name.isEmpty() ? name + u"(调休)"_s : name;
}

bool readDays(const QJsonObject &root, QLatin1StringView key, bool isWorkday, QList<DayEntry> &entries)
{
    const QJsonValue section = root.value(key);
    if (section.isUndefined() || section.isNull())
        return true;
    if (!section.isObject())
        return false;
    const QJsonObject days = section.toObject();
    for (auto it = days.begin(); it != days.end(); ++it) {
        const QDate day = QDate::fromString(it.key(), Qt::ISODate);
        if (!day.isValid() || it.key().size() != 10)
            return false;
        entries.append({day, isWorkday, nameFromValue(it.value(), isWorkday)});
    }
    return true;
}

// The calendar date of `at` as seen in the time zone (or offset) of `reference`.
QDate dateAsIn(const QDateTime &at, const QDateTime &reference)
{
    switch (reference.timeSpec()) {
    case Qt::TimeZone:
        return at.toTimeZone(reference.timeZone()).date();
    case Qt::OffsetFromUTC:
        return at.toOffsetFromUtc(reference.offsetFromUtc()).date();
    default:
        return at.toTimeSpec(reference.timeSpec()).date();
    }
}

} // namespace

WorkCalendar WorkCalendar::bundled()
{
    static const WorkCalendar calendar = [] {
        WorkCalendar result;
        QFile file(u":/zongzhi/data/holidays-cn.json"_s);
        if (!file.open(QIODevice::ReadOnly) || !result.loadJson(file.readAll()))
            qWarning("WorkCalendar: the bundled holiday calendar could not be read; using weekends only");
        return result;
    }();
    return calendar;
}

bool WorkCalendar::loadJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject root = document.object();
    if (!root.contains("holidays"_L1) && !root.contains("workdays"_L1))
        return false;

    // Read everything first so that malformed input leaves the calendar unchanged.
    QList<DayEntry> entries;
    if (!readDays(root, "holidays"_L1, false, entries) || !readDays(root, "workdays"_L1, true, entries))
        return false;
    for (const DayEntry &entry : std::as_const(entries))
        setDay(entry.day, entry.isWorkday, entry.name);
    return true;
}

void WorkCalendar::setDay(QDate day, bool isWorkday, const QString &name)
{
    if (!day.isValid())
        return;
    if (!m_overrides.contains(day))
        ++m_yearDays[day.year()];
    m_overrides.insert(day, isWorkday);
    if (name.isEmpty())
        m_names.remove(day);
    else
        m_names.insert(day, name);
}

void WorkCalendar::clear()
{
    m_overrides.clear();
    m_names.clear();
    m_yearDays.clear();
}

QDate WorkCalendar::coveredUntil() const
{
    if (m_yearDays.isEmpty())
        return {};
    int last = m_yearDays.firstKey();
    while (m_yearDays.contains(last + 1))
        ++last;
    return QDate(last, 12, 31);
}

bool WorkCalendar::isProvisional(const QDateTime &deadline, bool workingDays) const
{
    if (!workingDays || !deadline.isValid())
        return false;
    const QDate end = coveredUntil();
    return !end.isValid() || deadline.date() > end;
}

QString WorkCalendar::provisionalNote(const QDateTime &deadline, bool workingDays) const
{
    if (!isProvisional(deadline, workingDays))
        return {};
    const QDate end = coveredUntil();
    const int last = deadline.date().year();
    const int first = end.isValid() ? std::min(end.year() + 1, last) : last;
    const QString years = first == last ? QString::number(first) : u"%1—%2"_s.arg(first).arg(last);
    return tr("%1 年节假日安排尚未录入，期限按法定节日推算（暂定）").arg(years);
}

QString WorkCalendar::coverageWarning(QDate today, int days) const
{
    if (!today.isValid())
        return {};
    const QDate horizon = today.addDays(std::max(days, 0));
    const QDate end = coveredUntil();
    if (end.isValid() && horizon <= end)
        return {};
    return provisionalNote(QDateTime(horizon, QTime(23, 59, 59)), true);
}

const QHash<QDate, QString> &WorkCalendar::statutoryDays(int year)
{
    // Computing a year takes about a millisecond; a WorkCalendar is copied freely and read from
    // several threads, so the years are computed once per process, behind a lock, and never freed.
    static QMutex mutex;
    static std::map<int, std::unique_ptr<const QHash<QDate, QString>>> years;
    static const QHash<QDate, QString> none;
    // The astronomy is checked for 1900–2100; outside a sensible range only weekends are rest days.
    if (year < 1950 || year > 2150)
        return none;
    const QMutexLocker lock(&mutex);
    auto &slot = years[year];
    if (!slot) {
        auto days = std::make_unique<QHash<QDate, QString>>();
        for (const StatutoryHolidays::Day &day : StatutoryHolidays::forYear(year))
            days->insert(day.day, day.name);
        slot = std::move(days);
    }
    return *slot;
}

bool WorkCalendar::isWorkday(QDate day) const
{
    const auto it = m_overrides.constFind(day);
    if (it != m_overrides.cend())
        return it.value();
    if (isProvisionalDay(day) && statutoryDays(day.year()).contains(day))
        return false;
    return day.dayOfWeek() <= 5;
}

bool WorkCalendar::isHoliday(QDate day) const
{
    const auto it = m_overrides.constFind(day);
    if (it != m_overrides.cend())
        return !it.value();
    return isProvisionalDay(day) && statutoryDays(day.year()).contains(day);
}

QString WorkCalendar::holidayName(QDate day) const
{
    if (isProvisionalDay(day))
        return statutoryDays(day.year()).value(day);
    return m_names.value(day);
}

QDate WorkCalendar::addWorkingDays(QDate from, int n) const
{
    if (!from.isValid() || n < 1)
        return from;
    QDate day = from;
    while (n > 0) {
        day = day.addDays(1);
        if (isWorkday(day))
            --n;
    }
    return day;
}

int WorkCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkday(day))
            ++count;
    }
    return count;
}

QDateTime WorkCalendar::deadline(const QDateTime &start, int days, bool workingDays) const
{
    if (!start.isValid())
        return {};
    QDate last = start.date();
    if (days > 0)
        last = workingDays ? addWorkingDays(last, days) : last.addDays(days);
    // Copying `start` keeps its time spec, offset or zone.
    QDateTime result = start;
    result.setDate(last);
    result.setTime(QTime(23, 59, 59));
    return result;
}

int WorkCalendar::remainingDays(const QDateTime &now, const QDateTime &deadline, bool workingDays) const
{
    if (!now.isValid() || !deadline.isValid())
        return 0;
    const QDate today = dateAsIn(now, deadline);
    const QDate last = deadline.date();
    if (now <= deadline)
        return workingDays ? workingDaysBetween(today, last) : int(today.daysTo(last));
    // Overdue: any part of a day past the deadline already counts as one day late.
    const int late = workingDays ? workingDaysBetween(last, today) : int(last.daysTo(today));
    return -std::max(late, 1);
}

WarningLevel WorkCalendar::warning(const QDateTime &start, const QDateTime &deadline, const QDateTime &now,
                                   double dueSoonFraction)
{
    if (!deadline.isValid() || !now.isValid())
        return WarningLevel::Normal;
    if (now > deadline)
        return WarningLevel::Overdue;
    if (!start.isValid())
        return WarningLevel::Normal;
    const qint64 total = start.msecsTo(deadline);
    if (total <= 0)
        return WarningLevel::DueSoon;
    const qint64 elapsed = start.msecsTo(now);
    // Half a millisecond of slack so that "exactly 70 %" is not lost to floating-point rounding.
    return double(elapsed) + 0.5 >= dueSoonFraction * double(total) ? WarningLevel::DueSoon
                                                                    : WarningLevel::Normal;
}

} // namespace zz
