#pragma once

#include "IndicatorQueries.h"
#include "PetitionIndicators.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QPageLayout>
#include <QString>
#include <memory>
#include <optional>

class QPagedPaintDevice;
class QTextDocument;

namespace zz {

class Database;

// One overdue case on the leader's print pack (no personal data: number, title, place, dates).
struct OverdueCaseRow
{
    QString caseNo;
    QString title;
    QString place;
    QString department;
    QDateTime receivedAt;
    QDateTime deadline;
};

// Everything the 综治中心工作报表 shows for a period and a scope, read once.
struct WorkReportData
{
    QString scopeName; // 青石镇, 全县 …
    ReportPeriod period;
    QDate asOf;
    IndicatorScope scope;
    IndicatorCounts now, previous, yearEarlier;
    ReportPeriod previousPeriod, yearEarlierPeriod;
    QList<IndicatorQueries::MonthFigures> trend;
    QList<IndicatorGroup> categories, sources, ranking, departments;
    IndicatorDimension rankingDimension = IndicatorDimension::Township;
    QDateTime printedAt;
    // 信访: the petition indicators for the same period, place and as-of date (and the comparison
    // periods); none when the scope narrows by category, source or department (petitions have none)
    // or the database predates the petition clocks.
    std::optional<PetitionIndicatorCounts> petitions, petitionsPrevious, petitionsYearEarlier;

    // Reads the figures through the connection (on PostgreSQL its row-level security applies).
    static WorkReportData load(const Database &db, const WorkCalendar &calendar, const ReportPeriod &period,
                               const IndicatorScope &scope, QDate asOf, const QDateTime &printedAt);
};

// 综治中心工作报表 (monthly, quarterly, annual): a generated summary (totals, the largest category, the
// largest change, the overdue ranking), the indicators with 环比 and 同比, the twelve months as a
// chart and a table, categories (top ten and the rest), sources, the places one level down, the
// departments, a footnote with every formula, signature lines; page numbers on each page. The same
// pages go to the printer, the print preview and a PDF (set in ReportFont: the PDF's text extracts
// as printed); the figures also go to an xlsx workbook. The leader's print pack adds the overdue
// cases and the month's assessment table into one PDF.
class WorkReport
{
    Q_DECLARE_TR_FUNCTIONS(zz::WorkReport)

public:
    explicit WorkReport(WorkReportData data) : m_data(std::move(data)) {}

    const WorkReportData &data() const { return m_data; }
    QString title() const;
    // The report's text summary, a few sentences from the figures.
    QString summary() const;
    // The twelve months drawn as bars (受理量, 办结量), for the document and the dashboard's print.
    QImage trendImage(QSize size) const;

    std::unique_ptr<QTextDocument> document(qreal dpi = 96) const;
    // A4 portrait; false when the file cannot be written.
    bool pdf(const QString &path) const;
    // The figures as an xlsx workbook (one sheet per table, rates as numbers formatted as percent);
    // false (and the reason) when it cannot be written.
    bool xlsx(const QString &path, QString *error = nullptr) const;

    // The overdue cases as a printable list (A4 portrait).
    std::unique_ptr<QTextDocument> overdueDocument(const QList<OverdueCaseRow> &rows, qreal dpi = 96) const;
    // The cases open and past their deadline at the report's as-of date, within its scope (the same
    // cases as the 在办超期 figure), oldest deadline first, at most `limit`.
    static QList<OverdueCaseRow> overdueCases(const Database &db, const WorkReportData &data,
                                              int limit = 500);

    // The leader's print pack in one PDF: this report, the overdue list, and — when given — the
    // month's assessment table (landscape). Page numbers run through the whole pack.
    bool printPack(const QString &path, const QList<OverdueCaseRow> &overdue,
                   QTextDocument *assessmentTable = nullptr) const;

    // Lays the documents out on the device's pages, one after the other (each starting a page, each
    // in its orientation), with 第 N 页，共 M 页; returns the number of pages.
    static int render(const QList<std::pair<QTextDocument *, QPageLayout::Orientation>> &docs,
                      QPagedPaintDevice &device);

private:
    WorkReportData m_data;
};

} // namespace zz
