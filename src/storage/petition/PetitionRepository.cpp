#include "PetitionRepository.h"

#include "CaseScope.h"
#include "Database.h"
#include "Query.h"
#include "petition/DocumentTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QString boardColumns()
{
    return u"p.id, p.petition_no, p.received_at, p.channel, p.petition_type, p.visit_form, p.head_count, "
           u"p.status, "
           "p.flags, p.repeat_kind, p.request, p.org_unit_id, p.case_id, p.next_due_date, p.next_clock_kind, "
           "p.version, (SELECT s.name FROM petition_persons pp JOIN persons s ON s.id = pp.person_id "
           "WHERE pp.petition_id = p.id AND pp.role <> 'reporter' ORDER BY pp.sort_order, pp.id LIMIT 1)"_s;
}

PetitionBoardRow boardRow(const Query &q, QDate today, int reminderDays)
{
    PetitionBoardRow r;
    r.id = q.int64(0);
    r.petitionNo = q.text(1);
    r.receivedAt = q.time(2);
    r.channel = fromCode<PetitionChannel>(q.text(3)).value_or(PetitionChannel::Visit);
    r.type = fromCode<PetitionType>(q.text(4)).value_or(PetitionType::Claim);
    r.visitForm = fromCode<VisitForm>(q.text(5)).value_or(VisitForm::Individual);
    r.headCount = q.integer(6);
    r.status = fromCode<PetitionStatus>(q.text(7)).value_or(PetitionStatus::Registered);
    r.flags = petitionFlagsFromCodes(q.text(8));
    r.repeat = q.text(9) == u"repeat";
    r.request = q.text(10);
    r.orgUnitId = q.int64(11);
    r.caseId = q.int64(12);
    r.nextDueDate = dateFrom(q.text(13));
    if (!q.isNull(14))
        r.nextClockKind = fromCode<ClockKind>(q.text(14));
    r.version = q.integer(15);
    r.petitioner = q.text(16);
    if (r.nextClockKind) {
        if (!r.nextDueDate.isValid())
            r.clockState = ClockState::Paused;
        else if (today > r.nextDueDate)
            r.clockState = ClockState::Overdue;
        else if (today.daysTo(r.nextDueDate) <= reminderDays)
            r.clockState = ClockState::DueSoon;
        else
            r.clockState = ClockState::Running;
    }
    return r;
}

} // namespace

PetitionRepository::PetitionRepository(const Database &db, const Actor &actor)
    : m_db(db), m_actor(actor), m_path(CaseScope(db, actor).path())
{}

std::pair<qint64, QString> PetitionRepository::townshipScope() const
{
    const int level =
        Query(m_db, u"SELECT level FROM org_units WHERE id = ?"_s).bind(m_actor.orgUnitId).scalar().toInt();
    return {level == int(OrgLevel::Township) ? m_actor.orgUnitId : 0, scopeColumn(level)};
}

QString PetitionRepository::scopeColumn(int level) const
{
    if (level == 0)
        level = Query(m_db, u"SELECT level FROM org_units WHERE id = ?"_s)
                    .bind(m_actor.orgUnitId)
                    .scalar()
                    .toInt();
    return m_db.isSqlite() && level <= int(OrgLevel::Township) ? u"+p.org_path"_s : u"p.org_path"_s;
}

QString PetitionRepository::petitionColumns()
{
    return u"p.id, p.petition_no, p.township_id, p.year, p.seq, p.org_unit_id, p.place_address, p.channel, "
           "p.petition_type, p.visit_form, p.head_count, p.request, p.facts, p.flags, p.reporter_protected, "
           "p.receiving_officer, p.received_by, p.interview_record, p.status, p.repeat_kind, "
           "p.predecessor_id, "
           "p.chain_first_id, p.case_id, p.department_id, p.handler_user_id, p.decision, p.decision_basis, "
           "p.rule_set, p.rule_version, p.next_due_date, p.next_clock_kind, p.received_at, p.closed_at, "
           "p.created_by, p.updated_at, p.version"_s;
}

PetitionRecord PetitionRepository::fromRow(const Query &q)
{
    PetitionRecord p;
    p.id = q.int64(0);
    p.petitionNo = q.text(1);
    p.townshipId = q.int64(2);
    p.year = q.integer(3);
    p.seq = q.integer(4);
    p.orgUnitId = q.int64(5);
    p.placeAddress = q.text(6);
    p.channel = fromCode<PetitionChannel>(q.text(7)).value_or(PetitionChannel::Visit);
    p.type = fromCode<PetitionType>(q.text(8)).value_or(PetitionType::Claim);
    p.visitForm = fromCode<VisitForm>(q.text(9)).value_or(VisitForm::Individual);
    p.headCount = q.integer(10);
    p.request = q.text(11);
    p.facts = q.text(12);
    p.flags = petitionFlagsFromCodes(q.text(13));
    p.reporterProtected = q.boolean(14);
    p.receivingOfficer = q.text(15);
    p.receivedBy = q.int64(16);
    p.interviewRecord = q.text(17);
    p.status = fromCode<PetitionStatus>(q.text(18)).value_or(PetitionStatus::Registered);
    p.repeat = q.text(19) == u"repeat";
    p.predecessorId = q.int64(20);
    p.chainFirstId = q.int64(21);
    p.caseId = q.int64(22);
    p.departmentId = q.int64(23);
    p.handlerUserId = q.int64(24);
    if (!q.isNull(25))
        p.decision = fromCode<PetitionDecision>(q.text(25));
    p.decisionBasis = q.text(26);
    p.ruleSet = q.text(27);
    p.ruleVersion = q.text(28);
    p.nextDueDate = dateFrom(q.text(29));
    if (!q.isNull(30))
        p.nextClockKind = fromCode<ClockKind>(q.text(30));
    p.receivedAt = q.time(31);
    p.closedAt = q.time(32);
    p.createdBy = q.int64(33);
    p.updatedAt = q.time(34);
    p.version = q.integer(35);
    return p;
}

QList<PetitionBoardRow> PetitionRepository::page(const PetitionBoardFilter &filter, int limit, QDate today,
                                                 int reminderDays,
                                                 const std::optional<PetitionBoardKey> &after) const
{
    if (m_path.isEmpty())
        return {};
    // The scope repeated with literal bounds (the policy stays the guard on PostgreSQL). A township's
    // board walks (township_id, received_at, id) in the board's order; a county's walks the receipt
    // index; a village's reads its range of org_path. On SQLite the range is kept off an index where
    // a walk in order is cheaper (+org_path), so the planner never sorts a whole scope.
    qint64 unitId = m_actor.orgUnitId;
    QString path = m_path;
    if (filter.orgUnitId > 0) {
        const QString unitPath = Query(m_db, u"SELECT path FROM org_units WHERE id = ?"_s)
                                     .bind(filter.orgUnitId)
                                     .scalar()
                                     .toString();
        if (unitPath.startsWith(m_path)) {
            path = unitPath;
            unitId = filter.orgUnitId;
        }
    }
    const int level =
        Query(m_db, u"SELECT level FROM org_units WHERE id = ?"_s).bind(unitId).scalar().toInt();
    const QString pathColumn = scopeColumn(level);
    QString sql = u"SELECT "_s + boardColumns() + u" FROM petitions p WHERE "_s + pathColumn +
                  u" >= ? AND "_s + pathColumn + u" < ?"_s;
    QVariantList values{path, path + u'~'};
    if (level == int(OrgLevel::Township)) {
        sql += u" AND p.township_id = ?"_s;
        values << unitId;
    }
    QStringList statuses;
    for (PetitionStatus s : filter.statuses)
        statuses << code(s);
    if (filter.openOnly && statuses.isEmpty()) {
        for (PetitionStatus s : allValues<PetitionStatus>())
            if (!isFinal(s))
                statuses << code(s);
    } else if (filter.openOnly) {
        QStringList open;
        for (const QString &c : std::as_const(statuses))
            if (const auto s = fromCode<PetitionStatus>(c); s && !isFinal(*s))
                open << c;
        statuses = open.isEmpty() ? QStringList{u"-"_s} : open;
    }
    if (!statuses.isEmpty()) {
        sql += u" AND p.status IN (%1)"_s.arg(inListMarkers(statuses.size()));
        for (const QString &c : std::as_const(statuses))
            values << c;
    }
    if (filter.type) {
        sql += u" AND p.petition_type = ?"_s;
        values << code(*filter.type);
    }
    if (filter.channel) {
        sql += u" AND p.channel = ?"_s;
        values << code(*filter.channel);
    }
    if (filter.repeatOnly)
        sql += u" AND p.repeat_kind = 'repeat'"_s;
    if (!filter.number.trimmed().isEmpty()) {
        sql += u" AND p.petition_no = ?"_s;
        values << filter.number.trimmed();
    }
    if (filter.drill) {
        const PetitionIndicatorQueries::Clause drill =
            PetitionIndicatorQueries(m_db).drillClause(*filter.drill);
        sql += u" AND "_s + drill.sql;
        values << drill.values;
    }
    if (after) {
        sql += u" AND (p.received_at < ? OR (p.received_at = ? AND p.id < ?))"_s;
        values << after->receivedAt.toSecsSinceEpoch() << after->receivedAt.toSecsSinceEpoch() << after->id;
    }
    sql += u" ORDER BY p.received_at DESC, p.id DESC LIMIT ?"_s;
    values << qBound(1, limit, 1000);
    Query q(m_db, sql);
    for (const QVariant &v : std::as_const(values))
        q.bind(v);
    q.exec();
    QList<PetitionBoardRow> out;
    while (q.next())
        out.append(boardRow(q, today, reminderDays));
    return out;
}

QHash<PetitionStatus, qint64> PetitionRepository::countsByStatus(const PetitionBoardFilter &filter) const
{
    QHash<PetitionStatus, qint64> out;
    if (m_path.isEmpty())
        return out;
    QString path = m_path;
    qint64 unitId = m_actor.orgUnitId;
    if (filter.orgUnitId > 0) {
        const QString unitPath = Query(m_db, u"SELECT path FROM org_units WHERE id = ?"_s)
                                     .bind(filter.orgUnitId)
                                     .scalar()
                                     .toString();
        if (unitPath.startsWith(m_path)) {
            path = unitPath;
            unitId = filter.orgUnitId;
        }
    }
    // A county's or township's unfiltered counts come from the per-township counts the triggers keep
    // (migration 0037); a village's, or filtered ones, are counted live.
    const int level =
        Query(m_db, u"SELECT level FROM org_units WHERE id = ?"_s).bind(unitId).scalar().toInt();
    if (!filter.type && !filter.channel && !filter.repeatOnly && !filter.drill &&
        filter.number.trimmed().isEmpty() && level <= int(OrgLevel::Township)) {
        Query q(m_db, u"SELECT k.status, SUM(k.n) FROM petition_status_counts k JOIN org_units o ON o.id = "
                      "k.township_id WHERE o.path >= ? AND o.path < ? GROUP BY k.status"_s);
        q.bind(path).bind(path + u'~').exec();
        while (q.next())
            if (const auto s = fromCode<PetitionStatus>(q.text(0)); s && q.int64(1) > 0)
                out.insert(*s, q.int64(1));
        return out;
    }
    QString sql = u"SELECT p.status, COUNT(*) FROM petitions p WHERE p.org_path >= ? AND p.org_path < ?"_s;
    QVariantList values{path, path + u'~'};
    if (filter.type) {
        sql += u" AND p.petition_type = ?"_s;
        values << code(*filter.type);
    }
    if (filter.channel) {
        sql += u" AND p.channel = ?"_s;
        values << code(*filter.channel);
    }
    if (filter.repeatOnly)
        sql += u" AND p.repeat_kind = 'repeat'"_s;
    if (!filter.number.trimmed().isEmpty()) {
        sql += u" AND p.petition_no = ?"_s;
        values << filter.number.trimmed();
    }
    if (filter.drill) {
        const PetitionIndicatorQueries::Clause drill =
            PetitionIndicatorQueries(m_db).drillClause(*filter.drill);
        sql += u" AND "_s + drill.sql;
        values << drill.values;
    }
    sql += u" GROUP BY p.status"_s;
    Query q(m_db, sql);
    for (const QVariant &v : std::as_const(values))
        q.bind(v);
    q.exec();
    while (q.next())
        if (const auto s = fromCode<PetitionStatus>(q.text(0)))
            out.insert(*s, q.int64(1));
    return out;
}

QList<PetitionBoardRow> PetitionRepository::overdue(QDate today, int limit) const
{
    if (m_path.isEmpty())
        return {};
    const auto [township, scope] = townshipScope();
    Query q(m_db, u"SELECT "_s + boardColumns() +
                      u" FROM petitions p WHERE p.next_due_date IS NOT NULL AND p.next_due_date < ? "
                      "AND %1 >= ? AND %1 < ? %2 ORDER BY p.next_due_date, p.id LIMIT ?"_s.arg(
                          scope, township > 0 ? u"AND p.township_id = ?"_s : QString()));
    q.bind(dateText(today)).bind(m_path).bind(m_path + u'~');
    if (township > 0)
        q.bind(township);
    q.bind(qBound(1, limit, 1000)).exec();
    QList<PetitionBoardRow> out;
    while (q.next())
        out.append(boardRow(q, today, 0));
    return out;
}

QList<PetitionBoardRow> PetitionRepository::dueSoon(QDate today, int days, int limit) const
{
    if (m_path.isEmpty())
        return {};
    const auto [township, scope] = townshipScope();
    Query q(m_db, u"SELECT "_s + boardColumns() +
                      u" FROM petitions p WHERE p.next_due_date IS NOT NULL AND p.next_due_date >= ? "
                      "AND p.next_due_date <= ? AND %1 >= ? AND %1 < ? %2 "
                      "ORDER BY p.next_due_date, p.id LIMIT ?"_s.arg(
                          scope, township > 0 ? u"AND p.township_id = ?"_s : QString()));
    q.bind(dateText(today)).bind(dateText(today.addDays(qMax(0, days)))).bind(m_path).bind(m_path + u'~');
    if (township > 0)
        q.bind(township);
    q.bind(qBound(1, limit, 1000)).exec();
    QList<PetitionBoardRow> out;
    while (q.next())
        out.append(boardRow(q, today, qMax(0, days)));
    return out;
}

PetitionRepository::ClockCounts PetitionRepository::clockCounts(QDate today, int days) const
{
    ClockCounts out;
    if (m_path.isEmpty())
        return out;
    const int level =
        Query(m_db, u"SELECT level FROM org_units WHERE id = ?"_s).bind(m_actor.orgUnitId).scalar().toInt();
    const QString overdueBefore = dateText(today);
    const QString dueBy = dateText(today.addDays(qMax(0, days)));
    if (level <= int(OrgLevel::Township)) {
        // A county's or a township's scope is whole townships: the counts per township and due date the
        // triggers keep (migration 0046), one row per day.
        Query q(m_db,
                u"SELECT COALESCE(SUM(CASE WHEN k.due_date < ? THEN k.n ELSE 0 END), 0), "
                "COALESCE(SUM(k.n), 0) FROM petition_due_counts k WHERE k.township_id IN (SELECT o.id "
                "FROM org_units o WHERE o.level = ? AND o.path >= ? AND o.path < ?) AND k.due_date <= ?"_s);
        q.bind(overdueBefore)
            .bind(int(OrgLevel::Township))
            .bind(m_path)
            .bind(m_path + u'~')
            .bind(dueBy)
            .exec();
        if (q.next()) {
            out.overdue = q.int64(0);
            out.dueSoon = q.int64(1) - out.overdue;
        }
        return out;
    }
    // A village's (or a grid's) is a part of one township: its range of the (township, due date) index,
    // narrowed by the path.
    Query q(
        m_db,
        u"SELECT COALESCE(SUM(CASE WHEN p.next_due_date < ? THEN 1 ELSE 0 END), 0), COUNT(*) "
        "FROM petitions p WHERE p.township_id = (SELECT u.township_id FROM org_units u WHERE u.id = ?) "
        "AND p.next_due_date IS NOT NULL AND p.next_due_date <= ? AND p.org_path >= ? AND p.org_path < ?"_s);
    q.bind(overdueBefore).bind(m_actor.orgUnitId).bind(dueBy).bind(m_path).bind(m_path + u'~').exec();
    if (q.next()) {
        out.overdue = q.int64(0);
        out.dueSoon = q.int64(1) - out.overdue;
    }
    return out;
}

bool PetitionRepository::isInsider(const PetitionRecord &petition, const Actor &actor)
{
    if (actor.roles.testFlag(Role::Leader))
        return true;
    if (!petition.reporterProtected)
        return true;
    return actor.userId > 0 && (actor.userId == petition.createdBy || actor.userId == petition.receivedBy ||
                                actor.userId == petition.handlerUserId);
}

bool PetitionRepository::isInsider(const PetitionRecord &petition) const
{
    return isInsider(petition, m_actor);
}

std::optional<PetitionRecord> PetitionRepository::get(qint64 petitionId) const
{
    if (m_path.isEmpty())
        return std::nullopt;
    Query q(m_db, u"SELECT "_s + petitionColumns() +
                      u" FROM petitions p WHERE p.id = ? AND p.org_path >= ? AND p.org_path < ?"_s);
    q.bind(petitionId).bind(m_path).bind(m_path + u'~').exec();
    if (!q.next())
        return std::nullopt;
    PetitionRecord p = fromRow(q);
    q.raw().finish();
    loadPersons(p);
    return p;
}

std::optional<PetitionRecord> PetitionRepository::forCase(qint64 caseId) const
{
    const QVariant id = Query(m_db, u"SELECT id FROM petitions WHERE case_id = ? ORDER BY +id LIMIT 1"_s)
                            .bind(caseId)
                            .scalar();
    if (!id.isValid() || id.isNull())
        return std::nullopt;
    return get(id.toLongLong());
}

void PetitionRepository::loadPersons(PetitionRecord &petition) const
{
    const bool insider = isInsider(petition);
    Query q(m_db, u"SELECT pp.id, pp.role, s.id, s.township_id, s.name, s.resident_id, s.phone, s.address, "
                  "s.protected, s.version FROM petition_persons pp JOIN persons s ON s.id = pp.person_id "
                  "WHERE pp.petition_id = ? ORDER BY pp.sort_order, pp.id"_s);
    q.bind(petition.id).exec();
    petition.persons.clear();
    while (q.next()) {
        PetitionPerson pp;
        pp.id = q.int64(0);
        pp.role = fromCode<PetitionPersonRole>(q.text(1)).value_or(PetitionPersonRole::Petitioner);
        if (pp.role == PetitionPersonRole::Reporter && !insider)
            continue; // the program's copy of the server's rule (migration 0026)
        pp.person.id = q.int64(2);
        pp.person.townshipId = q.int64(3);
        pp.person.name = q.text(4);
        pp.person.residentId = q.text(5);
        pp.person.phone = q.text(6);
        pp.person.address = q.text(7);
        pp.person.protectedReporter = q.boolean(8);
        pp.person.version = q.integer(9);
        petition.persons.append(pp);
    }
}

QList<PetitionClockRecord> PetitionRepository::clocks(qint64 petitionId) const
{
    if (!get(petitionId))
        return {};
    Query q(
        m_db,
        u"SELECT id, petition_id, kind, start_date, base_due_date, due_date, days, working_days, rule_set, "
        "rule_version, article, extension_days, pauses, state, met_at, created_at, version, "
        "max_extension_days, hearing_pauses, provisional, met_on FROM petition_clocks "
        "WHERE petition_id = ? ORDER BY id"_s);
    q.bind(petitionId).exec();
    QList<PetitionClockRecord> out;
    while (q.next()) {
        PetitionClockRecord c;
        c.id = q.int64(0);
        c.petitionId = q.int64(1);
        c.value.kind = fromCode<ClockKind>(q.text(2)).value_or(ClockKind::AcceptanceNotice);
        c.value.start = dateFrom(q.text(3));
        c.baseDue = dateFrom(q.text(4));
        c.value.due = dateFrom(q.text(5));
        c.value.days = q.integer(6);
        c.value.workingDays = q.boolean(7);
        c.ruleSet = q.text(8);
        c.value.ruleVersion = q.text(9);
        c.value.article = q.text(10);
        c.value.extensionDays = q.integer(11);
        for (const QJsonValue &v : QJsonDocument::fromJson(q.text(12).toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            ClockPause pause;
            pause.from = dateFrom(o.value(u"from"_s).toString());
            pause.to = dateFrom(o.value(u"to"_s).toString());
            pause.reason = o.value(u"reason"_s).toString();
            c.pauses.append(pause);
        }
        c.storedState = q.text(13);
        c.createdAt = q.time(15);
        c.version = q.integer(16);
        c.value.maxExtensionDays = q.integer(17);
        c.value.hearingPauses = q.boolean(18);
        c.value.provisional = q.boolean(19);
        c.value.metOn = dateFrom(q.text(20));
        out.append(c);
    }
    return out;
}

QString PetitionRepository::flowColumns()
{
    return u"id, petition_id, action, from_status, to_status, actor_user_id, actor_name, note, at"_s;
}

PetitionFlowEntry PetitionRepository::flowFromRow(const Query &q)
{
    PetitionFlowEntry f;
    f.id = q.int64(0);
    f.petitionId = q.int64(1);
    f.actionCode = q.text(2);
    f.action = fromCode<PetitionAction>(f.actionCode).value_or(PetitionAction::Register);
    if (!q.isNull(3) && !q.text(3).isEmpty())
        f.fromStatus = fromCode<PetitionStatus>(q.text(3));
    f.toStatus = fromCode<PetitionStatus>(q.text(4)).value_or(PetitionStatus::Registered);
    f.actorUserId = q.int64(5);
    f.actorName = q.text(6);
    f.note = q.text(7);
    f.at = q.time(8);
    return f;
}

QList<PetitionFlowEntry> PetitionRepository::flow(qint64 petitionId) const
{
    if (!get(petitionId))
        return {};
    Query q(m_db, u"SELECT %1 FROM petition_flow WHERE petition_id = ? ORDER BY id"_s.arg(flowColumns()));
    q.bind(petitionId).exec();
    QList<PetitionFlowEntry> out;
    while (q.next())
        out.append(flowFromRow(q));
    return out;
}

namespace {

const QString documentColumns =
    u"id, petition_id, kind, doc_no, year, seq, template_id, body, issued_by, issued_at, delivered_on, "
    "delivery_method, delivered_by, version"_s;

PetitionDocumentRecord documentRow(const Query &q)
{
    PetitionDocumentRecord d;
    d.id = q.int64(0);
    d.petitionId = q.int64(1);
    d.kind = fromCode<DocumentKind>(q.text(2)).value_or(DocumentKind::AcceptanceNotice);
    d.docNo = q.text(3);
    d.year = q.integer(4);
    d.seq = q.integer(5);
    d.templateId = q.int64(6);
    d.body = q.text(7);
    d.issuedBy = q.int64(8);
    d.issuedAt = q.time(9);
    d.deliveredOn = dateFrom(q.text(10));
    if (!q.isNull(11) && !q.text(11).isEmpty())
        d.deliveryMethod = fromCode<DeliveryMethod>(q.text(11));
    d.deliveredBy = q.int64(12);
    d.version = q.integer(13);
    return d;
}

} // namespace

QList<PetitionDocumentRecord> PetitionRepository::documents(qint64 petitionId) const
{
    if (!get(petitionId))
        return {};
    Query q(m_db,
            u"SELECT "_s + documentColumns + u" FROM petition_documents WHERE petition_id = ? ORDER BY id"_s);
    q.bind(petitionId).exec();
    QList<PetitionDocumentRecord> out;
    while (q.next())
        out.append(documentRow(q));
    return out;
}

std::optional<PetitionDocumentRecord> PetitionRepository::document(qint64 documentId) const
{
    Query q(m_db, u"SELECT "_s + documentColumns + u" FROM petition_documents WHERE id = ?"_s);
    q.bind(documentId).exec();
    if (!q.next())
        return std::nullopt;
    PetitionDocumentRecord d = documentRow(q);
    q.raw().finish();
    if (!get(d.petitionId))
        return std::nullopt;
    return d;
}

QList<PetitionLinkRecord> PetitionRepository::links(qint64 petitionId) const
{
    if (!get(petitionId))
        return {};
    Query q(m_db,
            u"SELECT l.id, l.petition_id, l.other_petition_id, l.kind, l.reason, l.created_by, l.created_at, "
            "l.unlinked_by, l.unlinked_at, l.unlink_reason, l.version, o.petition_no "
            "FROM petition_links l JOIN petitions o ON o.id = CASE WHEN l.petition_id = ? "
            "THEN l.other_petition_id ELSE l.petition_id END "
            "WHERE l.petition_id = ? OR l.other_petition_id = ? ORDER BY l.id"_s);
    q.bind(petitionId).bind(petitionId).bind(petitionId).exec();
    QList<PetitionLinkRecord> out;
    while (q.next()) {
        PetitionLinkRecord l;
        l.id = q.int64(0);
        l.petitionId = petitionId;
        l.otherPetitionId = q.int64(1) == petitionId ? q.int64(2) : q.int64(1);
        l.kind = fromCode<PetitionLinkKind>(q.text(3)).value_or(PetitionLinkKind::Repeat);
        l.reason = q.text(4);
        l.createdBy = q.int64(5);
        l.createdAt = q.time(6);
        l.unlinkedBy = q.int64(7);
        l.unlinkedAt = q.time(8);
        l.unlinkReason = q.text(9);
        l.version = q.integer(10);
        l.otherPetitionNo = q.text(11);
        out.append(l);
    }
    return out;
}

QList<PetitionRepository::StoredTemplate> PetitionRepository::templateVersions(DocumentKind kind) const
{
    // The account's unit and every unit above it.
    QStringList ids;
    for (const QString &part : m_path.split(u'/', Qt::SkipEmptyParts))
        ids << part;
    if (ids.isEmpty())
        return {};
    Query q(m_db, u"SELECT t.id, t.org_unit_id, t.version, t.created_at, o.path FROM document_templates t "
                  "JOIN org_units o ON o.id = t.org_unit_id WHERE t.kind = ? AND t.org_unit_id IN (%1) "
                  "ORDER BY length(o.path) DESC, t.version DESC"_s.arg(inListMarkers(ids.size())));
    q.bind(code(kind));
    for (const QString &id : std::as_const(ids))
        q.bind(id.toLongLong());
    q.exec();
    QList<StoredTemplate> out;
    while (q.next())
        out.append(StoredTemplate{q.int64(0), q.int64(1), q.integer(2), q.time(3)});
    return out;
}

std::pair<DocumentTemplate, PetitionRepository::StoredTemplate>
PetitionRepository::currentTemplate(DocumentKind kind) const
{
    const auto versions = templateVersions(kind);
    if (versions.isEmpty())
        return {DocumentTemplate::bundled(kind), StoredTemplate{}};
    const StoredTemplate &newest = versions.first();
    Query q(m_db, u"SELECT title, body, number_pattern FROM document_templates WHERE id = ?"_s);
    q.bind(newest.id).exec();
    if (!q.next())
        return {DocumentTemplate::bundled(kind), StoredTemplate{}};
    DocumentTemplate stored(kind, q.text(0), q.text(1), q.text(2));
    q.raw().finish();
    return {stored, newest};
}

} // namespace zz
