#include "CallbackService.h"

#include "AuditLog.h"
#include "CaseScope.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"
#include "Query.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// Callbacks recorded since the handler's last feedback (a reopened case starts a new round).
const QString sinceFeedback =
    u"b.at >= COALESCE((SELECT MAX(f.at) FROM case_flow f WHERE f.case_id = b.case_id AND f.action = 'feedback'), 0)"_s;

} // namespace

CallbackService::CallbackService(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Callback CallbackService::record(qint64 caseId, Callback draft, const Actor &actor)
{
    if (!Permissions::allows(actor.roles, Permission::RecordCallback))
        throw Error(Error::Kind::Forbidden, tr("只有值班员和领导可以记录回访。"));
    draft.person = draft.person.trimmed();
    draft.note = draft.note.trimmed();
    if (draft.person.size() > maxPersonLength)
        throw Error(Error::Kind::Validation, tr("回访对象不能超过 %1 个字。").arg(maxPersonLength));
    if (draft.note.size() > maxNoteLength)
        throw Error(Error::Kind::Validation, tr("回访情况不能超过 %1 个字。").arg(maxNoteLength));
    if (draft.result == CallbackResult::Unsatisfied && draft.note.isEmpty())
        throw Error(Error::Kind::Validation, tr("群众不满意时，请写明不满意的原因。"));
    const QDateTime now = m_clock.now();
    if (!draft.calledAt.isValid())
        draft.calledAt = now;
    if (draft.calledAt > now)
        throw Error(Error::Kind::Validation, tr("回访时间不能晚于现在。"));

    Transaction tx(m_db);
    const auto c = CaseScope(m_db, actor).get(caseId);
    if (!c)
        throw Error(Error::Kind::NotFound, tr("案件不存在或已被删除。"));
    if (c->status != CaseStatus::Feedback && c->status != CaseStatus::Verified &&
        c->status != CaseStatus::Closed)
        throw Error(Error::Kind::InvalidState, tr("只有待核查、待结案或已结案的案件可以回访。"));

    draft.caseId = caseId;
    draft.at = now;
    draft.actorUserId = actor.userId;
    draft.actorName = actor.name;
    if (m_db.isPostgres()) {
        draft.id = Query(m_db, u"SELECT zz_callback_record(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
                       .bindId(actor.userId)
                       .bind(actor.name)
                       .bind(caseId)
                       .bind(code(draft.method))
                       .bindTime(draft.calledAt)
                       .bind(draft.person)
                       .bind(code(draft.result))
                       .bind(draft.note)
                       .bindTime(now)
                       .scalar()
                       .toLongLong();
    } else {
        draft.id =
            Query(m_db, u"INSERT INTO callbacks (case_id, method, called_at, person, result, note, "
                        "actor_user_id, actor_name, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s)
                .bind(caseId)
                .bind(code(draft.method))
                .bindTime(draft.calledAt)
                .bind(draft.person)
                .bind(code(draft.result))
                .bind(draft.note)
                .bindId(actor.userId)
                .bind(actor.name)
                .bindTime(now)
                .scalar()
                .toLongLong();
    }
    // On PostgreSQL zz_callback_record() wrote this row; the detail carries no personal data.
    AuditLog(m_db, m_clock)
        .record(actor, {}, AuditAction::Callback, u"case"_s, caseId,
                code(draft.method) + u' ' + code(draft.result));
    tx.commit();
    return draft;
}

QList<Callback> CallbackService::list(qint64 caseId, const Actor &actor) const
{
    if (!CaseScope(m_db, actor).get(caseId))
        return {};
    Query q(m_db,
            u"SELECT id, case_id, method, called_at, person, result, note, actor_user_id, actor_name, at "
            "FROM callbacks WHERE case_id = ? ORDER BY id"_s);
    q.bind(caseId).exec();
    QList<Callback> out;
    while (q.next()) {
        Callback b;
        b.id = q.int64(0);
        b.caseId = q.int64(1);
        b.method = fromCode<CallbackMethod>(q.text(2)).value_or(CallbackMethod::Phone);
        b.calledAt = q.time(3);
        b.person = q.text(4);
        b.result = fromCode<CallbackResult>(q.text(5)).value_or(CallbackResult::Unreachable);
        b.note = q.text(6);
        b.actorUserId = q.int64(7);
        b.actorName = q.text(8);
        b.at = q.time(9);
        out.append(b);
    }
    return out;
}

std::optional<Satisfaction> CallbackService::answerSinceFeedback(qint64 caseId) const
{
    Query q(m_db,
            u"SELECT b.result FROM callbacks b WHERE b.case_id = ? AND b.result <> 'unreachable' AND "_s +
                sinceFeedback + u" ORDER BY b.id DESC LIMIT 1"_s);
    q.bind(caseId).exec();
    if (!q.next())
        return std::nullopt;
    // The reached results share their codes with Satisfaction.
    return fromCode<Satisfaction>(q.text(0));
}

QList<CallbackDue> CallbackService::due(const Actor &actor, int closedWithinDays, int limit,
                                        const std::optional<CallbackDue> &after) const
{
    const QString path = CaseScope(m_db, actor).path();
    if (path.isEmpty())
        return {};
    // The scope repeated as a range on the org_path index (row-level security stays the guard on
    // PostgreSQL), confidential cases as the case list shows them.
    QString sql =
        u"SELECT c.id, c.case_no, c.title, c.status, c.updated_at, "
        "(SELECT COUNT(*) FROM callbacks b WHERE b.case_id = c.id AND b.result = 'unreachable' AND %1), "
        "(SELECT MAX(b.called_at) FROM callbacks b WHERE b.case_id = c.id AND %1) "
        "FROM cases c WHERE c.org_path >= ? AND c.org_path < ? "
        "AND (c.confidential = ? OR c.created_by = ? OR c.id IN (SELECT a.case_id FROM case_access a "
        "WHERE a.user_id = ?)) "
        "AND (c.status IN ('feedback', 'verified') OR (c.status = 'closed' AND c.closed_at >= ?)) "
        "AND NOT EXISTS (SELECT 1 FROM callbacks b WHERE b.case_id = c.id AND b.result <> 'unreachable' AND %1)"_s
            .arg(sinceFeedback);
    if (after)
        sql += u" AND (c.updated_at > ? OR (c.updated_at = ? AND c.id > ?))"_s;
    sql += u" ORDER BY c.updated_at, c.id LIMIT ?"_s;
    Query q(m_db, sql);
    q.bind(path).bind(path + u'~').bind(false).bind(actor.userId).bind(actor.userId);
    q.bindTime(m_clock.now().addDays(-qMax(0, closedWithinDays)));
    if (after)
        q.bindTime(after->since).bindTime(after->since).bind(after->caseId);
    q.bind(qMax(1, limit)).exec();
    QList<CallbackDue> out;
    while (q.next()) {
        CallbackDue d;
        d.caseId = q.int64(0);
        d.caseNo = q.text(1);
        d.title = q.text(2);
        d.status = fromCode<CaseStatus>(q.text(3)).value_or(CaseStatus::Feedback);
        d.since = q.time(4);
        d.failedAttempts = q.integer(5);
        d.lastAttempt = q.time(6);
        out.append(d);
    }
    return out;
}

} // namespace zz
