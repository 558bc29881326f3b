#pragma once

#include "AssessmentService.h"
#include "shell/AppContext.h"

#include <QDialog>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace zz {

class TrendChart;

// A worker's month, explained: each item with its points, and under it every source — the case
// (double-click opens it), the activity or the adjustment; the twelve-month trend; the sheet printed.
class ScoreDetailDialog : public QDialog
{
    Q_OBJECT

public:
    ScoreDetailDialog(const AppContext &context, QString townshipName, ScoreRun run, ScoreResultRow row,
                      QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // Opens the case behind a source item (nothing for other sources); returns the case id or 0.
    qint64 openSource(QTreeWidgetItem *item);
    bool exportPdf(const QString &path);

private:
    void printPreview();
    void exportPdfInteractive();

    const AppContext &m_context;
    QString m_township;
    ScoreRun m_run;
    ScoreResultRow m_row;
    QList<ScoreLine> m_lines;
    QTreeWidget *m_tree = nullptr;
    TrendChart *m_trend = nullptr;
};

} // namespace zz
