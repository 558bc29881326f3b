#pragma once

#include "AssessmentService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace zz {

// The assessment on paper: the township's monthly table (A4 landscape: township and month, one
// column per section, bonus, total, grade, stipend, rank; 制表人/审核人/分管领导 signature lines) and a
// worker's sheet with every item and the source of every point. 第 N 页，共 M 页 on each page. The
// same pages go to a printer, the print preview and a PDF file (set in ReportFont, so the PDF's
// text extracts as printed).
class AssessmentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(zz::AssessmentPrinter)

public:
    AssessmentPrinter(QString townshipName, ScoreRun run, QDateTime printedAt);

    std::unique_ptr<QTextDocument> tableDocument(const QList<ScoreResultRow> &rows, qreal dpi = 96) const;
    std::unique_ptr<QTextDocument> sheetDocument(const ScoreResultRow &row, const QList<ScoreLine> &lines,
                                                 qreal dpi = 96) const;

    // Lays the document out on the device's pages with page numbers; returns the number of pages.
    static int render(QTextDocument &doc, QPagedPaintDevice &device);
    // A4 landscape for the table, portrait for a sheet; false when the file cannot be written.
    bool tablePdf(const QList<ScoreResultRow> &rows, const QString &path) const;
    bool sheetPdf(const ScoreResultRow &row, const QList<ScoreLine> &lines, const QString &path) const;

    QString tableTitle() const;
    // "2026-10-01 330681001-2026-000012", what a point's source is called on paper and on screen.
    static QString sourceText(const ScoreSource &source);
    static QString points(double value); // 12.5, 20, -5

private:
    QString m_township;
    ScoreRun m_run;
    QDateTime m_printedAt;
};

} // namespace zz
