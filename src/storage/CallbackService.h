#pragma once

#include "Clock.h"
#include "Entities.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace zz {

class Database;

// One 回访 attempt on a case; an unreachable resident (未联系上) is an attempt too.
struct Callback
{
    qint64 id = 0;
    qint64 caseId = 0;
    CallbackMethod method = CallbackMethod::Phone;
    QDateTime calledAt;
    QString person; // who was reached (or tried)
    CallbackResult result = CallbackResult::Satisfied;
    QString note;
    qint64 actorUserId = 0;
    QString actorName;
    QDateTime at; // when it was recorded
};

// A case waiting for its call-back: awaiting check (待核查), or closed within the window, and no
// resident reached since the handler's last feedback.
struct CallbackDue
{
    qint64 caseId = 0;
    QString caseNo;
    QString title;
    CaseStatus status = CaseStatus::Feedback;
    QDateTime since; // the case's last change: the feedback or the closing
    int failedAttempts = 0;
    QDateTime lastAttempt; // invalid when nobody has tried yet
};

// Records and lists call-backs. Each record is one transaction with its audit row; on PostgreSQL
// zz_callback_record() (migration 0013) checks role, scope and status and names the actor itself.
class CallbackService
{
    Q_DECLARE_TR_FUNCTIONS(zz::CallbackService)

public:
    CallbackService(const Database &db, const Clock &clock);

    static constexpr int maxPersonLength = 50;
    static constexpr int maxNoteLength = 1000;

    // Duty officers and leaders whose scope holds the case, on a case awaiting check or closed.
    // Throws zz::Error (Forbidden, Validation, NotFound).
    Callback record(qint64 caseId, Callback draft, const Actor &actor);
    // Oldest first; the case must be in the actor's scope.
    QList<Callback> list(qint64 caseId, const Actor &actor) const;
    // The latest answer of a reached resident since the handler's last feedback, as the case's
    // satisfaction: what closing the case records when the closer names none.
    std::optional<Satisfaction> answerSinceFeedback(qint64 caseId) const;

    // The cases in the actor's scope due for a call-back (closed ones within `closedWithinDays`),
    // longest waiting first, `limit` at a time; `after` is the last row of the previous page.
    QList<CallbackDue> due(const Actor &actor, int closedWithinDays, int limit,
                           const std::optional<CallbackDue> &after = {}) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace zz
