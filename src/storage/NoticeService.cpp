#include "NoticeService.h"

#include "Database.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "petition/PetitionTypes.h"

#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

bool handlerOnly(const User &user)
{
    return user.roles.testFlag(Role::DepartmentHandler) && user.departmentId > 0;
}

bool superviseReader(const User &user)
{
    return bool(user.roles & (Roles(Role::DutyOfficer) | Role::Leader));
}

// 重大紧急 petitions are for the leaders of the scope (the township's; the county's see theirs too).
bool urgentPetitionReader(const User &user)
{
    return user.roles.testFlag(Role::Leader);
}

// The longest part of a petition's request a notice shows: the matter, not the whole text.
constexpr int matterLength = 40;

// The open statuses as SQL literals (codes are fixed ASCII words).
QString openStatuses()
{
    QStringList codes;
    for (const CaseStatus s : allValues<CaseStatus>())
        if (isOpen(s))
            codes << u'\'' + code(s) + u'\'';
    return codes.join(u", "_s);
}

} // namespace

NoticeService::NoticeService(const Database &db, const User &user) : m_db(db), m_user(user) {}

QString NoticeService::lastFlowKey(qint64 userId)
{
    return u"user.%1.notices.lastFlowId"_s.arg(userId);
}

QString NoticeService::dueSoonKey(qint64 userId)
{
    return u"user.%1.notices.dueSoonSeenAt"_s.arg(userId);
}

QString NoticeService::lastPetitionFlowKey(qint64 userId)
{
    return u"user.%1.notices.lastPetitionFlowId"_s.arg(userId);
}

QString NoticeService::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Dispatched:
        return tr("新派遣");
    case Kind::Urged:
        return tr("催办");
    case Kind::Returned:
        return tr("核查退回");
    case Kind::Supervised:
        return tr("督办");
    case Kind::DueSoon:
        return tr("即将超期");
    case Kind::UrgentPetition:
        return tr("重大紧急信访");
    }
    return {};
}

bool NoticeService::hasNotices() const
{
    return handlerOnly(m_user) || superviseReader(m_user);
}

// Which flow rows concern the account: its department's dispatches, 催办 and 核查退回, and 督办 cards
// for those who supervise. The department id is a number, never text from outside.
QString NoticeService::flowClause() const
{
    QStringList parts;
    if (handlerOnly(m_user)) {
        parts << u"(f.department_id = %1 AND (f.action IN ('dispatch', 'transfer', 'urge') "
                 "OR (f.action = 'return' AND f.to_status = 'in_progress')))"_s.arg(m_user.departmentId);
    }
    if (superviseReader(m_user))
        parts << u"f.action = 'supervise'"_s;
    return parts.isEmpty() ? u"1 = 0"_s : u"("_s + parts.join(u" OR "_s) + u')';
}

qint64 NoticeService::lastSeenFlow() const
{
    const QString stored = SettingsRepository(m_db).value(lastFlowKey(m_user.id));
    bool ok = false;
    const qint64 id = stored.toLongLong(&ok);
    if (ok)
        return id;
    // Never looked: everything before now counts as seen.
    return Query(m_db, u"SELECT COALESCE(MAX(id), 0) FROM case_flow"_s).scalar().toLongLong();
}

qint64 NoticeService::lastSeenPetitionFlow() const
{
    bool ok = false;
    const qint64 id = SettingsRepository(m_db).value(lastPetitionFlowKey(m_user.id)).toLongLong(&ok);
    if (ok)
        return id;
    return Query(m_db, u"SELECT COALESCE(MAX(id), 0) FROM petition_flow"_s).scalar().toLongLong();
}

QDateTime NoticeService::lastSeenDueSoon(const QDateTime &now) const
{
    bool ok = false;
    const qint64 at = SettingsRepository(m_db).value(dueSoonKey(m_user.id)).toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(at, now.timeZone()) : now;
}

void NoticeService::ensureBaseline(const QDateTime &now) const
{
    if (!hasNotices())
        return;
    SettingsRepository settings(m_db);
    const bool casesKnown = !settings.value(lastFlowKey(m_user.id)).isEmpty();
    const bool petitionsKnown =
        !urgentPetitionReader(m_user) || !settings.value(lastPetitionFlowKey(m_user.id)).isEmpty();
    if (casesKnown && petitionsKnown)
        return;
    Unseen start;
    start.newestFlowId = lastSeenFlow();
    start.newestPetitionFlowId = lastSeenPetitionFlow();
    start.checkedAt = casesKnown ? lastSeenDueSoon(now) : now;
    markSeen(start);
}

NoticeService::Unseen NoticeService::unseen(const QDateTime &now, int limit) const
{
    Unseen out;
    out.checkedAt = now;
    if (!hasNotices())
        return out;
    const QString path = OrgUnitRepository(m_db).path(m_user.orgUnitId);
    if (path.isEmpty())
        return out;
    // The scope as a range on the materialised path and the confidential rule, as the case list
    // has them (PostgreSQL's row-level security holds them too).
    const QString scope = u"c.org_path >= ? AND c.org_path < ? AND (c.confidential = ? OR c.created_by = ? "
                          "OR c.id IN (SELECT a.case_id FROM case_access a WHERE a.user_id = ?))"_s;
    const auto bindScope = [&](Query &q) {
        q.bind(path).bind(path + u'~').bind(false).bind(m_user.id).bind(m_user.id);
    };

    // The flow rows after the last look first, then their cases: CROSS JOIN keeps SQLite from walking
    // the scope's cases instead (a county at 1M: 5.8 s -> 1 ms).
    const qint64 since = lastSeenFlow();
    out.newestFlowId = since;
    // 重大紧急 petitions first: a leader is told of them at once.
    addUrgentPetitions(out, path, limit);
    int caseNotices = 0;
    {
        Query q(m_db, u"SELECT f.id, f.case_id, c.case_no, c.title, f.action, f.actor_name, f.note, "
                      "c.supervise_level, f.at, f.to_status FROM case_flow f CROSS JOIN cases c "
                      "WHERE c.id = f.case_id AND f.id > ? AND %1 AND (f.actor_user_id IS NULL OR "
                      "f.actor_user_id <> ?) AND %2 "
                      "ORDER BY f.id DESC LIMIT ?"_s.arg(flowClause(), scope));
        q.bind(since).bind(m_user.id);
        bindScope(q);
        q.bind(limit).exec();
        while (q.next()) {
            Notice n;
            n.flowId = q.int64(0);
            n.caseId = q.int64(1);
            n.caseNo = q.text(2);
            n.title = q.text(3);
            const auto action = fromCode<CaseAction>(q.text(4)).value_or(CaseAction::Dispatch);
            n.kind = action == CaseAction::Urge        ? Kind::Urged
                     : action == CaseAction::Supervise ? Kind::Supervised
                     : action == CaseAction::Return    ? Kind::Returned
                                                       : Kind::Dispatched;
            n.actorName = q.text(5);
            n.note = q.text(6);
            n.level = fromCode<SuperviseLevel>(q.text(7)).value_or(SuperviseLevel::None);
            n.at = q.time(8);
            if (out.notices.size() < limit)
                out.notices.append(n);
            ++caseNotices;
            out.newestFlowId = std::max(out.newestFlowId, n.flowId);
        }
    }
    out.total += caseNotices;
    if (caseNotices >= limit) {
        Query q(
            m_db,
            u"SELECT COUNT(*), MAX(f.id) FROM case_flow f CROSS JOIN cases c "
            "WHERE c.id = f.case_id AND f.id > ? AND %1 AND (f.actor_user_id IS NULL OR f.actor_user_id <> ?) AND %2"_s
                .arg(flowClause(), scope));
        q.bind(since).bind(m_user.id);
        bindScope(q);
        q.exec();
        if (q.next()) {
            out.total += q.integer(0) - caseNotices;
            out.newestFlowId = std::max(out.newestFlowId, q.int64(1));
        }
    }

    // Became due soon since the account last looked: the instant 70 % of the time limit has passed,
    // (3 r + 7 d) / 10, lies after that look and not after now, and the case is still open and not
    // overdue. A handler hears of his department's cases, the center of its scope's.
    const qint64 from = lastSeenDueSoon(now).toSecsSinceEpoch();
    const qint64 to = now.toSecsSinceEpoch();
    if (from < to) {
        const QString mine = handlerOnly(m_user) && !superviseReader(m_user)
                                 ? u" AND c.department_id = %1"_s.arg(m_user.departmentId)
                                 : QString();
        Query q(
            m_db,
            u"SELECT c.id, c.case_no, c.title, c.deadline_at FROM cases c WHERE c.status IN (%1) "
            "AND c.deadline_at >= ? AND 3 * c.received_at + 7 * c.deadline_at > ? "
            "AND 3 * c.received_at + 7 * c.deadline_at <= ?%2 AND %3 ORDER BY c.deadline_at LIMIT ?"_s.arg(
                openStatuses(), mine, scope));
        q.bind(to).bind(10 * from).bind(10 * to);
        bindScope(q);
        q.bind(limit).exec();
        int dueSoon = 0;
        while (q.next()) {
            Notice n;
            n.kind = Kind::DueSoon;
            n.caseId = q.int64(0);
            n.caseNo = q.text(1);
            n.title = q.text(2);
            n.at = q.time(3); // the deadline
            if (out.notices.size() < limit)
                out.notices.append(n);
            ++dueSoon;
        }
        out.total += dueSoon;
    }
    return out;
}

void NoticeService::markSeen(const Unseen &upTo) const
{
    SettingsRepository settings(m_db);
    Transaction tx(m_db);
    settings.setValue(lastFlowKey(m_user.id), QString::number(upTo.newestFlowId));
    settings.setValue(dueSoonKey(m_user.id), QString::number(upTo.checkedAt.toSecsSinceEpoch()));
    if (urgentPetitionReader(m_user))
        settings.setValue(lastPetitionFlowKey(m_user.id), QString::number(upTo.newestPetitionFlowId));
    tx.commit();
}

// Petitions registered 重大紧急 in the account's scope since his last look, by someone else: their
// registration rows in petition_flow after the last one seen, newest first. The notice carries the number
// and the matter (the request, cut short), never the petitioner. Row-level security says the same scope.
void NoticeService::addUrgentPetitions(Unseen &out, const QString &path, int limit) const
{
    const qint64 since = lastSeenPetitionFlow();
    out.newestPetitionFlowId = since;
    if (!urgentPetitionReader(m_user))
        return;
    const QString where =
        u"p.id = f.petition_id AND f.id > ? AND f.action = ? AND (',' || p.flags || ',') LIKE ? "
        "AND (f.actor_user_id IS NULL OR f.actor_user_id <> ?) AND p.org_path >= ? AND p.org_path < ?"_s;
    const auto bind = [&](Query &q) {
        q.bind(since)
            .bind(code(PetitionAction::Register))
            .bind(u"%,"_s + code(PetitionFlag::MajorUrgent) + u",%"_s)
            .bind(m_user.id)
            .bind(path)
            .bind(path + u'~');
    };
    Query q(m_db, u"SELECT f.id, p.id, p.petition_no, p.request, f.actor_name, f.at FROM petition_flow f "
                  "CROSS JOIN petitions p WHERE "_s +
                      where + u" ORDER BY f.id DESC LIMIT ?"_s);
    bind(q);
    q.bind(limit).exec();
    int found = 0;
    while (q.next()) {
        Notice n;
        n.kind = Kind::UrgentPetition;
        n.flowId = q.int64(0);
        n.petitionId = q.int64(1);
        n.caseNo = q.text(2);
        const QString request = q.text(3).simplified();
        n.title = request.size() > matterLength ? request.left(matterLength - 1) + u'…' : request;
        n.actorName = q.text(4);
        n.at = q.time(5);
        out.notices.append(n);
        out.newestPetitionFlowId = std::max(out.newestPetitionFlowId, n.flowId);
        ++found;
    }
    out.total += found;
    if (found >= limit) {
        Query all(m_db,
                  u"SELECT COUNT(*), MAX(f.id) FROM petition_flow f CROSS JOIN petitions p WHERE "_s + where);
        bind(all);
        all.exec();
        if (all.next()) {
            out.total += all.integer(0) - found;
            out.newestPetitionFlowId = std::max(out.newestPetitionFlowId, all.int64(1));
        }
    }
}

} // namespace zz
