#include "QueueService.h"

#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "petition/PetitionRepository.h"
#include "petition/PetitionService.h"
#include "queue/QueueOrdering.h"
#include "queue/QueueSetupService.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {

const QString ticketColumns =
    u"id, org_unit_id, service_id, day, number, code, priority, status, taken_at, window_id, "
    u"target_window_id, "
    "first_called_at, called_at, call_count, finished_at, petition_id, rating, rated_at, version"_s;

QueueTicket readTicket(Query &q)
{
    QueueTicket t;
    t.id = q.int64(0);
    t.orgUnitId = q.int64(1);
    t.serviceId = q.int64(2);
    t.day = QDate::fromString(q.text(3), Qt::ISODate);
    t.number = q.integer(4);
    t.code = q.text(5);
    t.priority = QueueText::priorityFromCode(q.text(6));
    t.status = QueueText::statusFromCode(q.text(7));
    t.takenAt = q.time(8);
    t.windowId = q.int64(9);
    t.targetWindowId = q.int64(10);
    t.firstCalledAt = q.time(11);
    t.calledAt = q.time(12);
    t.callCount = q.integer(13);
    t.finishedAt = q.time(14);
    t.petitionId = q.int64(15);
    t.rating = QueueText::ratingFromCode(q.text(16));
    t.ratedAt = q.time(17);
    t.version = q.integer(18);
    return t;
}

// The tickets a window may call: transferred to it, or of a type it serves and not transferred.
const QString callableAt = u"(target_window_id = ? OR (target_window_id IS NULL AND service_id IN "
                           "(SELECT service_id FROM queue_window_services WHERE window_id = ?)))"_s;

constexpr int maxCallAttempts = 5;

} // namespace

QueueService::QueueService(const Database &db, const Clock &clock, const Actor &actor, qint64 townshipId)
    : m_db(db), m_clock(clock), m_actor(actor),
      m_townshipId(townshipId ? townshipId : townshipOf(db, actor.orgUnitId))
{}

qint64 QueueService::townshipOf(const Database &db, qint64 orgUnitId)
{
    Query q(db, u"SELECT CASE WHEN level = 2 THEN id WHEN level > 2 THEN township_id ELSE 0 END "
                "FROM org_units WHERE id = ?"_s);
    q.bind(orgUnitId);
    return q.scalar().toLongLong();
}

bool QueueService::mayServe() const
{
    return m_townshipId != 0 && m_actor.roles != Roles();
}

void QueueService::requireServe() const
{
    if (!mayServe())
        throw Error(Error::Kind::Forbidden, tr("排队叫号按乡镇办理，请用乡镇的账号操作。"));
}

QString QueueService::today() const
{
    return m_clock.now().date().toString(Qt::ISODate);
}

QueueTicket QueueService::take(qint64 serviceId, TicketPriority priority)
{
    requireServe();
    const auto type = QueueSetupService(m_db, m_clock, m_actor, m_townshipId).serviceType(serviceId);
    if (!type || !type->active)
        throw Error(Error::Kind::NotFound, tr("该业务类型已停用或不存在。"));
    const QString capReached = tr("今天的“%1”号已经取完（每日限 %2 个），请改日再来或咨询工作人员。")
                                   .arg(type->name)
                                   .arg(type->dailyCap);
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    qint64 id = 0;
    if (m_db.isPostgres()) {
        try {
            id = Query(m_db, u"SELECT zz_queue_take(?, ?, ?, ?)"_s)
                     .bind(serviceId)
                     .bind(QueueText::code(priority))
                     .bind(today())
                     .bindTime(now)
                     .scalar()
                     .toLongLong();
        } catch (const Error &e) {
            if (e.detail().contains(u"queue_daily_cap"_s))
                throw Error(Error::Kind::Validation, capReached, e.detail());
            throw;
        }
    } else {
        // The upsert is the transaction's first write: it takes SQLite's write lock, so a second
        // connection taking a number waits for this one and reads the number it left.
        const int number =
            Query(m_db, u"INSERT INTO queue_counters (service_id, day, last_number) VALUES (?, ?, 1) "
                        "ON CONFLICT (service_id, day) DO UPDATE SET last_number = last_number + 1 "
                        "RETURNING last_number"_s)
                .bind(serviceId)
                .bind(today())
                .scalar()
                .toInt();
        if (type->dailyCap > 0 && number > type->dailyCap)
            throw Error(Error::Kind::Validation, capReached);
        id =
            Query(
                m_db,
                u"INSERT INTO queue_tickets (org_unit_id, service_id, day, number, code, priority, taken_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s)
                .bind(m_townshipId)
                .bind(serviceId)
                .bind(today())
                .bind(number)
                .bind(QueueText::ticketCode(type->prefix, number))
                .bind(QueueText::code(priority))
                .bindTime(now)
                .scalar()
                .toLongLong();
    }
    tx.commit();
    return load(id);
}

int QueueService::waitingAhead(const QueueTicket &ticket) const
{
    Query q(m_db,
            u"SELECT COUNT(*) FROM queue_tickets WHERE org_unit_id = ? AND day = ? AND status = 'waiting' "
            "AND service_id = ? AND id < ?"_s);
    q.bind(ticket.orgUnitId).bind(ticket.day.toString(Qt::ISODate)).bind(ticket.serviceId).bind(ticket.id);
    return q.scalar().toInt();
}

std::optional<QueueTicket> QueueService::get(qint64 ticketId) const
{
    Query q(m_db, u"SELECT "_s + ticketColumns + u" FROM queue_tickets WHERE id = ? AND org_unit_id = ?"_s);
    q.bind(ticketId).bind(m_townshipId).exec();
    if (!q.next())
        return std::nullopt;
    return readTicket(q);
}

QueueTicket QueueService::load(qint64 ticketId) const
{
    const auto t = get(ticketId);
    if (!t)
        throw Error(Error::Kind::NotFound, tr("该号不存在。"));
    return *t;
}

std::optional<qint64> QueueService::head(qint64 windowId, bool priority) const
{
    Query q(m_db,
            u"SELECT id FROM queue_tickets WHERE org_unit_id = ? AND day = ? AND status = 'waiting' AND "_s +
                (priority ? u"priority <> ''"_s : u"priority = ''"_s) + u" AND "_s + callableAt +
                u" ORDER BY taken_at, id LIMIT 1"_s);
    q.bind(m_townshipId).bind(today()).bind(windowId).bind(windowId).exec();
    if (!q.next())
        return std::nullopt;
    return q.int64(0);
}

std::optional<QueueTicket> QueueService::callNext(qint64 windowId)
{
    requireServe();
    QueueSetupService setup(m_db, m_clock, m_actor, m_townshipId);
    Query w(m_db, u"SELECT COUNT(*) FROM queue_windows WHERE id = ? AND org_unit_id = ? AND active"_s);
    w.bind(windowId).bind(m_townshipId);
    if (w.scalar().toInt() == 0)
        throw Error(Error::Kind::NotFound, tr("该窗口已停用或不存在。"));
    if (const auto serving = current(windowId))
        throw Error(Error::Kind::InvalidState,
                    tr("%1 号还在办理中，请先办结或标记过号。").arg(serving->code));
    const int ratio = setup.normalPerPriority();
    for (int attempt = 0; attempt < maxCallAttempts; ++attempt) {
        const auto normal = head(windowId, false);
        const auto priority = head(windowId, true);
        QList<bool> recent;
        if (normal && priority && ratio > 0) {
            Query r(m_db, u"SELECT priority FROM queue_tickets WHERE first_window_id = ? AND day = ? "
                          "AND first_called_at IS NOT NULL ORDER BY first_called_at DESC, id DESC LIMIT ?"_s);
            r.bind(windowId).bind(today()).bind(ratio).exec();
            while (r.next())
                recent << !r.text(0).isEmpty();
        }
        const auto pick = QueueOrdering::choose(normal.has_value(), priority.has_value(), recent, ratio);
        if (pick == QueueOrdering::Pick::None)
            return std::nullopt;
        const qint64 id = pick == QueueOrdering::Pick::Priority ? *priority : *normal;
        const QDateTime now = m_clock.now();
        // Another window may have called the same ticket a moment ago: then take the next one.
        Query u(
            m_db,
            u"UPDATE queue_tickets SET status = 'called', window_id = ?, target_window_id = NULL, "
            "first_window_id = COALESCE(first_window_id, ?), first_called_at = COALESCE(first_called_at, ?), "
            "called_at = ?, call_count = call_count + 1, called_by = ?, version = version + 1 "
            "WHERE id = ? AND status = 'waiting'"_s);
        u.bind(windowId).bind(windowId).bindTime(now).bindTime(now).bindId(m_actor.userId).bind(id).exec();
        if (u.rowsAffected() == 1)
            return load(id);
    }
    throw Error(Error::Kind::Conflict, tr("叫号的窗口太多，请稍后再叫。"));
}

QueueTicket QueueService::loadCurrent(qint64 ticketId, qint64 windowId) const
{
    const QueueTicket t = load(ticketId);
    if (t.status != TicketStatus::Called || (windowId && t.windowId != windowId))
        throw Error(Error::Kind::InvalidState, tr("%1 号现在不在窗口办理，请刷新。").arg(t.code));
    return t;
}

QueueTicket QueueService::update(const QueueTicket &ticket, const QString &assignments,
                                 const QVariantList &values)
{
    Query q(m_db, u"UPDATE queue_tickets SET "_s + assignments +
                      u", version = version + 1 WHERE id = ? AND org_unit_id = ? AND version = ?"_s);
    for (const QVariant &v : values)
        q.bind(v);
    q.bind(ticket.id).bind(m_townshipId).bind(ticket.version).exec();
    if (q.rowsAffected() != 1)
        throw Error(Error::Kind::Conflict, tr("%1 号刚被其他窗口处理过，请刷新。").arg(ticket.code));
    return load(ticket.id);
}

QueueTicket QueueService::recall(qint64 ticketId)
{
    requireServe();
    const QueueTicket t = loadCurrent(ticketId);
    return update(t, u"called_at = ?, call_count = call_count + 1"_s, {m_clock.now().toSecsSinceEpoch()});
}

QueueTicket QueueService::noShow(qint64 ticketId)
{
    requireServe();
    const QueueTicket t = loadCurrent(ticketId);
    return update(t, u"status = 'no_show', finished_at = ?"_s, {m_clock.now().toSecsSinceEpoch()});
}

QueueTicket QueueService::finish(qint64 ticketId)
{
    requireServe();
    const QueueTicket t = loadCurrent(ticketId);
    return update(t, u"status = 'done', finished_at = ?"_s, {m_clock.now().toSecsSinceEpoch()});
}

QueueTicket QueueService::transfer(qint64 ticketId, qint64 toWindowId)
{
    requireServe();
    const QueueTicket t = loadCurrent(ticketId);
    if (toWindowId == t.windowId)
        throw Error(Error::Kind::Validation, tr("请选择另一个窗口。"));
    Query w(m_db, u"SELECT COUNT(*) FROM queue_windows WHERE id = ? AND org_unit_id = ? AND active"_s);
    w.bind(toWindowId).bind(m_townshipId);
    if (w.scalar().toInt() == 0)
        throw Error(Error::Kind::Validation, tr("只能转到本大厅在用的窗口。"));
    return update(t, u"status = 'waiting', target_window_id = ?"_s, {toWindowId});
}

void QueueService::linkPetition(qint64 ticketId, qint64 petitionId)
{
    requireServe();
    const QueueTicket t = load(ticketId);
    update(t, u"petition_id = ?"_s, {petitionId});
}

std::optional<QueueTicket> QueueService::current(qint64 windowId) const
{
    Query q(m_db, u"SELECT "_s + ticketColumns +
                      u" FROM queue_tickets WHERE window_id = ? AND day = ? AND status = 'called' "
                      "ORDER BY called_at DESC, id DESC LIMIT 1"_s);
    q.bind(windowId).bind(today()).exec();
    if (!q.next())
        return std::nullopt;
    return readTicket(q);
}

std::optional<QueueTicket> QueueService::awaitingRating(qint64 windowId) const
{
    // Only the window's very last ticket: a rating is given as the visitor leaves, not later.
    Query q(m_db, u"SELECT "_s + ticketColumns +
                      u" FROM queue_tickets WHERE window_id = ? AND day = ? AND status IN ('done', 'called') "
                      "ORDER BY called_at DESC, id DESC LIMIT 1"_s);
    q.bind(windowId).bind(today()).exec();
    if (!q.next())
        return std::nullopt;
    QueueTicket t = readTicket(q);
    if (t.status != TicketStatus::Done || t.rating != TicketRating::None)
        return std::nullopt;
    return t;
}

QueueTicket QueueService::rate(qint64 ticketId, TicketRating rating)
{
    requireServe();
    if (rating == TicketRating::None)
        throw Error(Error::Kind::Validation, tr("请选择满意、基本满意或不满意。"));
    const QueueTicket t = load(ticketId);
    if (t.status != TicketStatus::Done)
        throw Error(Error::Kind::InvalidState, tr("%1 号还没有办结，办结后才能评价。").arg(t.code));
    if (t.rating != TicketRating::None)
        throw Error(Error::Kind::InvalidState, tr("%1 号已经评价过了。").arg(t.code));
    return update(t, u"rating = ?, rated_at = ?"_s,
                  {QueueText::code(rating), m_clock.now().toSecsSinceEpoch()});
}

QueueService::RatingOutcome QueueService::rateAndFollowUp(qint64 ticketId, TicketRating rating,
                                                          const WorkCalendar &calendar)
{
    Transaction tx(m_db);
    RatingOutcome out;
    out.ticket = rate(ticketId, rating);
    if (rating == TicketRating::Unsatisfied && out.ticket.petitionId) {
        const auto petition = PetitionRepository(m_db, m_actor).get(out.ticket.petitionId);
        if (!petition) {
            out.petitionNote = tr("关联的信访件不在本账号的范围内，未重新办理。");
        } else if (petition->status != PetitionStatus::Concluded &&
                   petition->status != PetitionStatus::SettledOnSpot) {
            out.petitionNote = tr("关联的信访件 %1 仍在办理中，不满意已记录。").arg(petition->petitionNo);
        } else {
            PetitionActionInput input;
            input.note = tr("群众在评价器上对 %1 号的服务表示不满意").arg(out.ticket.code);
            try {
                // Its own savepoint: a refusal leaves the rating standing.
                Transaction reopen(m_db);
                PetitionService(m_db, m_clock, calendar)
                    .apply(petition->id, petition->version, PetitionAction::Reopen, input, m_actor);
                reopen.commit();
                out.petitionReopened = true;
            } catch (const Error &e) {
                out.petitionNote =
                    tr("关联的信访件 %1 未能重新办理：%2").arg(petition->petitionNo, e.message());
            }
        }
    }
    tx.commit();
    return out;
}

QList<QueueTicket> QueueService::waitingAt(qint64 windowId) const
{
    QList<QueueTicket> out;
    Query q(m_db, u"SELECT "_s + ticketColumns +
                      u" FROM queue_tickets WHERE org_unit_id = ? AND day = ? AND status = 'waiting' AND "_s +
                      callableAt + u" ORDER BY taken_at, id LIMIT 200"_s);
    q.bind(m_townshipId).bind(today()).bind(windowId).bind(windowId).exec();
    while (q.next())
        out << readTicket(q);
    return out;
}

QueueDisplayState QueueService::display(int calls) const
{
    QueueDisplayState state;
    Query c(m_db, u"SELECT t.code, w.number, w.name, t.called_at FROM queue_tickets t "
                  "JOIN queue_windows w ON w.id = t.window_id "
                  "WHERE t.org_unit_id = ? AND t.day = ? AND t.status = 'called' "
                  "ORDER BY t.called_at DESC, t.id DESC LIMIT ?"_s);
    c.bind(m_townshipId).bind(today()).bind(calls).exec();
    while (c.next())
        state.calls << QueueDisplayCall{c.text(0), c.integer(1), c.text(2), c.time(3)};
    Query w(m_db,
            u"SELECT s.id, s.name, s.prefix, (SELECT COUNT(*) FROM queue_tickets t WHERE t.org_unit_id = ? "
            "AND t.day = ? AND t.status = 'waiting' AND t.service_id = s.id) "
            "FROM queue_services s WHERE s.org_unit_id = ? AND s.active ORDER BY s.sort_order, s.prefix"_s);
    w.bind(m_townshipId).bind(today()).bind(m_townshipId).exec();
    while (w.next()) {
        const QString prefix = w.text(2);
        state.waiting << QueueWaiting{w.int64(0), w.text(1), prefix.isEmpty() ? QChar() : prefix.at(0),
                                      w.integer(3)};
    }
    return state;
}

QList<QueueStatistics::Sample> QueueService::samples(const QDate &from, const QDate &to) const
{
    QList<QueueStatistics::Sample> out;
    Query q(m_db,
            u"SELECT t.service_id, s.name, COALESCE(t.window_id, 0), w.number, w.name, t.day, t.taken_at, "
            "t.first_called_at, t.called_at, t.finished_at, t.status FROM queue_tickets t "
            "JOIN queue_services s ON s.id = t.service_id LEFT JOIN queue_windows w ON w.id = t.window_id "
            "WHERE t.org_unit_id = ? AND t.day >= ? AND t.day <= ? ORDER BY t.day, t.id"_s);
    q.bind(m_townshipId).bind(from.toString(Qt::ISODate)).bind(to.toString(Qt::ISODate)).exec();
    while (q.next()) {
        QueueStatistics::Sample s;
        s.serviceId = q.int64(0);
        s.serviceName = q.text(1);
        s.windowId = q.int64(2);
        s.windowName = s.windowId ? tr("%1号窗口").arg(q.integer(3)) : tr("未叫号");
        s.day = QDate::fromString(q.text(5), Qt::ISODate);
        const qint64 taken = q.int64(6);
        if (!q.isNull(7))
            s.waitSecs = std::max<qint64>(0, q.int64(7) - taken);
        if (q.text(10) == u"done"_s && !q.isNull(8) && !q.isNull(9))
            s.serviceSecs = std::max<qint64>(0, q.int64(9) - q.int64(8));
        out << s;
    }
    return out;
}

} // namespace zz
