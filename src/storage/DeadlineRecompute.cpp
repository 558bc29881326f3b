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
};

// The day the working-day count of the case's current deadline started from: the last flow row
// that set a deadline from a start of its own (an approved extension continues the count before it,
// an earlier recompute kept it), else the day the case was received.
QDate countStart(const Database &db, const Candidate &c)
{
    Query flow(db, u"SELECT action, days, at FROM case_flow WHERE case_id = ? ORDER BY id DESC"_s);
    flow.bind(c.id).exec();
    while (flow.next()) {
        const auto action = fromCode<CaseAction>(flow.text(0));
        if (!action)
            continue;
        const bool setsOwnStart =
            ((*action == CaseAction::Dispatch || *action == CaseAction::Transfer) && flow.integer(1) > 0) ||
            *action == CaseAction::Reopen;
        if (setsOwnStart)
            return flow.time(2).date();
        if (*action == CaseAction::Report)
            break;
    }
    return c.receivedAt.date();
}

QString yearsText(int first, int last)
{
    return first >= last ? QString::number(last) : u"%1—%2"_s.arg(first).arg(last);
}

} // namespace

DeadlineRecompute::DeadlineRecompute(const Database &db, const Clock &clock, QString operatorName)
    : m_db(db), m_clock(clock), m_operator(std::move(operatorName))
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
    // Provisional under `before`: counted in working days and ending after its last known day.
    QString sql = u"SELECT id, status, level_org_unit_id, received_at, deadline_at, version FROM cases "
                  "WHERE deadline_working = ? AND deadline_at >= ? AND status NOT IN (%1) ORDER BY id"_s;
    QList<CaseStatus> finished;
    for (const CaseStatus status : allValues<CaseStatus>()) {
        if (!isOpen(status))
            finished.append(status);
    }
    Query select(m_db, sql.arg(inListMarkers(finished.size())));
    select.bind(true).bindTime(end.isValid() ? QDateTime(end.addDays(1), QTime(0, 0))
                                             : QDateTime::fromSecsSinceEpoch(0));
    for (const CaseStatus status : finished)
        select.bind(code(status));
    select.exec();
    QList<Candidate> candidates;
    while (select.next()) {
        candidates.append({select.int64(0),
                           fromCode<CaseStatus>(select.text(1)).value_or(CaseStatus::Reported),
                           select.int64(2), select.time(3), select.time(4), select.integer(5)});
    }

    const QDateTime now = m_clock.now();
    const Actor system{0, m_operator, {}, 0, 0};
    const int lastEntered = after.coveredUntil().isValid() ? after.coveredUntil().year() : now.date().year();
    const QString entered = yearsText(end.isValid() ? end.year() + 1 : lastEntered, lastEntered);
    int changed = 0;
    for (const Candidate &c : std::as_const(candidates)) {
        if (!before.isProvisional(c.deadline, true))
            continue;
        QDate start = countStart(m_db, c);
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

        Query update(m_db, u"UPDATE cases SET deadline_at = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"_s);
        update.bindTime(deadline).bindTime(now).bind(c.id).bind(c.version);
        if (update.exec().rowsAffected() == 0)
            throw Error(Error::Kind::Conflict, tr("有案件在重算期限时被其他人修改，请重新执行。"));
        const QString note =
            tr("%1 年节假日已录入，办理期限由 %2 调整为 %3")
                .arg(entered, c.deadline.date().toString(Qt::ISODate), moved.toString(Qt::ISODate));
        Query(m_db,
              u"INSERT INTO case_flow (case_id, action, from_status, to_status, actor_user_id, actor_name, "
              "from_org_unit_id, to_org_unit_id, days, note, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
            .bind(c.id)
            .bind(code(CaseAction::RecomputeDeadline))
            .bind(code(c.status))
            .bind(code(c.status))
            .bindId(0)
            .bind(m_operator)
            .bindId(c.levelOrgUnitId)
            .bindId(c.levelOrgUnitId)
            .bind(0)
            .bind(note)
            .bindTime(now)
            .exec();
        // On PostgreSQL the case_flow trigger writes the audit row.
        AuditLog(m_db, m_clock)
            .record(system, m_operator, QString(AuditAction::CaseAction), u"case"_s, c.id,
                    AuditLog::caseDetail(code(CaseAction::RecomputeDeadline), code(c.status), code(c.status),
                                         note));
        ++changed;
    }
    return changed;
}

} // namespace zz
