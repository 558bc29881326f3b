#include "SupervisionService.h"

#include "AuditLog.h"
#include "BaseDataAccess.h"
#include "CaseWorkflow.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"
#include "Query.h"
#include "ReferenceRepositories.h"

#include <QHash>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr qint64 hour = 3600;

// The statuses automatic cards apply to: work is waiting at the center (registered) or at the
// handler (dispatched, in progress). A case awaiting verification has its result in.
const QList<CaseStatus> &supervisedStatuses()
{
    static const QList<CaseStatus> statuses{CaseStatus::Registered, CaseStatus::Dispatched,
                                            CaseStatus::InProgress};
    return statuses;
}

const QString limitColumns = u"id, category_id, org_level, dispatch_hours, sign_hours, deadline_percent, "
                             "red_after_yellow_hours, red_overdue_hours"_s;

std::optional<int> optionalInt(const Query &q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<int>(q.integer(column));
}

QVariant optionalValue(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

SupervisionLimit readLimit(const Query &q)
{
    SupervisionLimit l;
    l.id = q.int64(0);
    l.categoryId = q.int64(1);
    if (!q.isNull(2))
        l.orgLevel = OrgLevel(q.integer(2));
    l.dispatchHours = optionalInt(q, 3);
    l.signHours = optionalInt(q, 4);
    l.deadlinePercent = optionalInt(q, 5);
    l.redAfterYellowHours = optionalInt(q, 6);
    l.redOverdueHours = optionalInt(q, 7);
    return l;
}

// The most specific row: own category over parent category over every category, then own level
// over every level.
std::optional<SupervisionLimit> pick(const QList<SupervisionLimit> &limits, qint64 categoryId,
                                     qint64 parentId, OrgLevel level)
{
    std::optional<SupervisionLimit> best;
    int bestScore = -1;
    for (const SupervisionLimit &l : limits) {
        int categoryScore = -1;
        if (l.categoryId == 0)
            categoryScore = 0;
        else if (categoryId > 0 && l.categoryId == categoryId)
            categoryScore = 2;
        else if (parentId > 0 && l.categoryId == parentId)
            categoryScore = 1;
        if (categoryScore < 0 || (l.orgLevel && *l.orgLevel != level))
            continue;
        const int score = categoryScore * 2 + (l.orgLevel ? 1 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = l;
        }
    }
    return best;
}

struct Candidate
{
    qint64 id = 0;
    QString caseNo;
    QString title;
    CaseStatus status = CaseStatus::Registered;
    qint64 categoryId = 0;
    qint64 parentCategoryId = 0;
    OrgLevel level = OrgLevel::Township;
    qint64 levelOrgUnitId = 0;
    qint64 departmentId = 0;
    qint64 workerId = 0;
    QDateTime receivedAt;
    QDateTime deadline;
    SuperviseLevel supervise = SuperviseLevel::None;
    int version = 0;
    // Carried unchanged into zz_case_apply() on PostgreSQL, which takes the whole new state.
    bool deadlineWorking = true;
    QVariant closedAt;
    int extensionPendingDays = 0;
    QVariant satisfaction;
    QVariant disputeSettled;
};

// The latest time of each of these flow actions for one case.
QHash<QString, QDateTime> latestFlowTimes(const Database &db, qint64 caseId, const QStringList &actions)
{
    const QString markers = QStringList(actions.size(), u"?"_s).join(u", "_s);
    Query q(db, u"SELECT action, MAX(at) FROM case_flow WHERE case_id = ? AND action IN ("_s + markers +
                    u") GROUP BY action"_s);
    q.bind(caseId);
    for (const QString &action : actions)
        q.bind(action);
    q.exec();
    QHash<QString, QDateTime> out;
    while (q.next())
        out.insert(q.text(0), q.time(1));
    return out;
}

QDateTime latestOf(const QHash<QString, QDateTime> &times, std::initializer_list<CaseAction> actions,
                   QDateTime start = {})
{
    for (const CaseAction action : actions) {
        const QDateTime t = times.value(code(action));
        if (t.isValid() && (!start.isValid() || t > start))
            start = t;
    }
    return start;
}

} // namespace

SupervisionService::SupervisionService(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QString SupervisionService::actorName()
{
    return tr("系统自动督办");
}

QList<SupervisionLimit> SupervisionService::limits() const
{
    Query q(m_db,
            u"SELECT "_s + limitColumns +
                u" FROM supervision_limits ORDER BY COALESCE(category_id, 0), COALESCE(org_level, 0), id"_s);
    q.exec();
    QList<SupervisionLimit> out;
    while (q.next())
        out.append(readLimit(q));
    return out;
}

std::optional<SupervisionLimit> SupervisionService::limitFor(qint64 categoryId, OrgLevel level) const
{
    const auto category = categoryId > 0 ? CategoryRepository(m_db).get(categoryId) : std::nullopt;
    return pick(limits(), categoryId, category ? category->parentId : 0, level);
}

void SupervisionService::saveLimit(const Actor &actor, SupervisionLimit &limit) const
{
    requireLimitManager(actor);
    const auto positive = [](const std::optional<int> &v) { return !v || *v > 0; };
    if (!positive(limit.dispatchHours) || !positive(limit.signHours) ||
        !positive(limit.redAfterYellowHours) || (limit.redOverdueHours && *limit.redOverdueHours < 0) ||
        (limit.deadlinePercent && (*limit.deadlinePercent < 1 || *limit.deadlinePercent > 1000)))
        throw Error(Error::Kind::Validation, tr("督办时限的小时数应大于0，期限比例应在1%至1000%之间。"));
    if (limit.categoryId > 0 && !CategoryRepository(m_db).get(limit.categoryId))
        throw Error(Error::Kind::Validation, tr("所选事件类别不存在。"));
    for (const SupervisionLimit &other : limits()) {
        if (other.id != limit.id && other.categoryId == limit.categoryId && other.orgLevel == limit.orgLevel)
            throw Error(Error::Kind::Validation, tr("这一类别和层级的督办时限已经有了，请直接修改那一行。"));
    }
    const QVariant category =
        limit.categoryId > 0 ? QVariant(limit.categoryId) : QVariant(QMetaType::fromType<qint64>());
    const QVariant level =
        limit.orgLevel ? QVariant(int(*limit.orgLevel)) : QVariant(QMetaType::fromType<int>());
    Transaction tx(m_db);
    if (limit.id == 0) {
        limit.id =
            Query(m_db,
                  u"INSERT INTO supervision_limits (category_id, org_level, dispatch_hours, sign_hours, "
                  "deadline_percent, red_after_yellow_hours, red_overdue_hours) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s)
                .bind(category)
                .bind(level)
                .bind(optionalValue(limit.dispatchHours))
                .bind(optionalValue(limit.signHours))
                .bind(optionalValue(limit.deadlinePercent))
                .bind(optionalValue(limit.redAfterYellowHours))
                .bind(optionalValue(limit.redOverdueHours))
                .scalar()
                .toLongLong();
        BaseDataAccess(m_db, m_clock, actor).audit(u"supervision_limits"_s, limit.id, u"insert"_s);
        tx.commit();
        return;
    }
    Query(
        m_db,
        u"UPDATE supervision_limits SET category_id = ?, org_level = ?, dispatch_hours = ?, sign_hours = ?, "
        "deadline_percent = ?, red_after_yellow_hours = ?, red_overdue_hours = ? WHERE id = ?"_s)
        .bind(category)
        .bind(level)
        .bind(optionalValue(limit.dispatchHours))
        .bind(optionalValue(limit.signHours))
        .bind(optionalValue(limit.deadlinePercent))
        .bind(optionalValue(limit.redAfterYellowHours))
        .bind(optionalValue(limit.redOverdueHours))
        .bind(limit.id)
        .exec();
    BaseDataAccess(m_db, m_clock, actor).audit(u"supervision_limits"_s, limit.id, u"update"_s);
    tx.commit();
}

void SupervisionService::requireLimitManager(const Actor &actor) const
{
    if (!Permissions::allows(actor.roles, Permission::ManageReferenceData))
        throw Error(Error::Kind::Forbidden, tr("您的角色无权修改督办时限。"));
    // County-wide like the categories (PostgreSQL: supervision_limits_admin, migration 0008).
    BaseDataAccess(m_db, m_clock, actor).requireCountyManager();
}

void SupervisionService::removeLimit(const Actor &actor, qint64 id) const
{
    requireLimitManager(actor);
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM supervision_limits WHERE id = ?"_s).bind(id).exec();
    BaseDataAccess(m_db, m_clock, actor).audit(u"supervision_limits"_s, id, u"delete"_s);
    tx.commit();
}

QList<SupervisionService::Card> SupervisionService::sweep(const QDateTime &now) const
{
    const QList<SupervisionLimit> all = limits();
    if (all.isEmpty())
        return {};

    // A pre-filter with the loosest limits of all rows, so that a sweep reads the cases that may be
    // due and not every open case; the exact test per case follows. Cases drop out of it once carded.
    std::optional<int> minDispatch, minSign, minPercent, minOverdue, minRedAfterYellow;
    const auto lower = [](std::optional<int> &acc, const std::optional<int> &v) {
        if (v && (!acc || *v < *acc))
            acc = v;
    };
    for (const SupervisionLimit &l : all) {
        lower(minDispatch, l.dispatchHours);
        lower(minSign, l.signHours);
        lower(minPercent, l.deadlinePercent);
        lower(minOverdue, l.redOverdueHours);
        lower(minRedAfterYellow, l.redAfterYellowHours);
    }
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const QString yellow = code(SuperviseLevel::YellowCard);
    QStringList due;
    QVariantList dueValues;
    if (minDispatch) {
        due << u"(c.status = ? AND c.supervise_level <> ? AND c.received_at <= ?)"_s;
        dueValues << code(CaseStatus::Registered) << yellow << nowSecs - *minDispatch * hour;
    }
    if (minSign) {
        due << u"(c.status = ? AND c.supervise_level <> ? AND c.received_at <= ?)"_s;
        dueValues << code(CaseStatus::Dispatched) << yellow << nowSecs - *minSign * hour;
    }
    if (minPercent) {
        due << u"(c.supervise_level <> ? AND c.deadline_at IS NOT NULL "
               "AND c.received_at + (c.deadline_at - c.received_at) * ? / 100 <= ?)"_s;
        dueValues << yellow << *minPercent << nowSecs;
    }
    if (minOverdue) {
        due << u"c.deadline_at <= ?"_s;
        dueValues << nowSecs - *minOverdue * hour;
    }
    if (minRedAfterYellow) {
        due << u"(c.supervise_level = ? AND (SELECT MAX(f.at) FROM case_flow f WHERE f.case_id = c.id "
               "AND f.action = ?) <= ?)"_s;
        dueValues << yellow << code(CaseAction::Supervise) << nowSecs - *minRedAfterYellow * hour;
    }
    if (due.isEmpty())
        return {};

    const QString statusMarkers = QStringList(supervisedStatuses().size(), u"?"_s).join(u", "_s);
    Query q(m_db, u"SELECT c.id, c.case_no, c.title, c.status, c.category_id, cat.parent_id, o.level, "
                  "c.level_org_unit_id, c.department_id, c.worker_id, c.received_at, c.deadline_at, "
                  "c.supervise_level, c.version, c.deadline_working, c.closed_at, c.extension_pending_days, "
                  "c.satisfaction, c.dispute_settled "
                  "FROM cases c JOIN org_units o ON o.id = c.level_org_unit_id "
                  "LEFT JOIN categories cat ON cat.id = c.category_id "
                  "WHERE c.status IN ("_s +
                      statusMarkers + u") AND c.supervise_level <> ? AND ("_s + due.join(u" OR "_s) +
                      u") ORDER BY c.id"_s);
    for (const CaseStatus s : supervisedStatuses())
        q.bind(code(s));
    q.bind(code(SuperviseLevel::RedCard));
    for (const QVariant &v : std::as_const(dueValues))
        q.bind(v);
    q.exec();
    QList<Candidate> candidates;
    while (q.next()) {
        Candidate c;
        c.id = q.int64(0);
        c.caseNo = q.text(1);
        c.title = q.text(2);
        c.status = fromCode<CaseStatus>(q.text(3)).value_or(CaseStatus::Registered);
        c.categoryId = q.int64(4);
        c.parentCategoryId = q.int64(5);
        c.level = OrgLevel(q.integer(6));
        c.levelOrgUnitId = q.int64(7);
        c.departmentId = q.int64(8);
        c.workerId = q.int64(9);
        c.receivedAt = q.time(10);
        c.deadline = q.time(11);
        c.supervise = fromCode<SuperviseLevel>(q.text(12)).value_or(SuperviseLevel::None);
        c.version = q.integer(13);
        c.deadlineWorking = q.boolean(14);
        c.closedAt = q.value(15);
        c.extensionPendingDays = q.integer(16);
        c.satisfaction = q.value(17);
        c.disputeSettled = q.value(18);
        candidates.append(c);
    }
    q.raw().finish();

    QHash<qint64, QString> categoryNames;
    for (const Category &category : CategoryRepository(m_db).all(false))
        categoryNames.insert(category.id, category.name);
    const auto basis = [&](const SupervisionLimit &l) {
        QStringList parts;
        if (l.categoryId > 0)
            parts << tr("“%1”类").arg(categoryNames.value(l.categoryId));
        if (l.orgLevel)
            parts << tr("%1级").arg(label(*l.orgLevel));
        return tr("（依据：%1督办时限）")
            .arg(parts.isEmpty() ? tr("默认") : parts.join(enumerationSeparator()));
    };

    QList<Card> cards;
    for (const Candidate &c : std::as_const(candidates)) {
        const auto limit = pick(all, c.categoryId, c.parentCategoryId, c.level);
        if (!limit)
            continue;
        const QHash<QString, QDateTime> times =
            latestFlowTimes(m_db, c.id,
                            {code(CaseAction::Dispatch), code(CaseAction::Transfer), code(CaseAction::Reopen),
                             code(CaseAction::Return), code(CaseAction::Escalate), code(CaseAction::HandDown),
                             code(CaseAction::Supervise)});

        SuperviseLevel level = SuperviseLevel::None;
        QString reason;
        const bool hasDeadline = c.deadline.isValid() && c.deadline > c.receivedAt;
        // Red first: a case already far past its limits gets the red card without a yellow one.
        if (hasDeadline && limit->redOverdueHours &&
            now >= c.deadline.addSecs(*limit->redOverdueHours * hour)) {
            level = SuperviseLevel::RedCard;
            reason = tr("超过办理期限%1小时仍未办结").arg(*limit->redOverdueHours);
        } else if (c.supervise == SuperviseLevel::YellowCard && limit->redAfterYellowHours) {
            // The latest supervise row of a case now at yellow is the one that raised it to yellow.
            const QDateTime yellowAt = times.value(code(CaseAction::Supervise));
            if (yellowAt.isValid() && now >= yellowAt.addSecs(*limit->redAfterYellowHours * hour)) {
                level = SuperviseLevel::RedCard;
                reason = tr("黄牌督办后%1小时仍未办结").arg(*limit->redAfterYellowHours);
            }
        }
        if (level == SuperviseLevel::None && c.supervise != SuperviseLevel::YellowCard) {
            if (c.status == CaseStatus::Registered && limit->dispatchHours) {
                // Since receipt, or since it came back to this center (returned, escalated, handed down).
                const QDateTime since = latestOf(
                    times, {CaseAction::Return, CaseAction::Escalate, CaseAction::HandDown}, c.receivedAt);
                if (now >= since.addSecs(*limit->dispatchHours * hour)) {
                    level = SuperviseLevel::YellowCard;
                    reason = tr("立案后超过%1小时未派遣").arg(*limit->dispatchHours);
                }
            }
            if (c.status == CaseStatus::Dispatched && limit->signHours) {
                const QDateTime since =
                    latestOf(times, {CaseAction::Dispatch, CaseAction::Transfer, CaseAction::Reopen});
                if (since.isValid() && now >= since.addSecs(*limit->signHours * hour)) {
                    level = SuperviseLevel::YellowCard;
                    reason = tr("派遣后超过%1小时未签收").arg(*limit->signHours);
                }
            }
            if (level == SuperviseLevel::None && hasDeadline && limit->deadlinePercent) {
                const qint64 span = c.receivedAt.secsTo(c.deadline);
                if (c.receivedAt.secsTo(now) * 100 >= span * *limit->deadlinePercent) {
                    level = SuperviseLevel::YellowCard;
                    reason = *limit->deadlinePercent >= 100 && c.receivedAt.secsTo(now) > span
                                 ? tr("已超过办理期限（%1）").arg(c.deadline.toString(u"yyyy-MM-dd HH:mm"_s))
                                 : tr("已用去办理时限的%1%").arg(*limit->deadlinePercent);
                }
            }
        }
        if (level == SuperviseLevel::None)
            continue;

        Card card{c.id, c.caseNo, c.title, level, tr("%1：%2%3").arg(label(level), reason, basis(*limit)),
                  0,    now};
        try {
            Transaction tx(m_db);
            if (m_db.isPostgres()) {
                // The server writes both rows (zz_case_apply, migration 0008): no actor on the flow row,
                // the audit row names the account whose program raised the card.
                card.flowId =
                    Query(
                        m_db,
                        u"SELECT zz_case_apply(NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"_s)
                        .bind(actorName())
                        .bind(c.id)
                        .bind(c.version)
                        .bind(code(CaseAction::Supervise))
                        .bind(code(c.status))
                        .bindId(c.levelOrgUnitId)
                        .bindId(c.departmentId)
                        .bindId(c.workerId)
                        .bindTime(c.deadline)
                        .bind(c.deadlineWorking)
                        .bind(c.closedAt)
                        .bind(code(level))
                        .bind(c.extensionPendingDays)
                        .bind(c.satisfaction)
                        .bind(c.disputeSettled)
                        .bind(card.reason)
                        .bindTime(now)
                        .scalar()
                        .toLongLong();
            } else {
                Query update(m_db,
                             u"UPDATE cases SET supervise_level = ?, updated_at = ?, version = version + 1 "
                             "WHERE id = ? AND version = ? AND supervise_level = ?"_s);
                update.bind(code(level)).bindTime(now).bind(c.id).bind(c.version).bind(code(c.supervise));
                if (update.exec().rowsAffected() == 0)
                    continue; // changed since the read (another client's sweep, a person's action): next time
                card.flowId =
                    Query(m_db,
                          u"INSERT INTO case_flow (case_id, action, from_status, to_status, actor_user_id, "
                          u"actor_name, "
                          "from_org_unit_id, to_org_unit_id, department_id, worker_id, days, note, at) "
                          "VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, 0, ?, ?) RETURNING id"_s)
                        .bind(c.id)
                        .bind(code(CaseAction::Supervise))
                        .bind(code(c.status))
                        .bind(code(c.status))
                        .bind(actorName())
                        .bindId(c.levelOrgUnitId)
                        .bindId(c.levelOrgUnitId)
                        .bindId(c.departmentId)
                        .bindId(c.workerId)
                        .bind(card.reason)
                        .bindTime(now)
                        .scalar()
                        .toLongLong();
            }
            Actor system;
            system.name = actorName();
            AuditLog(m_db, m_clock)
                .recordCaseFlow(system, c.id, CaseAction::Supervise, c.status, c.status, card.reason);
            tx.commit();
        } catch (const Error &e) {
            // Busy, or out of this account's reach (row-level security): another sweep will do it.
            if (e.kind() == Error::Kind::Conflict || e.kind() == Error::Kind::Forbidden)
                continue;
            throw;
        }
        cards.append(card);
        if (cards.size() >= m_maxCards)
            break; // the rest in the next sweep: a first sweep of a big backlog must not stall the caller
    }
    return cards;
}

} // namespace zz
