#include "CaseRepository.h"

#include "Database.h"
#include "Query.h"
#include "ReferenceRepositories.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {

const QString caseColumns =
    u"c.id, c.case_no, c.township_id, c.year, c.seq, c.lookup_code, c.title, c.description, c.source, c.nature, "
    "c.category_id, c.org_unit_id, c.address, c.latitude, c.longitude, c.urgency, c.risk, c.status, "
    "c.level_org_unit_id, c.department_id, c.worker_id, c.received_at, c.deadline_at, c.deadline_working, "
    "c.closed_at, c.supervise_level, c.extension_pending_days, c.satisfaction, c.dispute_settled, "
    "c.confidential, c.created_by, c.updated_at, c.version"_s;

CaseRecord readCase(const Query &q)
{
    CaseRecord c;
    c.id = q.int64(0);
    c.caseNo = q.text(1);
    c.townshipId = q.int64(2);
    c.year = q.integer(3);
    c.seq = q.integer(4);
    c.lookupCode = q.text(5);
    c.title = q.text(6);
    c.description = q.text(7);
    c.source = fromCode<CaseSource>(q.text(8)).value_or(CaseSource::Visit);
    c.nature = fromCode<CaseNature>(q.text(9)).value_or(CaseNature::Complaint);
    c.categoryId = q.int64(10);
    c.orgUnitId = q.int64(11);
    c.address = q.text(12);
    if (!q.isNull(13))
        c.latitude = q.value(13).toDouble();
    if (!q.isNull(14))
        c.longitude = q.value(14).toDouble();
    c.urgency = fromCode<Urgency>(q.text(15)).value_or(Urgency::Normal);
    c.risk = fromCode<RiskColor>(q.text(16)).value_or(RiskColor::Green);
    c.status = fromCode<CaseStatus>(q.text(17)).value_or(CaseStatus::Reported);
    c.levelOrgUnitId = q.int64(18);
    c.departmentId = q.int64(19);
    c.workerId = q.int64(20);
    c.receivedAt = q.time(21);
    c.deadline = q.time(22);
    c.deadlineWorkingDays = q.boolean(23);
    c.closedAt = q.time(24);
    c.superviseLevel = fromCode<SuperviseLevel>(q.text(25)).value_or(SuperviseLevel::None);
    c.extensionPendingDays = q.integer(26);
    if (!q.isNull(27))
        c.satisfaction = fromCode<Satisfaction>(q.text(27));
    if (!q.isNull(28))
        c.disputeSettled = q.boolean(28);
    c.confidential = q.boolean(29);
    c.createdBy = q.int64(30);
    c.updatedAt = q.time(31);
    c.version = q.integer(32);
    return c;
}

// SQLite FTS5 phrase: the text in double quotes, inner quotes doubled.
QString ftsPhrase(const QString &text)
{
    QString t = text;
    t.replace(u'"', u"\"\""_s);
    return u'"' + t + u'"';
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// The WHERE clause of a CaseQuery (without the keyset cursor) and its bound values, in order.
struct Filter
{
    QStringList clauses;
    QVariantList values;
};

Filter buildFilter(const Database &db, const CaseQuery &query)
{
    Filter f;
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        if (db.isSqlite()) {
            // Trigram MATCH needs at least three characters; shorter text falls back to LIKE.
            if (text.size() >= 3) {
                f.clauses << u"c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)"_s;
                f.values << ftsPhrase(text);
            } else {
                f.clauses << u"(c.title LIKE ? ESCAPE '\\' OR c.description LIKE ? ESCAPE '\\' OR c.address LIKE ? ESCAPE '\\')"_s;
                const QString p = likePattern(text);
                f.values << p << p << p;
            }
        } else {
            // Same expression as the GIN trigram index cases_search_trgm.
            f.clauses << u"(c.title || ' ' || c.description || ' ' || c.address) LIKE ?"_s;
            f.values << likePattern(text);
        }
    }
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (const CaseStatus s : query.statuses) {
            marks << u"?"_s;
            f.values << code(s);
        }
        f.clauses << u"c.status IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (query.orgUnitId > 0) {
        const QString path = OrgUnitRepository(db).path(query.orgUnitId);
        // Every path below "/1/5/" sorts in ["/1/5/", "/1/50"): '0' follows '/' in ASCII.
        f.clauses << u"c.org_path >= ? AND c.org_path < ?"_s;
        f.values << path << (path.isEmpty() ? u"0"_s : path.chopped(1) + u'0');
    }
    if (query.categoryId > 0) {
        f.clauses << u"(c.category_id = ? OR c.category_id IN (SELECT id FROM categories WHERE parent_id = ?))"_s;
        f.values << query.categoryId << query.categoryId;
    }
    if (query.departmentId > 0) {
        f.clauses << u"c.department_id = ?"_s;
        f.values << query.departmentId;
    }
    if (query.source) {
        f.clauses << u"c.source = ?"_s;
        f.values << code(*query.source);
    }
    if (query.urgency) {
        f.clauses << u"c.urgency = ?"_s;
        f.values << code(*query.urgency);
    }
    if (query.receivedFrom.isValid()) {
        f.clauses << u"c.received_at >= ?"_s;
        f.values << query.receivedFrom.toSecsSinceEpoch();
    }
    if (query.receivedTo.isValid()) {
        f.clauses << u"c.received_at < ?"_s;
        f.values << query.receivedTo.toSecsSinceEpoch();
    }
    return f;
}

} // namespace

std::optional<CaseRecord> CaseRepository::get(qint64 id) const
{
    Query q(m_db, u"SELECT "_s + caseColumns + u" FROM cases c WHERE c.id = ?"_s);
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    CaseRecord c = readCase(q);
    c.parties = parties(c.id);
    return c;
}

std::optional<CaseRecord> CaseRepository::byNumber(const QString &caseNo) const
{
    const QVariant id = Query(m_db, u"SELECT id FROM cases WHERE case_no = ?"_s).bind(caseNo.trimmed()).scalar();
    return id.isValid() ? get(id.toLongLong()) : std::nullopt;
}

std::optional<CaseRecord> CaseRepository::byIdempotencyKey(const QString &key) const
{
    if (key.isEmpty())
        return std::nullopt;
    const QVariant id = Query(m_db, u"SELECT id FROM cases WHERE idempotency_key = ?"_s).bind(key).scalar();
    return id.isValid() ? get(id.toLongLong()) : std::nullopt;
}

QList<CaseParty> CaseRepository::parties(qint64 caseId) const
{
    Query q(m_db, u"SELECT id, case_id, role, name, resident_id, phone, anonymous FROM case_parties "
                  "WHERE case_id = ? ORDER BY id"_s);
    q.bind(caseId).exec();
    QList<CaseParty> out;
    while (q.next()) {
        CaseParty p;
        p.id = q.int64(0);
        p.caseId = q.int64(1);
        p.role = fromCode<PartyRole>(q.text(2)).value_or(PartyRole::Reporter);
        p.name = q.text(3);
        p.residentId = q.text(4);
        p.phone = q.text(5);
        p.anonymous = q.boolean(6);
        out.append(p);
    }
    return out;
}

QList<FlowEntry> CaseRepository::flow(qint64 caseId) const
{
    Query q(m_db, u"SELECT id, case_id, action, from_status, to_status, actor_user_id, actor_name, from_org_unit_id, "
                  "to_org_unit_id, department_id, worker_id, days, note, at FROM case_flow WHERE case_id = ? ORDER BY id"_s);
    q.bind(caseId).exec();
    QList<FlowEntry> out;
    while (q.next()) {
        FlowEntry e;
        e.id = q.int64(0);
        e.caseId = q.int64(1);
        e.action = fromCode<CaseAction>(q.text(2)).value_or(CaseAction::Report);
        if (!q.isNull(3))
            e.fromStatus = fromCode<CaseStatus>(q.text(3));
        e.toStatus = fromCode<CaseStatus>(q.text(4)).value_or(CaseStatus::Reported);
        e.actorUserId = q.int64(5);
        e.actorName = q.text(6);
        e.fromOrgUnitId = q.int64(7);
        e.toOrgUnitId = q.int64(8);
        e.departmentId = q.int64(9);
        e.workerId = q.int64(10);
        e.days = q.integer(11);
        e.note = q.text(12);
        e.at = q.time(13);
        out.append(e);
    }
    return out;
}

qint64 CaseRepository::sortKey(const CaseListRow &row, CaseQuery::Sort sort)
{
    return sort == CaseQuery::Sort::DeadlineAsc ? row.deadline.toSecsSinceEpoch() : row.receivedAt.toSecsSinceEpoch();
}

SqlStatement CaseRepository::listStatement(const CaseQuery &query) const
{
    Filter f = buildFilter(m_db, query);
    const bool byDeadline = query.sort == CaseQuery::Sort::DeadlineAsc;
    if (byDeadline)
        f.clauses << u"c.deadline_at IS NOT NULL"_s;
    if (query.afterId > 0) {
        // Row values let both engines seek the (key, id) index straight to the cursor.
        f.clauses << (byDeadline ? u"(c.deadline_at, c.id) > (?, ?)"_s : u"(c.received_at, c.id) < (?, ?)"_s);
        f.values << query.afterKey << query.afterId;
    }
    QString sql = u"SELECT c.id, c.case_no, c.title, c.status, c.source, c.urgency, c.risk, c.category_id, c.org_unit_id, "
                  "c.department_id, c.received_at, c.deadline_at, c.deadline_working, c.supervise_level, c.version "
                  "FROM cases c"_s;
    if (!f.clauses.isEmpty())
        sql += u" WHERE "_s + f.clauses.join(u" AND "_s);
    sql += byDeadline ? u" ORDER BY c.deadline_at ASC, c.id ASC"_s : u" ORDER BY c.received_at DESC, c.id DESC"_s;
    sql += u" LIMIT ?"_s;
    f.values << qMax(1, query.limit);
    return {sql, f.values};
}

SqlStatement CaseRepository::countStatement(const CaseQuery &query) const
{
    const Filter f = buildFilter(m_db, query);
    QString sql = u"SELECT COUNT(*) FROM cases c"_s;
    if (!f.clauses.isEmpty())
        sql += u" WHERE "_s + f.clauses.join(u" AND "_s);
    return {sql, f.values};
}

SqlStatement CaseRepository::countByStatusStatement(qint64 orgUnitId) const
{
    CaseQuery query;
    query.orgUnitId = orgUnitId;
    const Filter f = buildFilter(m_db, query);
    QString sql = u"SELECT c.status, COUNT(*) FROM cases c"_s;
    if (!f.clauses.isEmpty())
        sql += u" WHERE "_s + f.clauses.join(u" AND "_s);
    return {sql + u" GROUP BY c.status"_s, f.values};
}

namespace {
Query prepared(const Database &db, const SqlStatement &statement)
{
    Query q(db, statement.sql);
    for (const QVariant &v : statement.values)
        q.bind(v);
    return q;
}
} // namespace

QList<CaseListRow> CaseRepository::list(const CaseQuery &query) const
{
    Query q = prepared(m_db, listStatement(query));
    q.exec();
    QList<CaseListRow> rows;
    rows.reserve(query.limit);
    while (q.next()) {
        CaseListRow r;
        r.id = q.int64(0);
        r.caseNo = q.text(1);
        r.title = q.text(2);
        r.status = fromCode<CaseStatus>(q.text(3)).value_or(CaseStatus::Reported);
        r.source = fromCode<CaseSource>(q.text(4)).value_or(CaseSource::Visit);
        r.urgency = fromCode<Urgency>(q.text(5)).value_or(Urgency::Normal);
        r.risk = fromCode<RiskColor>(q.text(6)).value_or(RiskColor::Green);
        r.categoryId = q.int64(7);
        r.orgUnitId = q.int64(8);
        r.departmentId = q.int64(9);
        r.receivedAt = q.time(10);
        r.deadline = q.time(11);
        r.deadlineWorkingDays = q.boolean(12);
        r.superviseLevel = fromCode<SuperviseLevel>(q.text(13)).value_or(SuperviseLevel::None);
        r.version = q.integer(14);
        rows.append(r);
    }
    return rows;
}

qint64 CaseRepository::count(const CaseQuery &query) const
{
    return prepared(m_db, countStatement(query)).scalar().toLongLong();
}

QMap<CaseStatus, qint64> CaseRepository::countByStatus(qint64 orgUnitId) const
{
    Query q = prepared(m_db, countByStatusStatement(orgUnitId));
    q.exec();
    QMap<CaseStatus, qint64> out;
    for (const CaseStatus s : allValues<CaseStatus>())
        out.insert(s, 0);
    while (q.next())
        if (const auto s = fromCode<CaseStatus>(q.text(0)))
            out[*s] = q.int64(1);
    return out;
}

} // namespace zz
