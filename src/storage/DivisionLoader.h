#pragma once

#include "Clock.h"
#include "DivisionCatalog.h"
#include "Entities.h"

#include <QCoreApplication>
#include <QStringList>

namespace zz {

class Database;

// What one load did.
struct DivisionLoadResult
{
    QString countyCode;
    QString countyName;
    bool countyCreated = false;
    int townships = 0;      // township-level units created
    int villages = 0;       // villages and communities created
    int special = 0;        // of the townships created: development zones, farms and the like
    int alreadyPresent = 0; // units of the tables found in the database and left as they were
};

// Creates a county's org tree from the national division tables: the county unit, its townships and
// the villages and communities of chosen townships, with their real names and NBS codes, in one
// transaction. Idempotent: a unit already in the database (by code, or by name under the same
// parent) is left exactly as it is — renamed villages keep their new names — and units the center
// added itself (org_units.local) are never touched. Townships coded 400–599 get org_units.special.
//
// Runs as the database owner (zongzhi-cli init, the first-run wizard before any account exists) or
// as a county admin adding townships later; on PostgreSQL row-level security lets an admin insert
// below his own unit only and the server computes the paths, so the same statements work for both.
class DivisionLoader
{
    Q_DECLARE_TR_FUNCTIONS(zz::DivisionLoader)

public:
    // `actor` is the account doing it (userId 0: the owner, before any account exists, named in the
    // SQLite audit row by actor.name, e.g. "cli:root"); it and must be a county admin — or, for its own
    // township's villages, that township's admin.
    explicit DivisionLoader(const Clock &clock, const Actor &actor = {},
                            const DivisionCatalog &catalog = DivisionCatalog::bundled());

    // The county (6 digits), ALL its townships, and the villages of `townshipCodes` (empty: of
    // every township). Throws zz::Error(Validation) with a translated sentence for an unknown
    // county or a township outside it, zz::Error(Forbidden) when the actor may not.
    DivisionLoadResult load(const Database &db, const QString &countyCode,
                            const QStringList &townshipCodes = {}) const;

    // zongzhi-cli init --division: a 6-digit county code loads the county, all its townships and
    // all their villages; a 9-digit township code loads its county unit, that one township and
    // its villages.
    DivisionLoadResult loadCode(const Database &db, const QString &code) const;

private:
    DivisionLoadResult run(const Database &db, const Division &county, const QList<Division> &townships,
                           const QStringList &villageTownships) const;
    void checkActor(const Database &db, const QList<Division> &townships) const;

    const Clock &m_clock;
    Actor m_actor;
    const DivisionCatalog &m_catalog;
};

} // namespace zz
