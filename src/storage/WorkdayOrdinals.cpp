#include "WorkdayOrdinals.h"

#include "Database.h"
#include "Query.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

qint64 WorkdayOrdinals::utcOffset() const
{
    // China keeps one offset all year; elsewhere (tests, a laptop abroad) the offset of today.
    return QDateTime::currentDateTime().offsetFromUtc();
}

QString WorkdayOrdinals::ensure()
{
    const QString table = m_db.isPostgres() ? u"pg_temp.zz_workdays"_s : u"zz_workdays"_s;
    const QString meta = m_db.isPostgres() ? u"pg_temp.zz_workdays_meta"_s : u"zz_workdays_meta"_s;
    Query::run(m_db, u"CREATE TEMP TABLE IF NOT EXISTS zz_workdays (day INTEGER PRIMARY KEY, ordinal INTEGER "
                     "NOT NULL)"_s);
    Query::run(m_db, u"CREATE TEMP TABLE IF NOT EXISTS zz_workdays_meta (id INTEGER PRIMARY KEY, fingerprint "
                     "TEXT NOT NULL)"_s);

    // The span the cases need: the first day received to a year past the last day closed (or today).
    const qint64 offset = utcOffset();
    qint64 first = 0, last = 0;
    {
        // Two index ends (MIN/MAX would not use the partial index on closed_at).
        Query firstReceived(m_db, u"SELECT received_at FROM cases ORDER BY received_at LIMIT 1"_s);
        firstReceived.exec();
        Query lastClosed(m_db,
                         u"SELECT closed_at FROM cases WHERE closed_at IS NOT NULL ORDER BY closed_at DESC "
                         "LIMIT 1"_s);
        lastClosed.exec();
        const qint64 today = (QDateTime::currentSecsSinceEpoch() + offset) / 86400;
        first = firstReceived.next() ? (firstReceived.int64(0) + offset) / 86400 : today;
        last = lastClosed.next() ? std::max(today, (lastClosed.int64(0) + offset) / 86400) : today;
        first -= 1;  // the day before the first: ordinals start from it
        last += 366; // closings to come within a year need no refill
    }
    // What the table was filled from: the span and every official or provisional exception.
    QStringList parts{QString::number(first), QString::number(last)};
    for (auto it = m_calendar.overrides().cbegin(); it != m_calendar.overrides().cend(); ++it)
        parts << it.key().toString(Qt::ISODate) + (it.value() ? u"w"_s : u"r"_s);
    std::sort(parts.begin() + 2, parts.end());
    for (int year : m_calendar.years())
        parts << QString::number(year);
    const QString fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u',').toUtf8(), QCryptographicHash::Sha256).toHex());
    {
        Query q(m_db, u"SELECT fingerprint FROM %1 WHERE id = 1"_s.arg(meta));
        q.exec();
        if (q.next() && q.text(0) == fingerprint)
            return table;
    }

    Transaction transaction(m_db);
    Query::run(m_db, u"DELETE FROM %1"_s.arg(table));
    const QDate epoch(1970, 1, 1);
    qint64 ordinal = 0;
    constexpr int rowsPerStatement = 500;
    QVariantList values;
    const auto flush = [&] {
        if (values.isEmpty())
            return;
        QStringList rows;
        for (qsizetype i = 0; i < values.size() / 2; ++i)
            rows << u"(?, ?)"_s;
        Query insert(m_db, u"INSERT INTO %1 (day, ordinal) VALUES %2"_s.arg(table, rows.join(u", "_s)));
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
    Query(m_db, u"DELETE FROM %1"_s.arg(meta)).exec();
    Query(m_db, u"INSERT INTO %1 (id, fingerprint) VALUES (1, ?)"_s.arg(meta)).bind(fingerprint).exec();
    transaction.commit();
    return table;
}

} // namespace zz
