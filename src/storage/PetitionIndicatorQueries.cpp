#include "PetitionIndicatorQueries.h"

#include "Database.h"
#include "Query.h"

#include <QHash>
#include <QVariantList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// A piece of SQL with the values of its markers, in order.
struct Piece
{
    QString sql;
    QVariantList values;
};

// The rows a part of the figures counts: petitions `p`, their clocks `k` or documents `d`, or the
// petitions with a clock overdue at the as-of date (each once).
enum class Rows { Petitions, Clocks, Documents, Overdue };

// One part of the figures: its rows, the condition that picks them for the period and as-of date,
// and each set it counts with the set's own further condition (empty: every row of the part).
struct Part
{
    Rows rows = Rows::Petitions;
    Piece where;
    QList<std::pair<PetitionIndicatorSet, Piece>> sets;
    Piece overdue; // Rows::Overdue: the ids of the petitions with a clock overdue at as-of
};

Piece fromOf(const Part &part)
{
    switch (part.rows) {
    case Rows::Petitions:
        return {u"petitions p"_s, {}};
    case Rows::Clocks:
        return {u"petition_clocks k JOIN petitions p ON p.id = k.petition_id"_s, {}};
    case Rows::Documents:
        return {u"petition_documents d JOIN petitions p ON p.id = d.petition_id"_s, {}};
    case Rows::Overdue:
        return {u"(%1) x JOIN petitions p ON p.id = x.petition_id"_s.arg(part.overdue.sql),
                part.overdue.values};
    }
    return {};
}

// Every part with its bound values; the single source of both the counts and the drill-downs.
QList<Part> partsFor(const ReportPeriod &period, QDate asOf)
{
    const qint64 a = period.first().startOfDay().toSecsSinceEpoch();
    const qint64 b = period.last().addDays(1).startOfDay().toSecsSinceEpoch();
    const qint64 cut = asOf.addDays(1).startOfDay().toSecsSinceEpoch();
    const QString first = period.first().toString(Qt::ISODate);
    const QString last = period.last().toString(Qt::ISODate);
    const QString day = asOf.toString(Qt::ISODate);
    // A day stored as text ("2026-03-17") in the period and not after the as-of date.
    const auto dayIn = [&](const QString &column) {
        return Piece{u"%1 >= ? AND %1 <= ? AND %1 <= ?"_s.arg(column), {first, last, day}};
    };
    const auto decision = [&](const QString &actions) {
        return Piece{u"EXISTS (SELECT 1 FROM petition_flow f WHERE f.petition_id = p.id AND f.at < ? AND "
                     "f.action IN %1)"_s.arg(actions),
                     {cut}};
    };
    const auto with = [](const QString &sql, const Piece &more) {
        return Piece{sql + more.sql, more.values};
    };
    using S = PetitionIndicatorSet;
    QList<Part> parts;
    // the petitions received in the period
    parts << Part{Rows::Petitions,
                  {u"p.received_at >= ? AND p.received_at < ?"_s, {a, b}},
                  {{S::Received, {}},
                   {S::Decided, decision(u"('accept', 'decline', 'refuse_repeat')"_s)},
                   {S::Accepted, decision(u"('accept')"_s)},
                   {S::Repeats, {u"p.repeat_kind = 'repeat'"_s, {}}}}};
    // acceptance-notice clocks due in the period, answered or past due at as-of
    parts << Part{
        Rows::Clocks,
        {u"k.kind = 'acceptance_notice' AND k.due_date >= ? AND k.due_date <= ? AND k.state <> "
         "'stopped' AND ((k.met_on IS NOT NULL AND k.met_on <= ?) OR k.due_date < ?)"_s,
         {first, last, day, day}},
        {{S::NoticeDue, {}},
         {S::NoticeOnTime, {u"k.met_on IS NOT NULL AND k.met_on <= ? AND k.met_on <= k.due_date"_s, {day}}}}};
    // handling clocks met in the period
    parts << Part{Rows::Clocks,
                  with(u"k.kind = 'handling' AND k.state = 'met' AND k.met_on IS NOT NULL AND "_s,
                       dayIn(u"k.met_on"_s)),
                  {{S::HandlingMet, {}}, {S::HandlingOnTime, {u"k.met_on <= k.due_date"_s, {}}}}};
    // 复查 and 复核 requests, by the day each came (its answer clock's start)
    parts << Part{Rows::Clocks,
                  with(u"k.kind IN ('review_answer', 'recheck_answer') AND "_s, dayIn(u"k.start_date"_s)),
                  {{S::ReviewRequests, {u"k.kind = 'review_answer'"_s, {}}},
                   {S::RecheckRequests, {u"k.kind = 'recheck_answer'"_s, {}}}}};
    // 信访处理意见书 and 复查意见书 delivered in the period
    parts << Part{
        Rows::Documents,
        with(u"d.kind IN ('handling_opinion', 'review_opinion') AND d.delivered_on IS NOT NULL AND "_s,
             dayIn(u"d.delivered_on"_s)),
        {{S::RepliesDelivered, {u"d.kind = 'handling_opinion'"_s, {}}},
         {S::ReviewsDelivered, {u"d.kind = 'review_opinion'"_s, {}}}}};
    // 超期 at as-of: a clock started by then, due before that day, neither met by then nor ended
    // with the petition by then; a clock paused for a hearing is not overdue. Three kinds of clock,
    // each read by an index of its own (migration 0044): running now; met after as-of; stopped when
    // the petition was closed after as-of.
    Part overdue{Rows::Overdue, {u"p.received_at < ?"_s, {cut}}, {{S::OverdueOpen, {}}}, {}};
    overdue.overdue = {
        u"SELECT o.petition_id FROM petition_clocks o WHERE o.met_on IS NULL AND o.state = "
        "'running' AND o.due_date < ? AND o.start_date <= ? "
        "UNION SELECT o.petition_id FROM petition_clocks o WHERE o.met_on IS NOT NULL AND "
        "o.met_on > ? AND o.due_date < ? AND o.start_date <= ? "
        "UNION SELECT o.petition_id FROM petitions q JOIN petition_clocks o ON o.petition_id = "
        "q.id WHERE q.closed_at IS NOT NULL AND q.closed_at >= ? AND o.state = 'stopped' AND "
        "o.due_date < ? AND o.start_date <= ?"_s,
        {day, day, day, day, day, cut, day, day}};
    parts << overdue;
    return parts;
}

void setCount(PetitionIndicatorCounts &c, PetitionIndicatorSet set, qint64 n)
{
    using S = PetitionIndicatorSet;
    switch (set) {
    case S::Received:
        c.received = n;
        break;
    case S::Decided:
        c.decided = n;
        break;
    case S::Accepted:
        c.accepted = n;
        break;
    case S::Repeats:
        c.repeats = n;
        break;
    case S::NoticeDue:
        c.noticeDue = n;
        break;
    case S::NoticeOnTime:
        c.noticeOnTime = n;
        break;
    case S::HandlingMet:
        c.handlingMet = n;
        break;
    case S::HandlingOnTime:
        c.handlingOnTime = n;
        break;
    case S::RepliesDelivered:
        c.repliesDelivered = n;
        break;
    case S::ReviewRequests:
        c.reviewRequests = n;
        break;
    case S::ReviewsDelivered:
        c.reviewsDelivered = n;
        break;
    case S::RecheckRequests:
        c.recheckRequests = n;
        break;
    case S::OverdueOpen:
        c.overdueOpen = n;
        break;
    }
}

// The part that counts a set, and the set's own condition.
std::pair<Part, Piece> partOf(const QList<Part> &parts, PetitionIndicatorSet set)
{
    for (const Part &part : parts)
        for (const auto &[s, condition] : part.sets)
            if (s == set)
                return {part, condition};
    return {};
}

void bindAll(Query &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.bind(v);
}

} // namespace

// The place as a range of paths: every path below "/1/5/" sorts in ["/1/5/", "/1/50").
// On SQLite the range is kept off the org_path index (+p.org_path): each part reads the rows of its
// period through the period's index and keeps those of the place, where the planner would otherwise
// walk every petition of the place.
static Piece placeScope(const Database &db, qint64 orgUnitId)
{
    if (!orgUnitId)
        return {};
    Query q(db, u"SELECT path FROM org_units WHERE id = ?"_s);
    q.bind(orgUnitId).exec();
    const QString path = q.next() ? q.text(0) : u"/-/"_s; // an unknown place: nothing
    const QString column = db.isSqlite() ? u"+p.org_path"_s : u"p.org_path"_s;
    return {u" AND %1 >= ? AND %1 < ?"_s.arg(column), {path, path.chopped(1) + u'0'}};
}

PetitionIndicatorFigures PetitionIndicatorQueries::compute(const ReportPeriod &period, qint64 orgUnitId,
                                                           QDate asOf) const
{
    PetitionIndicatorFigures out;
    out.period = period;
    out.asOf = asOf;
    const Piece scope = placeScope(m_db, orgUnitId);
    const QList<PetitionIndicatorSet> sets = allPetitionIndicatorSets();

    // One statement: each part's rows with a 0/1 column per set, summed per township.
    QStringList sums, selects;
    QVariantList values;
    for (qsizetype i = 0; i < sets.size(); ++i)
        sums << u"SUM(n%1)"_s.arg(i);
    for (const Part &part : partsFor(period, asOf)) {
        QStringList columns{u"p.township_id AS g"_s};
        for (qsizetype i = 0; i < sets.size(); ++i) {
            QString column = u"0"_s;
            for (const auto &[set, condition] : part.sets) {
                if (set != sets.at(i))
                    continue;
                column =
                    condition.sql.isEmpty() ? u"1"_s : u"CASE WHEN %1 THEN 1 ELSE 0 END"_s.arg(condition.sql);
                values << condition.values;
            }
            columns << u"%1 AS n%2"_s.arg(column).arg(i);
        }
        const Piece from = fromOf(part);
        selects << u"SELECT %1 FROM %2 WHERE %3%4"_s.arg(columns.join(u", "_s), from.sql, part.where.sql,
                                                         scope.sql);
        values << from.values << part.where.values << scope.values;
    }
    Query q(m_db, u"SELECT g, %1 FROM (%2) AS f GROUP BY g"_s.arg(sums.join(u", "_s),
                                                                  selects.join(u" UNION ALL "_s)));
    bindAll(q, values);
    q.exec();

    QHash<qint64, PetitionIndicatorCounts> byTownship;
    while (q.next()) {
        PetitionIndicatorCounts &c = byTownship[q.int64(0)];
        for (qsizetype i = 0; i < sets.size(); ++i)
            setCount(c, sets.at(i), q.int64(int(i) + 1));
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

PetitionIndicatorQueries::Clause PetitionIndicatorQueries::drillClause(const PetitionDrill &drill) const
{
    const auto [part, condition] = partOf(partsFor(drill.period, drill.asOf), drill.set);
    QString term = part.where.sql;
    QVariantList values = part.where.values;
    if (!condition.sql.isEmpty()) {
        term += u" AND "_s + condition.sql;
        values << condition.values;
    }
    switch (part.rows) {
    case Rows::Petitions:
        term = u"("_s + term + u')';
        break;
    case Rows::Clocks:
        term = u"p.id IN (SELECT k.petition_id FROM petition_clocks k WHERE "_s + term + u')';
        break;
    case Rows::Documents:
        term = u"p.id IN (SELECT d.petition_id FROM petition_documents d WHERE "_s + term + u')';
        break;
    case Rows::Overdue:
        term = u"("_s + term + u" AND p.id IN ("_s + part.overdue.sql + u"))"_s;
        values << part.overdue.values;
        break;
    }
    const Piece scope = placeScope(m_db, drill.orgUnitId);
    term += scope.sql;
    values << scope.values;
    if (drill.townshipId) {
        term += u" AND p.township_id = ?"_s;
        values << drill.townshipId;
    }
    return {u"("_s + term + u')', values};
}

qint64 PetitionIndicatorQueries::drillEvents(const PetitionDrill &drill) const
{
    const auto [part, condition] = partOf(partsFor(drill.period, drill.asOf), drill.set);
    const Piece scope = placeScope(m_db, drill.orgUnitId);
    const Piece from = fromOf(part);
    QString sql = u"SELECT COUNT(*) FROM %1 WHERE %2"_s.arg(from.sql, part.where.sql);
    QVariantList values = from.values + part.where.values;
    if (!condition.sql.isEmpty()) {
        sql += u" AND "_s + condition.sql;
        values << condition.values;
    }
    sql += scope.sql;
    values << scope.values;
    if (drill.townshipId) {
        sql += u" AND p.township_id = ?"_s;
        values << drill.townshipId;
    }
    Query q(m_db, sql);
    bindAll(q, values);
    return q.scalar().toLongLong();
}

qint64 PetitionIndicatorQueries::drillPetitions(const PetitionDrill &drill) const
{
    const Clause clause = drillClause(drill);
    Query q(m_db, u"SELECT COUNT(*) FROM petitions p WHERE "_s + clause.sql);
    bindAll(q, clause.values);
    return q.scalar().toLongLong();
}

} // namespace zz
