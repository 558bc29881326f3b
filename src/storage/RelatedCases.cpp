#include "RelatedCases.h"

#include "CaseScope.h"
#include "Database.h"
#include "Query.h"
#include "ReferenceRepositories.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

const QString columns = u"c.id, c.case_no, c.title, c.status, c.received_at, c.deadline_at"_s;

// Every path below "/1/5/" sorts in ["/1/5/", "/1/50"); an empty path (no scope) is the whole tree.
QString pathEnd(const QString &path)
{
    return path.isEmpty() ? u"0"_s : path.chopped(1) + u'0';
}

// The title's first eight distinct three-character pieces, spaces removed.
QStringList trigramPieces(const QString &title)
{
    QString text = title.simplified();
    text.remove(u' ');
    QStringList pieces;
    QSet<QString> seen;
    for (qsizetype i = 0; i + 3 <= text.size() && pieces.size() < 8; ++i) {
        const QString piece = text.mid(i, 3);
        if (!seen.contains(piece)) {
            seen.insert(piece);
            pieces << piece;
        }
    }
    return pieces;
}

} // namespace

RelatedCases::RelatedCases(const Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}

QString RelatedCases::trigramQuery(const QString &title)
{
    QStringList pieces;
    for (const QString &piece : trigramPieces(title))
        pieces << u'"' + QString(piece).replace(u'"', u"\"\""_s) + u'"';
    return pieces.join(u" OR "_s);
}

QList<RelatedCase> RelatedCases::read(const SqlStatement &statement) const
{
    if (statement.sql.isEmpty())
        return {};
    Query q(m_db, statement.sql);
    for (const QVariant &v : statement.values)
        q.bind(v);
    q.exec();
    QList<RelatedCase> out;
    while (q.next()) {
        RelatedCase r;
        r.id = q.int64(0);
        r.caseNo = q.text(1);
        r.title = q.text(2);
        r.status = fromCode<CaseStatus>(q.text(3)).value_or(CaseStatus::Reported);
        r.receivedAt = q.time(4);
        r.deadline = q.time(5);
        out.append(r);
    }
    return out;
}

QList<RelatedCase> RelatedCases::samePerson(const QStringList &residentIds, const QStringList &phones,
                                            int limit) const
{
    return read(samePersonStatement(residentIds, phones, limit));
}

QList<RelatedCase> RelatedCases::similar(const QString &title, qint64 placeId, const QDateTime &since,
                                         int limit) const
{
    return read(similarStatement(title, placeId, since, limit));
}

SqlStatement RelatedCases::samePersonStatement(const QStringList &residentIds, const QStringList &phones,
                                               int limit) const
{
    QStringList parts;
    QVariantList values;
    // One probe per partial index (resident_id <> '' / phone <> ''), merged by UNION.
    if (!residentIds.isEmpty()) {
        parts << u"SELECT case_id FROM case_parties WHERE resident_id <> '' AND resident_id IN (%1)"_s.arg(
            inListMarkers(residentIds.size()));
        for (const QString &id : residentIds)
            values << id;
    }
    if (!phones.isEmpty()) {
        parts << u"SELECT case_id FROM case_parties WHERE phone <> '' AND phone IN (%1)"_s.arg(
            inListMarkers(phones.size()));
        for (const QString &phone : phones)
            values << phone;
    }
    if (parts.isEmpty())
        return {};
    const QString sql =
        u"SELECT "_s + columns + u" FROM cases c WHERE c.id IN ("_s + parts.join(u" UNION "_s) +
        u") AND c.org_path >= ? AND c.org_path < ? AND (NOT c.confidential OR c.created_by = ?) "
        "ORDER BY c.received_at DESC, c.id DESC LIMIT ?"_s;
    const QString scope = CaseScope(m_db, m_actor).path();
    values << (scope.isEmpty() ? u"/"_s : scope) << pathEnd(scope) << m_actor.userId << limit;
    return {sql, values};
}

SqlStatement RelatedCases::similarStatement(const QString &title, qint64 placeId, const QDateTime &since,
                                            int limit) const
{
    const QString text = title.simplified();
    if (text.size() < 3 || placeId <= 0)
        return {};
    // The village (community) the place belongs to; a township-level place stands for itself.
    OrgUnitRepository units(m_db);
    qint64 areaId = placeId;
    for (const OrgUnit &u : units.ancestors(placeId))
        if (u.level == OrgLevel::Village)
            areaId = u.id;
    QString path = units.path(areaId);
    const QString scope = CaseScope(m_db, m_actor).path();
    if (!path.startsWith(scope))
        path = scope;
    QVariantList values;
    QString sql;
    if (m_db.isSqlite()) {
        // The village's cases of the window through their (org_path, received_at) index, scored by how
        // many of the title's trigrams each contains: no county-wide full-text match ranked first
        // (170-200 ms at 1M with bm25 over the whole county; a village's window is a few hundred rows).
        QStringList score;
        for (const QString &piece : trigramPieces(text)) {
            score << u"(instr(c.title || ' ' || c.description || ' ' || c.address, ?) > 0)"_s;
            values << piece;
        }
        sql = u"SELECT "_s + columns + u" FROM (SELECT c.*, "_s + score.join(u" + "_s) +
              u" AS score FROM cases c WHERE c.org_path >= ? AND c.org_path < ? AND c.received_at >= ? "
              "AND (NOT c.confidential OR c.created_by = ?)) c WHERE c.score > 0 ORDER BY c.score DESC, "
              "c.received_at DESC, c.id DESC LIMIT ?"_s;
    } else {
        // The village's recent cases by their (org_path, received_at) index — a range of plain
        // comparisons, which row-level security lets the planner use (LIKE and <% it may not) — then
        // word_similarity (<%) on those few rows.
        sql = u"SELECT "_s + columns +
              u" FROM cases c WHERE ? <% (c.title || ' ' || c.description || ' ' || c.address) "
              "AND c.org_path >= ? AND c.org_path < ? AND c.received_at >= ? AND (NOT c.confidential OR "
              "c.created_by = ?) "
              "ORDER BY word_similarity(?, c.title || ' ' || c.description || ' ' || c.address) DESC, c.id "
              "DESC "
              "LIMIT ?"_s;
        values << text;
    }
    values << (path.isEmpty() ? u"/"_s : path) << pathEnd(path) << since.toSecsSinceEpoch() << m_actor.userId;
    if (m_db.isPostgres())
        values << text;
    values << limit;
    return {sql, values};
}

} // namespace zz
