#include "PetitionIndicatorQueries.h"

#include "Database.h"
#include "Query.h"

#include <QHash>
#include <QVariantList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

PetitionIndicatorFigures PetitionIndicatorQueries::compute(const ReportPeriod &period, qint64 orgUnitId,
                                                           QDate asOf) const
{
    PetitionIndicatorFigures out;
    out.period = period;
    out.asOf = asOf;

    // The place as a range of paths: every path below "/1/5/" sorts in ["/1/5/", "/1/50").
    QString scope;
    QVariantList scopeValues;
    if (orgUnitId) {
        Query q(m_db, u"SELECT path FROM org_units WHERE id = ?"_s);
        q.bind(orgUnitId).exec();
        const QString path = q.next() ? q.text(0) : u"/-/"_s; // an unknown place: nothing
        scope = u" AND p.org_path >= ? AND p.org_path < ?"_s;
        scopeValues << path << path.chopped(1) + u'0';
    }

    const qint64 a = period.first().startOfDay().toSecsSinceEpoch();
    const qint64 b = period.last().addDays(1).startOfDay().toSecsSinceEpoch();
    const qint64 cut = asOf.addDays(1).startOfDay().toSecsSinceEpoch();
    const QString first = period.first().toString(Qt::ISODate);
    const QString last = period.last().toString(Qt::ISODate);
    const QString day = asOf.toString(Qt::ISODate);
    // A day stored as text ("2026-03-17") in the period and not after the as-of date.
    const auto dayIn = [](const QString &column) { return u"%1 >= ? AND %1 <= ? AND %1 <= ?"_s.arg(column); };

    // Columns: received, decided, accepted, repeats, notice due, notice on time, handling met,
    // handling on time, replies delivered, 复查 requests, 复查意见 delivered, 复核 requests.
    const QString decision =
        u"EXISTS (SELECT 1 FROM petition_flow f WHERE f.petition_id = p.id AND f.at < ? AND f.action IN %1)"_s;
    const QString sql =
        u"SELECT g, SUM(n0), SUM(n1), SUM(n2), SUM(n3), SUM(n4), SUM(n5), SUM(n6), SUM(n7), SUM(n8), "
        u"SUM(n9), "
        "SUM(n10), SUM(n11) FROM ("
        // the petitions received in the period
        "SELECT p.township_id AS g, 1 AS n0, "
        "CASE WHEN %2 THEN 1 ELSE 0 END AS n1, "
        "CASE WHEN %3 THEN 1 ELSE 0 END AS n2, "
        "CASE WHEN p.repeat_kind = 'repeat' THEN 1 ELSE 0 END AS n3, "
        "0 AS n4, 0 AS n5, 0 AS n6, 0 AS n7, 0 AS n8, 0 AS n9, 0 AS n10, 0 AS n11 "
        "FROM petitions p WHERE p.received_at >= ? AND p.received_at < ?%1 "
        "UNION ALL "
        // acceptance-notice clocks due in the period, answered or past due at as-of
        "SELECT p.township_id, 0, 0, 0, 0, 1, "
        "CASE WHEN k.met_on IS NOT NULL AND k.met_on <= ? AND k.met_on <= k.due_date THEN 1 ELSE 0 END, "
        "0, 0, 0, 0, 0, 0 "
        "FROM petition_clocks k JOIN petitions p ON p.id = k.petition_id "
        "WHERE k.kind = 'acceptance_notice' AND k.due_date >= ? AND k.due_date <= ? AND k.state <> 'stopped' "
        "AND ((k.met_on IS NOT NULL AND k.met_on <= ?) OR k.due_date < ?)%1 "
        "UNION ALL "
        // handling clocks met in the period
        "SELECT p.township_id, 0, 0, 0, 0, 0, 0, 1, CASE WHEN k.met_on <= k.due_date THEN 1 ELSE 0 END, "
        "0, 0, 0, 0 "
        "FROM petition_clocks k JOIN petitions p ON p.id = k.petition_id "
        "WHERE k.kind = 'handling' AND k.state = 'met' AND %4%1 "
        "UNION ALL "
        // 复查 and 复核 requests, by the day each came (its answer clock's start)
        "SELECT p.township_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, "
        "CASE WHEN k.kind = 'review_answer' THEN 1 ELSE 0 END, 0, "
        "CASE WHEN k.kind = 'recheck_answer' THEN 1 ELSE 0 END "
        "FROM petition_clocks k JOIN petitions p ON p.id = k.petition_id "
        "WHERE k.kind IN ('review_answer', 'recheck_answer') AND %5%1 "
        "UNION ALL "
        // 信访处理意见书 and 复查意见书 delivered in the period
        "SELECT p.township_id, 0, 0, 0, 0, 0, 0, 0, 0, "
        "CASE WHEN d.kind = 'handling_opinion' THEN 1 ELSE 0 END, 0, "
        "CASE WHEN d.kind = 'review_opinion' THEN 1 ELSE 0 END, 0 "
        "FROM petition_documents d JOIN petitions p ON p.id = d.petition_id "
        "WHERE d.kind IN ('handling_opinion', 'review_opinion') AND d.delivered_on IS NOT NULL AND %6%1"
        ") AS f GROUP BY g"_s.arg(scope, decision.arg(u"('accept', 'decline', 'refuse_repeat')"_s),
                                  decision.arg(u"('accept')"_s), dayIn(u"k.met_on"_s),
                                  dayIn(u"k.start_date"_s), dayIn(u"d.delivered_on"_s));
    Query q(m_db, sql);
    const auto bindScope = [&] {
        for (const QVariant &v : std::as_const(scopeValues))
            q.bind(v);
    };
    q.bind(cut).bind(cut).bind(a).bind(b);
    bindScope();
    q.bind(day).bind(first).bind(last).bind(day).bind(day);
    bindScope();
    for (int i = 0; i < 3; ++i) {
        q.bind(first).bind(last).bind(day);
        bindScope();
    }
    q.exec();

    QHash<qint64, PetitionIndicatorCounts> byTownship;
    while (q.next()) {
        PetitionIndicatorCounts &c = byTownship[q.int64(0)];
        c.received = q.int64(1);
        c.decided = q.int64(2);
        c.accepted = q.int64(3);
        c.repeats = q.int64(4);
        c.noticeDue = q.int64(5);
        c.noticeOnTime = q.int64(6);
        c.handlingMet = q.int64(7);
        c.handlingOnTime = q.int64(8);
        c.repliesDelivered = q.int64(9);
        c.reviewRequests = q.int64(10);
        c.reviewsDelivered = q.int64(11);
        c.recheckRequests = q.int64(12);
    }
    for (auto it = byTownship.cbegin(); it != byTownship.cend(); ++it) {
        out.total += it.value();
        PetitionTownshipIndicators t;
        t.townshipId = it.key();
        t.counts = it.value();
        Query u(m_db, u"SELECT code, name FROM org_units WHERE id = ?"_s);
        u.bind(t.townshipId).exec();
        if (u.next()) {
            t.code = u.text(0);
            t.name = u.text(1);
        }
        out.byTownship << t;
    }
    std::sort(out.byTownship.begin(), out.byTownship.end(),
              [](const PetitionTownshipIndicators &x, const PetitionTownshipIndicators &y) {
                  return x.code < y.code;
              });
    return out;
}

} // namespace zz
