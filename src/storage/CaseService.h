#pragma once

#include "CaseWorkflow.h"
#include "Clock.h"
#include "Entities.h"
#include "WorkCalendar.h"

#include <QCoreApplication>

namespace zz {

class Database;

// A link saved with a new case: it repeats (重复件, "repeat") or is merged into ("merge") an earlier one.
struct CaseLink
{
    qint64 linkedCaseId = 0;
    QString kind; // "repeat" or "merge"
};

// A file saved with a new case or an action (at most maxAttachmentSize bytes).
struct CaseAttachment
{
    QString fileName;
    QString mimeType;
    QString sha256; // hex
    QByteArray content;
    QByteArray thumbnail; // PNG, empty for files that are not images
};
constexpr qint64 maxAttachmentSize = 10 * 1024 * 1024;

// Every change to a case: reporting a new one and applying workflow actions. Each call is one
// transaction that writes the case row and its flow-log row together, checks the actor's roles
// against CaseWorkflow, and refuses stale versions (optimistic locking).
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(zz::CaseService)

public:
    CaseService(const Database &db, const Clock &clock, WorkCalendar calendar);

    // Validates and stores a new case with its parties and the first flow-log row, assigning the
    // gap-free number for its township and year, a lookup code, and the deadline from its category
    // and urgency. With an idempotency key, a repeated call returns the case the first call made.
    // With a link or attachments, their rows are written in the same transaction.
    CaseRecord report(CaseRecord draft, const Actor &actor, const QString &idempotencyKey = {},
                      const std::optional<CaseLink> &link = {},
                      const QList<CaseAttachment> &attachments = {});

    // Applies one workflow action. Throws zz::Error: InvalidState/Forbidden/Validation from the
    // workflow rules, Conflict when expectedVersion is not the stored version, NotFound.
    // Attachments (photos, a signed agreement) are stored with the action's flow row, in its transaction.
    CaseRecord apply(qint64 caseId, int expectedVersion, CaseAction action, const ActionInput &input,
                     const Actor &actor, const QList<CaseAttachment> &attachments = {});

    // The limit a case of this category and urgency gets: major cases 1 day, urgent ones half the
    // category's limit (at least 1), others the category's limit.
    static int limitDays(const Category &category, Urgency urgency);
    QDateTime deadlineFor(const QDateTime &start, const Category &category, Urgency urgency) const;

    const WorkCalendar &calendar() const { return m_calendar; }

private:
    // The calendar this service was given (the window loads it at login) may predate a year entered
    // since, here or on another computer: a deadline it counts past its official years is counted
    // again on the stored calendar once that holds more years. True when the calendar was replaced.
    bool reloadCalendarFor(const QDateTime &deadline, bool workingDays) const;

    const Database &m_db;
    const Clock &m_clock;
    mutable WorkCalendar m_calendar;
    mutable bool m_calendarReloaded = false;
};

} // namespace zz
