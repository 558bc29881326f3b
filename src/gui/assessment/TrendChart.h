#pragma once

#include "AssessmentService.h"

#include <QWidget>

namespace zz {

// A worker's totals over the last twelve months as bars, the 合格 line across them; months without a
// computed table are gaps.
class TrendChart : public QWidget
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);
    void setTrend(const ScorePeriod &last, const QList<ScoreTrendPoint> &points, double passFrom);
    QSize sizeHint() const override { return {520, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ScorePeriod m_last;
    QList<ScoreTrendPoint> m_points;
    double m_passFrom = 60;
};

} // namespace zz
