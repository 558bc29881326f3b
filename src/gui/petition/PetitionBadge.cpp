#include "PetitionBadge.h"

#include "ChangeFeed.h"
#include "Error.h"
#include "Permissions.h"
#include "petition/PetitionClock.h"
#include "petition/PetitionRepository.h"
#include "shell/MainWindow.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace zz {

PetitionBadge::PetitionBadge(const AppContext &context, MainWindow *window,
                             std::chrono::milliseconds interval)
    : QObject(window), m_context(context), m_window(window)
{
    setObjectName(u"petitionBadge"_s);
    if (!Permissions::allows(context.user.roles, Permission::ViewPetitions))
        return; // no 信访台账 for this account, nothing to count
    m_feed = new ChangeFeed(context.db, this);
    connect(m_feed, &ChangeFeed::petitionsChanged, this, &PetitionBadge::refresh);
    m_timer = new QTimer(this);
    m_timer->setObjectName(u"petitionBadgeTimer"_s);
    m_timer->setInterval(interval);
    connect(m_timer, &QTimer::timeout, this, &PetitionBadge::refresh);
    m_timer->start();
    QTimer::singleShot(0, this, &PetitionBadge::refresh);
}

QString PetitionBadge::toolTip(qint64 overdue, qint64 dueSoon, int days)
{
    return tr("超期 %n 件", nullptr, int(overdue)) + tr("；") +
           tr("%n 日内到期 %1 件", nullptr, days).arg(dueSoon);
}

void PetitionBadge::refresh()
{
    if (!m_window || !m_timer)
        return;
    const int days = ClockSettings{}.reminderDays;
    try {
        const auto counts = PetitionRepository(m_context.db, m_context.actor())
                                .clockCounts(m_context.clock.now().date(), days);
        m_overdue = counts.overdue;
        m_dueSoon = counts.dueSoon;
    } catch (const Error &) {
        return; // the connection is gone for now: the banner says so, the next change or tick counts again
    }
    m_window->setModuleBadge(moduleId, int(qMin<qint64>(m_overdue, INT_MAX)),
                             toolTip(m_overdue, m_dueSoon, days));
    emit refreshed();
}

} // namespace zz
