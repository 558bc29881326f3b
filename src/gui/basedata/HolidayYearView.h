#pragma once

#include "WorkCalendar.h"

#include <QDate>
#include <QWidget>

namespace zz {

// A year of the holiday calendar as twelve small months (four across, three down): holidays
// coloured (red when entered from the State Council's notice, orange when provisional, computed
// from the holiday law), make-up working days marked 班, weekends grey. Hovering a day names it.
class HolidayYearView : public QWidget
{
    Q_OBJECT

public:
    enum class DayKind { Workday, Weekend, Holiday, ProvisionalHoliday, MakeUpWorkday };

    explicit HolidayYearView(QWidget *parent = nullptr);

    void setCalendar(const WorkCalendar &calendar, int year);
    int year() const { return m_year; }
    DayKind kind(QDate day) const;
    // The day under a point of the widget; invalid between months.
    QDate dayAt(QPoint point) const;
    QRect dayRect(QDate day) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect monthRect(int month) const;
    int cellSize() const;
    QString toolTipFor(QDate day) const;

    WorkCalendar m_calendar;
    int m_year = 0;
};

} // namespace zz
