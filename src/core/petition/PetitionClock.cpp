#include "PetitionClock.h"

#include "Error.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {
namespace {

// A loop guard: no statutory period (365 days at most, plus extensions and pauses) runs this long.
constexpr int maxScanDays = 4000;

int totalExtension(const QList<ClockExtension> &extensions)
{
    int total = 0;
    for (const ClockExtension &extension : extensions)
        total += extension.days;
    return total;
}

} // namespace

PetitionClock::PetitionClock(WorkCalendar calendar, ClockSettings settings)
    : m_calendar(std::move(calendar)), m_settings(settings)
{}

bool PetitionClock::isRestDay(QDate day) const
{
    if (m_settings.weekendsRollOver)
        return !m_calendar.isWorkday(day);
    return m_calendar.isHoliday(day);
}

bool PetitionClock::isPaused(QDate day, const QList<ClockPause> &pauses, QDate today)
{
    for (const ClockPause &pause : pauses) {
        if (!pause.from.isValid())
            continue;
        // An open pause runs through today (through its first day when today is not given).
        const QDate to =
            pause.to.isValid() ? pause.to : (today.isValid() ? std::max(today, pause.from) : pause.from);
        if (day >= pause.from && day <= to)
            return true;
    }
    return false;
}

QDate PetitionClock::rollOver(QDate day) const
{
    if (!day.isValid())
        return day;
    for (int guard = 0; guard < maxScanDays && isRestDay(day); ++guard)
        day = day.addDays(1);
    return day;
}

QDate PetitionClock::dueDate(QDate start, int days, bool workingDays, const QList<ClockPause> &pauses,
                             QDate today) const
{
    if (!start.isValid() || days < 1)
        return start;
    QDate day = start;
    int counted = 0;
    for (int guard = 0; counted < days && guard < maxScanDays; ++guard) {
        day = day.addDays(1);
        if (isPaused(day, pauses, today))
            continue;
        if (workingDays && !m_calendar.isWorkday(day))
            continue;
        ++counted;
    }
    // A working-day period always ends on a working day; a natural-day one may need rolling over.
    return workingDays ? day : rollOver(day);
}

PetitionClockValue PetitionClock::start(const PetitionRuleSet &rules, ClockKind kind, QDate start,
                                        const QList<ClockPause> &pauses,
                                        const QList<ClockExtension> &extensions, QDate today) const
{
    const ClockRule rule = rules.rule(kind);
    PetitionClockValue clock;
    clock.kind = kind;
    clock.start = start;
    clock.days = rule.days;
    clock.workingDays = rule.workingDays;
    clock.maxExtensionDays = rule.maxExtensionDays;
    clock.hearingPauses = rule.hearingPauses;
    clock.article = rule.article;
    clock.ruleVersion = rules.versionId();
    return recompute(clock, pauses, extensions, today);
}

PetitionClockValue PetitionClock::recompute(const PetitionClockValue &stored, const QList<ClockPause> &pauses,
                                            const QList<ClockExtension> &extensions, QDate today) const
{
    for (const ClockExtension &extension : extensions) {
        if (extension.days < 1)
            throw Error(Error::Kind::Validation, tr("延期天数应为正数"));
    }
    const int extension = totalExtension(extensions);
    if (extension > 0 && stored.maxExtensionDays <= 0)
        throw Error(Error::Kind::Validation, tr("“%1”期限不能延长").arg(label(stored.kind)));
    if (extension > stored.maxExtensionDays) {
        throw Error(Error::Kind::Validation, tr("延期合计%1天，超过%2规定的最长%3天")
                                                 .arg(extension)
                                                 .arg(stored.article)
                                                 .arg(stored.maxExtensionDays));
    }

    PetitionClockValue clock = stored;
    clock.extensionDays = extension;
    const QList<ClockPause> counted = stored.hearingPauses ? pauses : QList<ClockPause>();
    clock.due = dueDate(stored.start, stored.days + extension, stored.workingDays, counted, today);
    clock.pausedDays = 0;
    if (clock.start.isValid() && clock.due.isValid()) {
        for (QDate day = clock.start.addDays(1); day <= clock.due; day = day.addDays(1))
            if (isPaused(day, counted, today))
                ++clock.pausedDays;
    }
    const QDate covered = m_calendar.coveredUntil();
    clock.provisional = clock.due.isValid() && (!covered.isValid() || clock.due > covered);
    return clock;
}

ClockState PetitionClock::state(const PetitionClockValue &clock, const QDateTime &now,
                                const QList<ClockPause> &pauses) const
{
    if (clock.metOn.isValid())
        return clock.metOn <= clock.due ? ClockState::Met : ClockState::MetLate;
    const QDate today = now.date();
    if (clock.hearingPauses) {
        for (const ClockPause &pause : pauses) {
            if (pause.from.isValid() && pause.from <= today && (!pause.to.isValid() || today <= pause.to))
                return ClockState::Paused;
        }
    }
    if (!clock.due.isValid())
        return ClockState::Running;
    if (now >= deadline(clock.due))
        return ClockState::Overdue;
    if (remainingDays(clock, today) <= std::max(m_settings.reminderDays, 0))
        return ClockState::DueSoon;
    return ClockState::Running;
}

int PetitionClock::remainingDays(const PetitionClockValue &clock, QDate today) const
{
    if (!today.isValid() || !clock.due.isValid())
        return 0;
    if (!clock.workingDays)
        return int(today.daysTo(clock.due));
    if (today <= clock.due)
        return m_calendar.workingDaysBetween(today, clock.due);
    return -std::max(m_calendar.workingDaysBetween(clock.due, today), 1);
}

QDateTime PetitionClock::deadline(QDate due)
{
    if (!due.isValid())
        return {};
    return QDateTime(due.addDays(1), QTime(0, 0));
}

QString PetitionClock::formatDate(QDate day)
{
    if (!day.isValid())
        return {};
    // On paper, in Chinese whatever the interface language.
    return u"%1年%2月%3日"_s.arg(day.year()).arg(day.month()).arg(day.day());
}

} // namespace zz
