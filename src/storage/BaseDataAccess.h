#pragma once

#include "Clock.h"
#include "Entities.h"

#include <QCoreApplication>
#include <QStringList>

namespace zz {

class Database;

// Who may change base data (departments, categories, limits, center settings) and the audit row of
// each change. The rule is the one PostgreSQL's row-level security holds (migration 0008): an
// account with Permission::ManageReferenceData writes within its own unit's subtree, county-wide
// tables only from the county. On PostgreSQL the audit rows come from the server's triggers; on
// SQLite audit() writes them.
class BaseDataAccess
{
    Q_DECLARE_TR_FUNCTIONS(zz::BaseDataAccess)

public:
    BaseDataAccess(const Database &db, const Clock &clock, const Actor &actor);

    const Actor &actor() const { return m_actor; }
    bool mayManage() const;
    // The actor's own unit is the top of the tree (a county account).
    bool isCounty() const;
    // The unit lies within the actor's own unit's subtree.
    bool inScope(qint64 orgUnitId) const;
    // The actor's own unit's materialized path ("/1/5/"); empty when it has none.
    QString scopePath() const;

    void requireManage() const;
    void requireCountyManager() const; // county-wide tables
    void requireInScope(qint64 orgUnitId) const;

    // One reference_change row (SQLite only): "update departments 12 changed=name,phone".
    void audit(const QString &table, qint64 id, const QString &operation,
               const QStringList &changed = {}) const;

private:
    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    mutable QString m_scopePath;
};

} // namespace zz
