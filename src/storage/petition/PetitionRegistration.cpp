// PetitionService, part two: the rule set in force, registration (persons found again or stored, 首次 or
// 重复, the acceptance-notice clock) and the legal refusals offered at the reception.
#include "AuditLog.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"
#include "PersonDirectory.h"
#include "PetitionRepository.h"
#include "PetitionService.h"
#include "PetitionWrites.h"
#include "Query.h"
#include "Validators.h"

using namespace Qt::StringLiterals;

namespace zz {

using namespace petitionwrites;

namespace {

const QString petitionChange = QString(AuditAction::PetitionChange); // on PostgreSQL written by triggers

// An org_units.level as read, clamped to the levels there are (0, unknown: a township).
OrgLevel orgLevelOf(int level)
{
    return level < 1 ? OrgLevel::Township : static_cast<OrgLevel>(qMin(level, int(OrgLevel::Grid)));
}

} // namespace

PetitionRuleSet PetitionService::ruleSetFor(QDate received) const
{
    const QString chosen = Query(m_db, u"SELECT value FROM settings WHERE key = ?"_s)
                               .bind(QString(ruleSetSettingKey))
                               .scalar()
                               .toString();
    if (!chosen.isEmpty()) {
        Query q(m_db, u"SELECT body FROM petition_rule_sets WHERE province = ? ORDER BY id DESC LIMIT 1"_s);
        q.bind(chosen).exec();
        if (q.next()) {
            if (auto stored = PetitionRuleSet::fromJson(q.text(0).toUtf8()))
                return *stored;
        }
        if (auto bundled = PetitionRuleSet::bundled(chosen))
            return *bundled;
    }
    return PetitionRuleSet::nationalFor(received);
}

void PetitionService::chooseRuleSet(const QString &ruleSetId, const Actor &actor)
{
    if (!Permissions::allows(actor.roles, Permission::ManageReferenceData))
        throw Error(Error::Kind::Forbidden, tr("只有管理员可以选择信访时限规则。"));
    if (!ruleSetId.isEmpty() && !PetitionRuleSet::bundled(ruleSetId) &&
        !Query(m_db, u"SELECT 1 FROM petition_rule_sets WHERE province = ?"_s)
             .bind(ruleSetId)
             .scalar()
             .isValid())
        throw Error(Error::Kind::Validation, tr("没有这套信访时限规则。"));
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM settings WHERE key = ?"_s).bind(QString(ruleSetSettingKey)).exec();
    if (!ruleSetId.isEmpty())
        Query(m_db, u"INSERT INTO settings (key, value) VALUES (?, ?)"_s)
            .bind(QString(ruleSetSettingKey))
            .bind(ruleSetId)
            .exec();
    if (m_db.isSqlite())
        recordAudit(m_db, m_clock, actor, petitionChange, u"settings"_s, 0,
                    u"update settings %1"_s.arg(QString(ruleSetSettingKey)));
    tx.commit();
}

PetitionRuleSet PetitionService::storeRuleSet(PetitionRuleSet rules, const Actor &actor)
{
    if (!Permissions::allows(actor.roles, Permission::ManageReferenceData))
        throw Error(Error::Kind::Forbidden, tr("只有管理员可以修改信访时限规则。"));
    if (const QString problem = rules.validate(); !problem.isEmpty())
        throw Error(Error::Kind::Validation, problem);
    Transaction tx(m_db);
    const int stored = Query(m_db, u"SELECT COUNT(*) FROM petition_rule_sets WHERE province = ?"_s)
                           .bind(rules.id())
                           .scalar()
                           .toInt();
    const int bundledVersion =
        PetitionRuleSet::bundled(rules.id()) ? PetitionRuleSet::bundled(rules.id())->version() : 0;
    rules.setVersion(qMax(bundledVersion, stored) + 1);
    const qint64 id =
        Query(m_db, u"INSERT INTO petition_rule_sets (province, version, body, created_by, created_at) "
                    "VALUES (?, ?, ?, ?, ?) RETURNING id"_s)
            .bind(rules.id())
            .bind(QString::number(rules.version()))
            .bind(QString::fromUtf8(rules.toJson()))
            .bindId(actor.userId)
            .bindTime(m_clock.now())
            .scalar()
            .toLongLong();
    if (m_db.isSqlite())
        recordAudit(m_db, m_clock, actor, petitionChange, u"petition_rule_sets"_s, id,
                    u"insert petition_rule_sets %1"_s.arg(id));
    tx.commit();
    return rules;
}

PetitionRecord PetitionService::registerPetition(PetitionRecord draft,
                                                 const QList<PetitionPersonInput> &persons,
                                                 const Actor &actor,
                                                 const std::optional<PetitionLinkInput> &link,
                                                 const QString &idempotencyKey, const QDateTime &flowAt)
{
    if (!Permissions::allows(actor.roles, Permission::RegisterPetition))
        throw Error(Error::Kind::Forbidden, tr("当前账号不能登记信访件。"));
    draft.request = draft.request.trimmed();
    draft.facts = draft.facts.trimmed();
    if (draft.request.isEmpty())
        throw Error(Error::Kind::Validation, tr("请填写信访诉求。"));
    if (draft.request.size() > 2000)
        throw Error(Error::Kind::Validation, tr("信访诉求不能超过 %1 个字。").arg(2000));
    if (draft.facts.size() > 10000)
        throw Error(Error::Kind::Validation, tr("事实和理由不能超过 %1 个字。").arg(10000));
    if (draft.interviewRecord.size() > 10000)
        throw Error(Error::Kind::Validation, tr("接谈记录不能超过 %1 个字。").arg(10000));
    if (draft.placeAddress.size() > 200)
        throw Error(Error::Kind::Validation, tr("问题发生地址不能超过 %1 个字。").arg(200));
    if (draft.orgUnitId <= 0)
        throw Error(Error::Kind::Validation, tr("请选择问题发生地。"));
    if (draft.visitForm == VisitForm::Individual)
        draft.headCount = qMax(1, draft.headCount);
    if (draft.headCount < 1 || draft.headCount > 100000)
        throw Error(Error::Kind::Validation, tr("来访人数应在 1 至 100000 之间。"));
    QList<PetitionPersonInput> people;
    int representatives = 0;
    bool anyPetitioner = false;
    for (PetitionPersonInput in : persons) {
        in.person.name = in.person.name.trimmed();
        in.person.residentId = in.person.residentId.trimmed().toUpper();
        in.person.phone = in.person.phone.trimmed();
        in.person.address = in.person.address.trimmed();
        if (in.person.id <= 0 && in.person.name.isEmpty() && in.person.residentId.isEmpty() &&
            in.person.phone.isEmpty())
            continue; // an empty row of the form
        if (in.person.name.size() > 50 || in.person.address.size() > 200)
            throw Error(Error::Kind::Validation, tr("姓名不能超过 50 个字，住址不能超过 200 个字。"));
        if (!in.person.residentId.isEmpty()) {
            if (const Validation v = Validators::residentId(in.person.residentId, m_clock.now().date()); !v)
                throw Error(Error::Kind::Validation, v.message);
        }
        if (!in.person.phone.isEmpty()) {
            if (const Validation v = Validators::phone(in.person.phone); !v)
                throw Error(Error::Kind::Validation, v.message);
        }
        if (in.role == PetitionPersonRole::Representative)
            ++representatives;
        anyPetitioner = true;
        people.append(in);
    }
    if (!anyPetitioner && !draft.flags.testFlag(PetitionFlag::Anonymous))
        throw Error(Error::Kind::Validation, tr("请填写信访人（匿名信访请勾选“匿名”）。"));
    const QDateTime now = m_clock.now();
    if (!draft.receivedAt.isValid())
        draft.receivedAt = now;
    if (draft.receivedAt > now.addSecs(60))
        throw Error(Error::Kind::Validation, tr("登记时间不能晚于现在。"));
    const PetitionRuleSet rules = ruleSetFor(draft.receivedAt.date());
    if (const auto refusal =
            PetitionWorkflow::representativeRefusal(rules, draft.visitForm, draft.headCount, representatives))
        throw Error(Error::Kind::Validation, refusal->message);
    if (link && link->kind != PetitionLinkKind::MultiSend && link->kind != PetitionLinkKind::Joint)
        throw Error(Error::Kind::Validation, tr("登记时只能关联一信多投或并处的信访件。"));

    Transaction tx(m_db);
    if (!idempotencyKey.isEmpty()) {
        const QVariant existing = Query(m_db, u"SELECT id FROM petitions WHERE idempotency_key = ?"_s)
                                      .bind(idempotencyKey)
                                      .scalar();
        if (existing.isValid() && !existing.isNull()) {
            tx.commit();
            if (auto p = PetitionRepository(m_db, actor).get(existing.toLongLong()))
                return *p;
            throw Error(Error::Kind::NotFound, tr("信访件不存在或不在本账号的范围内。"));
        }
    }
    PetitionRepository repo(m_db, actor);
    if (repo.scopePath().isEmpty())
        throw Error(Error::Kind::Forbidden, tr("当前账号没有所属单位。"));
    Query place(m_db, u"SELECT path, township_id, code FROM org_units WHERE id = ?"_s);
    place.bind(draft.orgUnitId).exec();
    if (!place.next() || place.isNull(1))
        throw Error(Error::Kind::Validation, tr("问题发生地须在某个乡镇（街道）之内。"));
    if (!place.text(0).startsWith(repo.scopePath()))
        throw Error(Error::Kind::Forbidden, tr("问题发生地不在本账号的管辖范围内。"));
    draft.townshipId = place.int64(1);
    const QString orgPath = place.text(0);
    place.raw().finish(); // SQLite opens no savepoint while a statement is in progress
    if (link && !repo.get(link->otherPetitionId))
        throw Error(Error::Kind::NotFound, tr("要关联的信访件不存在或不在本账号的范围内。"));

    // Persons: a matched one as stored; a new one found again by ID number within the township.
    draft.reporterProtected = draft.type == PetitionType::Accusation;
    PersonDirectory directory(m_db, actor);
    QList<Person> repeatPersons;
    for (PetitionPersonInput &in : people) {
        const bool protectedOnly = in.role == PetitionPersonRole::Reporter && draft.reporterProtected;
        if (in.person.id > 0) {
            const auto stored = directory.person(in.person.id);
            if (!stored)
                throw Error(Error::Kind::NotFound, tr("所选人员不存在或不在本账号的范围内。"));
            Person merged = *stored;
            bool changed = false;
            for (auto [field, value] :
                 {std::pair{&merged.phone, in.person.phone}, std::pair{&merged.address, in.person.address},
                  std::pair{&merged.residentId, in.person.residentId}}) {
                if (!value.isEmpty() && *field != value) {
                    *field = value;
                    changed = true;
                }
            }
            if (merged.protectedReporter && !protectedOnly) {
                merged.protectedReporter = false;
                changed = true;
            }
            if (changed) {
                Query(m_db, u"UPDATE persons SET phone = ?, address = ?, resident_id = ?, protected = ?, "
                            "updated_at = ?, version = version + 1 WHERE id = ?"_s)
                    .bind(merged.phone)
                    .bind(merged.address)
                    .bind(merged.residentId)
                    .bind(merged.protectedReporter)
                    .bindTime(now)
                    .bind(merged.id)
                    .exec();
                if (m_db.isSqlite())
                    recordAudit(m_db, m_clock, actor, petitionChange, u"persons"_s, merged.id,
                                u"update persons %1"_s.arg(merged.id));
            }
            in.person = merged;
        } else {
            // Found again: by ID number; without one, by name and phone, or by name and address.
            qint64 found = 0;
            const auto lookUp = [&](const QString &where, const QVariantList &values) {
                Query q(m_db, u"SELECT id FROM persons WHERE "_s + where +
                                  u" AND township_id = ? ORDER BY id LIMIT 1"_s);
                for (const QVariant &v : values)
                    q.bind(v);
                return q.bind(draft.townshipId).scalar().toLongLong();
            };
            if (!in.person.residentId.isEmpty())
                found = lookUp(u"resident_id <> '' AND resident_id = ?"_s, {in.person.residentId});
            else if (!in.person.name.isEmpty() && !in.person.phone.isEmpty())
                found = lookUp(u"resident_id = '' AND name = ? AND phone = ?"_s,
                               {in.person.name, in.person.phone});
            else if (!in.person.name.isEmpty() && !in.person.address.isEmpty())
                found = lookUp(u"resident_id = '' AND name = ? AND address = ?"_s,
                               {in.person.name, in.person.address});
            if (found > 0 && directory.person(found)) {
                in.person.id = found;
                Query(m_db,
                      u"UPDATE persons SET name = ?, phone = CASE WHEN ? = '' THEN phone ELSE ? END, "
                      "address = CASE WHEN ? = '' THEN address ELSE ? END, protected = CASE WHEN ? THEN "
                      "protected ELSE FALSE END, updated_at = ?, version = version + 1 WHERE id = ?"_s)
                    .bind(in.person.name)
                    .bind(in.person.phone)
                    .bind(in.person.phone)
                    .bind(in.person.address)
                    .bind(in.person.address)
                    .bind(protectedOnly)
                    .bindTime(now)
                    .bind(found)
                    .exec();
                if (m_db.isSqlite())
                    recordAudit(m_db, m_clock, actor, petitionChange, u"persons"_s, found,
                                u"update persons %1"_s.arg(found));
            } else {
                in.person.townshipId = draft.townshipId;
                in.person.protectedReporter = protectedOnly;
                Query ins(
                    m_db,
                    u"INSERT INTO persons (township_id, org_path, name, resident_id, phone, address, "
                    "protected, created_by, created_at, updated_at) VALUES (?, (SELECT path FROM org_units "
                    "WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
                ins.bind(draft.townshipId)
                    .bind(draft.townshipId)
                    .bind(in.person.name)
                    .bind(in.person.residentId);
                ins.bind(in.person.phone).bind(in.person.address).bind(protectedOnly).bindId(actor.userId);
                ins.bindTime(now).bindTime(now);
                in.person.id = ins.scalar().toLongLong();
                if (m_db.isSqlite())
                    recordAudit(m_db, m_clock, actor, petitionChange, u"persons"_s, in.person.id,
                                u"insert persons %1"_s.arg(in.person.id));
            }
        }
        if (in.role != PetitionPersonRole::Reporter)
            repeatPersons.append(in.person);
    }

    // 首次 or 重复: the newest earlier petition of these persons. A petition registered as 一信多投 or 并处
    // with another is counted through that one, never as a repeat itself.
    const RepeatAssessment repeat =
        link ? RepeatAssessment{} : directory.assessRepeat(repeatPersons, {}, 0, draft.receivedAt);
    draft.repeat = repeat.repeat;
    draft.predecessorId = repeat.predecessorId;
    draft.chainFirstId = repeat.chainFirstId;
    draft.status = PetitionStatus::Registered;
    draft.ruleSet = rules.id();
    draft.ruleVersion = rules.versionId();
    draft.year = draft.receivedAt.date().year();
    draft.receivedBy = draft.receivedBy > 0 ? draft.receivedBy : actor.userId;
    if (draft.receivingOfficer.trimmed().isEmpty())
        draft.receivingOfficer = actor.name;
    draft.createdBy = actor.userId;
    draft.updatedAt = now;
    draft.version = 1;

    // The acceptance-notice clock from the receipt (Art. 23).
    const PetitionClockValue notice =
        m_engine.start(rules, ClockKind::AcceptanceNotice, draft.receivedAt.date(), {}, {}, now.date());
    draft.nextDueDate = notice.due;
    draft.nextClockKind = ClockKind::AcceptanceNotice;

    if (m_db.isSqlite()) {
        const QString townshipCode = Query(m_db, u"SELECT code FROM org_units WHERE id = ?"_s)
                                         .bind(draft.townshipId)
                                         .scalar()
                                         .toString();
        draft.seq = nextSequence(m_db, u"petition_counters"_s, u"township_id, year"_s,
                                 {draft.townshipId, draft.year});
        draft.petitionNo =
            townshipCode + u"-X-"_s + QString::number(draft.year) + u'-' +
            (draft.seq < 100000 ? u"%1"_s.arg(draft.seq, 5, 10, QChar(u'0')) : QString::number(draft.seq));
    }
    Query ins(
        m_db,
        u"INSERT INTO petitions (petition_no, township_id, year, seq, org_unit_id, org_path, place_address, "
        "channel, petition_type, visit_form, head_count, request, facts, flags, reporter_protected, "
        "receiving_officer, received_by, interview_record, status, repeat_kind, predecessor_id, "
        "chain_first_id, rule_set, rule_version, next_due_date, next_clock_kind, received_at, created_by, "
        "updated_at, version, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id, petition_no, seq"_s);
    ins.bind(draft.petitionNo).bind(draft.townshipId).bind(draft.year).bind(draft.seq).bind(draft.orgUnitId);
    ins.bind(orgPath).bind(draft.placeAddress).bind(code(draft.channel)).bind(code(draft.type));
    ins.bind(code(draft.visitForm)).bind(draft.headCount).bind(draft.request).bind(draft.facts);
    ins.bind(petitionFlagsToCodes(draft.flags))
        .bind(draft.reporterProtected)
        .bind(draft.receivingOfficer.trimmed());
    ins.bindId(draft.receivedBy).bind(draft.interviewRecord).bind(code(draft.status));
    ins.bind(draft.repeat ? u"repeat"_s : u"first"_s).bindId(draft.predecessorId).bindId(draft.chainFirstId);
    ins.bind(draft.ruleSet)
        .bind(draft.ruleVersion)
        .bind(dateText(draft.nextDueDate))
        .bind(code(ClockKind::AcceptanceNotice));
    ins.bindTime(draft.receivedAt).bindId(actor.userId).bindTime(now);
    ins.bind(idempotencyKey.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(idempotencyKey));
    ins.exec();
    if (!ins.next())
        throw Error(Error::Kind::Storage, tr("信访件未能保存。"));
    draft.id = ins.int64(0);
    draft.petitionNo = ins.text(1);
    draft.seq = ins.integer(2);
    ins.raw().finish();

    insertFlow(m_db, m_clock, draft.id, code(PetitionAction::Register), {}, code(draft.status), actor,
               draft.repeat ? tr("重复信访，前次 %1").arg(repeat.predecessorNo) : QString(),
               flowAt.isValid() ? flowAt : now);
    int order = 0;
    for (const PetitionPersonInput &in : std::as_const(people)) {
        Query(m_db,
              u"INSERT INTO petition_persons (petition_id, person_id, role, sort_order) VALUES (?, ?, ?, ?) "
              "ON CONFLICT DO NOTHING"_s)
            .bind(draft.id)
            .bind(in.person.id)
            .bind(code(in.role))
            .bind(order++)
            .exec();
    }
    insertClock(m_db, draft.id, notice, rules.id(), now);
    const auto addLink = [&](qint64 other, PetitionLinkKind kind, const QString &reason) {
        const qint64 linkId =
            Query(m_db,
                  u"INSERT INTO petition_links (petition_id, other_petition_id, kind, reason, created_by, "
                  "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s)
                .bind(draft.id)
                .bind(other)
                .bind(code(kind))
                .bind(reason.left(500))
                .bindId(actor.userId)
                .bindTime(now)
                .scalar()
                .toLongLong();
        if (m_db.isSqlite())
            recordAudit(m_db, m_clock, actor, petitionChange, u"petition_links"_s, linkId,
                        u"insert petition_links %1"_s.arg(linkId));
    };
    if (link)
        addLink(link->otherPetitionId, link->kind, link->reason.trimmed());
    if (draft.repeat)
        addLink(draft.predecessorId, PetitionLinkKind::Repeat, {});
    tx.commit();
    if (auto stored = repo.get(draft.id))
        return *stored;
    return draft;
}

std::optional<PetitionRefusal> PetitionService::refusalFor(const QList<Person> &persons,
                                                           bool sameFactsAndReasons, const Actor &actor,
                                                           const QList<qint64> &apartFrom) const
{
    PersonDirectory directory(m_db, actor);
    PetitionRepository repo(m_db, actor);
    const RepeatAssessment repeat = directory.assessRepeat(persons, apartFrom);
    if (!repeat.repeat)
        return std::nullopt;
    // The chain: the predecessor and the petitions of the same chain, newest first.
    QList<PriorPetition> priors;
    Query q(m_db, u"SELECT p.id FROM petitions p WHERE (p.id = ? OR p.chain_first_id = ? OR p.id = ?) "
                  "ORDER BY p.received_at DESC, p.id DESC LIMIT 20"_s);
    q.bind(repeat.predecessorId).bind(repeat.chainFirstId).bind(repeat.chainFirstId).exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.int64(0);
    const QString acceptCode = code(PetitionAction::Accept);
    const QString recheckCode = code(PetitionAction::RecheckOpinion);
    for (qint64 id : std::as_const(ids)) {
        const auto p = repo.get(id);
        if (!p)
            continue;
        PriorPetition prior;
        prior.id = p->id;
        prior.number = p->petitionNo;
        prior.status = p->status;
        prior.sameFactsAndReasons = sameFactsAndReasons;
        // The matter is held by the unit of the account that accepted it (a county office accepting a
        // township's petition holds it at the county); before acceptance, by the registering account's.
        Query f(m_db,
                u"SELECT f.action, f.at, o.level FROM petition_flow f "
                "LEFT JOIN users u ON u.id = f.actor_user_id LEFT JOIN org_units o ON o.id = u.org_unit_id "
                "WHERE f.petition_id = ? AND (f.action IN (?, ?) OR f.from_status IS NULL) ORDER BY f.id"_s);
        f.bind(p->id).bind(acceptCode).bind(recheckCode).exec();
        int holderLevel = 0;
        while (f.next()) {
            if (f.text(0) == acceptCode && !prior.acceptedOn.isValid()) {
                prior.acceptedOn = f.time(1).date();
                if (!f.isNull(2))
                    holderLevel = f.value(2).toInt();
            } else if (f.text(0) == recheckCode) {
                prior.recheckAnswered = true;
            } else if (!prior.acceptedOn.isValid() && !f.isNull(2)) {
                holderLevel = f.value(2).toInt(); // 登记: until someone accepts it
            }
        }
        prior.currentDue = p->nextDueDate;
        prior.handlingLevel = orgLevelOf(holderLevel);
        priors.append(prior);
    }
    const OrgLevel level = orgLevelOf(
        Query(m_db, u"SELECT level FROM org_units WHERE id = ?"_s).bind(actor.orgUnitId).scalar().toInt());
    const QDate today = m_clock.now().date();
    const auto rules = ruleSetFor(today);
    return PetitionWorkflow::repeatRefusal(rules, priors, level, today);
}

} // namespace zz
