#include "PetitionService.h"

#include "AuditLog.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"
#include "PetitionRepository.h"
#include "PetitionWrites.h"
#include "Query.h"
#include "petition/DocumentTemplate.h"

using namespace Qt::StringLiterals;

namespace zz {

using namespace petitionwrites;

namespace {

const QString petitionChange = QString(AuditAction::PetitionChange); // on PostgreSQL written by triggers

} // namespace

PetitionService::PetitionService(const Database &db, const Clock &clock, WorkCalendar calendar,
                                 ClockSettings settings)
    : m_db(db), m_clock(clock), m_calendar(calendar), m_engine(std::move(calendar), settings)
{}

PetitionRecord PetitionService::apply(qint64 petitionId, int expectedVersion, PetitionAction action,
                                      const PetitionActionInput &input, const Actor &actor,
                                      const std::optional<DocumentIssue> &document)
{
    if (action == PetitionAction::Register)
        throw Error(Error::Kind::InvalidState, tr("信访件已经登记。"));
    if (action == PetitionAction::ConvertToCase)
        throw Error(Error::Kind::InvalidState, tr("转为事件须选择事件类别和承办部门。"));
    const QDateTime now = m_clock.now();
    const QDate today = now.date();
    if (input.date.isValid() && input.date > today)
        throw Error(Error::Kind::Validation, tr("日期不能晚于今天。"));
    if (input.note.size() > 2000 || input.result.size() > 10000 || input.basis.size() > 2000)
        throw Error(Error::Kind::Validation, tr("说明不能超过 2000 个字，处理意见不能超过 10000 个字。"));

    Transaction tx(m_db);
    PetitionRepository repo(m_db, actor);
    auto found = repo.get(petitionId);
    if (!found)
        throw Error(Error::Kind::NotFound, tr("信访件不存在或不在本账号的范围内。"));
    PetitionRecord p = *found;
    if (p.version != expectedVersion)
        throw Error(Error::Kind::Conflict, tr("这件信访已被他人修改，请重新打开后再办理。"));
    QList<PetitionClockRecord> clocks = repo.clocks(petitionId);

    PetitionState state;
    state.status = p.status;
    {
        Query h(
            m_db,
            u"SELECT action FROM petition_flow WHERE petition_id = ? AND action IN (?, ?) ORDER BY id DESC "
            "LIMIT 1"_s);
        h.bind(petitionId)
            .bind(code(PetitionAction::StartHearing))
            .bind(code(PetitionAction::EndHearing))
            .exec();
        state.hearingOpen = h.next() && h.text(0) == code(PetitionAction::StartHearing);
    }
    for (const PetitionClockRecord &c : std::as_const(clocks)) {
        if (c.value.kind == ClockKind::Handling && c.storedState != u"stopped" && c.storedState != u"met") {
            state.extensionDays = c.value.extensionDays;
            state.maxExtensionDays = c.value.maxExtensionDays;
        }
    }
    const PetitionStatus from = p.status;
    const PetitionStatus to = PetitionWorkflow::check(action, state, actor.roles, input);
    const QDate eventDay = input.date.isValid() ? input.date : today;
    const PetitionRuleSet rules = ruleSetFor(p.receivedAt.date());

    QList<qint64> changedClocks;
    QList<PetitionClockValue> startedClocks;
    const auto touch = [&](qsizetype i) {
        if (!changedClocks.contains(i))
            changedClocks << i;
    };
    // The clock the action stops is met; reaching a final status stops every other one.
    if (const auto stopped = PetitionWorkflow::clockStopped(action, from)) {
        for (qsizetype i = 0; i < clocks.size(); ++i) {
            PetitionClockRecord &c = clocks[i];
            if (c.value.kind == *stopped && (c.storedState == u"running" || c.storedState == u"paused")) {
                c.storedState = u"met"_s;
                c.value.metOn = eventDay;
                touch(i);
            }
        }
    }
    if (isFinal(to)) {
        for (qsizetype i = 0; i < clocks.size(); ++i) {
            if (clocks[i].storedState == u"running" || clocks[i].storedState == u"paused") {
                clocks[i].storedState = u"stopped"_s;
                touch(i);
            }
        }
    }
    switch (action) {
    case PetitionAction::Extend: {
        bool extended = false;
        for (qsizetype i = 0; i < clocks.size(); ++i) {
            PetitionClockRecord &c = clocks[i];
            if (c.value.kind != ClockKind::Handling || c.storedState == u"met" || c.storedState == u"stopped")
                continue;
            const int total = c.value.extensionDays + input.days;
            c.value =
                m_engine.recompute(c.value, c.pauses, {ClockExtension{total, input.note, eventDay}}, today);
            c.value.extensionDays = total;
            touch(i);
            extended = true;
        }
        if (!extended)
            throw Error(Error::Kind::InvalidState, tr("没有可以延期的办理期限。"));
        break;
    }
    case PetitionAction::StartHearing:
    case PetitionAction::EndHearing:
        for (qsizetype i = 0; i < clocks.size(); ++i) {
            PetitionClockRecord &c = clocks[i];
            if (!c.value.hearingPauses || (c.storedState != u"running" && c.storedState != u"paused"))
                continue;
            if (action == PetitionAction::StartHearing) {
                c.pauses.append(ClockPause{input.note, eventDay, {}});
                c.storedState = u"paused"_s;
            } else {
                for (ClockPause &pause : c.pauses)
                    if (!pause.to.isValid())
                        pause.to = eventDay;
                c.storedState = u"running"_s;
            }
            const QList<ClockExtension> ext =
                c.value.extensionDays > 0
                    ? QList<ClockExtension>{ClockExtension{c.value.extensionDays, {}, {}}}
                    : QList<ClockExtension>{};
            const int extension = c.value.extensionDays;
            c.value = m_engine.recompute(c.value, c.pauses, ext, today);
            c.value.extensionDays = extension;
            touch(i);
        }
        break;
    case PetitionAction::Reply:
    case PetitionAction::ReviewOpinion:
    case PetitionAction::RecheckOpinion:
        p.decision = input.decision;
        p.decisionBasis = input.basis.trimmed();
        break;
    case PetitionAction::Transfer:
        if (input.departmentId > 0)
            p.departmentId = input.departmentId;
        break;
    case PetitionAction::Reopen:
        p.closedAt = {};
        break;
    default:
        break;
    }
    // A period the rules set for other types only (national 2022: handling for 申诉求决) does not run.
    if (const auto started = PetitionWorkflow::clockStarted(action, from);
        started && rules.rule(*started).appliesTo(p.type))
        startedClocks << m_engine.start(rules, *started, eventDay, {}, {}, today);
    if (isFinal(to) && !p.closedAt.isValid())
        p.closedAt = now;

    // The delivery (送达) of the newest undelivered document.
    qint64 deliveredDocument = 0;
    if (action == PetitionAction::Deliver) {
        deliveredDocument =
            Query(m_db, u"SELECT id FROM petition_documents WHERE petition_id = ? AND delivered_on IS "
                        "NULL ORDER BY id DESC LIMIT 1"_s)
                .bind(petitionId)
                .scalar()
                .toLongLong();
    }

    QList<PetitionClockRecord> after = clocks;
    for (const PetitionClockValue &v : std::as_const(startedClocks)) {
        PetitionClockRecord r;
        r.value = v;
        r.storedState = u"running"_s;
        after << r;
    }
    setNextDue(p, after);
    p.status = to;

    // The petition first (its write transaction admits the rows that follow, on PostgreSQL).
    Query upd(m_db,
              u"UPDATE petitions SET status = ?, decision = ?, decision_basis = ?, department_id = ?, "
              "handler_user_id = ?, next_due_date = ?, next_clock_kind = ?, closed_at = ?, updated_at = ?, "
              "version = version + 1 WHERE id = ? AND version = ?"_s);
    upd.bind(code(p.status));
    upd.bind(p.decision ? QVariant(code(*p.decision)) : QVariant(QMetaType::fromType<QString>()));
    upd.bind(p.decisionBasis).bindId(p.departmentId);
    // Whoever handles an accepted petition becomes its handler (an insider of a protected one).
    if (action == PetitionAction::Accept && p.handlerUserId == 0)
        p.handlerUserId = actor.userId;
    upd.bindId(p.handlerUserId).bind(dateValue(p.nextDueDate));
    upd.bind(p.nextClockKind ? QVariant(code(*p.nextClockKind)) : QVariant(QMetaType::fromType<QString>()));
    upd.bindTime(p.closedAt).bindTime(now).bind(petitionId).bind(expectedVersion).exec();
    if (upd.rowsAffected() != 1)
        throw Error(Error::Kind::Conflict, tr("这件信访已被他人修改，请重新打开后再办理。"));

    QString note = input.note.trimmed();
    if (!input.result.trimmed().isEmpty())
        note = note.isEmpty() ? input.result.trimmed() : note + u'\n' + input.result.trimmed();
    insertFlow(m_db, m_clock, petitionId, code(action), code(from), code(to), actor, note.left(2000), now);
    for (qsizetype i : std::as_const(changedClocks))
        updateClock(m_db, clocks[i]);
    for (const PetitionClockValue &v : std::as_const(startedClocks))
        insertClock(m_db, petitionId, v, rules.id(), now);
    if (deliveredDocument > 0) {
        Query(m_db, u"UPDATE petition_documents SET delivered_on = ?, delivery_method = ?, delivered_by = ?, "
                    "version = version + 1 WHERE id = ?"_s)
            .bind(dateText(eventDay))
            .bind(input.delivery ? QVariant(code(*input.delivery)) : QVariant(QMetaType::fromType<QString>()))
            .bindId(actor.userId)
            .bind(deliveredDocument)
            .exec();
    }
    if (document)
        insertDocument(m_db, p, *document, actor, now);
    tx.commit();
    if (auto stored = PetitionRepository(m_db, actor).get(petitionId))
        return *stored;
    return p;
}

PetitionDocumentRecord PetitionService::issueDocument(qint64 petitionId, int expectedVersion,
                                                      const DocumentIssue &document, const Actor &actor)
{
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    PetitionRepository repo(m_db, actor);
    const auto p = repo.get(petitionId);
    if (!p)
        throw Error(Error::Kind::NotFound, tr("信访件不存在或不在本账号的范围内。"));
    if (!(actor.roles &
          (Roles(Role::Reception) | Role::DutyOfficer | Role::DepartmentHandler | Role::Leader)))
        throw Error(Error::Kind::Forbidden, tr("当前账号不能出具信访文书。"));
    Query upd(m_db,
              u"UPDATE petitions SET updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    upd.bindTime(now).bind(petitionId).bind(expectedVersion).exec();
    if (upd.rowsAffected() != 1)
        throw Error(Error::Kind::Conflict, tr("这件信访已被他人修改，请重新打开后再办理。"));
    const PetitionDocumentRecord d = insertDocument(m_db, *p, document, actor, now);
    insertFlow(m_db, m_clock, petitionId, u"issue_document"_s, code(p->status), code(p->status), actor,
               code(document.kind) + u' ' + d.docNo, now);
    tx.commit();
    return d;
}

PetitionRecord PetitionService::convertToCase(qint64 petitionId, int expectedVersion, CaseRecord caseDraft,
                                              qint64 departmentId, int days, const Actor &actor)
{
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    PetitionRepository repo(m_db, actor);
    const auto found = repo.get(petitionId);
    if (!found)
        throw Error(Error::Kind::NotFound, tr("信访件不存在或不在本账号的范围内。"));
    PetitionRecord p = *found;
    if (p.version != expectedVersion)
        throw Error(Error::Kind::Conflict, tr("这件信访已被他人修改，请重新打开后再办理。"));
    PetitionState state;
    state.status = p.status;
    PetitionActionInput input;
    input.departmentId = departmentId;
    input.days = days;
    const PetitionStatus to =
        PetitionWorkflow::check(PetitionAction::ConvertToCase, state, actor.roles, input);
    if (departmentId <= 0)
        throw Error(Error::Kind::Validation, tr("请选择承办部门。"));

    // The case: reported, registered and dispatched through the case service, as the board expects.
    if (caseDraft.title.trimmed().isEmpty())
        caseDraft.title = p.request.left(60);
    if (caseDraft.description.trimmed().isEmpty())
        caseDraft.description = p.facts.isEmpty() ? p.request : p.request + u"\n"_s + p.facts;
    caseDraft.description =
        (caseDraft.description + u"\n"_s + tr("（由信访件 %1 转入）").arg(p.petitionNo)).left(4000);
    if (caseDraft.orgUnitId <= 0)
        caseDraft.orgUnitId = p.orgUnitId;
    if (caseDraft.address.isEmpty())
        caseDraft.address = p.placeAddress;
    switch (p.channel) {
    case PetitionChannel::Letter:
    case PetitionChannel::Fax:
        caseDraft.source = CaseSource::Letter;
        break;
    case PetitionChannel::Phone:
        caseDraft.source = CaseSource::Phone;
        break;
    case PetitionChannel::Online:
        caseDraft.source = CaseSource::Online;
        break;
    case PetitionChannel::Visit:
        caseDraft.source = CaseSource::Visit;
        break;
    }
    caseDraft.receivedAt = now;
    if (caseDraft.parties.isEmpty()) {
        for (const PetitionPerson &pp : std::as_const(p.persons)) {
            if (pp.role == PetitionPersonRole::Reporter)
                continue;
            CaseParty party;
            party.role = PartyRole::Reporter;
            party.name = pp.person.name;
            party.residentId = pp.person.residentId;
            party.phone = pp.person.phone;
            caseDraft.parties.append(party);
        }
    }
    CaseService cases(m_db, m_clock, m_calendar);
    CaseRecord c = cases.report(caseDraft, actor);
    c = cases.apply(c.id, c.version, CaseAction::Register, ActionInput{}, actor);
    ActionInput dispatch;
    dispatch.departmentId = departmentId;
    dispatch.days = days;
    dispatch.note = tr("信访件 %1 转为事件").arg(p.petitionNo);
    c = cases.apply(c.id, c.version, CaseAction::Dispatch, dispatch, actor);

    QList<PetitionClockRecord> clocks = repo.clocks(petitionId);
    for (PetitionClockRecord &clock : clocks)
        if (clock.storedState == u"running" || clock.storedState == u"paused")
            clock.storedState = u"stopped"_s;
    p.status = to;
    Query upd(m_db,
              u"UPDATE petitions SET status = ?, case_id = ?, next_due_date = NULL, next_clock_kind = NULL, "
              "closed_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    upd.bind(code(to)).bind(c.id).bindTime(now).bindTime(now).bind(petitionId).bind(expectedVersion).exec();
    if (upd.rowsAffected() != 1)
        throw Error(Error::Kind::Conflict, tr("这件信访已被他人修改，请重新打开后再办理。"));
    insertFlow(m_db, m_clock, petitionId, code(PetitionAction::ConvertToCase), code(state.status), code(to),
               actor, tr("转为事件 %1").arg(c.caseNo), now);
    for (const PetitionClockRecord &clock : std::as_const(clocks))
        updateClock(m_db, clock);
    tx.commit();
    if (auto stored = PetitionRepository(m_db, actor).get(petitionId))
        return *stored;
    return p;
}

PetitionLinkRecord PetitionService::link(qint64 petitionId, qint64 otherPetitionId, PetitionLinkKind kind,
                                         const QString &reason, const Actor &actor)
{
    if (kind == PetitionLinkKind::Repeat)
        throw Error(Error::Kind::Validation, tr("重复信访由登记时自动判断，不能手工关联。"));
    if (petitionId == otherPetitionId)
        throw Error(Error::Kind::Validation, tr("不能把信访件与它自己关联。"));
    if (reason.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("请写明关联的理由。"));
    if (!Permissions::allows(actor.roles, Permission::LinkPetitions))
        throw Error(Error::Kind::Forbidden, tr("当前账号不能关联信访件。"));
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    PetitionRepository repo(m_db, actor);
    const auto p = repo.get(petitionId);
    const auto other = repo.get(otherPetitionId);
    if (!p || !other)
        throw Error(Error::Kind::NotFound, tr("信访件不存在或不在本账号的范围内。"));
    PetitionLinkRecord l;
    l.petitionId = petitionId;
    l.otherPetitionId = otherPetitionId;
    l.otherPetitionNo = other->petitionNo;
    l.kind = kind;
    l.reason = reason.trimmed().left(500);
    l.createdBy = actor.userId;
    l.createdAt = now;
    l.id =
        Query(m_db, u"INSERT INTO petition_links (petition_id, other_petition_id, kind, reason, created_by, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s)
            .bind(petitionId)
            .bind(otherPetitionId)
            .bind(code(kind))
            .bind(l.reason)
            .bindId(actor.userId)
            .bindTime(now)
            .scalar()
            .toLongLong();
    if (m_db.isSqlite())
        recordAudit(m_db, m_clock, actor, petitionChange, u"petition_links"_s, l.id,
                    u"insert petition_links %1"_s.arg(l.id));
    // 一信多投/并处 with its predecessor: the petition is no repeat of it.
    if ((kind == PetitionLinkKind::MultiSend || kind == PetitionLinkKind::Joint) && p->repeat &&
        p->predecessorId == otherPetitionId) {
        Query upd(
            m_db,
            u"UPDATE petitions SET repeat_kind = 'first', predecessor_id = NULL, chain_first_id = NULL, "
            "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
        upd.bindTime(now).bind(petitionId).bind(p->version).exec();
        if (upd.rowsAffected() != 1)
            throw Error(Error::Kind::Conflict, tr("这件信访已被他人修改，请重新打开后再办理。"));
        insertFlow(m_db, m_clock, petitionId, u"mark_first"_s, code(p->status), code(p->status), actor,
                   l.reason, now);
        Query(m_db,
              u"UPDATE petition_links SET unlinked_by = ?, unlinked_at = ?, unlink_reason = ?, "
              "version = version + 1 WHERE petition_id = ? AND other_petition_id = ? AND kind = 'repeat' "
              "AND unlinked_at IS NULL"_s)
            .bindId(actor.userId)
            .bindTime(now)
            .bind(l.reason)
            .bind(petitionId)
            .bind(otherPetitionId)
            .exec();
    }
    tx.commit();
    return l;
}

void PetitionService::unlink(qint64 linkId, const QString &reason, const Actor &actor)
{
    if (reason.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("请写明取消关联的理由。"));
    if (!Permissions::allows(actor.roles, Permission::LinkPetitions))
        throw Error(Error::Kind::Forbidden, tr("当前账号不能取消关联。"));
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    Query q(m_db,
            u"SELECT petition_id, other_petition_id, kind, unlinked_at FROM petition_links WHERE id = ?"_s);
    q.bind(linkId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("关联不存在。"));
    const qint64 petitionId = q.int64(0);
    const qint64 otherId = q.int64(1);
    const QString kind = q.text(2);
    const bool alreadyUnlinked = !q.isNull(3);
    q.raw().finish();
    if (alreadyUnlinked)
        throw Error(Error::Kind::InvalidState, tr("这条关联已经取消。"));
    PetitionRepository repo(m_db, actor);
    const auto p = repo.get(petitionId);
    if (!p)
        throw Error(Error::Kind::NotFound, tr("信访件不存在或不在本账号的范围内。"));
    if (kind == u"repeat" && p->repeat && p->predecessorId == otherId) {
        Query upd(
            m_db,
            u"UPDATE petitions SET repeat_kind = 'first', predecessor_id = NULL, chain_first_id = NULL, "
            "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
        upd.bindTime(now).bind(petitionId).bind(p->version).exec();
        if (upd.rowsAffected() != 1)
            throw Error(Error::Kind::Conflict, tr("这件信访已被他人修改，请重新打开后再办理。"));
        insertFlow(m_db, m_clock, petitionId, u"mark_first"_s, code(p->status), code(p->status), actor,
                   reason.trimmed().left(2000), now);
    }
    Query upd(m_db, u"UPDATE petition_links SET unlinked_by = ?, unlinked_at = ?, unlink_reason = ?, "
                    "version = version + 1 WHERE id = ? AND unlinked_at IS NULL"_s);
    upd.bindId(actor.userId).bindTime(now).bind(reason.trimmed().left(500)).bind(linkId).exec();
    if (upd.rowsAffected() != 1)
        throw Error(Error::Kind::Conflict, tr("这条关联已被他人修改。"));
    if (m_db.isSqlite())
        recordAudit(
            m_db, m_clock, actor, petitionChange, u"petition_links"_s, linkId,
            u"update petition_links %1 changed=unlink_reason,unlinked_at,unlinked_by,version"_s.arg(linkId));
    tx.commit();
}

Person PetitionService::revealPerson(qint64 petitionId, qint64 personId, const Actor &actor)
{
    if (!Permissions::allows(actor.roles, Permission::RevealPersonalData))
        throw Error(Error::Kind::Forbidden, tr("当前账号不能查看完整的个人信息。"));
    Transaction tx(m_db);
    const auto p = PetitionRepository(m_db, actor).get(petitionId);
    if (!p)
        throw Error(Error::Kind::NotFound, tr("信访件不存在或不在本账号的范围内。"));
    for (const PetitionPerson &pp : p->persons) {
        if (pp.person.id != personId)
            continue;
        QStringList fields;
        if (!pp.person.residentId.isEmpty())
            fields << u"resident_id"_s;
        if (!pp.person.phone.isEmpty())
            fields << u"phone"_s;
        AuditLog(m_db, m_clock)
            .record(actor, {}, QString(AuditAction::Reveal), u"petition"_s, petitionId,
                    u"person=%1 role=%2 fields=%3"_s.arg(personId).arg(code(pp.role), fields.join(u',')));
        tx.commit();
        return pp.person;
    }
    throw Error(Error::Kind::NotFound, tr("这件信访中没有这个人，或本账号不能查看。"));
}

qint64 PetitionService::saveTemplate(const DocumentTemplate &tmpl, qint64 orgUnitId, const Actor &actor)
{
    if (!(actor.roles & (Roles(Role::Admin) | Role::Leader)))
        throw Error(Error::Kind::Forbidden, tr("只有管理员和领导可以修改文书模板。"));
    if (const QString problem = tmpl.validate(); !problem.isEmpty())
        throw Error(Error::Kind::Validation, problem);
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    const QString scope = PetitionRepository(m_db, actor).scopePath();
    const QString unitPath =
        Query(m_db, u"SELECT path FROM org_units WHERE id = ?"_s).bind(orgUnitId).scalar().toString();
    if (scope.isEmpty() || !unitPath.startsWith(scope))
        throw Error(Error::Kind::Forbidden, tr("只能修改本单位及下级单位的文书模板。"));
    const int version = Query(m_db, u"SELECT COALESCE(MAX(version), 0) + 1 FROM document_templates WHERE "
                                    "org_unit_id = ? AND kind = ?"_s)
                            .bind(orgUnitId)
                            .bind(code(tmpl.kind()))
                            .scalar()
                            .toInt();
    const qint64 id =
        Query(m_db, u"INSERT INTO document_templates (org_unit_id, kind, version, title, body, "
                    "number_pattern, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s)
            .bind(orgUnitId)
            .bind(code(tmpl.kind()))
            .bind(version)
            .bind(tmpl.title())
            .bind(tmpl.body())
            .bind(tmpl.numberPattern())
            .bindId(actor.userId)
            .bindTime(now)
            .scalar()
            .toLongLong();
    if (m_db.isSqlite())
        recordAudit(m_db, m_clock, actor, petitionChange, u"document_templates"_s, id,
                    u"insert document_templates %1"_s.arg(id));
    tx.commit();
    return id;
}

} // namespace zz
