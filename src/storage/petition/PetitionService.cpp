#include "PetitionService.h"

#include "AuditLog.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"
#include "PersonDirectory.h"
#include "PetitionRepository.h"
#include "Query.h"
#include "Validators.h"
#include "petition/DocumentTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

const QString petitionAction = QString(AuditAction::PetitionAction); // on PostgreSQL written by the server
const QString petitionChange = QString(AuditAction::PetitionChange);

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString pausesJson(const QList<ClockPause> &pauses)
{
    QJsonArray a;
    for (const ClockPause &p : pauses) {
        QJsonObject o;
        o.insert(u"from"_s, dateText(p.from));
        o.insert(u"to"_s, p.to.isValid() ? QJsonValue(dateText(p.to)) : QJsonValue());
        o.insert(u"reason"_s, p.reason);
        a.append(o);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// "accept registered→handling note" with long digit runs hidden; mirrors zz_audit_petition_flow().
QString flowDetail(const QString &action, const QString &from, const QString &to, const QString &note)
{
    return AuditLog::caseDetail(action, from, to, note);
}

void recordAudit(const Database &db, const Clock &clock, const Actor &actor, const QString &action,
                 const QString &objectType, qint64 objectId, const QString &detail)
{
    AuditLog(db, clock).record(actor, {}, action, objectType, objectId, detail);
}

void insertFlow(const Database &db, const Clock &clock, qint64 petitionId, const QString &action,
                const QString &from, const QString &to, const Actor &actor, const QString &note,
                const QDateTime &at)
{
    Query(
        db,
        u"INSERT INTO petition_flow (petition_id, action, from_status, to_status, actor_user_id, actor_name, "
        "note, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(petitionId)
        .bind(action)
        .bind(from.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(from))
        .bind(to)
        .bindId(actor.userId)
        .bind(actor.name)
        .bind(note)
        .bindTime(at)
        .exec();
    recordAudit(db, clock, actor, petitionAction, u"petition"_s, petitionId,
                flowDetail(action, from, to, note));
}

qint64 insertClock(const Database &db, qint64 petitionId, const PetitionClockValue &v, const QString &ruleSet,
                   const QDateTime &now)
{
    return Query(
               db,
               u"INSERT INTO petition_clocks (petition_id, kind, start_date, base_due_date, due_date, days, "
               "working_days, rule_set, rule_version, article, extension_days, pauses, state, created_at, "
               "max_extension_days, hearing_pauses, provisional) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '[]', 'running', ?, ?, ?, ?) RETURNING id"_s)
        .bind(petitionId)
        .bind(code(v.kind))
        .bind(dateText(v.start))
        .bind(dateText(v.due))
        .bind(dateText(v.due))
        .bind(v.days)
        .bind(v.workingDays)
        .bind(ruleSet)
        .bind(v.ruleVersion)
        .bind(v.article)
        .bindTime(now)
        .bind(v.maxExtensionDays)
        .bind(v.hearingPauses)
        .bind(v.provisional)
        .scalar()
        .toLongLong();
}

void updateClock(const Database &db, const PetitionClockRecord &c)
{
    Query(db,
          u"UPDATE petition_clocks SET due_date = ?, extension_days = ?, pauses = ?, state = ?, met_on = ?, "
          "provisional = ?, version = version + 1 WHERE id = ?"_s)
        .bind(dateText(c.value.due))
        .bind(c.value.extensionDays)
        .bind(pausesJson(c.pauses))
        .bind(c.storedState)
        .bind(dateValue(c.value.metOn))
        .bind(c.value.provisional)
        .bind(c.id)
        .exec();
}

// The next sequence number of a counter row (SQLite; on PostgreSQL the triggers of migration 0026 number).
int nextSequence(const Database &db, const QString &table, const QString &keyColumns, const QVariantList &key)
{
    const QString markers = inListMarkers(key.size());
    Query insert(db,
                 u"INSERT OR IGNORE INTO %1 (%2, last_seq) VALUES (%3, 0)"_s.arg(table, keyColumns, markers));
    for (const QVariant &v : key)
        insert.bind(v);
    insert.exec();
    QStringList where;
    for (const QString &c : keyColumns.split(u", "_s))
        where << c + u" = ?"_s;
    Query update(db, u"UPDATE %1 SET last_seq = last_seq + 1 WHERE %2 RETURNING last_seq"_s.arg(
                         table, where.join(u" AND "_s)));
    for (const QVariant &v : key)
        update.bind(v);
    return update.scalar().toInt();
}

PetitionDocumentRecord insertDocument(const Database &db, const PetitionRecord &p, const DocumentIssue &doc,
                                      const Actor &actor, const QDateTime &now)
{
    if (doc.body.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, PetitionService::tr("文书内容不能为空。"));
    if (!doc.numberPattern.contains(u"{序号}"_s))
        throw Error(Error::Kind::Validation, PetitionService::tr("文号格式中缺少序号。"));
    PetitionDocumentRecord d;
    d.petitionId = p.id;
    d.kind = doc.kind;
    d.year = now.date().year();
    d.templateId = doc.templateId;
    d.body = doc.body;
    d.issuedBy = actor.userId;
    d.issuedAt = now;
    QString pattern = doc.numberPattern;
    pattern.replace(u"{机关代字}"_s, doc.agencyCode);
    pattern.replace(u"{年}"_s, QString::number(d.year));
    pattern.replace(u"{序号}"_s, u"{n}"_s);
    if (db.isSqlite()) {
        d.seq = nextSequence(db, u"petition_document_counters"_s, u"township_id, kind, year"_s,
                             {p.townshipId, code(doc.kind), d.year});
        pattern.replace(u"{n}"_s, QString::number(d.seq));
    }
    Query q(db, u"INSERT INTO petition_documents (petition_id, kind, doc_no, year, seq, template_id, body, "
                u"issued_by, "
                "issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, doc_no, seq"_s);
    q.bind(p.id)
        .bind(code(doc.kind))
        .bind(pattern)
        .bind(d.year)
        .bind(d.seq)
        .bindId(doc.templateId)
        .bind(doc.body);
    q.bindId(actor.userId).bindTime(now).exec();
    if (q.next()) {
        d.id = q.int64(0);
        d.docNo = q.text(1);
        d.seq = q.integer(2);
    }
    q.raw().finish();
    return d;
}

// The clock the board shows: the earliest running one; a paused one when none runs.
void setNextDue(PetitionRecord &p, const QList<PetitionClockRecord> &clocks)
{
    p.nextDueDate = {};
    p.nextClockKind.reset();
    for (const PetitionClockRecord &c : clocks) {
        if (c.storedState == u"running" && (!p.nextDueDate.isValid() || c.value.due < p.nextDueDate)) {
            p.nextDueDate = c.value.due;
            p.nextClockKind = c.value.kind;
        }
    }
    if (!p.nextClockKind) {
        for (const PetitionClockRecord &c : clocks)
            if (c.storedState == u"paused")
                p.nextClockKind = c.value.kind;
    }
}

} // namespace

PetitionService::PetitionService(const Database &db, const Clock &clock, WorkCalendar calendar,
                                 ClockSettings settings)
    : m_db(db), m_clock(clock), m_calendar(calendar), m_engine(std::move(calendar), settings)
{}

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
                                                 const QString &idempotencyKey)
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
    const RepeatAssessment repeat = link ? RepeatAssessment{} : directory.assessRepeat(repeatPersons);
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
               draft.repeat ? tr("重复信访，前次 %1").arg(repeat.predecessorNo) : QString(), now);
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
        Query f(
            m_db,
            u"SELECT action, at FROM petition_flow WHERE petition_id = ? AND action IN (?, ?) ORDER BY id"_s);
        f.bind(p->id).bind(acceptCode).bind(recheckCode).exec();
        while (f.next()) {
            if (f.text(0) == acceptCode && !prior.acceptedOn.isValid())
                prior.acceptedOn = f.time(1).date();
            if (f.text(0) == recheckCode)
                prior.recheckAnswered = true;
        }
        prior.currentDue = p->nextDueDate;
        prior.handlingLevel = OrgLevel::Township;
        priors.append(prior);
    }
    const OrgLevel level = static_cast<OrgLevel>(qBound(
        1, Query(m_db, u"SELECT level FROM org_units WHERE id = ?"_s).bind(actor.orgUnitId).scalar().toInt(),
        4));
    const QDate today = m_clock.now().date();
    const auto rules = ruleSetFor(today);
    return PetitionWorkflow::repeatRefusal(rules, priors,
                                           qMax(level, OrgLevel::Township) == level ? level : level, today);
}

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
    if (const auto started = PetitionWorkflow::clockStarted(action, from))
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
