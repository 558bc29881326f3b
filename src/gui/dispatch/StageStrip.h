#pragma once

#include "CaseRepository.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QLabel;
class QToolButton;

namespace zz {

// The six steps of the loop as tiles across the top of the board (待受理 … 已结案; 待结案 where
// the center checks and closes in two steps), then 即将超期 and
// 已超期, each with its live count. Clicking a tile asks the board to filter by it.
class StageStrip : public QWidget
{
    Q_OBJECT

public:
    explicit StageStrip(QWidget *parent = nullptr);

    // The statuses with a tile, in loop order.
    static QList<CaseStatus> stages();

    void setCounts(const StageCounts &counts);
    // Shows the 待结案 tile although no case is there (some township checks and closes in two steps).
    void setTwoStepCheck(bool twoSteps);
    // Highlights the tiles of the board's current filter.
    void setSelection(const QList<CaseStatus> &statuses, std::optional<WarningLevel> warning);

    qint64 count(CaseStatus status) const;
    qint64 count(WarningLevel warning) const;
    QToolButton *tile(CaseStatus status) const { return m_statusTiles.value(status); }
    QToolButton *tile(WarningLevel warning) const { return m_warningTiles.value(warning); }

signals:
    // With Ctrl held the status joins (or leaves) the current selection instead of replacing it.
    void statusClicked(CaseStatus status, bool add);
    void warningClicked(WarningLevel warning);

private:
    QToolButton *createTile(const QString &caption, const QString &key, const QString &accent,
                            QLabel **value);

    QHash<CaseStatus, QToolButton *> m_statusTiles;
    QHash<WarningLevel, QToolButton *> m_warningTiles;
    QHash<CaseStatus, QLabel *> m_statusValues;
    QHash<WarningLevel, QLabel *> m_warningValues;
    void updateVerifiedTile();

    StageCounts m_counts;
    bool m_twoStepCheck = false;
};

} // namespace zz
