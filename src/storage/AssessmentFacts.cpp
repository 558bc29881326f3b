#include "AssessmentFacts.h"

#include "Database.h"
#include "Query.h"

#include <QMap>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// One worker on one grid for a run of days, as the case facts credit him (epoch seconds, [t0, t1)).
struct CreditSpan
{
    qint64 workerId = 0;
    qint64 gridId = 0;
    qint64 t0 = 0;
    qint64 t1 = 0;
};

struct Assignment
{
    qint64 workerId = 0;
    qint64 gridId = 0;
    QDate from, to;
    bool head = false;
    QDate inPost, leftPost;
};

// The case facts of a month, one row per fact: (fact, worker, case id, case number, epoch, card level).
// The same statement, as a function the server runs for any account, is zz_score_case_facts() in
// resources/sql/postgresql/0021_assessment.sql.
// The SQLite statement names its plan: `+c.township_id` keeps the planner off the (township, year, seq)
// index, which would walk all the township's cases, onto the month's range on received_at, closed_at,
// deadline_at or the flow's time; CROSS JOIN keeps the month's cases outside the small spans list.
const QString caseFactsSql =
    u"SELECT 'reported', s.worker_id, c.id, c.case_no, c.received_at, NULL "
    "FROM cases c CROSS JOIN spans s "
    "WHERE s.grid_id = c.org_unit_id AND c.received_at >= s.t0 AND c.received_at < s.t1 "
    "AND c.received_at >= ? AND c.received_at < ? AND +c.township_id = ? AND c.source = 'grid' "
    "AND EXISTS (SELECT 1 FROM case_flow f WHERE f.case_id = c.id AND f.action IN ('register', "
    "'settle_on_spot')) "
    "UNION ALL "
    "SELECT 'settled', COALESCE(f.worker_id, s.worker_id), c.id, c.case_no, f.at, NULL "
    "FROM case_flow f JOIN cases c ON c.id = f.case_id "
    "LEFT JOIN spans s ON c.source = 'grid' AND s.grid_id = c.org_unit_id AND c.received_at >= s.t0 "
    "AND c.received_at < s.t1 "
    "WHERE f.action = 'settle_on_spot' AND f.at >= ? AND f.at < ? AND +c.township_id = ? "
    "UNION ALL "
    "SELECT 'on_time', c.worker_id, c.id, c.case_no, c.closed_at, NULL FROM cases c "
    "WHERE c.closed_at >= ? AND c.closed_at < ? AND c.worker_id IS NOT NULL AND c.deadline_at IS NOT NULL "
    "AND c.closed_at <= c.deadline_at AND +c.township_id = ? "
    "UNION ALL "
    "SELECT 'overdue', c.worker_id, c.id, c.case_no, c.deadline_at, NULL FROM cases c "
    "WHERE c.deadline_at >= ? AND c.deadline_at < ? AND c.worker_id IS NOT NULL "
    "AND (c.closed_at IS NULL OR c.closed_at > c.deadline_at) AND c.status <> 'declined' AND +c.township_id "
    "= ? "
    "UNION ALL "
    "SELECT 'card', f.worker_id, c.id, c.case_no, f.at, f.supervise_level "
    "FROM case_flow f JOIN cases c ON c.id = f.case_id "
    "WHERE f.action = 'supervise' AND f.at >= ? AND f.at < ? AND f.supervise_level IN ('yellow', 'red') "
    "AND f.worker_id IS NOT NULL AND +c.township_id = ? "
    "UNION ALL "
    "SELECT 'unsatisfied', c.worker_id, c.id, c.case_no, b.called_at, NULL "
    "FROM callbacks b JOIN cases c ON c.id = b.case_id "
    "WHERE b.result = 'unsatisfied' AND b.called_at >= ? AND b.called_at < ? AND c.worker_id IS NOT NULL "
    "AND +c.township_id = ?"_s;

QString pgArray(const QList<qint64> &values)
{
    QStringList parts;
    parts.reserve(values.size());
    for (const qint64 v : values)
        parts << QString::number(v);
    return u"{"_s + parts.join(u',') + u"}"_s;
}

QList<WorkerFacts> readWorkers(const Database &db, qint64 townshipId, const ScorePeriod &period,
                               QList<Assignment> *assignments)
{
    const QString first = period.first().toString(Qt::ISODate);
    const QString last = period.last().toString(Qt::ISODate);
    QMap<qint64, int> index;
    QList<WorkerFacts> out;
    Query q(db, u"SELECT wg.worker_id, wg.grid_id, wg.from_date, wg.to_date, wg.is_head, "
                "COALESCE(g.households, 0), o.name, COALESCE(v.name, ''), w.code, w.name, w.in_post_date, "
                "w.left_post_date FROM worker_grids wg "
                "JOIN org_units o ON o.id = wg.grid_id "
                "LEFT JOIN org_units v ON v.id = o.parent_id "
                "LEFT JOIN grids g ON g.org_unit_id = wg.grid_id "
                "JOIN workers w ON w.id = wg.worker_id "
                "WHERE o.township_id = ? AND wg.from_date <= ? AND (wg.to_date IS NULL OR wg.to_date >= ?) "
                "ORDER BY w.code, w.id, wg.from_date"_s);
    q.bind(townshipId).bind(last).bind(first).exec();
    while (q.next()) {
        const qint64 workerId = q.int64(0);
        if (!index.contains(workerId)) {
            WorkerFacts f;
            f.workerId = workerId;
            f.code = q.text(8);
            f.name = q.text(9);
            f.inPost = QDate::fromString(q.text(10), Qt::ISODate);
            f.leftPost = QDate::fromString(q.text(11), Qt::ISODate);
            index.insert(workerId, int(out.size()));
            out << f;
        }
        WorkerFacts &f = out[index.value(workerId)];
        GridAssignment a;
        a.gridId = q.int64(1);
        a.from = QDate::fromString(q.text(2), Qt::ISODate);
        a.to = QDate::fromString(q.text(3), Qt::ISODate);
        a.households = q.integer(5);
        a.gridName = q.text(6);
        a.villageName = q.text(7);
        f.assignments << a;
        if (assignments)
            *assignments << Assignment{workerId, a.gridId, a.from, a.to, q.boolean(4), f.inPost, f.leftPost};
    }
    return out;
}

} // namespace

QList<WorkerFacts> AssessmentFacts::workers(qint64 townshipId, const ScorePeriod &period) const
{
    return readWorkers(m_db, townshipId, period, nullptr);
}

qint64 AssessmentFacts::monthStart(const ScorePeriod &period)
{
    return period.first().startOfDay().toSecsSinceEpoch();
}

qint64 AssessmentFacts::monthEnd(const ScorePeriod &period)
{
    return period.last().addDays(1).startOfDay().toSecsSinceEpoch();
}

QList<WorkerFacts> AssessmentFacts::gather(qint64 townshipId, const ScorePeriod &period,
                                           const QDateTime &now) const
{
    const QString first = period.first().toString(Qt::ISODate);
    const QString last = period.last().toString(Qt::ISODate);

    // Workers and their assignments on the township's grids that touch the month.
    QMap<qint64, int> index; // worker id → position in `out`
    QList<Assignment> assignments;
    QList<WorkerFacts> out = readWorkers(m_db, townshipId, period, &assignments);
    for (int i = 0; i < out.size(); ++i)
        index.insert(out.at(i).workerId, i);
    if (out.isEmpty())
        return out;

    // Who a grid's reports count for, day by day: the head among those assigned and in post, else the
    // lowest worker id; runs of days with the same worker become one span.
    QList<CreditSpan> spans;
    {
        QMap<qint64, QList<Assignment>> byGrid;
        for (const Assignment &a : assignments)
            byGrid[a.gridId] << a;
        for (auto it = byGrid.cbegin(); it != byGrid.cend(); ++it) {
            CreditSpan current;
            for (QDate d = period.first(); d <= period.last(); d = d.addDays(1)) {
                const Assignment *pick = nullptr;
                for (const Assignment &a : it.value()) {
                    if (a.from > d || (a.to.isValid() && a.to < d))
                        continue;
                    if ((a.inPost.isValid() && a.inPost > d) || (a.leftPost.isValid() && a.leftPost < d))
                        continue;
                    if (!pick || (a.head && !pick->head) ||
                        (a.head == pick->head && a.workerId < pick->workerId))
                        pick = &a;
                }
                const qint64 dayStart = d.startOfDay().toSecsSinceEpoch();
                const qint64 dayEnd = d.addDays(1).startOfDay().toSecsSinceEpoch();
                if (pick && current.workerId == pick->workerId && current.t1 == dayStart) {
                    current.t1 = dayEnd;
                    continue;
                }
                if (current.workerId)
                    spans << current;
                current = pick ? CreditSpan{pick->workerId, it.key(), dayStart, dayEnd} : CreditSpan{};
            }
            if (current.workerId)
                spans << current;
        }
    }

    const qint64 a = monthStart(period);
    const qint64 b = monthEnd(period);
    const qint64 due = std::min(b, now.toSecsSinceEpoch()); // a deadline not yet passed is not overdue

    const auto add = [&](ScoreFact fact, qint64 workerId, const ScoreSource &source) {
        const auto it = index.constFind(workerId);
        if (it == index.cend())
            return; // not one of this township's workers this month
        WorkerFacts &f = out[it.value()];
        f.units[fact] += source.units;
        f.sources[fact] << source;
    };

    // Case facts.
    {
        std::unique_ptr<Query> q;
        if (m_db.isPostgres()) {
            QList<qint64> workers, grids, t0s, t1s;
            for (const CreditSpan &s : spans) {
                workers << s.workerId;
                grids << s.gridId;
                t0s << s.t0;
                t1s << s.t1;
            }
            q = std::make_unique<Query>(m_db,
                                        u"SELECT * FROM zz_score_case_facts(?, ?, ?, ?, "
                                        "CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS bigint[]), "
                                        "CAST(? AS bigint[]))"_s);
            q->bind(townshipId).bind(a).bind(b).bind(due);
            q->bind(pgArray(workers)).bind(pgArray(grids)).bind(pgArray(t0s)).bind(pgArray(t1s));
        } else {
            // The spans are our own integers: written into the statement, not bound one by one.
            QStringList values;
            for (const CreditSpan &s : spans)
                values << u"(%1, %2, %3, %4)"_s.arg(s.workerId).arg(s.gridId).arg(s.t0).arg(s.t1);
            if (values.isEmpty())
                values << u"(0, 0, 0, 0)"_s;
            q = std::make_unique<Query>(m_db, u"WITH spans(worker_id, grid_id, t0, t1) AS (VALUES "_s +
                                                  values.join(u", "_s) + u") "_s + caseFactsSql);
            for (int i = 0; i < 6; ++i)
                q->bind(a).bind(i == 3 ? due : b).bind(townshipId);
        }
        q->exec();
        while (q->next()) {
            const QString fact = q->text(0);
            const ScoreSource source{ScoreSource::Kind::Case, q->int64(2), q->text(3),
                                     QDateTime::fromSecsSinceEpoch(q->int64(4)).date(), 1};
            const qint64 workerId = q->int64(1);
            if (fact == u"reported"_s)
                add(ScoreFact::ReportedCases, workerId, source);
            else if (fact == u"settled"_s)
                add(ScoreFact::SettledOnSpot, workerId, source);
            else if (fact == u"on_time"_s)
                add(ScoreFact::ClosedOnTime, workerId, source);
            else if (fact == u"overdue"_s)
                add(ScoreFact::Overdue, workerId, source);
            else if (fact == u"card"_s)
                add(q->text(5) == u"red"_s ? ScoreFact::RedCards : ScoreFact::YellowCards, workerId, source);
            else if (fact == u"unsatisfied"_s)
                add(ScoreFact::UnsatisfiedCallbacks, workerId, source);
        }
    }

    // Activities: distinct named households plus counted ones per grid; hours, records, meetings missed.
    {
        QHash<qint64, QHash<qint64, QSet<QString>>> named; // worker → grid → households
        Query q(
            m_db,
            u"SELECT id, worker_id, grid_id, kind, day, household, quantity, key_persons, night, attended "
            "FROM worker_activities WHERE township_id = ? AND day >= ? AND day <= ? ORDER BY day, id"_s);
        q.bind(townshipId).bind(first).bind(last).exec();
        while (q.next()) {
            const qint64 workerId = q.int64(1);
            const auto it = index.constFind(workerId);
            if (it == index.cend())
                continue;
            WorkerFacts &f = out[it.value()];
            const qint64 id = q.int64(0);
            const qint64 gridId = q.int64(2);
            const QString kind = q.text(3);
            const QDate day = QDate::fromString(q.text(4), Qt::ISODate);
            const QString household = q.text(5);
            const double quantity = q.value(6).toDouble();
            const int keyPersons = q.integer(7);
            ScoreSource source{ScoreSource::Kind::Activity, id, {}, day, quantity};
            if (kind == u"visit"_s) {
                if (!household.isEmpty()) {
                    QSet<QString> &set = named[workerId][gridId];
                    source.units = set.contains(household) ? 0 : 1; // a second visit adds no household
                    set.insert(household);
                    source.label = household;
                } else {
                    source.label =
                        QCoreApplication::translate("zz::AssessmentFacts", "走访 %1 户").arg(quantity);
                }
                f.visitedByGrid[gridId] += source.units;
                f.sources[ScoreFact::VisitCoverage] << source;
                if (keyPersons > 0) {
                    ScoreSource key = source;
                    key.units = keyPersons;
                    f.units[ScoreFact::KeyPersonVisits] += keyPersons;
                    f.sources[ScoreFact::KeyPersonVisits] << key;
                }
            } else if (kind == u"patrol"_s) {
                source.label =
                    QCoreApplication::translate("zz::AssessmentFacts", "巡查 %1 小时").arg(quantity);
                f.units[ScoreFact::PatrolHours] += quantity;
                f.sources[ScoreFact::PatrolHours] << source;
                if (q.boolean(8)) {
                    f.units[ScoreFact::NightPatrolHours] += quantity;
                    f.sources[ScoreFact::NightPatrolHours] << source;
                }
            } else if (kind == u"base_record"_s) {
                source.label =
                    QCoreApplication::translate("zz::AssessmentFacts", "采集更新 %1 条").arg(quantity);
                f.units[ScoreFact::BaseRecords] += quantity;
                f.sources[ScoreFact::BaseRecords] << source;
            } else if (kind == u"meeting"_s && !q.boolean(9)) {
                source.label = QCoreApplication::translate("zz::AssessmentFacts", "缺席会议");
                source.units = 1;
                f.units[ScoreFact::MeetingsMissed] += 1;
                f.sources[ScoreFact::MeetingsMissed] << source;
            }
        }
    }

    // Approved adjustments.
    {
        Query q(m_db, u"SELECT id, worker_id, section, points, money, reason FROM score_adjustments "
                      "WHERE township_id = ? AND period = ? AND status = 'approved' ORDER BY id"_s);
        q.bind(townshipId).bind(period.code()).exec();
        while (q.next()) {
            const auto it = index.constFind(q.int64(1));
            if (it == index.cend())
                continue;
            out[it.value()].adjustments << ScoreAdjustmentFact{q.int64(0), q.text(2), q.value(3).toDouble(),
                                                               q.value(4).toDouble(), q.text(5)};
        }
    }
    return out;
}

} // namespace zz
