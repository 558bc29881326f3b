#include "TrendChart.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace zz {

TrendChart::TrendChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"trendChart"_s);
    setMinimumHeight(160);
}

void TrendChart::setTrend(const ScorePeriod &last, const QList<ScoreTrendPoint> &points, double passFrom)
{
    m_last = last;
    m_points = points;
    m_passFrom = passFrom;
    update();
}

void TrendChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const int left = fm.horizontalAdvance(u"110"_s) + 8;
    const int bottom = height() - fm.height() - 6;
    const int top = fm.height();
    const int plotWidth = width() - left - 8;
    const double maxValue = 110;
    const auto y = [&](double v) { return bottom - (bottom - top) * v / maxValue; };
    p.setPen(palette().color(QPalette::Mid));
    for (const int v : {0, 60, 100}) {
        p.drawLine(QPointF(left, y(v)), QPointF(width() - 8, y(v)));
        p.drawText(QRectF(0, y(v) - fm.height() / 2.0, left - 4, fm.height()), Qt::AlignRight,
                   QString::number(v));
    }
    p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 1, Qt::DashLine));
    p.drawLine(QPointF(left, y(m_passFrom)), QPointF(width() - 8, y(m_passFrom)));
    if (!m_last.isValid())
        return;
    QList<ScorePeriod> months;
    ScorePeriod m = m_last;
    for (int i = 0; i < 12; ++i) {
        months.prepend(m);
        m = m.previous();
    }
    const double slot = plotWidth / 12.0;
    for (int i = 0; i < months.size(); ++i) {
        const double x = left + i * slot;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(x, bottom + 2, slot, fm.height()), Qt::AlignHCenter,
                   tr("%1月").arg(months.at(i).month));
        for (const ScoreTrendPoint &point : m_points) {
            if (!(point.period == months.at(i)))
                continue;
            const QColor color = point.grade == ScoreGrade::Fail        ? QColor(0xe5, 0x73, 0x73)
                                 : point.grade == ScoreGrade::NotGraded ? QColor(0xb0, 0xbe, 0xc5)
                                                                        : QColor(0x42, 0x8b, 0xca);
            const QRectF bar(x + slot * 0.2, y(std::min(point.total, maxValue)), slot * 0.6,
                             bottom - y(std::min(point.total, maxValue)));
            p.fillRect(bar, color);
            p.drawText(QRectF(x, bar.top() - fm.height(), slot, fm.height()), Qt::AlignHCenter,
                       QString::number(point.total, 'f', point.total == int(point.total) ? 0 : 1));
        }
    }
}

} // namespace zz
