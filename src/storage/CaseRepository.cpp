#include "CaseRepository.h"

#include "Database.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "SearchText.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {

const QString caseColumns =
    u"c.id, c.case_no, c.township_id, c.year, c.seq, c.lookup_code, c.title, c.description, c.source, "
    u"c.nature, "
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

// The WHERE clause of a CaseQuery (without the keyset cursor) and its bound values, in order.
struct Filter
{
    QStringList clauses;
    QVariantList values;
};

// The open statuses as SQL literals: "'reported', 'registered', …" (codes are fixed ASCII words).
QString openStatusList()
{
    QStringList codes;
    for (const CaseStatus s : allValues<CaseStatus>())
        if (isOpen(s))
            codes << u'\'' + code(s) + u'\'';
    return codes.join(u", "_s);
}

qint64 secondsOf(const QDateTime &now)
{
    return (now.isValid() ? now : QDateTime::currentDateTime()).toSecsSinceEpoch();
}

// Due soon: at least 70 % of the time from receipt to deadline has passed, i.e.
// now - r >= 0.7 (d - r)  <=>  3 r + 7 d <= 10 now, kept in integers so both engines agree exactly.
const QString dueSoonSum = u"3 * c.received_at + 7 * c.deadline_at"_s;

// Urgency as a sort rank (major first): a generated column of migration 0004, indexed with the deadline.
const QString urgencyRank = u"c.urgency_rank"_s;

// 督办件. The literal <> 'none' makes the partial index cases_supervised apply (SQLite proves index
// predicates only from identical terms); the IN list lets the planner seek it for every sort order.
QString supervisedClause()
{
    QStringList codes;
    for (const SuperviseLevel level : allValues<SuperviseLevel>())
        if (level != SuperviseLevel::None)
            codes << u'\'' + code(level) + u'\'';
    return u"c.supervise_level <> 'none' AND c.supervise_level IN (%1)"_s.arg(codes.join(u", "_s));
}

Filter buildFilter(const Database &db, const CaseQuery &query)
{
    Filter f;
    if (query.viewerUserId > 0) {
        f.clauses
            << u"(c.confidential = ? OR c.created_by = ? OR c.id IN (SELECT a.case_id FROM case_access a "
               "WHERE a.user_id = ?))"_s;
        f.values << false << query.viewerUserId << query.viewerUserId;
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        if (db.isSqlite()) {
            // Three characters or more: the trigram index; one or two: the grams index (migration 0012);
            // anything else (a short term with punctuation) scans. Then what the resident holds: the
            // case number, the 查询码, a reporter's name, ID number or phone, each by its own index.
            QString textHits;
            if (text.size() >= 3) {
                textHits = u"SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?"_s;
                f.values << ftsPhrase(text);
            } else if (SearchText::isGram(text)) {
                textHits = u"SELECT rowid FROM cases_grams WHERE cases_grams MATCH ?"_s;
                f.values << ftsPhrase(text.toLower());
            } else {
                textHits = u"SELECT id FROM cases WHERE title LIKE ? ESCAPE '\\' OR description LIKE ? "
                           "ESCAPE '\\' OR address LIKE ? ESCAPE '\\'"_s;
                const QString p = containsPattern(text);
                f.values << p << p << p;
            }
            f.clauses << u"c.id IN (%1 UNION ALL SELECT id FROM cases WHERE case_no = ? OR lookup_code = ? "
                         "UNION ALL SELECT case_id FROM case_parties WHERE (name = ? AND name <> '') OR "
                         "(resident_id = ? AND resident_id <> '') OR (phone = ? AND phone <> ''))"_s.arg(
                             textHits);
            f.values << text << text << text << text.toUpper() << text;
        } else {
            // zz_search_ids() (migration 0012) finds the ids through the indexes and keeps to the caller's
            // scope; LIKE itself would not be allowed an index under the row-level security policy.
            f.clauses << u"c.id IN (SELECT zz_search_ids(?))"_s;
            f.values << text;
        }
    }
    if (!query.statuses.isEmpty()) {
        for (const CaseStatus s : query.statuses)
            f.values << code(s);
        f.clauses << u"c.status IN (%1)"_s.arg(inListMarkers(query.statuses.size()));
    }
    if (query.orgUnitId > 0) {
        const QString path = OrgUnitRepository(db).path(query.orgUnitId);
        // Every path below "/1/5/" sorts in ["/1/5/", "/1/50"): '0' follows '/' in ASCII.
        // SQLite has no statistics to tell that a scope usually holds a large share of the cases: the
        // likelihood() hint keeps it walking the sort order's index (a few hundred rows for a page)
        // instead of sorting the whole subtree; counts still seek the org_path indexes.
        f.clauses << (db.isSqlite()
                          ? u"likelihood(c.org_path >= ?, 0.9) AND likelihood(c.org_path < ?, 0.9)"_s
                          : u"c.org_path >= ? AND c.org_path < ?"_s);
        f.values << path << (path.isEmpty() ? u"0"_s : path.chopped(1) + u'0');
    }
    if (query.categoryId > 0) {
        // One IN list (the category and its children): the engines walk the sort index testing it, where
        // an OR with a subquery made SQLite test every row expensively (1.5 s at 1M, now 1 ms).
        f.clauses << u"c.category_id IN (SELECT id FROM categories WHERE id = ? OR parent_id = ?)"_s;
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
    if (query.workerId > 0) {
        f.clauses << u"c.worker_id = ?"_s;
        f.values << query.workerId;
    }
    if (query.risk) {
        f.clauses << u"c.risk = ?"_s;
        f.values << code(*query.risk);
    }
    if (query.supervisedOnly)
        f.clauses << supervisedClause();
    if (query.drill) {
        const IndicatorQueries::Clause drill = IndicatorQueries::drillClause(db, *query.drill);
        f.clauses << drill.sql;
        f.values << drill.values;
    }
    if (query.warning) {
        const qint64 now = secondsOf(query.now);
        switch (*query.warning) {
        case WarningLevel::Overdue:
            f.clauses << u"c.status IN (%1) AND c.deadline_at < ?"_s.arg(openStatusList());
            f.values << now;
            break;
        case WarningLevel::DueSoon:
            f.clauses << u"c.status IN (%1) AND c.deadline_at >= ? AND %2 <= ?"_s.arg(openStatusList(),
                                                                                      dueSoonSum);
            f.values << now << 10 * now;
            break;
        case WarningLevel::Normal:
            f.clauses
                << u"(c.status NOT IN (%1) OR c.deadline_at IS NULL OR (c.deadline_at >= ? AND %2 > ?))"_s
                       .arg(openStatusList(), dueSoonSum);
            f.values << now << 10 * now;
            break;
        }
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
    const QVariant id =
        Query(m_db, u"SELECT id FROM cases WHERE case_no = ?"_s).bind(caseNo.trimmed()).scalar();
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
    Query q(
        m_db,
        u"SELECT id, case_id, action, from_status, to_status, actor_user_id, actor_name, from_org_unit_id, "
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

QList<qint64> CaseRepository::copiedOrgUnits(qint64 caseId) const
{
    Query q(m_db, u"SELECT org_unit_id FROM case_copies WHERE case_id = ? AND flow_id = "
                  "(SELECT MAX(id) FROM case_flow WHERE case_id = ? AND action = ?) ORDER BY org_unit_id"_s);
    q.bind(caseId).bind(caseId).bind(code(CaseAction::Dispatch)).exec();
    QList<qint64> out;
    while (q.next())
        out.append(q.int64(0));
    return out;
}

namespace {
int urgencyRankOf(Urgency urgency)
{
    return urgency == Urgency::Major ? 0 : urgency == Urgency::Urgent ? 1 : 2;
}
} // namespace

qint64 CaseRepository::sortKey(const CaseListRow &row, CaseQuery::Sort sort)
{
    switch (sort) {
    case CaseQuery::Sort::DeadlineAsc:
    case CaseQuery::Sort::DeadlineDesc:
        return row.deadline.toSecsSinceEpoch();
    case CaseQuery::Sort::UrgencyDesc:
        return urgencyRankOf(row.urgency);
    case CaseQuery::Sort::ReceivedDesc:
    case CaseQuery::Sort::ReceivedAsc:
        break;
    }
    return row.receivedAt.toSecsSinceEpoch();
}

void CaseRepository::seekAfter(CaseQuery &query, const CaseListRow &row)
{
    query.afterId = row.id;
    query.afterKey = sortKey(row, query.sort);
    query.afterKey2 = row.deadline.toSecsSinceEpoch();
}

WarningLevel CaseRepository::warning(const CaseListRow &row, const QDateTime &now)
{
    if (!isOpen(row.status) || !row.deadline.isValid() || !row.receivedAt.isValid())
        return WarningLevel::Normal;
    const qint64 n = secondsOf(now);
    const qint64 d = row.deadline.toSecsSinceEpoch();
    if (d < n)
        return WarningLevel::Overdue;
    return 3 * row.receivedAt.toSecsSinceEpoch() + 7 * d <= 10 * n ? WarningLevel::DueSoon
                                                                   : WarningLevel::Normal;
}

SqlStatement CaseRepository::listStatement(const CaseQuery &query) const
{
    // PostgreSQL, a plain search in received order (the board's search box with no other filter): one
    // page straight from zz_search_page() (migration 0012), which walks the newest cases for a common
    // term and the indexes for a rare one, instead of every hit of the scope.
    const bool received =
        query.sort == CaseQuery::Sort::ReceivedDesc || query.sort == CaseQuery::Sort::ReceivedAsc;
    CaseQuery rest = query;
    rest.text.clear();
    const bool pagedSearch = m_db.isPostgres() && !query.text.trimmed().isEmpty() && received &&
                             !query.reverse && isScopeOnly(rest);
    Filter f = buildFilter(m_db, pagedSearch ? rest : query);
    if (pagedSearch) {
        const QString path = query.orgUnitId > 0 ? OrgUnitRepository(m_db).path(query.orgUnitId) : QString();
        const QVariant none(QMetaType::fromType<qint64>());
        f.clauses << u"c.id IN (SELECT zz_search_page(?, ?, ?, ?, ?, ?))"_s;
        f.values << query.text.trimmed() << (path.isEmpty() ? u"/"_s : path)
                 << (query.sort == CaseQuery::Sort::ReceivedAsc)
                 << (query.afterId > 0 ? QVariant(query.afterKey) : none)
                 << (query.afterId > 0 ? QVariant(query.afterId) : none) << qMax(1, query.limit);
    }
    // Row values let both engines seek the sort index straight to the cursor. A reversed query walks
    // the same index from its other end.
    QStringList keys;
    bool ascending = true;
    switch (query.sort) {
    case CaseQuery::Sort::ReceivedDesc:
    case CaseQuery::Sort::ReceivedAsc:
        keys = {u"c.received_at"_s, u"c.id"_s};
        ascending = query.sort == CaseQuery::Sort::ReceivedAsc;
        break;
    case CaseQuery::Sort::DeadlineAsc:
    case CaseQuery::Sort::DeadlineDesc:
        keys = {u"c.deadline_at"_s, u"c.id"_s};
        ascending = query.sort == CaseQuery::Sort::DeadlineAsc;
        break;
    case CaseQuery::Sort::UrgencyDesc:
        keys = {urgencyRank, u"c.deadline_at"_s, u"c.id"_s};
        break;
    }
    if (query.reverse)
        ascending = !ascending;
    QStringList orderTerms;
    for (const QString &key : std::as_const(keys))
        orderTerms << key + (ascending ? u" ASC"_s : u" DESC"_s);
    const QString order = orderTerms.join(u", "_s);
    const QString cursor =
        u"(%1) %2 (%3)"_s.arg(keys.join(u", "_s), ascending ? u">"_s : u"<"_s, inListMarkers(keys.size()));
    const bool byDeadline =
        query.sort != CaseQuery::Sort::ReceivedDesc && query.sort != CaseQuery::Sort::ReceivedAsc;
    if (byDeadline) // the engines sort NULL differently; every reported case has a deadline anyway
        f.clauses << u"c.deadline_at IS NOT NULL"_s;
    if (query.afterId > 0) {
        f.clauses << cursor;
        f.values << query.afterKey;
        if (query.sort == CaseQuery::Sort::UrgencyDesc)
            f.values << query.afterKey2;
        f.values << query.afterId;
    }
    QString sql = u"SELECT c.id, c.case_no, c.title, c.status, c.source, c.urgency, c.risk, c.category_id, "
                  "c.org_unit_id, c.department_id, c.received_at, c.deadline_at, c.deadline_working, "
                  "c.supervise_level, c.version, c.worker_id FROM cases c"_s;
    if (!f.clauses.isEmpty())
        sql += u" WHERE "_s + f.clauses.join(u" AND "_s);
    sql += u" ORDER BY "_s + order + u" LIMIT ?"_s;
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

QString finishedStatusList()
{
    QStringList codes;
    for (const CaseStatus s : allValues<CaseStatus>())
        if (!isOpen(s))
            codes << u'\'' + code(s) + u'\'';
    return codes.join(u", "_s);
}

// Open cases by status with their warning levels, within `where` (" AND …" or empty).
QString openStageSql(const QString &where)
{
    return u"SELECT c.status, COUNT(*), "
           "SUM(CASE WHEN c.deadline_at >= ? AND %3 <= ? THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN c.deadline_at < ? THEN 1 ELSE 0 END) "
           "FROM cases c WHERE c.status IN (%1)%2 GROUP BY c.status"_s.arg(openStatusList(), where,
                                                                           dueSoonSum);
}

// A county or township is counted from the per-township counts that migration 0010 keeps with every
// change of a case; returns the unit's path range then. A village or grid is small: counted live.
std::optional<std::pair<QString, QString>> counterScope(const Database &db, qint64 orgUnitId)
{
    if (orgUnitId <= 0)
        return std::nullopt;
    Query q(db, u"SELECT level, path FROM org_units WHERE id = ?"_s);
    q.bind(orgUnitId).exec();
    if (!q.next())
        return std::nullopt;
    const int level = q.integer(0);
    const QString path = q.text(1);
    q.raw().finish();
    if (level != int(OrgLevel::County) && level != int(OrgLevel::Township))
        return std::nullopt;
    return std::pair{path, path.chopped(1) + u'0'};
}

// Sums of the maintained counts of the townships in a path range, by status.
const QString countedByStatus =
    u"SELECT k.status, SUM(k.n) FROM case_status_counts k JOIN org_units o ON o.id = k.township_id "
    "WHERE o.path >= ? AND o.path < ? GROUP BY k.status"_s;

// Confidential cases are left out of the counts: counted live (a partial index holds just them).
const QString confidentialCount =
    u"SELECT c.status, COUNT(*) FROM cases c WHERE c.confidential AND c.org_path >= ? AND c.org_path < ?"_s;

} // namespace

SqlStatement CaseRepository::stageCountsStatement(qint64 orgUnitId, const QDateTime &now) const
{
    // Two halves in one round trip, each seeking the (status, org_path, …) index per status: finished
    // statuses are only counted; open ones also sum their warning levels from the covering columns.
    CaseQuery scope;
    scope.orgUnitId = orgUnitId;
    const Filter f = buildFilter(m_db, scope);
    const QString where = f.clauses.isEmpty() ? QString() : u" AND "_s + f.clauses.join(u" AND "_s);
    const qint64 n = secondsOf(now);
    const QString sql =
        u"SELECT c.status, COUNT(*), 0, 0 FROM cases c WHERE c.status IN (%1)%2 GROUP BY c.status "
        "UNION ALL "_s.arg(finishedStatusList(), where) +
        openStageSql(where);
    QVariantList values = f.values;
    values << n << 10 * n << n;
    values << f.values;
    return {sql, values};
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
    // SQLite, a plain search in received order: a common term fills the page among the scope's newest
    // 20,000 cases (walking the received index, no sort of every hit); the full query only when it
    // does not. zz_search_page() does the same on PostgreSQL.
    CaseQuery rest = query;
    rest.text.clear();
    const bool received =
        query.sort == CaseQuery::Sort::ReceivedDesc || query.sort == CaseQuery::Sort::ReceivedAsc;
    if (m_db.isSqlite() && !query.text.trimmed().isEmpty() && received && !query.reverse &&
        isScopeOnly(rest)) {
        CaseQuery newest = rest;
        newest.limit = 20000;
        SqlStatement walk = listStatement(newest);
        const QString order = query.sort == CaseQuery::Sort::ReceivedAsc ? u"ASC"_s : u"DESC"_s;
        walk.sql =
            u"SELECT w.* FROM ("_s + walk.sql +
            u") w JOIN cases t ON t.id = w.id WHERE t.title LIKE ? ESCAPE '\\' OR t.description LIKE ? "
            "ESCAPE '\\' OR t.address LIKE ? ESCAPE '\\' ORDER BY w.received_at %1, w.id %1 LIMIT ?"_s.arg(
                order);
        const QString pattern = containsPattern(query.text.trimmed());
        walk.values << pattern << pattern << pattern << qMax(1, query.limit);
        if (QList<CaseListRow> rows = readRows(walk, query.limit); rows.size() >= query.limit)
            return rows;
    }
    return readRows(listStatement(query), query.limit);
}

QList<CaseListRow> CaseRepository::readRows(const SqlStatement &statement, int limit) const
{
    Query q = prepared(m_db, statement);
    q.exec();
    QList<CaseListRow> rows;
    rows.reserve(limit);
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
        r.workerId = q.int64(15);
        rows.append(r);
    }
    return rows;
}

// Only the scope (and the viewer): what the board shows before any filter is set.
bool CaseRepository::isScopeOnly(const CaseQuery &q)
{
    return q.text.trimmed().isEmpty() && q.statuses.isEmpty() && q.categoryId <= 0 && q.departmentId <= 0 &&
           !q.source && !q.urgency && !q.receivedFrom.isValid() && !q.receivedTo.isValid() &&
           q.workerId <= 0 && !q.risk && !q.warning && !q.supervisedOnly && !q.drill;
}

qint64 CaseRepository::count(const CaseQuery &query) const
{
    if (isScopeOnly(query)) {
        if (const auto range = counterScope(m_db, query.orgUnitId)) {
            qint64 total = 0;
            Query counted(m_db, countedByStatus);
            counted.bind(range->first).bind(range->second).exec();
            while (counted.next())
                total += counted.int64(1);
            QString sql = confidentialCount;
            Query confidential(m_db, sql.replace(u"SELECT c.status, COUNT(*)"_s, u"SELECT COUNT(*)"_s) +
                                         (query.viewerUserId > 0
                                              ? u" AND (c.created_by = ? OR c.id IN (SELECT a.case_id FROM "
                                                "case_access a WHERE a.user_id = ?))"_s
                                              : QString()));
            confidential.bind(range->first).bind(range->second);
            if (query.viewerUserId > 0)
                confidential.bind(query.viewerUserId).bind(query.viewerUserId);
            return total + confidential.scalar().toLongLong();
        }
    }
    return prepared(m_db, countStatement(query)).scalar().toLongLong();
}

StageCounts CaseRepository::stageCounts(qint64 orgUnitId, const QDateTime &now) const
{
    StageCounts out;
    for (const CaseStatus s : allValues<CaseStatus>())
        out.byStatus.insert(s, 0);
    const auto range = counterScope(m_db, orgUnitId);
    Query q = range ? Query(m_db, openStageSql(u" AND c.org_path >= ? AND c.org_path < ?"_s))
                    : prepared(m_db, stageCountsStatement(orgUnitId, now));
    if (range) {
        const qint64 n = secondsOf(now);
        q.bind(n).bind(10 * n).bind(n).bind(range->first).bind(range->second);
    }
    q.exec();
    while (q.next()) {
        if (const auto s = fromCode<CaseStatus>(q.text(0)))
            out.byStatus[*s] = q.int64(1);
        out.dueSoon += q.int64(2);
        out.overdue += q.int64(3);
    }
    q.raw().finish();
    if (!range)
        return out;
    // Finished cases of a county or township: the maintained counts plus the confidential ones.
    auto add = [&](Query &&counts) {
        counts.bind(range->first).bind(range->second).exec();
        while (counts.next())
            if (const auto s = fromCode<CaseStatus>(counts.text(0)); s && !isOpen(*s))
                out.byStatus[*s] += counts.int64(1);
    };
    add(Query(m_db, countedByStatus));
    // SQLite: "+c.status" keeps the planner on the partial index of confidential cases (3 ms) instead of
    // the status index, which reads every finished case for its confidential flag (4.4 s at 1M).
    const QString status = m_db.isSqlite() ? u"+c.status"_s : u"c.status"_s;
    add(Query(m_db,
              confidentialCount + u" AND %1 IN (%2) GROUP BY c.status"_s.arg(status, finishedStatusList())));
    return out;
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

SqlStatement CaseRepository::closedCountStatement(qint64 orgUnitId, const QDateTime &from,
                                                  const QDateTime &to) const
{
    QString sql = u"SELECT COUNT(*) FROM cases c WHERE c.closed_at >= ? AND c.closed_at < ?"_s;
    QVariantList values{from.toSecsSinceEpoch(), to.toSecsSinceEpoch()};
    if (orgUnitId > 0) {
        const QString path = OrgUnitRepository(m_db).path(orgUnitId);
        sql += u" AND c.org_path >= ? AND c.org_path < ?"_s;
        values << path << path.chopped(1) + u'0';
    }
    return {sql, values};
}

qint64 CaseRepository::closedCount(qint64 orgUnitId, const QDateTime &from, const QDateTime &to) const
{
    return prepared(m_db, closedCountStatement(orgUnitId, from, to)).scalar().toLongLong();
}

} // namespace zz
