#pragma once

#include "AssessmentService.h"

#include <QAbstractTableModel>

namespace zz {

// The monthly table on screen: rank, number, name, village, grids, one column per section, bonus,
// total, grade, stipend, rank within the village. Rows come from AssessmentService::results().
class ScoreTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { WorkerIdRole = Qt::UserRole + 1, SortRole };
    using QAbstractTableModel::QAbstractTableModel;

    void setRun(const ScoreScheme &scheme, QList<ScoreResultRow> rows);
    const QList<ScoreResultRow> &rows() const { return m_rows; }
    const ScoreResultRow *row(int r) const { return r >= 0 && r < m_rows.size() ? &m_rows.at(r) : nullptr; }

    // Fixed columns before the sections, and the ones after them.
    int sectionColumn(int i) const { return 5 + i; }
    int bonusColumn() const { return 5 + int(m_sections.size()); }
    int totalColumn() const { return bonusColumn() + 1; }
    int gradeColumn() const { return bonusColumn() + 2; }
    int stipendColumn() const { return bonusColumn() + 3; }
    int villageRankColumn() const { return bonusColumn() + 4; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ScoreResultRow> m_rows;
    QList<QPair<QString, double>> m_sections; // name, maximum
    QString m_bonusName;
};

} // namespace zz
