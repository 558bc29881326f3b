#pragma once

#include "PetitionIndicators.h"

#include <QFrame>

class QLabel;

namespace zz {

// One petition indicator on the dashboard, as IndicatorTile shows a case indicator: its value, 环比
// and 同比, and the formula with its numbers; the numbers are links to their petitions, and a click
// on the tile opens the numerator's petitions on the 信访台账.
class PetitionIndicatorTile : public QFrame
{
    Q_OBJECT

public:
    explicit PetitionIndicatorTile(PetitionIndicator indicator, QWidget *parent = nullptr);
    PetitionIndicator indicator() const { return m_indicator; }
    void setFigures(const PetitionIndicatorCounts &now, const PetitionIndicatorCounts &previous,
                    const PetitionIndicatorCounts &yearEarlier);
    QString valueText() const;
    QString changeText() const;
    QLabel *formulaLabel() const { return m_formula; }

signals:
    void drillRequested(zz::PetitionIndicatorSet set);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    PetitionIndicator m_indicator;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_formula = nullptr;
};

} // namespace zz
