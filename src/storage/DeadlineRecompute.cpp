#include "DeadlineRecompute.h"

#include "AuditLog.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

struct Candidate
{
    qint64 id = 0;
    CaseStatus status = CaseStatus::Reported;
    qint64 levelOrgUnitId = 0;
    QDateTime receivedAt;
    QDateTime deadline;
    int version = 0;
    // When the working-day count of the current deadline started: the last flow row that set a
    // deadline from a start of its own (dispatch or transfer with a limit, reopening); an approved
    // extension continues the count before it, an earlier recompute kept it. Else the reception.
    QDateTime countFrom;
};

QString yearsText(int first, int last)
{
    return first >= last ? QString::number(last) : u"%1—%2"_s.arg(first).arg(last);
}

} // namespace

DeadlineRecompute::DeadlineRecompute(const Database &db, const Clock &clock, QString operatorName)
    : m_db(db), m_clock(clock), m_actor{0, std::move(operatorName), {}, 0, 0}
{}

DeadlineRecompute::DeadlineRecompute(const Database &db, const Clock &clock, const Actor &actor)
    : m_db(db), m_clock(clock), m_actor(actor)
{}

DeadlineRecompute::Result DeadlineRecompute::storeYears(const WorkCalendar &source, const QList<int> &years)
{
    Result result;
    if (years.isEmpty())
        return result;
    CalendarRepository calendars(m_db);
    Transaction tx(m_db);
    const WorkCalendar before = calendars.load();
    for (const int year : years) {
        result.daysWritten += calendars.replaceYear(year, source);
        result.years.append(year);
    }
    std::sort(result.years.begin(), result.years.end());
    result.casesChanged = recompute(before, calendars.load());
    tx.commit();
    return result;
}

DeadlineRecompute::Result DeadlineRecompute::addBundledYears()
{
    const WorkCalendar bundled = WorkCalendar::bundled();
    const QList<int> stored = CalendarRepository(m_db).load().years();
    QList<int> missing;
    for (const int year : bundled.years()) {
        if (!stored.contains(year))
            missing.append(year);
    }
    return storeYears(bundled, missing);
}

int DeadlineRecompute::recompute(const WorkCalendar &before, const WorkCalendar &after)
{
    const QDate end = before.coveredUntil();
    const QDateTime after0 =
        end.isValid() ? QDateTime(end.addDays(1), QTime(0, 0)) : QDateTime::fromSecsSinceEpoch(0);
    // Provisional under `before`: counted in working days and ending after its last known day.
    QList<Candidate> candidates;
    if (m_db.isPostgres()) {
        Query select(m_db,
                     u"SELECT id, status, level_org_unit_id, received_at, deadline_at, version, count_from "
                     "FROM zz_deadline_candidates(?)"_s);
        select.bindTime(after0).exec();
        while (select.next()) {
            candidates.append(
                {select.int64(0), fromCode<CaseStatus>(select.text(1)).value_or(CaseStatus::Reported),
                 select.int64(2), select.time(3), select.time(4), select.integer(5), select.time(6)});
        }
    } else {
        QList<CaseStatus> finished;
        for (const CaseStatus status : allValues<CaseStatus>()) {
            if (!isOpen(status))
                finished.append(status);
        }
        const QString sql =
            u"SELECT c.id, c.status, c.level_org_unit_id, c.received_at, c.deadline_at, c.version, "
            "(SELECT f.at FROM case_flow f WHERE f.case_id = c.id AND ((f.action IN (?, ?) AND f.days > 0) "
            "OR f.action = ?) ORDER BY f.id DESC LIMIT 1) "
            "FROM cases c WHERE c.deadline_working = ? AND c.deadline_at >= ? AND c.status NOT IN (%1) "
            "ORDER BY c.id"_s;
        Query select(m_db, sql.arg(inListMarkers(finished.size())));
        select.bind(code(CaseAction::Dispatch))
            .bind(code(CaseAction::Transfer))
            .bind(code(CaseAction::Reopen))
            .bind(true)
            .bindTime(after0);
        for (const CaseStatus status : finished)
            select.bind(code(status));
        select.exec();
        while (select.next()) {
            candidates.append(
                {select.int64(0), fromCode<CaseStatus>(select.text(1)).value_or(CaseStatus::Reported),
                 select.int64(2), select.time(3), select.time(4), select.integer(5), select.time(6)});
        }
    }

    const QDateTime now = m_clock.now();
    const int lastEntered = after.coveredUntil().isValid() ? after.coveredUntil().year() : now.date().year();
    const QString entered = yearsText(end.isValid() ? end.year() + 1 : lastEntered, lastEntered);
    int changed = 0;
    for (const Candidate &c : std::as_const(candidates)) {
        if (!before.isProvisional(c.deadline, true))
            continue;
        QDate start = (c.countFrom.isValid() ? c.countFrom : c.receivedAt).date();
        if (end.isValid())
            start = std::max(start, end);
        const int count = before.workingDaysBetween(start, c.deadline.date());
        if (count <= 0)
            continue;
        const QDate moved = after.addWorkingDays(start, count);
        if (moved == c.deadline.date())
            continue;
        QDateTime deadline = c.deadline;
        deadline.setDate(moved);
        const QString note =
            tr("%1 年节假日已录入，办理期限由 %2 调整为 %3")
                .arg(entered, c.deadline.date().toString(Qt::ISODate), moved.toString(Qt::ISODate));

        if (m_db.isPostgres()) {
            // Checks the caller, the case and the move, writes both rows; the flow trigger audits.
            Query(m_db, u"SELECT zz_case_recompute_deadline(?, ?, ?, ?, ?, ?)"_s)
                .bind(c.id)
                .bind(c.version)
                .bindTime(deadline)
                .bind(m_actor.name)
                .bind(note)
                .bindTime(now)
                .scalar();
            ++changed;
            continue;
        }
        Query update(m_db, u"UPDATE cases SET deadline_at = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"_s);
        update.bindTime(deadline).bindTime(now).bind(c.id).bind(c.version);
        if (update.exec().rowsAffected() == 0)
            throw Error(Error::Kind::Conflict, tr("有案件在重算期限时被其他人修改，请重新执行。"));
        Query(m_db,
              u"INSERT INTO case_flow (case_id, action, from_status, to_status, actor_user_id, actor_name, "
              "from_org_unit_id, to_org_unit_id, days, note, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
            .bind(c.id)
            .bind(code(CaseAction::RecomputeDeadline))
            .bind(code(c.status))
            .bind(code(c.status))
            .bindId(m_actor.userId)
            .bind(m_actor.name)
            .bindId(c.levelOrgUnitId)
            .bindId(c.levelOrgUnitId)
            .bind(0)
            .bind(note)
            .bindTime(now)
            .exec();
        AuditLog(m_db, m_clock)
            .record(m_actor, m_actor.userId > 0 ? QString() : m_actor.name, QString(AuditAction::CaseAction),
                    u"case"_s, c.id,
                    AuditLog::caseDetail(code(CaseAction::RecomputeDeadline), code(c.status), code(c.status),
                                         note));
        ++changed;
    }
    return changed;
}

} // namespace zz
