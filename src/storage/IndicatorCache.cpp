#include "IndicatorCache.h"

#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "Types.h"
#include "WorkdayOrdinals.h"

#include <QCryptographicHash>
#include <QSet>
#include <QStringList>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

const QDate calendarFirst(2000, 1, 1);
const QDate calendarLast(2040, 12, 31);

// The five groupings the figures keep ('t' township, 'u' place, 'c' category, 's' source,
// 'd' department), each as its group key over a fact row `f`.
QString dimensionRows(const QString &columns)
{
    return u"SELECT 't' AS dim, COALESCE(CAST(township_id AS TEXT), '') AS gkey, %1 FROM f "
           "UNION ALL SELECT 'u', COALESCE(CAST(org_unit_id AS TEXT), ''), %1 FROM f "
           "UNION ALL SELECT 'c', COALESCE(CAST(category_id AS TEXT), ''), %1 FROM f "
           "UNION ALL SELECT 's', COALESCE(source, ''), %1 FROM f "
           "UNION ALL SELECT 'd', COALESCE(CAST(department_id AS TEXT), ''), %1 FROM f"_s.arg(columns);
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

    // The unit asked for, and on PostgreSQL the account's own: the figures serve a county or a
    // township, and an account that sees all of one.
    QString path;
    if (scope.orgUnitId) {
        Query q(m_db, u"SELECT level, path FROM org_units WHERE id = ?"_s);
        q.bind(scope.orgUnitId).exec();
        if (!q.next() || q.integer(0) > int(OrgLevel::Township))
            return std::nullopt;
        path = q.text(1);
    }
    QString sessionPath;
    if (m_db.isPostgres()) {
        Query q(m_db, u"SELECT zz_is_owner(), zz_scope_path()"_s);
        q.exec();
        if (!q.next())
            return std::nullopt;
        if (!q.boolean(0)) {
            sessionPath = q.text(1);
            if (sessionPath.isEmpty() || sessionPath.count(u'/') - 1 > int(OrgLevel::Township))
                return std::nullopt; // no account, or a village's: it sees part of a township
        }
    }
    if (!path.isEmpty() && !sessionPath.isEmpty() && !path.startsWith(sessionPath) &&
        !sessionPath.startsWith(path))
        return std::nullopt; // nothing in common: no figures either way

    Plan out;
    out.firstMonth = monthOf(period.first());
    out.lastMonth = monthOf(period.last());
    out.utcOffset = WorkdayOrdinals(m_db, m_calendar).utcOffset();
    Query q(m_db, u"SELECT id, level, path FROM org_units WHERE level <= 2"_s);
    q.exec();
    while (q.next()) {
        const QString unitPath = q.text(2);
        if (unitPath.startsWith(path) && unitPath.startsWith(sessionPath))
            out.townships << q.int64(0);
        if (scope.orgUnitId == q.int64(0) && q.integer(1) == int(OrgLevel::Township))
            out.township = q.int64(0);
    }
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
    for (int month = plan.firstMonth; month <= plan.lastMonth; month = nextMonth(month))
        for (qint64 township : plan.townships)
            if (!valid.contains({township, month}))
                refreshOne(township, month, plan);
}

void IndicatorCache::refreshOne(qint64 township, int month, const Plan &plan) const
{
    if (m_db.isPostgres()) {
        Query q(m_db, u"SELECT zz_indicator_refresh(?, ?, ?)"_s);
        q.bind(township).bind(month).bind(int(plan.utcOffset)).exec();
        return;
    }
    // The statements of zz_indicator_refresh() (PostgreSQL migration 0041), for SQLite.
    const qint64 from = monthStart(month).startOfDay(QTimeZone(int(plan.utcOffset))).toSecsSinceEpoch();
    const qint64 to =
        monthStart(nextMonth(month)).startOfDay(QTimeZone(int(plan.utcOffset))).toSecsSinceEpoch();
    Transaction transaction(m_db);
    qint64 version = 0;
    {
        Query q(m_db, u"SELECT version FROM indicator_stamps WHERE township_id = ? AND month = ?"_s);
        q.bind(township).bind(month).exec();
        if (q.next())
            version = q.int64(0);
    }
    for (const QString &table : {u"indicator_months"_s, u"indicator_closures"_s, u"indicator_valid"_s})
        Query(m_db, u"DELETE FROM %1 WHERE township_id = ? AND month = ?"_s.arg(table))
            .bind(township)
            .bind(month)
            .exec();
    {
        const QString facts =
            u"WITH f AS MATERIALIZED ("
            "SELECT c.township_id, c.org_unit_id, c.category_id, c.source, c.department_id, 1 AS received, "
            "CASE WHEN c.status <> 'declined' THEN 1 ELSE 0 END AS registered, 0 AS closed, 0 AS on_time, "
            "0 AS recorded, 0 AS settled, 0 AS handling, 0 AS callbacks, 0 AS satisfied "
            "FROM cases c WHERE c.received_at >= ? AND c.received_at < ? AND c.township_id = ? "
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
            "AND c.township_id = ? AND NOT c.confidential "
            "UNION ALL "
            "SELECT c.township_id, c.org_unit_id, c.category_id, c.source, c.department_id, "
            "0, 0, 0, 0, 0, 0, 0, 1, CASE WHEN b.result IN ('satisfied', 'basic') THEN 1 ELSE 0 END "
            "FROM callbacks b CROSS JOIN cases c WHERE c.id = b.case_id AND b.called_at >= ? "
            "AND b.called_at < ? AND b.result <> 'unreachable' AND c.township_id = ? "
            "AND NOT c.confidential) "_s;
        Query q(m_db,
                u"INSERT INTO indicator_months (township_id, month, dim, gkey, received, registered, "
                "closed, closed_on_time, dispute_recorded, dispute_settled, handling_days, callbacks, "
                "satisfied) "_s +
                    facts +
                    u"SELECT ?, ?, dim, gkey, SUM(received), SUM(registered), SUM(closed), "
                    "SUM(on_time), SUM(recorded), SUM(settled), SUM(handling), SUM(callbacks), "
                    "SUM(satisfied) FROM ("_s +
                    dimensionRows(u"received, registered, closed, on_time, recorded, settled, handling, "
                                  "callbacks, satisfied"_s) +
                    u") AS g GROUP BY dim, gkey"_s);
        q.bind(from).bind(to).bind(township);
        q.bind(plan.utcOffset).bind(plan.utcOffset).bind(from).bind(to).bind(township);
        q.bind(from).bind(to).bind(township);
        q.bind(township).bind(month).exec();
    }
    {
        Query q(m_db, u"INSERT INTO indicator_closures (township_id, month, dim, gkey, closed_month, n) "
                      "WITH f AS MATERIALIZED (SELECT c.township_id, c.org_unit_id, c.category_id, c.source, "
                      "c.department_id, CAST(strftime('%Y%m', c.closed_at + ?, 'unixepoch') AS INTEGER) AS "
                      "closed_month FROM cases c WHERE c.received_at >= ? AND c.received_at < ? "
                      "AND c.township_id = ? AND NOT c.confidential AND c.status <> 'declined' "
                      "AND c.closed_at IS NOT NULL) "
                      "SELECT ?, ?, dim, gkey, closed_month, COUNT(*) FROM ("_s +
                          dimensionRows(u"closed_month"_s) + u") AS g GROUP BY dim, gkey, closed_month"_s);
        q.bind(plan.utcOffset).bind(from).bind(to).bind(township);
        q.bind(township).bind(month).exec();
    }
    Query(m_db, u"INSERT INTO indicator_valid (township_id, month, version, utc_offset, calendar) VALUES "
                "(?, ?, ?, ?, ?)"_s)
        .bind(township)
        .bind(month)
        .bind(version)
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

} // namespace zz
