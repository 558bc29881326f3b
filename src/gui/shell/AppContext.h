#pragma once

#include "Clock.h"
#include "Database.h"
#include "Entities.h"
#include "WorkCalendar.h"

namespace zz {

class AppSettings;

// What every module is handed: the logged-in account's database connection, the clock, the
// working-day calendar and the account itself. Small on purpose (no service locator): a module
// builds the repositories and services it needs from these.
struct AppContext
{
    const Database &db;
    const Clock &clock;
    WorkCalendar calendar;
    User user;
    // This user's settings on this computer (printer, receipt paper); nullptr where there are none
    // (tests, tools): then the defaults apply.
    AppSettings *settings = nullptr;

    Actor actor() const
    {
        return Actor{user.id, user.displayName, user.roles, user.orgUnitId, user.departmentId};
    }
};

} // namespace zz
