#pragma once

#include "PetitionRuleSet.h"
#include "PetitionTypes.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace zz {

// A span whose days are not counted (a hearing, Art. 36): from and to inclusive; an open pause has
// no `to` yet and counts as running through today.
struct ClockPause
{
    QString reason;
    QDate from;
    QDate to; // invalid while the pause is still open
};

// An approved extension (延期): days added to the period, with the reason the notice gives.
struct ClockExtension
{
    int days = 0;
    QString reason;
    QDate approvedOn;
};

// How days roll over and when reminders start; a setting of the center (default: ordinary
// weekends roll the last day over; remind 3 days ahead).
struct ClockSettings
{
    bool weekendsRollOver = true;
    int reminderDays = 3;
};

// One clock as computed and as stored (petition_clocks): the period it was given under which rule
// version, and the due date that came out. Recomputing (an extension, a hearing that ended) uses the
// stored period and unit, never today's rules.
struct PetitionClockValue
{
    ClockKind kind = ClockKind::AcceptanceNotice;
    QDate start;  // the start event's date (receipt, acceptance, delivery …); not counted
    int days = 0; // the period as the rule gave it
    bool workingDays = false;
    int maxExtensionDays = 0;
    bool hearingPauses = false;
    QString article;          // the rule's article, for the board's tooltip and the documents
    QString ruleVersion;      // PetitionRuleSet::versionId() that gave it
    int extensionDays = 0;    // granted so far
    int pausedDays = 0;       // days of closed or open pauses that fell in the period
    QDate due;                // ends at 24:00 of this day
    bool provisional = false; // the calendar did not cover every day counted (暂定)
    QDate metOn;              // when the awaited event happened; invalid while running
};

// The statutory clock engine: due dates from a start date, a rule (natural or working days), the
// holiday calendar (holidays and make-up working days), the weekend setting, hearing pauses and
// extensions; and the state of a clock at a moment. Day counting (民法典 第二百零一条、第二百零三条
// as the regulations use it): the start day is not counted; a period whose last day is a rest day
// ends on the next working day; the period ends at 24:00 of its last day.
class PetitionClock
{
    Q_DECLARE_TR_FUNCTIONS(zz::PetitionClock)

public:
    explicit PetitionClock(WorkCalendar calendar, ClockSettings settings = {});

    const ClockSettings &settings() const { return m_settings; }
    const WorkCalendar &calendar() const { return m_calendar; }

    // A new clock of `kind` under `rules`, started on `start`. `today` bounds open pauses.
    PetitionClockValue start(const PetitionRuleSet &rules, ClockKind kind, QDate start,
                             const QList<ClockPause> &pauses = {},
                             const QList<ClockExtension> &extensions = {}, QDate today = {}) const;

    // The stored clock with its pauses and extensions applied once more, on its own stored period
    // and unit (a later rule version changes nothing here). Throws zz::Error (Validation) when the
    // extensions exceed the stored maximum.
    PetitionClockValue recompute(const PetitionClockValue &stored, const QList<ClockPause> &pauses,
                                 const QList<ClockExtension> &extensions, QDate today = {}) const;

    // The last day of a period of `days` after `start`, with the pauses' days left out.
    QDate dueDate(QDate start, int days, bool workingDays, const QList<ClockPause> &pauses = {},
                  QDate today = {}) const;

    // The state at `now`: Met/MetLate once metOn is set; Paused while a pause covers today;
    // Overdue after 24:00 of the due day; DueSoon within reminderDays; else Running.
    ClockState state(const PetitionClockValue &clock, const QDateTime &now,
                     const QList<ClockPause> &pauses = {}) const;

    // Whole days left until the due day (0 on the due day itself, negative when overdue), in the
    // clock's unit.
    int remainingDays(const PetitionClockValue &clock, QDate today) const;

    // 24:00 of the due day, as a moment (the next day at 00:00).
    static QDateTime deadline(QDate due);

    // A period's last day rolled past rest days: every rest day when weekends roll over, only
    // holidays (not ordinary weekends) otherwise.
    QDate rollOver(QDate day) const;

    // "2026年3月3日" for documents.
    static QString formatDate(QDate day);

private:
    bool isRestDay(QDate day) const;
    static bool isPaused(QDate day, const QList<ClockPause> &pauses, QDate today);

    WorkCalendar m_calendar;
    ClockSettings m_settings;
};

} // namespace zz
