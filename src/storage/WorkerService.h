#pragma once

#include "Clock.h"
#include "Entities.h"

#include <QCoreApplication>

namespace zz {

class Database;

// Grid workers as an admin edits them: create and edit, grid assignments over time, deactivate and
// activate, delete (refused while cases name the worker), and the audited reveal of one worker's ID
// number and phone. Every call needs Permission::ManageReferenceData (the reveal:
// RevealPersonalData), and the worker and the grids must lie inside the actor's org unit: a
// township admin edits his own township's workers only. On PostgreSQL the row-level security of
// migrations 0008, 0016 and 0018 says the same to raw SQL, and ID numbers leave the server only
// through the audited zz_worker_resident_id() (0023); on SQLite this class is the only guard.
//
// Assignments: a worker holds one grid at a time, spans never overlap (the database refuses it
// too). assign() starts a span when the worker has none open; move() ends the open span on the
// day before `firstDay` and opens the new one on `firstDay` (a move on the open span's own first
// day corrects that span in place); end() closes the open span on `lastDay`. Every call takes the
// worker as last read and refreshes it (version, unit, head flag); a stale version is a Conflict.
class WorkerService
{
    Q_DECLARE_TR_FUNCTIONS(zz::WorkerService)

public:
    WorkerService(const Database &db, const Clock &clock, const Actor &actor);

    // Validates and stores a new worker in worker.orgUnitId (a township, village or grid in scope);
    // with gridId > 0 the worker also takes that grid from the in-post date (today if none).
    qint64 create(Worker &worker, qint64 gridId = 0, bool isHead = false);
    // The fields of WorkerRepository::update(); a stale version is a Conflict.
    void update(Worker &worker);

    void assign(Worker &worker, qint64 gridId, QDate from, bool isHead);
    void move(Worker &worker, qint64 gridId, QDate firstDay, bool isHead);
    void end(Worker &worker, QDate lastDay);

    // Leaves the post on `lastDay`: the open span ends that day, the worker is inactive and no
    // longer offered for dispatch. activate() takes him back (without a grid until assigned).
    void deactivate(Worker &worker, QDate lastDay);
    void activate(Worker &worker);

    // What an import of the worker's whole record does (the workers kind's 网格分配, 状态 and 离岗日期).
    // setAssignments() makes the worker's grid history `spans` (workerId and ids ignored): a stored
    // span with the same grid and first day stays (its last day and head flag set), the other
    // stored ones are removed, the missing ones added, each audited as the page's own changes are.
    // Refused: a grid out of scope or not a grid, a last day before the first, spans sharing a
    // day, a span open for a worker who has left. True when anything changed.
    bool setAssignments(Worker &worker, const QList<WorkerGrid> &spans);
    // In post (the last day cleared) or left on `lastDay`: an open span ends that day; without one
    // the day may stay unknown (invalid). True when anything changed.
    bool setPostStatus(Worker &worker, bool active, QDate lastDay);
    // Deletes a worker no case names; otherwise refused (InvalidState) with the number of cases.
    void remove(const Worker &worker);

    // The unmasked worker, after writing a reveal audit row (which fields, never their values).
    Worker reveal(qint64 workerId);

    // True when the actor may edit workers of `orgUnitId`.
    bool mayEdit(qint64 orgUnitId) const;

private:
    QDate today() const;
    void requireManage() const;
    void requireInScope(qint64 orgUnitId) const;
    void requireGrid(qint64 gridId) const;
    Worker current(const Worker &worker) const;
    void refresh(Worker &worker) const;

    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
};

} // namespace zz
