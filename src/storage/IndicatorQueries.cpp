#include "IndicatorQueries.h"

#include "Database.h"
#include "IndicatorCache.h"
#include "Query.h"
#include "Types.h"
#include "WorkdayOrdinals.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QVariantList>
#include <algorithm>

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

// One condition on cases `c` with its bound values, in order. The counts and the drill-down are
// built from the same pieces, so the case list shows exactly what a figure counted.
struct Piece
{
    QString sql;
    QVariantList values;
};

Piece operator&&(const Piece &x, const Piece &y)
{
    return {x.sql + u" AND "_s + y.sql, x.values + y.values};
}

// The time bounds of a count: [a, b) the period, cut the end of the as-of date (seconds).
struct Bounds
{
    qint64 a = 0, b = 0, cut = 0;
    QString status; // "c.status", or "+c.status" on SQLite to keep its planner on the time range
};

Bounds boundsOf(const Database &db, const ReportPeriod &period, QDate asOf)
{
    return {period.first().startOfDay().toSecsSinceEpoch(),
            period.last().addDays(1).startOfDay().toSecsSinceEpoch(),
            asOf.addDays(1).startOfDay().toSecsSinceEpoch(),
            db.isPostgres() ? u"c.status"_s : u"+c.status"_s};
}

const QString openStatuses =
    u"('reported', 'registered', 'dispatched', 'in_progress', 'feedback', 'verified')"_s;

Piece receivedIn(const Bounds &t)
{
    return {u"c.received_at >= ? AND c.received_at < ?"_s, {t.a, t.b}};
}
Piece notDeclined()
{
    return {u"c.status <> 'declined'"_s, {}};
}
Piece closedBy(const Bounds &t)
{
    return {u"c.closed_at < ?"_s, {t.cut}};
}
Piece closedIn(const Bounds &t)
{
    return {u"c.closed_at >= ? AND c.closed_at < ? AND %1 IN ('closed', 'archived')"_s.arg(t.status),
            {t.a, t.b}};
}
Piece onTime()
{
    return {u"(c.deadline_at IS NULL OR c.closed_at <= c.deadline_at)"_s, {}};
}
Piece late()
{
    return {u"NOT (c.deadline_at IS NULL OR c.closed_at <= c.deadline_at)"_s, {}};
}
Piece disputeRecorded()
{
    return {u"c.dispute_settled IS NOT NULL"_s, {}};
}
Piece disputeSettled()
{
    return {u"c.dispute_settled = ?"_s, {true}};
}
// 在办超期 at the as-of date's end: open now, or closed only after it; received before it, past
// the deadline then.
Piece overdueOpenNow(const Bounds &t)
{
    return {u"c.status IN %1 AND c.deadline_at < ? AND c.received_at < ?"_s.arg(openStatuses),
            {t.cut, t.cut}};
}
Piece overdueClosedLater(const Bounds &t)
{
    // closed_at > deadline_at follows from the rest; it lets the engines read the late closings'
    // own index (cases_overdue_closed) instead of everything closed after the as-of date.
    return {u"c.closed_at >= ? AND %1 IN ('closed', 'archived') AND c.deadline_at < ? AND c.received_at < ? "
            "AND c.closed_at > c.deadline_at"_s.arg(t.status),
            {t.cut, t.cut, t.cut}};
}
// Call-backs with a result in the period (an unreachable attempt has none), on `b`.
Piece callbackIn(const Bounds &t)
{
    return {u"b.called_at >= ? AND b.called_at < ? AND b.result <> 'unreachable'"_s, {t.a, t.b}};
}
const QString satisfiedResult = u"b.result IN ('satisfied', 'basic')"_s;
// Supervisions in the period, on case_flow `f`.
Piece supervisedIn(const Bounds &t)
{
    return {u"f.action = 'supervise' AND f.at >= ? AND f.at < ?"_s, {t.a, t.b}};
}

QString levelOf(IndicatorSet set)
{
    return set == IndicatorSet::SupervisedRed      ? u"red"_s
           : set == IndicatorSet::SupervisedYellow ? u"yellow"_s
                                                   : u"normal"_s;
}

// The set as one condition on `c`.
Piece setPiece(const Bounds &t, IndicatorSet set)
{
    switch (set) {
    case IndicatorSet::Received:
        return receivedIn(t);
    case IndicatorSet::Registered:
        return receivedIn(t) && notDeclined();
    case IndicatorSet::ClosedOfRegistered:
        return receivedIn(t) && notDeclined() && closedBy(t);
    case IndicatorSet::Closed:
        return closedIn(t);
    case IndicatorSet::ClosedOnTime:
        return closedIn(t) && onTime();
    case IndicatorSet::ClosedLate:
        return closedIn(t) && late();
    case IndicatorSet::DisputeRecorded:
        return closedIn(t) && disputeRecorded();
    case IndicatorSet::DisputeSettled:
        return closedIn(t) && disputeSettled();
    case IndicatorSet::OverdueOpen: {
        const Piece x = overdueOpenNow(t), y = overdueClosedLater(t);
        return {u"((%1) OR (%2))"_s.arg(x.sql, y.sql), x.values + y.values};
    }
    case IndicatorSet::CalledBack:
    case IndicatorSet::Satisfied: {
        const Piece b = callbackIn(t);
        return {u"EXISTS (SELECT 1 FROM callbacks b WHERE b.case_id = c.id AND %1%2)"_s.arg(
                    b.sql, set == IndicatorSet::Satisfied ? u" AND "_s + satisfiedResult : QString()),
                b.values};
    }
    case IndicatorSet::SupervisedNormal:
    case IndicatorSet::SupervisedYellow:
    case IndicatorSet::SupervisedRed: {
        const Piece f = supervisedIn(t);
        return {
            u"EXISTS (SELECT 1 FROM case_flow f WHERE f.case_id = c.id AND %1 AND f.supervise_level = ?)"_s
                .arg(f.sql),
            f.values + QVariantList{levelOf(set)}};
    }
    }
    return {u"1 = 0"_s, {}};
}

void bindPiece(Query &q, const Piece &p)
{
    for (const QVariant &v : p.values)
        q.bind(v);
}

// The unit's path range for a subtree test: every path below "/1/5/" sorts in ["/1/5/", "/1/50").
std::pair<QString, QString> pathRange(const Database &db, qint64 orgUnitId)
{
    Query q(db, u"SELECT path FROM org_units WHERE id = ?"_s);
    q.bind(orgUnitId).exec();
    const QString path = q.next() ? q.text(0) : u"/-/"_s; // an unknown place: nothing
    return {path, path.chopped(1) + u'0'};
}

// Org units with their level and path under a path prefix (the scope; empty: all).
struct UnitRow
{
    qint64 id;
    int level;
    QString path;
    QString name;
    QString code;
};

QList<UnitRow> unitsUnder(const Database &db, const QString &prefix)
{
    Query q(db, prefix.isEmpty() ? u"SELECT id, level, path, name, code FROM org_units"_s
                                 : u"SELECT id, level, path, name, code FROM org_units WHERE path LIKE ?"_s);
    if (!prefix.isEmpty())
        q.bind(prefix + u"%"_s);
    q.exec();
    QList<UnitRow> out;
    while (q.next())
        out.append({q.int64(0), q.integer(1), q.text(2), q.text(3), q.text(4)});
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

void IndicatorQueries::liveCountsBy(QMap<QString, IndicatorCounts> &out, const QString &groupExpr,
                                    const ReportPeriod &period, const IndicatorScope &scope, QDate asOf,
                                    LiveParts parts, const QString &extraWhere) const
{
    const Bounds t = boundsOf(m_db, period, asOf);
    ScopeClause where = scopeClause(m_db, scope);
    where.sql += extraWhere;
    const auto keyOf = [](const Query &q) { return q.isNull(0) ? QString() : q.text(0); };

    // The cases, as index-driven ranges added up per group: received in the period (registered,
    // closed by the as-of date), closed in the period (on time, dispute recorded, settled).
    if (parts & LiveCore) {
        const Piece registered = notDeclined();
        const Piece closedByCut = notDeclined() && closedBy(t);
        const Piece received = receivedIn(t);
        const Piece closed = closedIn(t);
        const QString g = groupExpr;
        const QString sql =
            u"SELECT g, SUM(received), SUM(registered), SUM(closed_by), SUM(closed), SUM(on_time), "
            "SUM(recorded), SUM(settled) FROM ("
            "SELECT %2 AS g, 1 AS received, "
            "CASE WHEN %3 THEN 1 ELSE 0 END AS registered, "
            "CASE WHEN %4 THEN 1 ELSE 0 END AS closed_by, "
            "0 AS closed, 0 AS on_time, 0 AS recorded, 0 AS settled "
            "FROM cases c WHERE %5%1 "
            "UNION ALL "
            "SELECT %2, 0, 0, 0, 1, CASE WHEN %6 THEN 1 ELSE 0 END, CASE WHEN %7 THEN 1 ELSE 0 END, "
            "CASE WHEN %8 THEN 1 ELSE 0 END FROM cases c WHERE %9%1"
            ") AS f GROUP BY g"_s.arg(where.sql, g, registered.sql, closedByCut.sql, received.sql,
                                      onTime().sql, disputeRecorded().sql, disputeSettled().sql, closed.sql);
        Query q(m_db, sql);
        bindPiece(q, registered);
        bindPiece(q, closedByCut);
        bindPiece(q, received);
        bindScope(q, where);
        bindPiece(q, onTime());
        bindPiece(q, disputeRecorded());
        bindPiece(q, disputeSettled());
        bindPiece(q, closed);
        bindScope(q, where);
        q.exec();
        while (q.next()) {
            IndicatorCounts &c = out[keyOf(q)];
            c.received += q.int64(1);
            c.registered += q.int64(2);
            c.closedOfRegistered += q.int64(3);
            c.closed += q.int64(4);
            c.closedOnTime += q.int64(5);
            c.disputeRecorded += q.int64(6);
            c.disputeSettled += q.int64(7);
        }
    }

    // 在办超期: open at the end of the as-of date past the deadline — open now, or closed only after it
    // (each through its own small index).
    if (parts & LiveOverdue) {
        const Piece overdueNow = overdueOpenNow(t);
        const Piece overdueLater = overdueClosedLater(t);
        Query q(m_db, u"SELECT g, COUNT(*) FROM (SELECT %2 AS g FROM cases c WHERE %3%1 UNION ALL "
                      "SELECT %2 FROM cases c WHERE %4%1) AS f GROUP BY g"_s.arg(
                          where.sql, groupExpr, overdueNow.sql, overdueLater.sql));
        bindPiece(q, overdueNow);
        bindScope(q, where);
        bindPiece(q, overdueLater);
        bindScope(q, where);
        q.exec();
        while (q.next())
            out[keyOf(q)].overdueOpen += q.int64(1);
    }

    // 平均办理时长: working days from the day received to the day closed, by the work calendar —
    // added up in the database over the calendar's day ordinals (WorkdayOrdinals), not case by case.
    if (parts & LiveHandling) {
        WorkdayOrdinals ordinals(m_db, m_calendar);
        const QString days = ordinals.ensure();
        const qint64 offset = ordinals.utcOffset();
        const Piece closed = closedIn(t);
        Query q(m_db,
                u"SELECT %1, SUM(CASE WHEN w2.ordinal > w1.ordinal THEN w2.ordinal - w1.ordinal ELSE 0 END) "
                "FROM cases c JOIN %2 w1 ON w1.day = (c.received_at + ?) / 86400 "
                "JOIN %2 w2 ON w2.day = (c.closed_at + ?) / 86400 WHERE "_s.arg(groupExpr, days) +
                    closed.sql + where.sql + u" GROUP BY %1"_s.arg(groupExpr));
        q.bind(offset).bind(offset);
        bindPiece(q, closed);
        bindScope(q, where);
        q.exec();
        while (q.next())
            out[keyOf(q)].handlingWorkingDays += q.int64(1);
    }

    // 满意率: the call-backs with a result in the period. CROSS JOIN keeps SQLite's planner on the
    // call-backs, not on walking every case of the place — for the few confidential cases, on the
    // call-backs of those cases.
    if (parts & LiveCallbacks) {
        const Piece b = callbackIn(t);
        const QString few = extraWhere.isEmpty()
                                ? QString()
                                : u"b.case_id IN (SELECT id FROM cases WHERE confidential) AND "_s;
        Query q(m_db, u"SELECT %1, SUM(CASE WHEN %2 THEN 1 ELSE 0 END), COUNT(*) FROM callbacks b CROSS JOIN "
                      "cases c WHERE c.id = b.case_id AND %3"_s.arg(groupExpr, satisfiedResult, few) +
                          b.sql + where.sql + u" GROUP BY %1"_s.arg(groupExpr));
        bindPiece(q, b);
        bindScope(q, where);
        q.exec();
        while (q.next()) {
            IndicatorCounts &c = out[keyOf(q)];
            c.satisfied += q.int64(1);
            c.callbacks += q.int64(2);
        }
    }

    // 督办: the cases supervised in the period, by level (a case supervised twice at one level counts once).
    if (parts & LiveSupervision) {
        const Piece f = supervisedIn(t);
        Query q(m_db, u"SELECT %1, f.supervise_level, COUNT(DISTINCT c.id) FROM case_flow f JOIN cases c ON "
                      "c.id = f.case_id WHERE "_s.arg(groupExpr) +
                          f.sql + where.sql + u" GROUP BY %1, f.supervise_level"_s.arg(groupExpr));
        bindPiece(q, f);
        bindScope(q, where);
        q.exec();
        while (q.next()) {
            IndicatorCounts &c = out[q.isNull(0) ? QString() : q.text(0)];
            const QString level = q.text(1);
            if (level == u"normal"_s)
                c.supervisedNormal += q.int64(2);
            else if (level == u"yellow"_s)
                c.supervisedYellow += q.int64(2);
            else if (level == u"red"_s)
                c.supervisedRed += q.int64(2);
        }
    }
}

QMap<QString, IndicatorCounts> IndicatorQueries::countsBy(const QString &groupExpr,
                                                          const ReportPeriod &period,
                                                          const IndicatorScope &scope, QDate asOf) const
{
    QMap<QString, IndicatorCounts> out;
    const QChar dim = groupExpr == u"c.township_id"_s     ? u't'
                      : groupExpr == u"c.org_unit_id"_s   ? u'u'
                      : groupExpr == u"c.category_id"_s   ? u'c'
                      : groupExpr == u"c.source"_s        ? u's'
                      : groupExpr == u"c.department_id"_s ? u'd'
                                                          : QChar();
    if (m_useAggregates && !dim.isNull()) {
        if (!m_cache)
            m_cache = std::make_shared<IndicatorCache>(m_db, m_calendar);
        if (const auto plan = m_cache->plan(period, scope)) {
            m_cache->refresh(*plan);
            // The stored months: everything but the confidential cases and what depends on the
            // as-of date within its own month. 结案率's numerator: the closings before the as-of
            // date's month from the store, those in it up to the as-of date live (all cases; the
            // confidential cases' own count below stops at the month's start).
            const QDate cutDay = asOf.addDays(1);
            const QDate cutMonthStart(cutDay.year(), cutDay.month(), 1);
            out = m_cache->read(*plan, dim, IndicatorCache::monthOf(cutDay));
            if (cutDay != cutMonthStart) {
                const Bounds t = boundsOf(m_db, period, asOf);
                const ScopeClause where = scopeClause(m_db, scope);
                // On SQLite `+` keeps the planner on the month's closings, not the period's receipts.
                const QString received = m_db.isPostgres() ? u"c.received_at"_s : u"+c.received_at"_s;
                const Piece tail{
                    u"c.closed_at >= ? AND c.closed_at < ? AND %1 >= ? AND %1 < ? AND c.status <> 'declined'"_s
                        .arg(received),
                    {cutMonthStart.startOfDay().toSecsSinceEpoch(), t.cut, t.a, t.b}};
                Query q(m_db, u"SELECT %1, COUNT(*) FROM cases c WHERE %2%3 GROUP BY %1"_s.arg(
                                  groupExpr, tail.sql, where.sql));
                bindPiece(q, tail);
                bindScope(q, where);
                q.exec();
                while (q.next())
                    out[q.isNull(0) ? QString() : q.text(0)].closedOfRegistered += q.int64(1);
            }
            if (dim == u't') {
                // 在办超期 per township from the stored days (every month up to the as-of date's).
                IndicatorCache::Plan all = *plan;
                const auto [first, last] = m_cache->span();
                all.firstMonth = std::min(first, plan->firstMonth);
                all.lastMonth = std::max({last, plan->lastMonth, IndicatorCache::monthOf(asOf)});
                m_cache->refresh(all);
                for (const auto &[key, n] : m_cache->overdue(all, asOf).asKeyValueRange())
                    out[key].overdueOpen += n;
                liveCountsBy(out, groupExpr, period, scope, asOf, LiveSupervision);
            } else {
                liveCountsBy(out, groupExpr, period, scope, asOf, LiveParts(LiveOverdue | LiveSupervision));
            }
            if (!m_hasConfidential) {
                // Whether this account sees any confidential case at all (most never do).
                Query q(m_db, u"SELECT 1 FROM cases WHERE confidential LIMIT 1"_s);
                q.exec();
                m_hasConfidential = q.next();
            }
            if (*m_hasConfidential) {
                liveCountsBy(out, groupExpr, period, scope, cutMonthStart.addDays(-1),
                             LiveParts(LiveCore | LiveHandling | LiveCallbacks), u" AND c.confidential"_s);
                if (dim == u't')
                    liveCountsBy(out, groupExpr, period, scope, asOf, LiveOverdue, u" AND c.confidential"_s);
            }
            // Groups whose every figure is 0 (a month computed with no case left in a group).
            out.removeIf([](const auto &it) { return it.value() == IndicatorCounts{}; });
            return out;
        }
    }
    liveCountsBy(out, groupExpr, period, scope, asOf, LiveAll);
    return out;
}

IndicatorFigures IndicatorQueries::compute(const ReportPeriod &period, const IndicatorScope &scope,
                                           QDate asOf) const
{
    IndicatorFigures out;
    out.period = period;
    out.asOf = asOf;
    const QMap<QString, IndicatorCounts> byTownship = countsBy(u"c.township_id"_s, period, scope, asOf);
    for (const IndicatorCounts &c : byTownship)
        out.total += c;
    // The townships' codes and names; the list in code order. (Cases at the county's own level have
    // no township: in the total only.)
    QMap<QString, TownshipIndicators> ordered;
    if (!byTownship.isEmpty()) {
        Query q(m_db, u"SELECT id, code, name FROM org_units WHERE level = 2"_s);
        q.exec();
        while (q.next()) {
            const auto it = byTownship.constFind(QString::number(q.int64(0)));
            if (it != byTownship.cend())
                ordered.insert(q.text(1), TownshipIndicators{q.int64(0), q.text(1), q.text(2), it.value()});
        }
    }
    for (const TownshipIndicators &t : ordered)
        out.byTownship << t;
    return out;
}

QList<IndicatorGroup> IndicatorQueries::breakdown(const ReportPeriod &period, const IndicatorScope &scope,
                                                  QDate asOf, IndicatorDimension dimension) const
{
    QList<IndicatorGroup> out;
    const auto add = [&out](const QString &key, const QString &name, const IndicatorCounts &counts) {
        if (!(counts == IndicatorCounts{}))
            out.append({key, name, counts});
    };
    switch (dimension) {
    case IndicatorDimension::None:
        out.append({QString(), QString(), compute(period, scope, asOf).total});
        return out;
    case IndicatorDimension::Township: {
        const IndicatorFigures f = compute(period, scope, asOf);
        for (const TownshipIndicators &t : f.byTownship)
            add(QString::number(t.townshipId), t.name, t.counts);
        break;
    }
    case IndicatorDimension::Village:
    case IndicatorDimension::Grid: {
        // By the case's place, added up to its village or grid (the unit at that level on its path).
        const int level =
            dimension == IndicatorDimension::Village ? int(OrgLevel::Village) : int(OrgLevel::Grid);
        const QString prefix = scope.orgUnitId ? pathRange(m_db, scope.orgUnitId).first : QString();
        const QList<UnitRow> units = unitsUnder(m_db, prefix);
        QHash<QString, const UnitRow *> byPath;
        QHash<qint64, const UnitRow *> byId;
        for (const UnitRow &u : units) {
            byPath.insert(u.path, &u);
            byId.insert(u.id, &u);
        }
        QMap<qint64, IndicatorCounts> groups;
        const QMap<QString, IndicatorCounts> byPlace = countsBy(u"c.org_unit_id"_s, period, scope, asOf);
        for (auto it = byPlace.cbegin(); it != byPlace.cend(); ++it) {
            const UnitRow *place = byId.value(it.key().toLongLong());
            if (!place)
                continue;
            // The path's segments lead from the root down: the level-th one is the ancestor there.
            const QStringList ids = place->path.split(u'/', Qt::SkipEmptyParts);
            if (ids.size() < level)
                continue; // a case above that level
            const QString ancestorPath = u"/"_s + ids.mid(0, level).join(u'/') + u"/"_s;
            if (const UnitRow *a = byPath.value(ancestorPath); a && a->level == level)
                groups[a->id] += it.value();
        }
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            add(QString::number(it.key()), byId.value(it.key())->name, it.value());
        break;
    }
    case IndicatorDimension::Category: {
        QHash<qint64, std::pair<qint64, QString>> categories; // id → (top-level id, its name)
        {
            Query q(m_db, u"SELECT c.id, COALESCE(p.id, c.id), COALESCE(p.name, c.name) FROM categories c "
                          "LEFT JOIN categories p ON p.id = c.parent_id"_s);
            q.exec();
            while (q.next())
                categories.insert(q.int64(0), {q.int64(1), q.text(2)});
        }
        QMap<qint64, IndicatorCounts> groups;
        QHash<qint64, QString> names;
        for (const auto &[key, counts] :
             countsBy(u"c.category_id"_s, period, scope, asOf).asKeyValueRange()) {
            const auto top = categories.value(
                key.toLongLong(), {0, QCoreApplication::translate("zz::IndicatorQueries", "未分类")});
            groups[top.first] += counts;
            names.insert(top.first, top.second);
        }
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            add(QString::number(it.key()), names.value(it.key()), it.value());
        break;
    }
    case IndicatorDimension::Source:
        for (const auto &[key, counts] : countsBy(u"c.source"_s, period, scope, asOf).asKeyValueRange()) {
            const auto source = fromCode<CaseSource>(key);
            add(key, source ? label(*source) : key, counts);
        }
        break;
    case IndicatorDimension::Department: {
        // Every township has its 司法所: a name that occurs twice says whose it is.
        QHash<qint64, std::pair<QString, QString>> names; // id → (name, its unit's name)
        {
            Query q(m_db, u"SELECT d.id, d.name, o.name FROM departments d LEFT JOIN org_units o ON o.id = "
                          "d.org_unit_id"_s);
            q.exec();
            while (q.next())
                names.insert(q.int64(0), {q.text(1), q.text(2)});
        }
        const qsizetype first = out.size();
        for (const auto &[key, counts] :
             countsBy(u"c.department_id"_s, period, scope, asOf).asKeyValueRange())
            if (!key.isEmpty()) // not yet dispatched: no department
                add(key, names.value(key.toLongLong()).first, counts);
        QHash<QString, int> seen;
        for (qsizetype i = first; i < out.size(); ++i)
            ++seen[out.at(i).name];
        for (qsizetype i = first; i < out.size(); ++i)
            if (seen.value(out.at(i).name) > 1)
                out[i].name = names.value(out.at(i).key.toLongLong()).second + out.at(i).name;
        break;
    }
    }
    std::stable_sort(out.begin(), out.end(), [](const IndicatorGroup &x, const IndicatorGroup &y) {
        if (x.counts.received != y.counts.received)
            return x.counts.received > y.counts.received;
        return x.name < y.name;
    });
    return out;
}

QDate IndicatorQueries::comparisonAsOf(const ReportPeriod &period, QDate asOf, const ReportPeriod &other)
{
    return other.last().addDays(period.last().daysTo(asOf));
}

QList<IndicatorQueries::MonthFigures> IndicatorQueries::trend(QDate lastMonth, const IndicatorScope &scope,
                                                              QDate asOf, int months) const
{
    QList<MonthFigures> out;
    const ReportPeriod last = ReportPeriod::month(lastMonth.year(), lastMonth.month());
    for (int i = months - 1; i >= 0; --i) {
        const QDate first = last.first().addMonths(-i);
        const ReportPeriod month = ReportPeriod::month(first.year(), first.month());
        const QDate monthAsOf = std::min(comparisonAsOf(last, asOf, month), asOf);
        out.append({month, monthAsOf, compute(month, scope, monthAsOf).total});
    }
    return out;
}

IndicatorDimension IndicatorQueries::rankingDimension(qint64 orgUnitId) const
{
    if (!orgUnitId)
        return IndicatorDimension::Township;
    Query q(m_db, u"SELECT level FROM org_units WHERE id = ?"_s);
    q.bind(orgUnitId).exec();
    const int level = q.next() ? q.integer(0) : int(OrgLevel::County);
    switch (level) {
    case int(OrgLevel::Township):
        return IndicatorDimension::Village;
    case int(OrgLevel::Village):
    case int(OrgLevel::Grid):
        return IndicatorDimension::Grid;
    default:
        return IndicatorDimension::Township;
    }
}

IndicatorQueries::Clause IndicatorQueries::drillClause(const Database &db, const IndicatorDrill &drill)
{
    const Bounds t = boundsOf(db, drill.period, drill.asOf);
    Piece p = setPiece(t, drill.set);
    const ScopeClause scope = scopeClause(db, drill.scope);
    // scopeClause() gives " AND …" terms.
    p.sql += scope.sql;
    p.values += scope.values;
    const auto group = [&](const QString &key) -> Piece {
        switch (drill.dimension) {
        case IndicatorDimension::None:
            return {u"1 = 1"_s, {}};
        case IndicatorDimension::Township:
            return {u"c.township_id = ?"_s, {key.toLongLong()}};
        case IndicatorDimension::Village:
        case IndicatorDimension::Grid: {
            const auto [from, to] = pathRange(db, key.toLongLong());
            return {u"c.org_path >= ? AND c.org_path < ?"_s, {from, to}};
        }
        case IndicatorDimension::Category:
            if (key.toLongLong() == 0)
                return {u"c.category_id IS NULL"_s, {}};
            return {u"c.category_id IN (SELECT id FROM categories WHERE id = ? OR parent_id = ?)"_s,
                    {key.toLongLong(), key.toLongLong()}};
        case IndicatorDimension::Source:
            return {u"c.source = ?"_s, {key}};
        case IndicatorDimension::Department:
            return {u"c.department_id = ?"_s, {key.toLongLong()}};
        }
        return {u"1 = 0"_s, {}};
    };
    if (drill.dimension != IndicatorDimension::None) {
        if (!drill.otherThan.isEmpty()) {
            QStringList terms;
            QVariantList values;
            for (const QString &key : drill.otherThan) {
                const Piece g = group(key);
                terms << g.sql;
                values << g.values;
            }
            // NULLs (no category, no department) belong to "the rest" too.
            QString rest = u"NOT ((%1))"_s.arg(terms.join(u") OR ("_s));
            // Cases without a category belong to the rest unless "未分类" is among the groups named.
            if (drill.dimension == IndicatorDimension::Category && !drill.otherThan.contains(u"0"_s))
                rest = u"(c.category_id IS NULL OR %1)"_s.arg(rest);
            p = p && Piece{rest, values};
        } else {
            p = p && group(drill.key);
        }
    }
    return {u"("_s + p.sql + u")"_s, p.values};
}

IndicatorSet numeratorSet(Indicator indicator)
{
    switch (indicator) {
    case Indicator::Received:
        return IndicatorSet::Received;
    case Indicator::Registered:
        return IndicatorSet::Registered;
    case Indicator::Closed:
    case Indicator::AvgHandlingWorkingDays:
        return IndicatorSet::Closed;
    case Indicator::ClosureRate:
        return IndicatorSet::ClosedOfRegistered;
    case Indicator::OnTimeRate:
        return IndicatorSet::ClosedOnTime;
    case Indicator::ResolutionRate:
        return IndicatorSet::DisputeSettled;
    case Indicator::SatisfactionRate:
        return IndicatorSet::Satisfied;
    case Indicator::OverdueOpen:
        return IndicatorSet::OverdueOpen;
    case Indicator::SupervisedNormal:
        return IndicatorSet::SupervisedNormal;
    case Indicator::SupervisedYellow:
        return IndicatorSet::SupervisedYellow;
    case Indicator::SupervisedRed:
        return IndicatorSet::SupervisedRed;
    }
    return IndicatorSet::Received;
}

std::optional<IndicatorSet> denominatorSet(Indicator indicator)
{
    switch (indicator) {
    case Indicator::ClosureRate:
        return IndicatorSet::Registered;
    case Indicator::OnTimeRate:
        return IndicatorSet::Closed;
    case Indicator::ResolutionRate:
        return IndicatorSet::DisputeRecorded;
    case Indicator::SatisfactionRate:
        return IndicatorSet::CalledBack;
    default:
        return std::nullopt;
    }
}

QString indicatorSetTitle(IndicatorSet set)
{
    switch (set) {
    case IndicatorSet::Received:
        return QCoreApplication::translate("zz::IndicatorQueries", "本期受理的案件");
    case IndicatorSet::Registered:
        return QCoreApplication::translate("zz::IndicatorQueries", "本期受理并立案的案件");
    case IndicatorSet::ClosedOfRegistered:
        return QCoreApplication::translate("zz::IndicatorQueries", "本期立案、截至统计日已办结的案件");
    case IndicatorSet::Closed:
        return QCoreApplication::translate("zz::IndicatorQueries", "本期办结的案件");
    case IndicatorSet::ClosedOnTime:
        return QCoreApplication::translate("zz::IndicatorQueries", "本期按期办结的案件");
    case IndicatorSet::ClosedLate:
        return QCoreApplication::translate("zz::IndicatorQueries", "本期超期办结的案件");
    case IndicatorSet::DisputeRecorded:
        return QCoreApplication::translate("zz::IndicatorQueries", "本期办结且记录了化解结果的案件");
    case IndicatorSet::DisputeSettled:
        return QCoreApplication::translate("zz::IndicatorQueries", "本期办结且已化解的案件");
    case IndicatorSet::CalledBack:
        return QCoreApplication::translate("zz::IndicatorQueries", "本期有回访结果的案件");
    case IndicatorSet::Satisfied:
        return QCoreApplication::translate("zz::IndicatorQueries", "本期回访满意或基本满意的案件");
    case IndicatorSet::OverdueOpen:
        return QCoreApplication::translate("zz::IndicatorQueries", "截至统计日在办超期的案件");
    case IndicatorSet::SupervisedNormal:
        return QCoreApplication::translate("zz::IndicatorQueries", "本期普通督办的案件");
    case IndicatorSet::SupervisedYellow:
        return QCoreApplication::translate("zz::IndicatorQueries", "本期黄牌督办的案件");
    case IndicatorSet::SupervisedRed:
        return QCoreApplication::translate("zz::IndicatorQueries", "本期红牌督办的案件");
    }
    return {};
}

} // namespace zz
