#pragma once

#include "Clock.h"
#include "Entities.h"
#include "WorkCalendar.h"
#include "queue/QueueStatistics.h"
#include "queue/QueueTypes.h"

#include <QCoreApplication>
#include <optional>

namespace zz {

class Database;

// The hall's day: taking numbers (atomic per business type and day, within the daily cap), the
// windows calling them by the ratio rule (QueueOrdering), re-calls, 过号, transfers that keep the
// ticket's place, 办结, the evaluator's rating, and what the public display and the statistics read.
// Every account of the township may serve; PostgreSQL holds the same scope (migration queue: RLS,
// zz_queue_take()). Times come from the clock; "today" is the clock's date.
class QueueService
{
    Q_DECLARE_TR_FUNCTIONS(zz::QueueService)

public:
    QueueService(const Database &db, const Clock &clock, const Actor &actor, qint64 townshipId = 0);

    // The township whose hall an account of `orgUnitId` works in (its own, or its village's
    // township); 0 for county accounts.
    static qint64 townshipOf(const Database &db, qint64 orgUnitId);

    qint64 townshipId() const { return m_townshipId; }
    bool mayServe() const;

    // Takes the next number of the type for today. Throws zz::Error(Validation) naming the cap when
    // the day's numbers of the type are all given.
    QueueTicket take(qint64 serviceId, TicketPriority priority = TicketPriority::None);
    // Tickets of the same type waiting before this one.
    int waitingAhead(const QueueTicket &ticket) const;

    // The window calls the next ticket by the rule among the types it serves and the tickets
    // transferred to it; nullopt when nobody waits. Refused while the window still has a current
    // ticket (办结 or 过号 first).
    std::optional<QueueTicket> callNext(qint64 windowId);
    QueueTicket recall(qint64 ticketId);
    QueueTicket noShow(qint64 ticketId);
    // Back to waiting, at `toWindowId` only, in its place by the time it was taken.
    QueueTicket transfer(qint64 ticketId, qint64 toWindowId);
    QueueTicket finish(qint64 ticketId);
    void linkPetition(qint64 ticketId, qint64 petitionId);

    // The ticket the window serves now.
    std::optional<QueueTicket> current(qint64 windowId) const;
    // The window's last finished ticket of today not yet rated (what the evaluator rates).
    std::optional<QueueTicket> awaitingRating(qint64 windowId) const;
    QueueTicket rate(qint64 ticketId, TicketRating rating);

    // What a rating led to: the ticket, and for 不满意 on a ticket linked to a petition whether the
    // petition was reopened (重新办理) — only a concluded or on-the-spot settled petition is, and only by
    // an account the petition workflow lets reopen (duty officers, leaders); otherwise `petitionNote`
    // says why it was left as it was (the rating is kept either way).
    struct RatingOutcome
    {
        QueueTicket ticket;
        bool petitionReopened = false;
        QString petitionNote;
    };
    RatingOutcome rateAndFollowUp(qint64 ticketId, TicketRating rating, const WorkCalendar &calendar);
    std::optional<QueueTicket> get(qint64 ticketId) const;
    // Tickets the window may call, in the order the rule would take them first by class.
    QList<QueueTicket> waitingAt(qint64 windowId) const;

    QueueDisplayState display(int calls = 8) const;
    QList<QueueStatistics::Sample> samples(const QDate &from, const QDate &to) const;

private:
    void requireServe() const;
    QueueTicket load(qint64 ticketId) const;
    QueueTicket loadCurrent(qint64 ticketId, qint64 windowId = 0) const;
    QueueTicket update(const QueueTicket &ticket, const QString &assignments, const QVariantList &values);
    QString today() const;
    std::optional<qint64> head(qint64 windowId, bool priority) const;

    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    qint64 m_townshipId = 0;
};

} // namespace zz
