#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <functional>

namespace zz {

class Database;

struct DemoOptions
{
    qint64 cases = 2000;
    quint32 seed = 20261125; // same seed, same data
    int townships = 4;
    int villagesPerTownship = 6;
    int gridsPerVillage = 4;
    QDateTime now; // "today" of the generated history; invalid = current time
};

// Builds a realistic, deterministic county: townships, villages, grids, workers, departments,
// categories, user accounts, and cases in every status with parties and flow logs. Cases are
// written in large batches inside transactions, fast enough for a million on SQLite.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(zz::DemoDataGenerator)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    DemoDataGenerator(const Database &db, DemoOptions options);

    // Requires a migrated database. Reference data is created once (reused when present); cases
    // are appended. Returns the number of cases written.
    qint64 run(const Progress &progress = {});

    // The password every demo account gets (README): an Argon2id hash on SQLite, a login role on
    // PostgreSQL when the connecting role may create roles.
    static QString demoPassword();
    // What run() could not set up (e.g. no CREATEROLE for the demo login roles), translated.
    const QStringList &notes() const { return m_notes; }

private:
    const Database &m_db;
    DemoOptions m_options;
    QStringList m_notes;
};

} // namespace zz
