#pragma once

#include <QLabel>

namespace zz {

class Clock;
class WorkCalendar;

// The warning the board and the intake form show when the holiday calendar's official years end
// within the next 60 days: "2027 年节假日安排尚未录入，期限按法定节日推算（暂定）", and who enters it.
// Hidden while the calendar covers the next 60 days (WorkCalendar::coverageWarning, the rule the
// deadlines' own 暂定 marks follow).
class CalendarCoverageBanner : public QLabel
{
    Q_OBJECT

public:
    static constexpr int days = 60;

    CalendarCoverageBanner(const WorkCalendar &calendar, const Clock &clock, QWidget *parent = nullptr);

    // Rereads the clock (and the calendar it was given); shows or hides itself.
    void refresh();
    // Whether there is a warning, whether or not the widget is visible.
    bool isWarning() const { return !text().isEmpty(); }

private:
    const WorkCalendar &m_calendar;
    const Clock &m_clock;
};

} // namespace zz
