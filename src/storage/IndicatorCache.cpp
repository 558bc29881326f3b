#include "IndicatorCache.h"

#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "Types.h"
#include "WorkdayOrdinals.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

const QDate calendarFirst(2000, 1, 1);
const QDate calendarLast(2040, 12, 31);

// The five groupings the figures keep: 't' township, 'u' the case's place, 'c' category, 's' source,
// 'd' department, each with the case column that keys its groups.
const QList<std::pair<QString, QString>> &dimensionColumns()
{
    static const QList<std::pair<QString, QString>> columns{{u"t"_s, u"township_id"_s},
                                                            {u"u"_s, u"org_unit_id"_s},
                                                            {u"c"_s, u"category_id"_s},
                                                            {u"s"_s, u"source"_s},
                                                            {u"d"_s, u"department_id"_s}};
    return columns;
}

int nextMonth(int month)
{
    return month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1;
}

QDate monthStart(int month)
{
    return QDate(month / 100, month % 100, 1);
}

} // namespace

QString IndicatorCache::storedCalendar() const
{
    if (!m_storedCalendar.isNull())
        return m_storedCalendar;
    // What the stored working days were computed from: every entered or bundled exception, the
    // official years and the span.
    QStringList parts;
    for (auto it = m_calendar.overrides().cbegin(); it != m_calendar.overrides().cend(); ++it)
        parts << it.key().toString(Qt::ISODate) + (it.value() ? u"w"_s : u"r"_s);
    std::sort(parts.begin(), parts.end());
    for (int year : m_calendar.years())
        parts << QString::number(year);
    parts << calendarFirst.toString(Qt::ISODate) << calendarLast.toString(Qt::ISODate);
    const QString fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u',').toUtf8(), QCryptographicHash::Sha256).toHex());
    {
        Query q(m_db, u"SELECT fingerprint FROM workday_calendar WHERE id = 1"_s);
        q.exec();
        if (q.next() && q.text(0) == fingerprint)
            return m_storedCalendar = fingerprint;
    }
    try {
        Transaction transaction(m_db);
        Query::run(m_db, u"DELETE FROM workday_ordinals"_s);
        const QDate epoch(1970, 1, 1);
        const qint64 first = epoch.daysTo(calendarFirst), last = epoch.daysTo(calendarLast);
        qint64 ordinal = 0;
        constexpr int rowsPerStatement = 500;
        QVariantList values;
        const auto flush = [&] {
            if (values.isEmpty())
                return;
            QStringList rows;
            for (qsizetype i = 0; i < values.size() / 2; ++i)
                rows << u"(?, ?)"_s;
            Query insert(m_db, u"INSERT INTO workday_ordinals (day, ordinal) VALUES "_s + rows.join(u", "_s));
            for (const QVariant &v : std::as_const(values))
                insert.bind(v);
            insert.exec();
            values.clear();
        };
        for (qint64 day = first; day <= last; ++day) {
            if (day > first && m_calendar.isWorkday(epoch.addDays(day)))
                ++ordinal;
            values << QVariant(day) << QVariant(ordinal);
            if (values.size() == 2 * rowsPerStatement)
                flush();
        }
        flush();
        Query::run(m_db, u"DELETE FROM workday_calendar"_s);
        Query(m_db, u"INSERT INTO workday_calendar (id, fingerprint) VALUES (1, ?)"_s)
            .bind(fingerprint)
            .exec();
        transaction.commit();
        return m_storedCalendar = fingerprint;
    } catch (const Error &) {
        // Not this account's to write (PostgreSQL: only the owner and county admins): live figures.
        return m_storedCalendar = u""_s;
    }
}

std::optional<IndicatorCache::Plan> IndicatorCache::plan(const ReportPeriod &period,
                                                         const IndicatorScope &scope) const
{
    if (!period.isValid() || period.first().day() != 1 || period.last().addDays(1).day() != 1)
        return std::nullopt; // not whole months
    if (scope.categoryId || !scope.source.isEmpty() || scope.departmentId)
        return std::nullopt;

    // Once per instance (a dashboard's or a report's figures): the units down to the townships, and
    // on PostgreSQL the account's own unit — the figures serve a county or a township, and an
    // account that sees all of one.
    if (!m_units) {
        m_units.emplace();
        Query q(m_db, u"SELECT id, level, path FROM org_units WHERE level <= 2"_s);
        q.exec();
        while (q.next())
            m_units->append({q.int64(0), q.integer(1), q.text(2)});
        m_sessionPath = QString();
        if (m_db.isPostgres()) {
            Query s(m_db, u"SELECT zz_is_owner(), zz_scope_path()"_s);
            s.exec();
            if (!s.next()) {
                m_sessionPath.reset();
            } else if (!s.boolean(0)) {
                const QString own = s.text(1);
                // No account, or a village's, which sees part of a township: from the cases.
                if (own.isEmpty() || own.count(u'/') - 1 > int(OrgLevel::Township))
                    m_sessionPath.reset();
                else
                    m_sessionPath = own;
            }
        }
    }
    if (!m_sessionPath)
        return std::nullopt;
    const QString sessionPath = *m_sessionPath;
    QString path;
    bool township = false;
    if (scope.orgUnitId) {
        const auto it = std::find_if(m_units->cbegin(), m_units->cend(),
                                     [&](const Unit &u) { return u.id == scope.orgUnitId; });
        if (it == m_units->cend())
            return std::nullopt; // a village or grid, or no such unit: from the cases
        path = it->path;
        township = it->level == int(OrgLevel::Township);
    }
    if (!path.isEmpty() && !sessionPath.isEmpty() && !path.startsWith(sessionPath) &&
        !sessionPath.startsWith(path))
        return std::nullopt; // nothing in common: no figures either way

    Plan out;
    out.firstMonth = monthOf(period.first());
    out.lastMonth = monthOf(period.last());
    out.utcOffset = WorkdayOrdinals(m_db, m_calendar).utcOffset();
    for (const Unit &u : std::as_const(*m_units))
        if (u.path.startsWith(path) && u.path.startsWith(sessionPath))
            out.townships << u.id;
    if (township)
        out.township = scope.orgUnitId;
    // A township account asking for its county reads its own township's rows.
    if (!out.township && !sessionPath.isEmpty() && sessionPath.count(u'/') - 1 == int(OrgLevel::Township) &&
        out.townships.size() == 1)
        out.township = out.townships.first();
    out.calendar = storedCalendar();
    if (out.calendar.isEmpty())
        return std::nullopt;
    return out;
}

void IndicatorCache::refresh(const Plan &plan) const
{
    // Months this instance has seen current stay so for its figures (one dashboard or report).
    bool seen = true;
    for (int month = plan.firstMonth; month <= plan.lastMonth && seen; month = nextMonth(month))
        for (qint64 township : plan.townships)
            seen = seen && m_current.contains({township, month});
    if (seen)
        return;
    QSet<std::pair<qint64, int>> valid;
    {
        Query q(m_db,
                u"SELECT v.township_id, v.month FROM indicator_valid v LEFT JOIN indicator_stamps s ON "
                "s.township_id = v.township_id AND s.month = v.month WHERE v.month >= ? AND v.month <= ? "
                "AND v.utc_offset = ? AND v.calendar = ? AND v.version = COALESCE(s.version, 0)"_s);
        q.bind(plan.firstMonth).bind(plan.lastMonth).bind(plan.utcOffset).bind(plan.calendar).exec();
        while (q.next())
            valid.insert({q.int64(0), q.integer(1)});
    }
    for (int month = plan.firstMonth; month <= plan.lastMonth; month = nextMonth(month)) {
        QList<qint64> stale;
        for (qint64 township : plan.townships)
            if (!valid.contains({township, month}))
                stale << township;
        if (!stale.isEmpty())
            refreshMonth(stale, month, plan);
    }
    for (int month = plan.firstMonth; month <= plan.lastMonth; month = nextMonth(month))
        for (qint64 township : plan.townships)
            m_current.insert({township, month});
}

void IndicatorCache::refreshMonth(const QList<qint64> &townships, int month, const Plan &plan) const
{
    QStringList ids;
    for (qint64 township : townships)
        ids << QString::number(township);
    const QString in = u"("_s + ids.join(u", "_s) + u")"_s; // ids, not text: safe to inline
    if (m_db.isPostgres()) {
        Query q(m_db, u"SELECT zz_indicator_refresh(ARRAY[%1]::bigint[], ?, ?)"_s.arg(ids.join(u", "_s)));
        q.bind(month).bind(int(plan.utcOffset)).exec();
        return;
    }
    // The statements of zz_indicator_refresh() (PostgreSQL migration 0041), for SQLite.
    const qint64 from = monthStart(month).startOfDay(QTimeZone(int(plan.utcOffset))).toSecsSinceEpoch();
    const qint64 to =
        monthStart(nextMonth(month)).startOfDay(QTimeZone(int(plan.utcOffset))).toSecsSinceEpoch();
    Transaction transaction(m_db);
    QHash<qint64, qint64> versions;
    {
        Query q(m_db,
                u"SELECT township_id, version FROM indicator_stamps WHERE month = ? AND township_id IN "_s +
                    in);
        q.bind(month).exec();
        while (q.next())
            versions.insert(q.int64(0), q.int64(1));
    }
    for (const QString &table :
         {u"indicator_months"_s, u"indicator_closures"_s, u"indicator_overdue"_s, u"indicator_valid"_s})
        Query(m_db, u"DELETE FROM %1 WHERE month = ? AND township_id IN %2"_s.arg(table, in))
            .bind(month)
            .exec();
    {
        // The month's facts into a scratch table, then one small integer-keyed grouping per
        // dimension (a single grouping over text keys of every dimension sorted 330,000 rows a
        // county month).
        Query::run(m_db,
                   u"CREATE TEMP TABLE IF NOT EXISTS zz_figure_facts (township_id INTEGER, org_unit_id "
                   "INTEGER, category_id INTEGER, source TEXT, department_id INTEGER, received INTEGER, "
                   "registered INTEGER, closed INTEGER, on_time INTEGER, recorded INTEGER, settled INTEGER, "
                   "handling INTEGER, callbacks INTEGER, satisfied INTEGER)"_s);
        Query::run(m_db, u"DELETE FROM zz_figure_facts"_s);
        const QString facts =
            u"INSERT INTO zz_figure_facts "
            "SELECT c.township_id, c.org_unit_id, c.category_id, c.source, c.department_id, 1 AS received, "
            "CASE WHEN c.status <> 'declined' THEN 1 ELSE 0 END AS registered, 0 AS closed, 0 AS on_time, "
            "0 AS recorded, 0 AS settled, 0 AS handling, 0 AS callbacks, 0 AS satisfied "
            "FROM cases c WHERE c.received_at >= ? AND c.received_at < ? AND c.township_id IN "_s +
            in +
            u" "
            "AND NOT c.confidential "
            "UNION ALL "
            "SELECT c.township_id, c.org_unit_id, c.category_id, c.source, c.department_id, 0, 0, 1, "
            "CASE WHEN c.deadline_at IS NULL OR c.closed_at <= c.deadline_at THEN 1 ELSE 0 END, "
            "CASE WHEN c.dispute_settled IS NOT NULL THEN 1 ELSE 0 END, "
            "CASE WHEN c.dispute_settled = 1 THEN 1 ELSE 0 END, "
            "CASE WHEN w2.ordinal > w1.ordinal THEN w2.ordinal - w1.ordinal ELSE 0 END, 0, 0 "
            "FROM cases c LEFT JOIN workday_ordinals w1 ON w1.day = (c.received_at + ?) / 86400 "
            "LEFT JOIN workday_ordinals w2 ON w2.day = (c.closed_at + ?) / 86400 "
            "WHERE c.closed_at >= ? AND c.closed_at < ? AND c.status IN ('closed', 'archived') "
            "AND c.township_id IN "_s +
            in +
            u" AND NOT c.confidential "
            "UNION ALL "
            "SELECT c.township_id, c.org_unit_id, c.category_id, c.source, c.department_id, "
            "0, 0, 0, 0, 0, 0, 0, 1, CASE WHEN b.result IN ('satisfied', 'basic') THEN 1 ELSE 0 END "
            "FROM callbacks b CROSS JOIN cases c WHERE c.id = b.case_id AND b.called_at >= ? "
            "AND b.called_at < ? AND b.result <> 'unreachable' AND c.township_id IN "_s +
            in +
            u" "
            "AND NOT c.confidential"_s;
        Query q(m_db, facts);
        q.bind(from).bind(to);
        q.bind(plan.utcOffset).bind(plan.utcOffset).bind(from).bind(to);
        q.bind(from).bind(to);
        q.exec();
        for (const auto &[dim, column] : dimensionColumns()) {
            Query insert(
                m_db, u"INSERT INTO indicator_months (township_id, month, dim, gkey, received, registered, "
                      "closed, closed_on_time, dispute_recorded, dispute_settled, handling_days, "
                      "callbacks, satisfied) SELECT township_id, ?, ?, COALESCE(CAST(%1 AS TEXT), ''), "
                      "SUM(received), SUM(registered), SUM(closed), SUM(on_time), SUM(recorded), "
                      "SUM(settled), SUM(handling), SUM(callbacks), SUM(satisfied) FROM zz_figure_facts "
                      "GROUP BY township_id, %1"_s.arg(column));
            insert.bind(month).bind(dim).exec();
        }
    }
    {
        Query::run(
            m_db,
            u"CREATE TEMP TABLE IF NOT EXISTS zz_figure_closures (township_id INTEGER, org_unit_id "
            "INTEGER, category_id INTEGER, source TEXT, department_id INTEGER, closed_month INTEGER)"_s);
        Query::run(m_db, u"DELETE FROM zz_figure_closures"_s);
        Query q(m_db,
                u"INSERT INTO zz_figure_closures SELECT c.township_id, c.org_unit_id, c.category_id, "
                "c.source, c.department_id, CAST(strftime('%Y%m', c.closed_at + ?, 'unixepoch') AS INTEGER) "
                "FROM cases c WHERE c.received_at >= ? AND c.received_at < ? AND c.township_id IN "_s +
                    in + u" AND NOT c.confidential AND c.status <> 'declined' AND c.closed_at IS NOT NULL"_s);
        q.bind(plan.utcOffset).bind(from).bind(to).exec();
        for (const auto &[dim, column] : dimensionColumns()) {
            Query insert(m_db,
                         u"INSERT INTO indicator_closures (township_id, month, dim, gkey, closed_month, n) "
                         "SELECT township_id, ?, ?, COALESCE(CAST(%1 AS TEXT), ''), closed_month, COUNT(*) "
                         "FROM zz_figure_closures GROUP BY township_id, %1, closed_month"_s.arg(column));
            insert.bind(month).bind(dim).exec();
        }
    }
    {
        const QString late =
            u"FROM cases c WHERE c.closed_at >= ? AND c.closed_at < ? AND c.township_id IN "_s + in +
            u" AND NOT c.confidential AND c.deadline_at IS NOT NULL AND c.status IN ('closed', 'archived') "
            "AND c.closed_at > MAX(c.deadline_at, c.received_at)"_s;
        // `+`: the open cases' own index (a few thousand), not the month's every case.
        Query q(m_db,
                u"INSERT INTO indicator_overdue (township_id, month, day, delta) "
                "SELECT township_id, ?, day, SUM(delta) FROM ("
                "SELECT c.township_id, (MAX(c.deadline_at, c.received_at) + ?) / 86400 AS day, 1 AS delta "
                "FROM cases c WHERE +c.received_at >= ? AND +c.received_at < ? AND c.township_id IN "_s +
                    in +
                    u" AND NOT c.confidential AND c.deadline_at IS NOT NULL AND c.status IN ('reported', "
                    "'registered', 'dispatched', 'in_progress', 'feedback', 'verified') "
                    "UNION ALL SELECT c.township_id, (MAX(c.deadline_at, c.received_at) + ?) / 86400, 1 "_s +
                    late + u" UNION ALL SELECT c.township_id, (c.closed_at + ?) / 86400, -1 "_s + late +
                    u") GROUP BY township_id, day HAVING SUM(delta) <> 0"_s);
        q.bind(month);
        q.bind(plan.utcOffset).bind(from).bind(to);
        q.bind(plan.utcOffset).bind(from).bind(to);
        q.bind(plan.utcOffset).bind(from).bind(to);
        q.exec();
    }
    for (qint64 township : townships)
        Query(m_db, u"INSERT INTO indicator_valid (township_id, month, version, utc_offset, calendar) VALUES "
                    "(?, ?, ?, ?, ?)"_s)
            .bind(township)
            .bind(month)
            .bind(versions.value(township, 0))
            .bind(plan.utcOffset)
            .bind(plan.calendar)
            .exec();
    transaction.commit();
}

QMap<QString, IndicatorCounts> IndicatorCache::read(const Plan &plan, QChar dim, int cutMonth) const
{
    QMap<QString, IndicatorCounts> out;
    const QString township = plan.township ? u" AND township_id = ?"_s : QString();
    {
        Query q(m_db, u"SELECT gkey, SUM(received), SUM(registered), SUM(closed), SUM(closed_on_time), "
                      "SUM(dispute_recorded), SUM(dispute_settled), SUM(handling_days), SUM(callbacks), "
                      "SUM(satisfied) FROM indicator_months WHERE dim = ? AND month >= ? AND month <= ?"_s +
                          township + u" GROUP BY gkey"_s);
        q.bind(QString(dim)).bind(plan.firstMonth).bind(plan.lastMonth);
        if (plan.township)
            q.bind(plan.township);
        q.exec();
        while (q.next()) {
            IndicatorCounts &c = out[q.text(0)];
            c.received = q.int64(1);
            c.registered = q.int64(2);
            c.closed = q.int64(3);
            c.closedOnTime = q.int64(4);
            c.disputeRecorded = q.int64(5);
            c.disputeSettled = q.int64(6);
            c.handlingWorkingDays = q.int64(7);
            c.callbacks = q.int64(8);
            c.satisfied = q.int64(9);
        }
    }
    {
        Query q(m_db,
                u"SELECT gkey, SUM(n) FROM indicator_closures WHERE dim = ? AND month >= ? AND month <= ? "
                "AND closed_month < ?"_s +
                    township + u" GROUP BY gkey"_s);
        q.bind(QString(dim)).bind(plan.firstMonth).bind(plan.lastMonth).bind(cutMonth);
        if (plan.township)
            q.bind(plan.township);
        q.exec();
        while (q.next())
            out[q.text(0)].closedOfRegistered = q.int64(1);
    }
    return out;
}

QMap<QString, qint64> IndicatorCache::overdue(const Plan &plan, QDate asOf) const
{
    // The days before the one after the as-of date.
    const qint64 cutDay = QDate(1970, 1, 1).daysTo(asOf.addDays(1));
    QMap<QString, qint64> out;
    Query q(m_db, u"SELECT township_id, SUM(delta) FROM indicator_overdue WHERE day < ?"_s +
                      (plan.township ? u" AND township_id = ?"_s : QString()) + u" GROUP BY township_id"_s);
    q.bind(cutDay);
    if (plan.township)
        q.bind(plan.township);
    q.exec();
    while (q.next())
        if (q.int64(1) != 0)
            out.insert(q.text(0), q.int64(1));
    return out;
}

std::pair<int, int> IndicatorCache::span() const
{
    if (!m_span) {
        // Two index ends; the months run to the current one at least.
        const qint64 offset = WorkdayOrdinals(m_db, m_calendar).utcOffset();
        const auto monthAt = [offset](qint64 at) {
            return monthOf(QDateTime::fromSecsSinceEpoch(at + offset, QTimeZone::utc()).date());
        };
        int first = monthOf(QDate::currentDate()), last = first;
        Query received(m_db, u"SELECT received_at FROM cases ORDER BY received_at LIMIT 1"_s);
        received.exec();
        if (received.next())
            first = std::min(first, monthAt(received.int64(0)));
        Query closed(
            m_db,
            u"SELECT closed_at FROM cases WHERE closed_at IS NOT NULL ORDER BY closed_at DESC LIMIT 1"_s);
        closed.exec();
        if (closed.next())
            last = std::max(last, monthAt(closed.int64(0)));
        m_span = {first, last};
    }
    return *m_span;
}

} // namespace zz
