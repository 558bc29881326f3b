#pragma once

#include "Entities.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace zz {

class Database;

// What the worker list asks for; every field narrows it.
struct WorkerFilter
{
    QString text;         // each word: name, number, phone, grid or village name contains it
    qint64 orgUnitId = 0; // workers whose unit lies in this unit's subtree (0: all)
    std::optional<Employment> employment;
    std::optional<bool> active;
};

// One row of the worker list: the worker and where he serves now.
struct WorkerListRow
{
    Worker worker;
    QString place;    // "大塘村 / 第2网格" for a grid, else the unit's own name
    QString township; // the township's name (empty for a county-level worker)
};

// Where a page of the list ends: the next page starts after it (keyset on code, id).
struct WorkerPageKey
{
    QString code;
    qint64 id = 0;
};

// A grid as the grid picker offers it.
struct GridChoice
{
    qint64 id = 0;
    QString code;
    QString label; // "青石镇 / 大塘村 / 第2网格"
};

// Grid workers and their grid assignments (worker_grids). The reads serve every account; the
// writes here check nothing but the data itself — they are what WorkerService (which checks the
// actor's permission and scope) and the database owner (tests, demo data, command line) call.
class WorkerRepository
{
    Q_DECLARE_TR_FUNCTIONS(zz::WorkerRepository)

public:
    explicit WorkerRepository(const Database &db) : m_db(db) {}

    // Validates and inserts the worker (id, code and version filled in): an empty code becomes the
    // next free "<township code>W0001"; when orgUnitId is a grid the worker also gets an open
    // assignment there from the in-post date (`today` when that is not recorded).
    qint64 create(Worker &worker, QDate today = QDate::currentDate());
    // Name, number, employment, phone, ID number, in-post date. The unit changes here only for a
    // worker without an open assignment (assignments move the others). Optimistic: Conflict on a
    // stale version; bumps worker.version.
    void update(Worker &worker);
    std::optional<Worker> get(qint64 id) const;
    std::optional<Worker> byCode(const QString &code) const;
    // The active (or all) workers inside a unit's subtree, by unit; small lists (one township).
    QList<Worker> list(qint64 orgUnitId = 0, bool activeOnly = true) const;

    // One page of the filtered list in (code, id) order, after `after` (an empty key: the first).
    QList<WorkerListRow> page(const WorkerFilter &filter, const WorkerPageKey &after, int limit) const;
    // The same order by position (the list widgets page by offset; a township's few thousand rows).
    QList<WorkerListRow> pageAt(const WorkerFilter &filter, int offset, int limit) const;
    int count(const WorkerFilter &filter) const;

    // The worker's assignments, newest first.
    QList<WorkerGrid> assignments(qint64 workerId) const;
    std::optional<WorkerGrid> openAssignment(qint64 workerId) const;
    // Grids (level 4 units) inside `scopeOrgUnitId`'s subtree whose name, village name or code
    // contains `text`, by code.
    QList<GridChoice> searchGrids(const QString &text, qint64 scopeOrgUnitId, int limit = 50) const;
    // "青石镇 / 大塘村 / 第2网格" for a grid (the chain below the county).
    QString gridLabel(qint64 gridId) const;

    // The unmasked ID number, for WorkerService::reveal() only. On PostgreSQL it comes from
    // zz_worker_resident_id(), which refuses accounts that may not see it and writes the reveal's
    // audit row itself (staff have no SELECT on the column, migration 0023).
    QString residentId(qint64 workerId) const;

    // Cases naming the worker as handler, or flow rows naming him (as far as the account sees them).
    int caseCount(qint64 workerId) const;
    // The number create() would give a worker of `orgUnitId` now.
    QString nextCode(qint64 orgUnitId) const;

    // Low-level assignment writes for WorkerService (no checks but the database's own): each keeps
    // workers.org_unit_id and is_grid_head in step with the open assignment.
    qint64 insertAssignment(const WorkerGrid &assignment);
    void closeAssignment(qint64 assignmentId, QDate lastDay);
    void reassign(qint64 assignmentId, qint64 gridId, bool isHead);
    // The span's last day (invalid: open again) and head flag.
    void updateAssignment(qint64 assignmentId, QDate to, bool isHead);
    void removeAssignment(qint64 assignmentId);
    // active and left_post_date (NULL for an invalid day).
    void setPostStatus(qint64 workerId, bool active, QDate leftPostDate);
    // Sets org_unit_id/is_grid_head from the open assignment (without one: the village of the grid
    // the worker was on, no head).
    void syncCurrent(qint64 workerId);
    // Claims the worker's row for a change: bumps its version when it is still `version`, else
    // throws Conflict (NotFound when gone). Every change of a worker or his assignments goes
    // through it first, which also serialises them on PostgreSQL.
    void claim(qint64 workerId, int version);

private:
    void validate(const Worker &worker) const;
    QList<WorkerListRow> readRows(const QString &where, const QVariantList &values,
                                  const QString &tail) const;
    const Database &m_db;
};

} // namespace zz
