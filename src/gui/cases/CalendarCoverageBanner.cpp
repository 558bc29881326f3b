#include "CalendarCoverageBanner.h"

#include "Clock.h"
#include "WorkCalendar.h"

using namespace Qt::StringLiterals;

namespace zz {

CalendarCoverageBanner::CalendarCoverageBanner(const WorkCalendar &calendar, const Clock &clock,
                                               QWidget *parent)
    : QLabel(parent), m_calendar(calendar), m_clock(clock)
{
    setObjectName(u"calendarCoverageWarning"_s);
    setWordWrap(true);
    setStyleSheet(
        u"QLabel { background: #fff4e0; color: #8a4b00; border: 1px solid #f0c27a; padding: 4px 8px; }"_s);
    setToolTip(tr(
        "期限跨入未录入的年份时，按法定节日（元旦、春节、清明、劳动节、端午、中秋、国庆）推算并标为“暂定”；"
        "录入国务院通知后自动重算。"));
    refresh();
}

void CalendarCoverageBanner::refresh()
{
    const QString warning = m_calendar.coverageWarning(m_clock.now().date(), days);
    setText(warning.isEmpty() ? QString()
                              : tr("%1。县级管理员可在“基础数据 → 节假日”中录入国务院通知。").arg(warning));
    setVisible(!warning.isEmpty());
}

} // namespace zz
