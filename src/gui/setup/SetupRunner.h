#pragma once

#include "SetupPlan.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <functional>

namespace zz {

class Clock;
class Database;

// Carries out a SetupPlan on a database, one step at a time, so that the wizard can show each
// step, stop at a failure and resume from there: a step that succeeded is not run again, and every
// step is safe to repeat after a failure half-way (each runs in its own transaction).
class SetupRunner
{
    Q_DECLARE_TR_FUNCTIONS(zz::SetupRunner)

public:
    enum class Step {
        Categories,    // the standard category set
        OrgTree,       // the county, its townships and the chosen townships' villages
        Admin,         // the first admin, in the county
        CenterDetails, // the center's name, address and phone (as the new admin)
        Demo,          // demo data instead of all of the above
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // `actor`: who acts (the logged-in account when townships are added later; empty before any
    // account exists, when the connection is the database owner's).
    SetupRunner(const Database &db, const Clock &clock, const Actor &actor = {});

    static QList<Step> steps(const SetupPlan &plan);
    static QString label(Step step);

    // Runs one step and returns what it did in a sentence; throws zz::Error with a translated
    // sentence when it fails.
    QString run(Step step, const SetupPlan &plan, const Progress &progress = {});
    bool isDone(Step step) const { return m_done.contains(step); }
    // True once any step changed the database.
    bool hasStarted() const { return !m_done.isEmpty(); }

    // After Admin: the account's login. After Demo: the demo logins and what could not be set up.
    QString createdLogin() const { return m_createdLogin; }
    QStringList demoNotes() const { return m_demoNotes; }

private:
    qint64 countyId(const SetupPlan &plan) const;

    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    QSet<Step> m_done;
    QString m_createdLogin;
    QStringList m_demoNotes;
};

} // namespace zz
