#pragma once

#include "BaseDataAccess.h"
#include "Clock.h"
#include "DeadlineRecompute.h"
#include "Entities.h"
#include "HolidayNotice.h"
#include "WorkCalendar.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace zz {

class Database;

// The holiday calendar as the base-data page edits it: a county admin enters a year, typed from the
// State Council's notice (HolidayNotice) or read from a chinese-days JSON file (the format of the
// bundled calendar and of `zongzhi-cli calendar import`). The year is stored and the open cases
// whose deadlines were counted over its provisional days are recomputed, in one transaction
// (DeadlineRecompute::storeYears). Everyone reads; only county admins write (the holidays_admin
// policy on PostgreSQL, BaseDataAccess on SQLite).
class HolidayCalendarService
{
    Q_DECLARE_TR_FUNCTIONS(zz::HolidayCalendarService)

public:
    HolidayCalendarService(const Database &db, const Clock &clock, const Actor &actor);

    bool mayEdit() const;
    WorkCalendar load() const;

    // Stores the notice's year (replacing what the year held) and recomputes. Throws a validation
    // Error naming the notice's problems, or Forbidden for anyone but a county admin.
    DeadlineRecompute::Result saveNotice(const HolidayNotice &notice);
    // Stores `years` of `source` (e.g. read by readJson) and recomputes.
    DeadlineRecompute::Result storeYears(const WorkCalendar &source, const QList<int> &years);

    // A chinese-days JSON file's days; throws a validation Error when it is not one.
    static WorkCalendar readJson(const QByteArray &json);

private:
    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    BaseDataAccess m_access;
};

} // namespace zz
