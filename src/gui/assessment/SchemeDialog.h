#pragma once

#include "AssessmentService.h"
#include "shell/AppContext.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace zz {

// 考评方案: the township admin edits the scheme's numbers from a month on — each section's start,
// maximum and floor, each item's points per unit, formula, threshold, cap, money and whether it
// deducts, the grade thresholds, the stipend's base and pool and the days in post needed to be graded.
// Saved as the township's scheme from that month (earlier months keep theirs).
class SchemeDialog : public QDialog
{
    Q_OBJECT

public:
    SchemeDialog(const AppContext &context, qint64 townshipId, const ScorePeriod &from, bool writable,
                 QWidget *parent = nullptr);

    ScoreScheme scheme() const; // as edited
    // Checks and stores; false (and the sentence shown) when refused.
    bool save();

private:
    void load(const ScoreScheme &scheme);

    const AppContext &m_context;
    qint64 m_townshipId = 0;
    ScorePeriod m_from;
    ScoreScheme m_base; // codes, facts and structure come from here
    QTableWidget *m_sections = nullptr;
    QTableWidget *m_items = nullptr;
    QDoubleSpinBox *m_excellent = nullptr;
    QDoubleSpinBox *m_good = nullptr;
    QDoubleSpinBox *m_pass = nullptr;
    QDoubleSpinBox *m_baseStipend = nullptr;
    QDoubleSpinBox *m_pool = nullptr;
    QSpinBox *m_minDays = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace zz
