#include "HolidayYearView.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {
namespace {

constexpr int columns = 4;
constexpr int rows = 3;
constexpr int gap = 12;
constexpr int titleHeight = 22;
constexpr int headerHeight = 18;

const char *const monthNames[] = {
    QT_TRANSLATE_NOOP("zz::HolidayYearView", "一月"),   QT_TRANSLATE_NOOP("zz::HolidayYearView", "二月"),
    QT_TRANSLATE_NOOP("zz::HolidayYearView", "三月"),   QT_TRANSLATE_NOOP("zz::HolidayYearView", "四月"),
    QT_TRANSLATE_NOOP("zz::HolidayYearView", "五月"),   QT_TRANSLATE_NOOP("zz::HolidayYearView", "六月"),
    QT_TRANSLATE_NOOP("zz::HolidayYearView", "七月"),   QT_TRANSLATE_NOOP("zz::HolidayYearView", "八月"),
    QT_TRANSLATE_NOOP("zz::HolidayYearView", "九月"),   QT_TRANSLATE_NOOP("zz::HolidayYearView", "十月"),
    QT_TRANSLATE_NOOP("zz::HolidayYearView", "十一月"), QT_TRANSLATE_NOOP("zz::HolidayYearView", "十二月"),
};
const char *const weekdayNames[] = {
    QT_TRANSLATE_NOOP("zz::HolidayYearView", "一"), QT_TRANSLATE_NOOP("zz::HolidayYearView", "二"),
    QT_TRANSLATE_NOOP("zz::HolidayYearView", "三"), QT_TRANSLATE_NOOP("zz::HolidayYearView", "四"),
    QT_TRANSLATE_NOOP("zz::HolidayYearView", "五"), QT_TRANSLATE_NOOP("zz::HolidayYearView", "六"),
    QT_TRANSLATE_NOOP("zz::HolidayYearView", "日"),
};

// The row (0–5) of a day in its month's grid, weeks starting on Monday.
int weekRow(QDate day)
{
    const int offset = QDate(day.year(), day.month(), 1).dayOfWeek() - 1;
    return (offset + day.day() - 1) / 7;
}

} // namespace

HolidayYearView::HolidayYearView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HolidayYearView::setCalendar(const WorkCalendar &calendar, int year)
{
    m_calendar = calendar;
    m_year = year;
    update();
}

HolidayYearView::DayKind HolidayYearView::kind(QDate day) const
{
    if (m_calendar.isHoliday(day))
        return m_calendar.isProvisionalDay(day) ? DayKind::ProvisionalHoliday : DayKind::Holiday;
    const bool weekend = day.dayOfWeek() > 5;
    if (weekend && m_calendar.isWorkday(day))
        return DayKind::MakeUpWorkday;
    return weekend ? DayKind::Weekend : DayKind::Workday;
}

QSize HolidayYearView::sizeHint() const
{
    return {columns * (7 * 30 + gap) + gap, rows * (titleHeight + headerHeight + 6 * 26 + gap) + gap};
}

QSize HolidayYearView::minimumSizeHint() const
{
    return {columns * (7 * 20 + gap) + gap, rows * (titleHeight + headerHeight + 6 * 18 + gap) + gap};
}

int HolidayYearView::cellSize() const
{
    const int byWidth = (width() - gap * (columns + 1)) / columns / 7;
    const int byHeight = ((height() - gap * (rows + 1)) / rows - titleHeight - headerHeight) / 6;
    return std::max(12, std::min(byWidth, byHeight));
}

QRect HolidayYearView::monthRect(int month) const
{
    const int cell = cellSize();
    const int w = 7 * cell;
    const int h = titleHeight + headerHeight + 6 * cell;
    // Centre the block of months in the widget.
    const int left = (width() - (columns * w + (columns - 1) * gap)) / 2;
    const int top = gap / 2;
    const int index = month - 1;
    return {left + (index % columns) * (w + gap), top + (index / columns) * (h + gap), w, h};
}

QRect HolidayYearView::dayRect(QDate day) const
{
    if (!day.isValid() || day.year() != m_year)
        return {};
    const QRect month = monthRect(day.month());
    const int cell = cellSize();
    return {month.left() + (day.dayOfWeek() - 1) * cell,
            month.top() + titleHeight + headerHeight + weekRow(day) * cell, cell, cell};
}

QDate HolidayYearView::dayAt(QPoint point) const
{
    if (m_year <= 0)
        return {};
    for (int month = 1; month <= 12; ++month) {
        if (!monthRect(month).contains(point))
            continue;
        const QDate first(m_year, month, 1);
        for (QDate day = first; day.month() == month; day = day.addDays(1)) {
            if (dayRect(day).contains(point))
                return day;
        }
    }
    return {};
}

QString HolidayYearView::toolTipFor(QDate day) const
{
    const QString date = day.toString(u"yyyy-MM-dd"_s);
    const QString name = m_calendar.holidayName(day);
    switch (kind(day)) {
    case DayKind::Holiday:
        return tr("%1 %2 放假").arg(date, name);
    case DayKind::ProvisionalHoliday:
        return tr("%1 %2 放假（暂定：按法定节日推算，待录入国务院通知）").arg(date, name);
    case DayKind::MakeUpWorkday:
        return tr("%1 %2 上班").arg(date, name);
    case DayKind::Weekend:
        return tr("%1 休息日").arg(date);
    case DayKind::Workday:
        break;
    }
    return tr("%1 工作日").arg(date);
}

bool HolidayYearView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate day = dayAt(help->pos());
        if (day.isValid())
            QToolTip::showText(help->globalPos(), toolTipFor(day), this, dayRect(day));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void HolidayYearView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    if (m_year <= 0)
        return;
    const int cell = cellSize();
    QFont dayFont = font();
    dayFont.setPixelSize(std::max(9, cell * 2 / 5));
    QFont smallFont = font();
    smallFont.setPixelSize(std::max(8, cell * 3 / 10));
    QFont markFont = font();
    markFont.setPixelSize(std::max(7, cell / 3 - 1));
    QFont titleFont = font();
    titleFont.setBold(true);

    const QColor holiday(0xf6, 0xc9, 0xcc), holidayText(0x9b, 0x1c, 0x1c);
    const QColor provisional(0xfd, 0xe3, 0xbf), provisionalText(0x9a, 0x4d, 0x00);
    const QColor makeUp(0xd6, 0xe4, 0xf5), makeUpText(0x1f, 0x4e, 0x8c);
    const QColor weekendText(0x8a, 0x8a, 0x8a);
    const QColor text = palette().color(QPalette::Text);

    for (int month = 1; month <= 12; ++month) {
        const QRect box = monthRect(month);
        p.setFont(titleFont);
        p.setPen(text);
        p.drawText(QRect(box.left(), box.top(), box.width(), titleHeight), Qt::AlignCenter,
                   tr(monthNames[month - 1]));
        p.setFont(smallFont);
        for (int d = 0; d < 7; ++d) {
            p.setPen(d >= 5 ? weekendText : text);
            p.drawText(QRect(box.left() + d * cell, box.top() + titleHeight, cell, headerHeight),
                       Qt::AlignCenter, tr(weekdayNames[d]));
        }
        for (QDate day(m_year, month, 1); day.isValid() && day.month() == month; day = day.addDays(1)) {
            const QRect r = dayRect(day).adjusted(1, 1, -1, -1);
            const DayKind k = kind(day);
            QColor fg = text;
            switch (k) {
            case DayKind::Holiday:
                p.fillRect(r, holiday);
                fg = holidayText;
                break;
            case DayKind::ProvisionalHoliday: {
                p.fillRect(r, provisional);
                QPen dashed(provisionalText);
                dashed.setStyle(Qt::DashLine);
                p.setPen(dashed);
                p.drawRect(r.adjusted(0, 0, -1, -1));
                fg = provisionalText;
                break;
            }
            case DayKind::MakeUpWorkday:
                p.fillRect(r, makeUp);
                fg = makeUpText;
                break;
            case DayKind::Weekend:
                fg = weekendText;
                break;
            case DayKind::Workday:
                break;
            }
            p.setPen(fg);
            p.setFont(dayFont);
            const bool marked =
                k == DayKind::MakeUpWorkday || k == DayKind::Holiday || k == DayKind::ProvisionalHoliday;
            // A marked day's number moves left and down a little, its mark sits in the top right corner.
            const int shift = marked ? std::max(3, cell / 6) : 0;
            p.drawText(r.adjusted(0, shift / 2, -shift, 0), Qt::AlignCenter, QString::number(day.day()));
            if (marked) {
                p.setFont(markFont);
                const QString mark = k == DayKind::MakeUpWorkday ? tr("班") : tr("休");
                p.drawText(r.adjusted(0, 0, 0, 0), Qt::AlignRight | Qt::AlignTop, mark);
            }
        }
    }
}

} // namespace zz
