#include "CaseService.h"

#include "AuditLog.h"
#include "CallbackService.h"
#include "CaseRepository.h"
#include "CaseScope.h"
#include "Database.h"
#include "Error.h"
#include "InputLimits.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Validators.h"
#include "WorkflowSettings.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

void throwIfInvalid(const Validation &v)
{
    if (!v.ok)
        throw Error(Error::Kind::Validation, v.message);
}

QString lookupCode()
{
    return u"%1"_s.arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QChar(u'0'));
}

// SQLite: the program numbers, inserts and logs the new case itself (one writer at a time).
void insertReported(const Database &db, CaseRecord &draft, const Actor &actor, const QString &idempotencyKey,
                    const QString &townshipCode, const QString &orgPath, const QDateTime &now)
{
    // Gap-free numbering: the counter row is locked by the UPDATE until commit, and a rolled-back
    // save gives its number back.
    Query(db, u"INSERT INTO case_counters (township_id, year, last_seq) VALUES (?, ?, 0) "
              "ON CONFLICT (township_id, year) DO NOTHING"_s)
        .bind(draft.townshipId)
        .bind(draft.year)
        .exec();
    draft.seq = Query(db, u"UPDATE case_counters SET last_seq = last_seq + 1 "
                          "WHERE township_id = ? AND year = ? RETURNING last_seq"_s)
                    .bind(draft.townshipId)
                    .bind(draft.year)
                    .scalar()
                    .toInt();
    draft.caseNo = u"%1-%2-%3"_s.arg(townshipCode).arg(draft.year).arg(draft.seq, 6, 10, QChar(u'0'));

    Query insert(
        db, u"INSERT INTO cases (case_no, township_id, year, seq, lookup_code, title, description, source, "
            u"nature, "
            "category_id, org_unit_id, org_path, address, latitude, longitude, urgency, risk, status, "
            "level_org_unit_id, received_at, deadline_at, deadline_working, supervise_level, confidential, "
            "created_by, updated_at, version, idempotency_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) "
            "RETURNING id"_s);
    insert.bind(draft.caseNo)
        .bind(draft.townshipId)
        .bind(draft.year)
        .bind(draft.seq)
        .bind(draft.lookupCode)
        .bind(draft.title)
        .bind(draft.description)
        .bind(code(draft.source))
        .bind(code(draft.nature))
        .bind(draft.categoryId)
        .bind(draft.orgUnitId)
        .bind(orgPath)
        .bind(draft.address)
        .bind(draft.latitude ? QVariant(*draft.latitude) : QVariant(QMetaType::fromType<double>()))
        .bind(draft.longitude ? QVariant(*draft.longitude) : QVariant(QMetaType::fromType<double>()))
        .bind(code(draft.urgency))
        .bind(code(draft.risk))
        .bind(code(draft.status))
        .bind(draft.levelOrgUnitId)
        .bindTime(draft.receivedAt)
        .bindTime(draft.deadline)
        .bind(draft.deadlineWorkingDays)
        .bind(code(SuperviseLevel::None))
        .bind(draft.confidential)
        .bindId(actor.userId)
        .bindTime(now)
        .bind(idempotencyKey.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(idempotencyKey));
    draft.id = insert.scalar().toLongLong();

    Query(db, u"INSERT INTO case_flow (case_id, action, from_status, to_status, actor_user_id, actor_name, "
              "from_org_unit_id, to_org_unit_id, note, at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(draft.id)
        .bind(code(CaseAction::Report))
        .bind(code(CaseStatus::Reported))
        .bindId(actor.userId)
        .bind(actor.name)
        .bindId(actor.orgUnitId)
        .bind(draft.levelOrgUnitId)
        .bind(label(draft.source))
        .bindTime(now)
        .exec();
}

// PostgreSQL: zz_case_report() (migration 0008) numbers, places, inserts and logs the case as the
// session's account; the program cannot steer the number, the scope or the actor.
void reportOnServer(const Database &db, CaseRecord &draft, const Actor &actor, const QString &idempotencyKey,
                    const QDateTime &now)
{
    Query q(
        db,
        u"SELECT case_id, case_no, seq FROM zz_case_report(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?)"_s);
    q.bindId(actor.userId)
        .bind(actor.name)
        .bind(draft.orgUnitId)
        .bind(draft.year)
        .bind(draft.title)
        .bind(draft.description)
        .bind(code(draft.source))
        .bind(code(draft.nature))
        .bind(draft.categoryId)
        .bind(draft.address)
        .bind(draft.latitude ? QVariant(*draft.latitude) : QVariant(QMetaType::fromType<double>()))
        .bind(draft.longitude ? QVariant(*draft.longitude) : QVariant(QMetaType::fromType<double>()))
        .bind(code(draft.urgency))
        .bind(code(draft.risk))
        .bindTime(draft.receivedAt)
        .bindTime(draft.deadline)
        .bind(draft.deadlineWorkingDays)
        .bind(draft.confidential)
        .bind(draft.lookupCode)
        .bind(idempotencyKey.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(idempotencyKey))
        .bind(label(draft.source))
        .bindTime(now)
        .exec();
    if (!q.next())
        throw Error(Error::Kind::Storage, CaseService::tr("登记案件失败,请重试。"),
                    u"zz_case_report returned no row"_s);
    draft.id = q.int64(0);
    draft.caseNo = q.text(1);
    draft.seq = q.integer(2);
    q.raw().finish();
}

// Files with the report (flowId 0) or with the action whose flow row is flowId, in the caller's
// transaction; on PostgreSQL the policy of migration 0008 and the trigger of 0014 hold the same rule.
void insertAttachments(const Database &db, qint64 caseId, qint64 flowId,
                       const QList<CaseAttachment> &attachments, const Actor &actor, const QDateTime &now)
{
    for (const CaseAttachment &a : attachments) {
        if (a.content.size() > maxAttachmentSize)
            throw Error(Error::Kind::Validation, CaseService::tr("附件“%1”超过 10 MB。").arg(a.fileName));
        Query(db, u"INSERT INTO attachments (case_id, flow_id, file_name, mime_type, size, sha256, content, "
                  u"thumbnail, "
                  "created_by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
            .bind(caseId)
            .bindId(flowId)
            .bind(a.fileName)
            .bind(a.mimeType)
            .bind(qint64(a.content.size()))
            .bind(a.sha256)
            .bind(a.content)
            .bind(a.thumbnail.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(a.thumbnail))
            .bindId(actor.userId)
            .bindTime(now)
            .exec();
    }
}

} // namespace

CaseService::CaseService(const Database &db, const Clock &clock, WorkCalendar calendar)
    : m_db(db), m_clock(clock), m_calendar(std::move(calendar))
{}

int CaseService::limitDays(const Category &category, Urgency urgency)
{
    switch (urgency) {
    case Urgency::Major:
        return 1;
    case Urgency::Urgent:
        return qMax(1, (category.timeLimitDays + 1) / 2);
    case Urgency::Normal:
        break;
    }
    return qMax(1, category.timeLimitDays);
}

QDateTime CaseService::deadlineFor(const QDateTime &start, const Category &category, Urgency urgency) const
{
    // Major cases run on the clock, not on the working calendar.
    const bool working = category.workingDays && urgency != Urgency::Major;
    const QDateTime deadline = m_calendar.deadline(start, limitDays(category, urgency), working);
    return reloadCalendarFor(deadline, working)
               ? m_calendar.deadline(start, limitDays(category, urgency), working)
               : deadline;
}

bool CaseService::reloadCalendarFor(const QDateTime &deadline, bool workingDays) const
{
    if (m_calendarReloaded || !m_calendar.isProvisional(deadline, workingDays))
        return false;
    m_calendarReloaded = true;
    WorkCalendar stored = CalendarRepository(m_db).load();
    if (stored.years() == m_calendar.years())
        return false;
    m_calendar = std::move(stored);
    return true;
}

CaseRecord CaseService::report(CaseRecord draft, const Actor &actor, const QString &idempotencyKey,
                               const std::optional<CaseLink> &link, const QList<CaseAttachment> &attachments)
{
    InputLimits::check(draft);
    CaseRepository cases(m_db);
    if (const auto existing = cases.byIdempotencyKey(idempotencyKey))
        return *existing; // a retry of a save that already went through

    if (!(actor.roles & CaseWorkflow::reportingRoles()))
        throw Error(Error::Kind::Forbidden, tr("当前账号的角色不能登记案件。"));

    draft.title = draft.title.trimmed();
    draft.description = draft.description.trimmed();
    draft.address = draft.address.trimmed();
    throwIfInvalid(Validators::required(tr("标题"), draft.title));
    const QDate today = m_clock.now().date();
    for (const CaseParty &p : std::as_const(draft.parties)) {
        if (p.anonymous)
            continue;
        throwIfInvalid(Validators::required(tr("姓名"), p.name.trimmed()));
        if (!p.residentId.trimmed().isEmpty())
            throwIfInvalid(Validators::residentId(p.residentId.trimmed(), today));
        if (!p.phone.trimmed().isEmpty())
            throwIfInvalid(Validators::phone(p.phone.trimmed()));
    }
    if (draft.categoryId <= 0)
        throw Error(Error::Kind::Validation, tr("请选择事件类别。"));
    const auto category = CategoryRepository(m_db).get(draft.categoryId);
    if (!category)
        throw Error(Error::Kind::Validation, tr("所选事件类别不存在。"));
    const auto parentCategory =
        category->parentId > 0 ? CategoryRepository(m_db).get(category->parentId) : std::optional<Category>{};
    if (!category->active || (parentCategory && !parentCategory->active))
        throw Error(Error::Kind::Validation, tr("事件类别“%1”已停用，请选择其他类别。").arg(category->name));
    OrgUnitRepository orgUnits(m_db);
    const auto place = orgUnits.get(draft.orgUnitId);
    if (!place)
        throw Error(Error::Kind::Validation, tr("请选择事发地点所属的乡镇、村(社区)或网格。"));
    // A deactivated unit (or one below a deactivated unit) takes no new cases; its old cases stay.
    for (const OrgUnit &unit : orgUnits.ancestors(place->id))
        if (!unit.active)
            throw Error(Error::Kind::Validation,
                        tr("“%1”已停用，不能再登记新案件；请选择其他地点。").arg(unit.name));
    const auto township = orgUnits.township(place->id);
    if (!township)
        throw Error(Error::Kind::Validation, tr("事发地点必须在某个乡镇(街道)之内。"));
    if (!orgUnits.path(place->id).startsWith(CaseScope(m_db, actor).path()))
        throw Error(Error::Kind::Forbidden, tr("事发地点不在您的管辖范围内,不能在此登记。"));

    const QDateTime now = m_clock.now();
    if (!draft.receivedAt.isValid() || draft.receivedAt > now)
        draft.receivedAt = now;
    draft.townshipId = township->id;
    draft.year = draft.receivedAt.date().year();
    draft.status = CaseStatus::Reported;
    draft.levelOrgUnitId = township->id;
    draft.deadline = deadlineFor(draft.receivedAt, *category, draft.urgency);
    draft.deadlineWorkingDays = category->workingDays && draft.urgency != Urgency::Major;
    draft.lookupCode = lookupCode();
    draft.createdBy = actor.userId;
    draft.version = 1;

    try {
        Transaction tx(m_db);
        if (m_db.isPostgres())
            reportOnServer(m_db, draft, actor, idempotencyKey, now);
        else
            insertReported(m_db, draft, actor, idempotencyKey, township->code, orgUnits.path(draft.orgUnitId),
                           now);
        Query party(m_db, u"INSERT INTO case_parties (case_id, role, name, resident_id, phone, anonymous) "
                          "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
        for (CaseParty &p : draft.parties) {
            p.caseId = draft.id;
            if (p.anonymous) {
                p.name.clear();
                p.residentId.clear();
                p.phone.clear();
            }
            p.id = party.bind(draft.id)
                       .bind(code(p.role))
                       .bind(p.name.trimmed())
                       .bind(p.residentId.trimmed().toUpper())
                       .bind(p.phone.trimmed())
                       .bind(p.anonymous)
                       .scalar()
                       .toLongLong();
        }
        AuditLog(m_db, m_clock)
            .recordCaseFlow(actor, draft.id, CaseAction::Report, std::nullopt, CaseStatus::Reported,
                            label(draft.source));
        if (link) {
            if (link->kind != u"repeat" && link->kind != u"merge")
                throw Error(Error::Kind::Validation, tr("无效的案件关联类型。"));
            Query(
                m_db,
                u"INSERT INTO case_links (case_id, linked_case_id, kind, created_by, at) VALUES (?, ?, ?, ?, ?)"_s)
                .bind(draft.id)
                .bind(link->linkedCaseId)
                .bind(link->kind)
                .bindId(actor.userId)
                .bindTime(now)
                .exec();
        }
        insertAttachments(m_db, draft.id, 0, attachments, actor, now);
        tx.commit();
    } catch (const Error &) {
        // Two retries of one form racing each other: the loser returns the winner's case.
        if (const auto existing = cases.byIdempotencyKey(idempotencyKey))
            return *existing;
        throw;
    }
    draft.updatedAt = now;
    return draft;
}

CaseRecord CaseService::apply(qint64 caseId, int expectedVersion, CaseAction action, const ActionInput &input,
                              const Actor &actor, const QList<CaseAttachment> &attachments)
{
    InputLimits::check(input);
    CaseRepository cases(m_db);
    OrgUnitRepository orgUnits(m_db);
    Transaction tx(m_db);
    auto loaded = cases.get(caseId);
    if (!loaded)
        throw Error(Error::Kind::NotFound, tr("案件不存在或已被删除。"));
    CaseRecord c = *loaded;
    // Township isolation and confidential cases; on PostgreSQL row-level security says the same.
    CaseScope(m_db, actor).require(c);
    if (c.version != expectedVersion)
        throw Error(Error::Kind::Conflict, tr("案件 %1 已被其他人修改,是否重新载入?").arg(c.caseNo));

    const CaseState state{c.status, c.extensionPendingDays > 0,
                          WorkflowSettings(m_db).checkSteps(c.townshipId)};
    const CaseStatus from = c.status;
    const CaseStatus to = CaseWorkflow::check(action, state, actor.roles, input);

    // A department handler acts only on cases sent to his own department.
    const bool handlerOnly = !(actor.roles & ~Roles(Role::DepartmentHandler));
    if (handlerOnly && actor.departmentId > 0 && c.departmentId != actor.departmentId)
        throw Error(Error::Kind::Forbidden, tr("此案件未派遣给您所在的部门。"));

    const QDateTime now = m_clock.now();
    const qint64 fromOrg = c.levelOrgUnitId;
    const auto category = CategoryRepository(m_db).get(c.categoryId);
    const bool workingDays = category ? category->workingDays : c.deadlineWorkingDays;
    int flowDays = input.days;
    // The pending request as asked: its days count as the case's deadline counted then.
    const int pendingDays = c.extensionPendingDays;
    const bool pendingWorking = c.deadlineWorkingDays;
    QString note = input.note.trimmed();
    if (!input.result.trimmed().isEmpty())
        note = note.isEmpty() ? input.result.trimmed() : input.result.trimmed() + u"\n"_s + note;

    auto requireDepartmentOrWorker = [&] {
        if (input.departmentId > 0) {
            const auto department = DepartmentRepository(m_db).get(input.departmentId);
            if (!department)
                throw Error(Error::Kind::Validation, tr("所选处置部门不存在。"));
            // A deactivated department takes no new cases (the form offers only active ones).
            if (!department->active)
                throw Error(
                    Error::Kind::Validation,
                    tr("部门“%1”已停用，不能再派遣或转办案件；请选择其他部门。").arg(department->name));
        }
        if (input.workerId > 0) {
            const auto worker = WorkerRepository(m_db).get(input.workerId);
            if (!worker)
                throw Error(Error::Kind::Validation, tr("所选网格员不存在。"));
            if (!worker->active)
                throw Error(
                    Error::Kind::Validation,
                    tr("网格员“%1”已停用，不能再派遣或转办案件；请选择其他网格员。").arg(worker->name));
        }
        c.departmentId = input.departmentId;
        c.workerId = input.workerId;
        if (input.days > 0) {
            c.deadline = m_calendar.deadline(now, input.days, workingDays);
            if (reloadCalendarFor(c.deadline, workingDays))
                c.deadline = m_calendar.deadline(now, input.days, workingDays);
            c.deadlineWorkingDays = workingDays;
        }
    };

    switch (action) {
    case CaseAction::Dispatch:
    case CaseAction::Transfer:
        requireDepartmentOrWorker();
        for (const qint64 unit : input.copiedOrgUnits) // 抄告 units, written with the flow row below
            if (action == CaseAction::Dispatch && !orgUnits.get(unit))
                throw Error(Error::Kind::Validation, tr("所选抄告单位不存在。"));
        break;
    case CaseAction::SubmitFeedback:
        c.disputeSettled = input.disputeSettled;
        break;
    case CaseAction::Close:
    case CaseAction::SettleOnSpot:
        c.closedAt = now;
        if (input.satisfaction)
            c.satisfaction = input.satisfaction;
        else if (action == CaseAction::Close) // the resident's answer to the call-back, if any
            if (const auto answer = CallbackService(m_db, m_clock).answerSinceFeedback(c.id))
                c.satisfaction = answer;
        if (input.disputeSettled)
            c.disputeSettled = input.disputeSettled;
        break;
    case CaseAction::Decline:
        c.closedAt = now;
        break;
    case CaseAction::Return:
        // Back to the center: the department lets go of it. From 核查 or 结案 it goes back to the handler.
        if (from != CaseStatus::Feedback && from != CaseStatus::Verified) {
            c.departmentId = 0;
            c.workerId = 0;
        }
        break;
    case CaseAction::Escalate: {
        const auto level = orgUnits.get(c.levelOrgUnitId);
        if (!level || level->parentId == 0)
            throw Error(Error::Kind::Validation, tr("案件已在最高层级,不能再上报。"));
        const qint64 target = input.orgUnitId > 0 ? input.orgUnitId : level->parentId;
        const QString levelPath = orgUnits.path(level->id);
        const QString targetPath = orgUnits.path(target);
        if (targetPath.isEmpty() || !levelPath.startsWith(targetPath) || target == level->id)
            throw Error(Error::Kind::Validation, tr("只能上报到本级以上的单位。"));
        if (target != level->parentId && c.urgency == Urgency::Normal)
            throw Error(Error::Kind::Validation, tr("只有紧急或重大事件可以越级上报。"));
        c.levelOrgUnitId = target;
        c.departmentId = 0;
        c.workerId = 0;
        break;
    }
    case CaseAction::HandDown: {
        const QString levelPath = orgUnits.path(c.levelOrgUnitId);
        const QString targetPath = orgUnits.path(input.orgUnitId);
        if (targetPath.isEmpty() || !targetPath.startsWith(levelPath) || input.orgUnitId == c.levelOrgUnitId)
            throw Error(Error::Kind::Validation, tr("只能下派到本级管辖的下级单位。"));
        c.levelOrgUnitId = input.orgUnitId;
        c.departmentId = 0;
        c.workerId = 0;
        break;
    }
    case CaseAction::RequestExtension:
        c.extensionPendingDays = input.days;
        break;
    case CaseAction::ApproveExtension: {
        const int granted = input.days > 0 ? input.days : c.extensionPendingDays;
        flowDays = granted;
        const QDateTime base = c.deadline.isValid() ? c.deadline : now;
        const auto extended = [&] {
            return c.deadlineWorkingDays ? QDateTime(m_calendar.addWorkingDays(base.date(), granted),
                                                     QTime(23, 59, 59), base.timeZone())
                                         : base.addDays(granted);
        };
        c.deadline = extended();
        if (reloadCalendarFor(c.deadline, c.deadlineWorkingDays))
            c.deadline = extended();
        c.extensionPendingDays = 0;
        break;
    }
    case CaseAction::RefuseExtension:
        c.extensionPendingDays = 0;
        break;
    case CaseAction::WithdrawExtension:
        flowDays = pendingDays; // the flow row names the request withdrawn
        c.extensionPendingDays = 0;
        break;
    case CaseAction::Supervise:
        c.superviseLevel = input.superviseLevel;
        break;
    case CaseAction::Reopen:
        c.closedAt = {};
        c.deadline = m_calendar.deadline(now, input.days, workingDays);
        if (reloadCalendarFor(c.deadline, workingDays))
            c.deadline = m_calendar.deadline(now, input.days, workingDays);
        c.deadlineWorkingDays = workingDays;
        break;
    case CaseAction::Register:
    case CaseAction::Sign:
    case CaseAction::Verify:
    case CaseAction::Archive:
    case CaseAction::Urge:
    case CaseAction::Report:
    case CaseAction::RecomputeDeadline:
        break;
    }
    c.status = to;
    // A pending extension request belongs to the department that asked; it lapses when the case moves
    // on, and the moving action's flow row says so.
    if (pendingDays > 0 && CaseWorkflow::extensionLapses(action, to)) {
        c.extensionPendingDays = 0;
        const QString lapsed = pendingWorking ? tr("延期申请（%1 个工作日）随之失效").arg(pendingDays)
                                              : tr("延期申请（%1 天）随之失效").arg(pendingDays);
        note = note.isEmpty() ? lapsed : note + u"\n"_s + lapsed;
    }

    const QVariant satisfaction =
        c.satisfaction ? QVariant(code(*c.satisfaction)) : QVariant(QMetaType::fromType<QString>());
    const QVariant disputeSettled =
        c.disputeSettled ? QVariant(*c.disputeSettled) : QVariant(QMetaType::fromType<bool>());
    qint64 flowId = 0;
    if (m_db.isPostgres()) {
        // zz_case_apply() (migration 0008) checks role, scope, version, transition and the columns this
        // action may change, and writes the case and its flow row as the session's account.
        try {
            flowId = Query(m_db,
                           u"SELECT zz_case_apply(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
                         .bindId(actor.userId)
                         .bind(actor.name)
                         .bind(c.id)
                         .bind(expectedVersion)
                         .bind(code(action))
                         .bind(code(to))
                         .bindId(c.levelOrgUnitId)
                         .bindId(c.departmentId)
                         .bindId(c.workerId)
                         .bindTime(c.deadline)
                         .bind(c.deadlineWorkingDays)
                         .bindTime(c.closedAt)
                         .bind(code(c.superviseLevel))
                         .bind(c.extensionPendingDays)
                         .bind(satisfaction)
                         .bind(disputeSettled)
                         .bind(flowDays)
                         .bind(note)
                         .bindTime(now)
                         .scalar()
                         .toLongLong();
        } catch (const Error &e) {
            if (e.kind() == Error::Kind::Conflict)
                throw Error(Error::Kind::Conflict, tr("案件 %1 已被其他人修改,是否重新载入?").arg(c.caseNo),
                            e.detail());
            throw;
        }
    } else {
        Query update(m_db,
                     u"UPDATE cases SET status = ?, level_org_unit_id = ?, department_id = ?, worker_id = ?, "
                     "deadline_at = ?, deadline_working = ?, closed_at = ?, supervise_level = ?, "
                     "extension_pending_days = ?, satisfaction = ?, dispute_settled = ?, updated_at = ?, "
                     "version = version + 1 WHERE id = ? AND version = ?"_s);
        update.bind(code(c.status))
            .bind(c.levelOrgUnitId)
            .bindId(c.departmentId)
            .bindId(c.workerId)
            .bindTime(c.deadline)
            .bind(c.deadlineWorkingDays)
            .bindTime(c.closedAt)
            .bind(code(c.superviseLevel))
            .bind(c.extensionPendingDays)
            .bind(satisfaction)
            .bind(disputeSettled)
            .bindTime(now)
            .bind(c.id)
            .bind(expectedVersion);
        if (update.exec().rowsAffected() == 0)
            throw Error(Error::Kind::Conflict, tr("案件 %1 已被其他人修改,是否重新载入?").arg(c.caseNo));

        flowId =
            Query(
                m_db,
                u"INSERT INTO case_flow (case_id, action, from_status, to_status, actor_user_id, actor_name, "
                "from_org_unit_id, to_org_unit_id, department_id, worker_id, days, note, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s)
                .bind(c.id)
                .bind(code(action))
                .bind(code(from))
                .bind(code(to))
                .bindId(actor.userId)
                .bind(actor.name)
                .bindId(fromOrg)
                .bindId(c.levelOrgUnitId)
                .bindId(c.departmentId)
                .bindId(c.workerId)
                .bind(flowDays)
                .bind(note)
                .bindTime(now)
                .scalar()
                .toLongLong();
    }
    if (action == CaseAction::Dispatch && !input.copiedOrgUnits.isEmpty()) {
        Query copy(m_db, u"INSERT INTO case_copies (case_id, org_unit_id, flow_id) VALUES (?, ?, ?) "
                         "ON CONFLICT DO NOTHING"_s);
        for (const qint64 unit : input.copiedOrgUnits)
            copy.bind(c.id).bind(unit).bind(flowId).exec();
    }
    // On PostgreSQL after zz_case_apply(), in its transaction, as the insert policy asks.
    insertAttachments(m_db, c.id, flowId, attachments, actor, now);
    // On PostgreSQL the case_flow trigger writes this row.
    AuditLog(m_db, m_clock).recordCaseFlow(actor, c.id, action, from, to, note);
    tx.commit();
    c.version = expectedVersion + 1;
    c.updatedAt = now;
    return c;
}

} // namespace zz
