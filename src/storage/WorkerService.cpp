#include "WorkerService.h"

#include "AuditLog.h"
#include "BaseDataAccess.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "WorkerRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QString isoDate(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

WorkerService::WorkerService(const Database &db, const Clock &clock, const Actor &actor)
    : m_db(db), m_clock(clock), m_actor(actor)
{}

QDate WorkerService::today() const
{
    return m_clock.now().date();
}

bool WorkerService::mayEdit(qint64 orgUnitId) const
{
    const BaseDataAccess access(m_db, m_clock, m_actor);
    return access.mayManage() && access.inScope(orgUnitId);
}

void WorkerService::requireManage() const
{
    BaseDataAccess(m_db, m_clock, m_actor).requireManage();
}

void WorkerService::requireInScope(qint64 orgUnitId) const
{
    const BaseDataAccess access(m_db, m_clock, m_actor);
    access.requireManage();
    if (!access.inScope(orgUnitId))
        throw Error(Error::Kind::Forbidden, tr("只能管理本乡镇(街道)的网格员。"));
}

void WorkerService::requireGrid(qint64 gridId) const
{
    const auto grid = OrgUnitRepository(m_db).get(gridId);
    if (!grid || grid->level != OrgLevel::Grid)
        throw Error(Error::Kind::Validation, tr("请选择一个网格。"));
    const BaseDataAccess access(m_db, m_clock, m_actor);
    if (!access.inScope(gridId))
        throw Error(Error::Kind::Forbidden, tr("只能把网格员分配到本乡镇(街道)的网格。"));
}

// The stored worker behind `worker`, checked for scope; Conflict when `worker` is stale.
Worker WorkerService::current(const Worker &worker) const
{
    requireManage();
    const auto stored = WorkerRepository(m_db).get(worker.id);
    if (!stored)
        throw Error(Error::Kind::NotFound, tr("该网格员已不存在。"));
    requireInScope(stored->orgUnitId);
    if (stored->version != worker.version)
        throw Error(Error::Kind::Conflict, tr("该网格员的资料已被其他人修改,请重新载入后再操作。"));
    return *stored;
}

void WorkerService::refresh(Worker &worker) const
{
    if (const auto stored = WorkerRepository(m_db).get(worker.id))
        worker = *stored;
}

qint64 WorkerService::create(Worker &worker, qint64 gridId, bool isHead)
{
    requireInScope(worker.orgUnitId);
    if (gridId > 0)
        requireGrid(gridId);
    const BaseDataAccess access(m_db, m_clock, m_actor);
    Transaction tx(m_db);
    WorkerRepository workers(m_db);
    worker.active = true;
    worker.leftPostDate = {};
    if (gridId > 0) {
        worker.orgUnitId = gridId;
        worker.isGridHead = isHead;
    } else {
        worker.isGridHead = false;
    }
    workers.create(worker, today());
    access.audit(u"workers"_s, worker.id, u"insert"_s);
    tx.commit();
    refresh(worker);
    return worker.id;
}

void WorkerService::update(Worker &worker)
{
    const Worker stored = current(worker);
    if (worker.orgUnitId != stored.orgUnitId)
        requireInScope(worker.orgUnitId);
    if (worker.inPostDate.isValid()) {
        const auto history = WorkerRepository(m_db).assignments(worker.id);
        if (!history.isEmpty() && history.constLast().from < worker.inPostDate)
            throw Error(
                Error::Kind::Validation,
                tr("到岗日期不能晚于最早的网格分配开始日期(%1)。").arg(isoDate(history.constLast().from)));
    }
    QStringList changed;
    if (worker.code.trimmed() != stored.code)
        changed << u"code"_s;
    if (worker.name.trimmed() != stored.name)
        changed << u"name"_s;
    if (worker.employment != stored.employment)
        changed << u"employment"_s;
    if (worker.phone.trimmed() != stored.phone)
        changed << u"phone"_s;
    if (!worker.residentId.trimmed().isEmpty()) // replaced (reads never carry the number)
        changed << u"resident_id"_s;
    if (worker.inPostDate != stored.inPostDate)
        changed << u"in_post_date"_s;
    Transaction tx(m_db);
    WorkerRepository(m_db).update(worker);
    BaseDataAccess(m_db, m_clock, m_actor).audit(u"workers"_s, worker.id, u"update"_s, changed);
    tx.commit();
    refresh(worker);
}

void WorkerService::assign(Worker &worker, qint64 gridId, QDate from, bool isHead)
{
    const Worker stored = current(worker);
    requireGrid(gridId);
    if (!stored.active)
        throw Error(Error::Kind::InvalidState, tr("该网格员已停用,请先启用再分配网格。"));
    if (!from.isValid())
        throw Error(Error::Kind::Validation, tr("请填写开始日期。"));
    if (stored.inPostDate.isValid() && from < stored.inPostDate)
        throw Error(Error::Kind::Validation,
                    tr("开始日期不能早于到岗日期(%1)。").arg(isoDate(stored.inPostDate)));
    WorkerRepository workers(m_db);
    if (workers.openAssignment(worker.id))
        throw Error(Error::Kind::InvalidState, tr("该网格员已有当前网格,请用“调整网格”换到另一个网格。"));
    const auto history = workers.assignments(worker.id);
    if (!history.isEmpty() && history.constFirst().to >= from)
        throw Error(Error::Kind::Validation,
                    tr("开始日期须晚于上一段网格分配的结束日期(%1)。").arg(isoDate(history.constFirst().to)));
    Transaction tx(m_db);
    workers.claim(worker.id, worker.version);
    WorkerGrid span;
    span.workerId = worker.id;
    span.gridId = gridId;
    span.from = from;
    span.isHead = isHead;
    const qint64 id = workers.insertAssignment(span);
    const BaseDataAccess access(m_db, m_clock, m_actor);
    access.audit(u"worker_grids"_s, id, u"insert"_s);
    tx.commit();
    refresh(worker);
}

void WorkerService::move(Worker &worker, qint64 gridId, QDate firstDay, bool isHead)
{
    current(worker);
    requireGrid(gridId);
    if (!firstDay.isValid())
        throw Error(Error::Kind::Validation, tr("请填写调整生效日期。"));
    WorkerRepository workers(m_db);
    const auto open = workers.openAssignment(worker.id);
    if (!open)
        throw Error(Error::Kind::InvalidState, tr("该网格员当前没有网格,请用“分配网格”。"));
    if (open->gridId == gridId && open->isHead == isHead)
        throw Error(Error::Kind::Validation, tr("该网格员已在这个网格,无需调整。"));
    if (firstDay < open->from)
        throw Error(Error::Kind::Validation,
                    tr("调整生效日期不能早于当前网格的开始日期(%1)。").arg(isoDate(open->from)));
    const BaseDataAccess access(m_db, m_clock, m_actor);
    Transaction tx(m_db);
    workers.claim(worker.id, worker.version);
    if (firstDay == open->from) {
        // Taken back on the day it began: the span is corrected, not ended after zero days.
        workers.reassign(open->id, gridId, isHead);
        access.audit(u"worker_grids"_s, open->id, u"update"_s, {u"grid_id"_s, u"is_head"_s});
    } else {
        workers.closeAssignment(open->id, firstDay.addDays(-1));
        access.audit(u"worker_grids"_s, open->id, u"update"_s, {u"to_date"_s});
        WorkerGrid span;
        span.workerId = worker.id;
        span.gridId = gridId;
        span.from = firstDay;
        span.isHead = isHead;
        access.audit(u"worker_grids"_s, workers.insertAssignment(span), u"insert"_s);
    }
    tx.commit();
    refresh(worker);
}

void WorkerService::end(Worker &worker, QDate lastDay)
{
    current(worker);
    if (!lastDay.isValid())
        throw Error(Error::Kind::Validation, tr("请填写结束日期。"));
    WorkerRepository workers(m_db);
    const auto open = workers.openAssignment(worker.id);
    if (!open)
        throw Error(Error::Kind::InvalidState, tr("该网格员当前没有网格。"));
    if (lastDay < open->from)
        throw Error(Error::Kind::Validation,
                    tr("结束日期不能早于该网格的开始日期(%1)。").arg(isoDate(open->from)));
    Transaction tx(m_db);
    workers.claim(worker.id, worker.version);
    workers.closeAssignment(open->id, lastDay);
    BaseDataAccess(m_db, m_clock, m_actor).audit(u"worker_grids"_s, open->id, u"update"_s, {u"to_date"_s});
    tx.commit();
    refresh(worker);
}

void WorkerService::deactivate(Worker &worker, QDate lastDay)
{
    const Worker stored = current(worker);
    if (!stored.active)
        throw Error(Error::Kind::InvalidState, tr("该网格员已经停用。"));
    if (!lastDay.isValid())
        throw Error(Error::Kind::Validation, tr("请填写离岗日期。"));
    if (stored.inPostDate.isValid() && lastDay < stored.inPostDate)
        throw Error(Error::Kind::Validation, tr("离岗日期不能早于到岗日期。"));
    WorkerRepository workers(m_db);
    const auto open = workers.openAssignment(worker.id);
    if (open && lastDay < open->from)
        throw Error(Error::Kind::Validation,
                    tr("离岗日期不能早于当前网格的开始日期(%1)。").arg(isoDate(open->from)));
    const BaseDataAccess access(m_db, m_clock, m_actor);
    Transaction tx(m_db);
    workers.claim(worker.id, worker.version);
    if (open) {
        workers.closeAssignment(open->id, lastDay);
        access.audit(u"worker_grids"_s, open->id, u"update"_s, {u"to_date"_s});
    }
    Query(m_db, u"UPDATE workers SET active = ?, left_post_date = ? WHERE id = ?"_s)
        .bind(false)
        .bind(isoDate(lastDay))
        .bind(worker.id)
        .exec();
    access.audit(u"workers"_s, worker.id, u"update"_s, {u"active"_s, u"left_post_date"_s});
    tx.commit();
    refresh(worker);
}

void WorkerService::activate(Worker &worker)
{
    const Worker stored = current(worker);
    if (stored.active)
        throw Error(Error::Kind::InvalidState, tr("该网格员在岗,无需启用。"));
    Transaction tx(m_db);
    WorkerRepository(m_db).claim(worker.id, worker.version);
    Query(m_db, u"UPDATE workers SET active = ?, left_post_date = NULL WHERE id = ?"_s)
        .bind(true)
        .bind(worker.id)
        .exec();
    BaseDataAccess(m_db, m_clock, m_actor)
        .audit(u"workers"_s, worker.id, u"update"_s, {u"active"_s, u"left_post_date"_s});
    tx.commit();
    refresh(worker);
}

bool WorkerService::setAssignments(Worker &worker, const QList<WorkerGrid> &spans)
{
    const Worker stored = current(worker);
    QList<WorkerGrid> wanted = spans;
    std::sort(wanted.begin(), wanted.end(),
              [](const WorkerGrid &a, const WorkerGrid &b) { return a.from < b.from; });
    for (int i = 0; i < wanted.size(); ++i) {
        const WorkerGrid &span = wanted.at(i);
        requireGrid(span.gridId);
        if (!span.from.isValid())
            throw Error(Error::Kind::Validation, tr("请填写开始日期。"));
        if (span.to.isValid() && span.to < span.from)
            throw Error(Error::Kind::Validation,
                        tr("结束日期不能早于该网格的开始日期(%1)。").arg(isoDate(span.from)));
        if (i + 1 < wanted.size() && (!span.to.isValid() || span.to >= wanted.at(i + 1).from))
            throw Error(Error::Kind::Validation,
                        tr("网格分配 %1 起与 %2 起两段的日期重叠。")
                            .arg(isoDate(span.from), isoDate(wanted.at(i + 1).from)));
        if (span.isOpen() && !stored.active)
            throw Error(Error::Kind::InvalidState, tr("该网格员已停用,请先启用再分配网格。"));
    }
    WorkerRepository workers(m_db);
    const QList<WorkerGrid> history = workers.assignments(worker.id);
    const auto same = [](const WorkerGrid &a, const WorkerGrid &b) {
        return a.gridId == b.gridId && a.from == b.from;
    };
    QList<WorkerGrid> removed;
    QList<WorkerGrid> changed;
    for (const WorkerGrid &old : history) {
        const auto it =
            std::find_if(wanted.cbegin(), wanted.cend(), [&](const WorkerGrid &w) { return same(w, old); });
        if (it == wanted.cend()) {
            removed << old;
        } else if (it->to != old.to || it->isHead != old.isHead) {
            WorkerGrid next = old;
            next.to = it->to;
            next.isHead = it->isHead;
            changed << next;
        }
    }
    QList<WorkerGrid> added;
    for (const WorkerGrid &w : std::as_const(wanted))
        if (std::none_of(history.cbegin(), history.cend(),
                         [&](const WorkerGrid &old) { return same(w, old); }))
            added << w;
    if (removed.isEmpty() && changed.isEmpty() && added.isEmpty())
        return false;
    for (const WorkerGrid &old : std::as_const(removed)) // a stored span may lie out of scope too
        requireGrid(old.gridId);
    const BaseDataAccess access(m_db, m_clock, m_actor);
    Transaction tx(m_db);
    workers.claim(worker.id, worker.version);
    // Removed first, then shortened or lengthened, then added: no step overlaps what stays.
    for (const WorkerGrid &old : std::as_const(removed)) {
        workers.removeAssignment(old.id);
        access.audit(u"worker_grids"_s, old.id, u"delete"_s);
    }
    for (const WorkerGrid &next : std::as_const(changed)) {
        workers.updateAssignment(next.id, next.to, next.isHead);
        access.audit(u"worker_grids"_s, next.id, u"update"_s, {u"to_date"_s, u"is_head"_s});
    }
    for (WorkerGrid span : std::as_const(added)) {
        span.workerId = worker.id;
        access.audit(u"worker_grids"_s, workers.insertAssignment(span), u"insert"_s);
    }
    tx.commit();
    refresh(worker);
    return true;
}

bool WorkerService::setPostStatus(Worker &worker, bool active, QDate lastDay)
{
    const Worker stored = current(worker);
    if (active) {
        if (stored.active)
            return false;
        activate(worker);
        return true;
    }
    WorkerRepository workers(m_db);
    const auto open = workers.openAssignment(worker.id);
    if (!stored.active && !open && stored.leftPostDate == lastDay)
        return false;
    if (open && !lastDay.isValid())
        throw Error(Error::Kind::Validation, tr("请填写离岗日期。"));
    if (lastDay.isValid() && stored.inPostDate.isValid() && lastDay < stored.inPostDate)
        throw Error(Error::Kind::Validation, tr("离岗日期不能早于到岗日期。"));
    if (open && lastDay < open->from)
        throw Error(Error::Kind::Validation,
                    tr("离岗日期不能早于当前网格的开始日期(%1)。").arg(isoDate(open->from)));
    const BaseDataAccess access(m_db, m_clock, m_actor);
    Transaction tx(m_db);
    workers.claim(worker.id, worker.version);
    if (open) {
        workers.closeAssignment(open->id, lastDay);
        access.audit(u"worker_grids"_s, open->id, u"update"_s, {u"to_date"_s});
    }
    workers.setPostStatus(worker.id, false, lastDay);
    QStringList columns;
    if (stored.active)
        columns << u"active"_s;
    if (stored.leftPostDate != lastDay)
        columns << u"left_post_date"_s;
    access.audit(u"workers"_s, worker.id, u"update"_s, columns);
    tx.commit();
    refresh(worker);
    return true;
}

void WorkerService::remove(const Worker &worker)
{
    current(worker);
    WorkerRepository workers(m_db);
    if (const int cases = workers.caseCount(worker.id); cases > 0)
        throw Error(Error::Kind::InvalidState,
                    tr("该网格员经办过 %n 件案件,不能删除;请改为停用。", nullptr, cases));
    Transaction tx(m_db);
    try {
        Query(m_db, u"DELETE FROM workers WHERE id = ? AND version = ?"_s)
            .bind(worker.id)
            .bind(worker.version)
            .exec();
    } catch (const Error &error) {
        // Cases this account cannot see (PostgreSQL) still name the worker.
        if (error.kind() != Error::Kind::Validation)
            throw;
        throw Error(Error::Kind::InvalidState, tr("仍有案件等记录引用该网格员,不能删除;请改为停用。"),
                    error.detail());
    }
    BaseDataAccess(m_db, m_clock, m_actor).audit(u"workers"_s, worker.id, u"delete"_s);
    tx.commit();
}

Worker WorkerService::reveal(qint64 workerId)
{
    if (!Permissions::allows(m_actor.roles, Permission::RevealPersonalData))
        throw Error(Error::Kind::Forbidden, tr("当前账号不能查看完整的个人信息。"));
    WorkerRepository workers(m_db);
    auto worker = workers.get(workerId);
    if (!worker)
        throw Error(Error::Kind::NotFound, tr("该网格员已不存在。"));
    if (!BaseDataAccess(m_db, m_clock, m_actor).inScope(worker->orgUnitId))
        throw Error(Error::Kind::Forbidden, tr("只能查看本单位网格员的完整信息。"));
    Transaction tx(m_db);
    worker->residentId = workers.residentId(workerId); // PostgreSQL: audited by the server
    if (!m_db.isPostgres()) {
        // Which fields were shown, never their values; written before anything is shown.
        QStringList fields;
        if (!worker->residentId.isEmpty())
            fields << u"resident_id"_s;
        if (!worker->phone.isEmpty())
            fields << u"phone"_s;
        AuditLog(m_db, m_clock)
            .record(m_actor, {}, AuditAction::Reveal, u"worker"_s, workerId,
                    u"fields=%1"_s.arg(fields.join(u',')));
    }
    tx.commit();
    return *worker;
}

} // namespace zz
