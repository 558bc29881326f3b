#include "HolidayCalendarService.h"

#include "Database.h"
#include "Error.h"
#include "IndicatorCache.h"
#include "Query.h"
#include "ReferenceRepositories.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace zz {

HolidayCalendarService::HolidayCalendarService(const Database &db, const Clock &clock, const Actor &actor)
    : m_db(db), m_clock(clock), m_actor(actor), m_access(db, clock, actor)
{}

bool HolidayCalendarService::mayEdit() const
{
    return m_access.mayManage() && m_access.isCounty();
}

WorkCalendar HolidayCalendarService::load() const
{
    return CalendarRepository(m_db).load();
}

DeadlineRecompute::Result HolidayCalendarService::saveNotice(const HolidayNotice &notice)
{
    m_access.requireCountyManager();
    const QStringList problems = notice.problems();
    if (!problems.isEmpty())
        throw Error(Error::Kind::Validation, problems.join(u'\n'));
    return storeYears(notice.toCalendar(), {notice.year});
}

DeadlineRecompute::Result HolidayCalendarService::storeYears(const WorkCalendar &source,
                                                             const QList<int> &years)
{
    m_access.requireCountyManager();
    for (const int year : years) {
        if (!source.isOfficialYear(year))
            throw Error(Error::Kind::Validation, tr("没有 %1 年的节假日可以录入。").arg(year));
    }
    Transaction tx(m_db);
    const DeadlineRecompute::Result result =
        DeadlineRecompute(m_db, m_clock, m_actor).storeYears(source, years);
    // On PostgreSQL the holidays table's trigger audits every day written.
    for (const int year : result.years)
        m_access.audit(u"holidays"_s, year, u"update"_s);
    tx.commit();
    // The leaders' figures count working days from the stored calendar: renewed with it.
    IndicatorCache::renewStoredCalendar(m_db, CalendarRepository(m_db).load());
    return result;
}

WorkCalendar HolidayCalendarService::readJson(const QByteArray &json)
{
    WorkCalendar calendar;
    if (!calendar.loadJson(json) || calendar.years().isEmpty()) {
        throw Error(
            Error::Kind::Validation,
            tr("这个文件不是 chinese-days 格式的节假日文件（应含 \"holidays\" 与 \"workdays\" 两部分）。"));
    }
    return calendar;
}

} // namespace zz
