#include "IndicatorQueries.h"

#include "Database.h"
#include "Query.h"

#include <QDateTime>
#include <QMap>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// The scope as a condition on `c` (cases) with its bound values, in order.
struct ScopeClause
{
    QString sql;
    QVariantList values;
};

ScopeClause scopeClause(const Database &db, const IndicatorScope &scope)
{
    ScopeClause out;
    if (scope.orgUnitId) {
        Query q(db, u"SELECT path FROM org_units WHERE id = ?"_s);
        q.bind(scope.orgUnitId).exec();
        // An unknown place narrows to nothing rather than to everything.
        const QString path = q.next() ? q.text(0) : u"/-/"_s;
        // On SQLite `+` keeps the planner on the period's time range instead of walking the place's
        // every case by the org_path index.
        out.sql += db.isPostgres() ? u" AND c.org_path LIKE ?"_s : u" AND +c.org_path LIKE ?"_s;
        out.values << QVariant(path + u"%"_s);
    }
    if (scope.categoryId) {
        out.sql +=
            u" AND (c.category_id = ? OR c.category_id IN (SELECT id FROM categories WHERE parent_id = ?))"_s;
        out.values << QVariant(scope.categoryId) << QVariant(scope.categoryId);
    }
    if (!scope.source.isEmpty()) {
        out.sql += u" AND c.source = ?"_s;
        out.values << QVariant(scope.source);
    }
    if (scope.departmentId) {
        out.sql += u" AND c.department_id = ?"_s;
        out.values << QVariant(scope.departmentId);
    }
    return out;
}

void bindScope(Query &q, const ScopeClause &scope)
{
    for (const QVariant &v : scope.values)
        q.bind(v);
}

} // namespace

qint64 IndicatorQueries::townshipByCode(const QString &code) const
{
    Query q(m_db, u"SELECT id FROM org_units WHERE code = ? AND level = 2"_s);
    q.bind(code).exec();
    return q.next() ? q.int64(0) : 0;
}

IndicatorFigures IndicatorQueries::compute(const ReportPeriod &period, const IndicatorScope &scope,
                                           QDate asOf) const
{
    IndicatorFigures out;
    out.period = period;
    out.asOf = asOf;
    const qint64 a = period.first().startOfDay().toSecsSinceEpoch();
    const qint64 b = period.last().addDays(1).startOfDay().toSecsSinceEpoch();
    const qint64 cut = asOf.addDays(1).startOfDay().toSecsSinceEpoch(); // the as-of date's end
    const ScopeClause where = scopeClause(m_db, scope);
    QMap<qint64, IndicatorCounts> byTownship;

    // SQLite's planner would walk the status index for the closed cases; `+c.status` keeps it on the
    // closed_at range (PostgreSQL has no unary + on text and plans this well by itself).
    const QString status = m_db.isPostgres() ? u"c.status"_s : u"+c.status"_s;

    // The cases, as index-driven ranges added up per township: received in the period (registered,
    // closed by the as-of date), closed in the period (on time, dispute recorded, settled), and
    // open at the end of the as-of date past the deadline — open now, or closed only after it.
    {
        const QString sql =
            u"SELECT t, SUM(received), SUM(registered), SUM(closed_by), SUM(closed), SUM(on_time), "
            "SUM(recorded), SUM(settled), SUM(overdue) FROM ("
            "SELECT c.township_id AS t, 1 AS received, "
            "CASE WHEN c.status <> 'declined' THEN 1 ELSE 0 END AS registered, "
            "CASE WHEN c.status <> 'declined' AND c.closed_at < ? THEN 1 ELSE 0 END AS closed_by, "
            "0 AS closed, 0 AS on_time, 0 AS recorded, 0 AS settled, 0 AS overdue "
            "FROM cases c WHERE c.received_at >= ? AND c.received_at < ?%1 "
            "UNION ALL "
            "SELECT c.township_id, 0, 0, 0, 1, "
            "CASE WHEN c.deadline_at IS NULL OR c.closed_at <= c.deadline_at THEN 1 ELSE 0 END, "
            "CASE WHEN c.dispute_settled IS NOT NULL THEN 1 ELSE 0 END, "
            "CASE WHEN c.dispute_settled THEN 1 ELSE 0 END, 0 "
            "FROM cases c WHERE c.closed_at >= ? AND c.closed_at < ? AND %2 IN ('closed', 'archived')%1 "
            "UNION ALL "
            "SELECT c.township_id, 0, 0, 0, 0, 0, 0, 0, 1 FROM cases c "
            "WHERE c.status IN ('reported', 'registered', 'dispatched', 'in_progress', 'feedback', "
            "'verified') "
            "AND c.deadline_at < ? AND c.received_at < ?%1 "
            "UNION ALL "
            "SELECT c.township_id, 0, 0, 0, 0, 0, 0, 0, 1 FROM cases c "
            "WHERE c.closed_at >= ? AND %2 IN ('closed', 'archived') AND c.deadline_at < ? AND c.received_at "
            "< ?%1"
            ") AS f GROUP BY t"_s.arg(where.sql, status);
        Query q(m_db, sql);
        q.bind(cut).bind(a).bind(b);
        bindScope(q, where);
        q.bind(a).bind(b);
        bindScope(q, where);
        q.bind(cut).bind(cut);
        bindScope(q, where);
        q.bind(cut).bind(cut).bind(cut);
        bindScope(q, where);
        q.exec();
        while (q.next()) {
            IndicatorCounts &c = byTownship[q.int64(0)];
            c.received = q.int64(1);
            c.registered = q.int64(2);
            c.closedOfRegistered = q.int64(3);
            c.closed = q.int64(4);
            c.closedOnTime = q.int64(5);
            c.disputeRecorded = q.int64(6);
            c.disputeSettled = q.int64(7);
            c.overdueOpen = q.int64(8);
        }
    }

    // 平均办理时长: working days from the day received to the day closed, by the work calendar.
    {
        Query q(m_db, u"SELECT c.township_id, c.received_at, c.closed_at FROM cases c "
                      "WHERE c.closed_at >= ? AND c.closed_at < ? AND "_s +
                          status + u" IN ('closed', 'archived')"_s + where.sql);
        q.bind(a).bind(b);
        bindScope(q, where);
        q.exec();
        while (q.next()) {
            const QDate received = QDateTime::fromSecsSinceEpoch(q.int64(1)).date();
            const QDate closed = QDateTime::fromSecsSinceEpoch(q.int64(2)).date();
            byTownship[q.int64(0)].handlingWorkingDays += m_calendar.workingDaysBetween(received, closed);
        }
    }

    // 满意率: the call-backs with a result in the period (an unreachable attempt has none). CROSS JOIN
    // keeps SQLite's planner on the call-backs, not on walking every case of the place.
    {
        Query q(
            m_db,
            u"SELECT c.township_id, SUM(CASE WHEN b.result IN ('satisfied', 'basic') THEN 1 ELSE 0 END), "
            "COUNT(*) FROM callbacks b CROSS JOIN cases c "
            "WHERE c.id = b.case_id AND b.called_at >= ? AND b.called_at < ? AND b.result <> 'unreachable'"_s +
                where.sql + u" GROUP BY c.township_id"_s);
        q.bind(a).bind(b);
        bindScope(q, where);
        q.exec();
        while (q.next()) {
            IndicatorCounts &c = byTownship[q.int64(0)];
            c.satisfied = q.int64(1);
            c.callbacks = q.int64(2);
        }
    }

    // 督办: the cases supervised in the period, by level (a case supervised twice at one level counts once).
    {
        Query q(m_db, u"SELECT c.township_id, f.supervise_level, COUNT(DISTINCT c.id) "
                      "FROM case_flow f JOIN cases c ON c.id = f.case_id "
                      "WHERE f.action = 'supervise' AND f.at >= ? AND f.at < ?"_s +
                          where.sql + u" GROUP BY c.township_id, f.supervise_level"_s);
        q.bind(a).bind(b);
        bindScope(q, where);
        q.exec();
        while (q.next()) {
            IndicatorCounts &c = byTownship[q.int64(0)];
            const QString level = q.text(1);
            if (level == u"normal"_s)
                c.supervisedNormal = q.int64(2);
            else if (level == u"yellow"_s)
                c.supervisedYellow = q.int64(2);
            else if (level == u"red"_s)
                c.supervisedRed = q.int64(2);
        }
    }

    // The townships' codes and names; the list in code order.
    QMap<QString, TownshipIndicators> ordered;
    if (!byTownship.isEmpty()) {
        Query q(m_db, u"SELECT id, code, name FROM org_units WHERE level = 2"_s);
        q.exec();
        while (q.next()) {
            const auto it = byTownship.constFind(q.int64(0));
            if (it != byTownship.cend())
                ordered.insert(q.text(1), TownshipIndicators{q.int64(0), q.text(1), q.text(2), it.value()});
        }
    }
    for (const TownshipIndicators &t : ordered) {
        out.total += t.counts;
        out.byTownship << t;
    }
    return out;
}

} // namespace zz
