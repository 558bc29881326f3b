#pragma once

#include "IndicatorQueries.h"
#include "PetitionIndicatorQueries.h"

#include <QFrame>
#include <QList>
#include <QPointer>
#include <QThread>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace zz {

class CaseListPage;
class Database;
class PetitionBoardPage;
class PetitionIndicatorTile;
struct AppContext;

// One indicator on the dashboard: its value, 环比 and 同比, and the formula with its numbers; the
// numbers are links to their cases, and a click on the tile opens the numerator's cases.
class IndicatorTile : public QFrame
{
    Q_OBJECT

public:
    IndicatorTile(Indicator indicator, QWidget *parent = nullptr);
    Indicator indicator() const { return m_indicator; }
    void setFigures(const IndicatorCounts &now, const IndicatorCounts &previous,
                    const IndicatorCounts &yearEarlier);
    QString valueText() const;
    QString changeText() const;
    QLabel *formulaLabel() const { return m_formula; }

signals:
    void drillRequested(zz::IndicatorSet set);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    Indicator m_indicator;
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_formula = nullptr;
};

// 统计分析: the leaders' dashboard. A period (month, quarter, year or any days) and a scope (a place
// on the org tree, a category, a source, a department); the indicator tiles with 环比 and 同比; the
// twelve months to the period's end; categories (top ten and the rest); sources; the places one
// level down ranked; the departments' table. A click on any tile, bar, slice or row opens the case
// list with exactly the cases behind that figure. Charts print and save as PNG. For accounts that
// may see petitions, the petition indicators' tiles (信访) open the 信访台账 the same way.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(const AppContext &context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // Computes every figure again for the picked period and scope. In the background (see
    // setComputeInBackground): on a connection of its own in a thread of its own (same URL and
    // credentials), so the window never waits, a newer request superseding one still running.
    // figuresShown() when they are on the page.
    void reload();
    bool isBusy() const { return m_busy; }
    // Off by default (reload() computes before it returns: tools and benchmarks that time it);
    // the 统计分析 module turns it on.
    void setComputeInBackground(bool on) { m_background = on; }
    void setPeriod(const ReportPeriod &period);
    ReportPeriod period() const;
    void setAsOf(QDate asOf);
    QDate asOf() const;
    // The place the figures are about (0: everything the account may see); a place outside the
    // account's own unit is refused (returns false).
    bool setPlace(qint64 orgUnitId);
    IndicatorScope scope() const;

    IndicatorTile *tile(Indicator indicator) const;
    QChart *trendChart() const;
    QChart *categoryChart() const;
    QChart *sourceChart() const;
    QChart *rankingChart() const;
    QTableWidget *departmentTable() const { return m_departments; }
    QList<QChartView *> chartViews() const { return m_views; }
    // The petition tiles (none for an account that may not see petitions); hidden while the scope
    // is narrowed by category, source or department, which petitions do not have.
    PetitionIndicatorTile *petitionTile(PetitionIndicator indicator) const;
    bool petitionTilesShown() const { return m_petitionsShown; }
    const PetitionIndicatorFigures &currentPetitions() const { return m_petitionsNow; }
    // The figure behind a drill as counted here (for the case list to match).
    const IndicatorFigures &current() const { return m_now; }

    // Opens the case list (a window of its own) with exactly those cases.
    CaseListPage *openDrill(const IndicatorDrill &drill);
    // Opens the 信访台账 (a window of its own) with exactly those petitions.
    PetitionBoardPage *openPetitionDrill(const PetitionDrill &drill);
    // Saves a chart as a PNG picture; false (and a message on the page) when it cannot be written.
    bool saveChartPng(QChartView *view, const QString &path);

    // 综治中心工作报表 for the period and scope shown: print preview, PDF, xlsx; and the leader's
    // print pack (report, overdue cases, the month's assessment table) as one PDF. The writers return
    // false and show why on the page when the file cannot be written.
    void previewReport();
    bool exportReportPdf(const QString &path);
    bool exportReportXlsx(const QString &path);
    // `includedAssessment` says whether the month's assessment table went in (it is computed per
    // township and may not have been computed yet).
    bool exportPrintPack(const QString &path, bool *includedAssessment = nullptr);

    // Everything the page shows, computed together.
    struct Figures
    {
        IndicatorFigures now, previous, yearEarlier;
        QList<IndicatorQueries::MonthFigures> trend;
        QList<IndicatorGroup> categories, sources, ranking, departments;
        IndicatorDimension rankingDimension = IndicatorDimension::Township;
        IndicatorScope scope;
        QString scopeLabel;
        bool petitions = false; // the petition figures below were computed
        PetitionIndicatorFigures petitionsNow, petitionsPrevious, petitionsYearEarlier;
    };
    // `petitions`: the petition figures too (where the scope is a place only).
    static Figures computeFigures(const Database &db, const WorkCalendar &calendar,
                                  const ReportPeriod &period, const IndicatorScope &scope, QDate asOf,
                                  bool petitions = false);

signals:
    void drillOpened(zz::CaseListPage *page);
    void petitionDrillOpened(zz::PetitionBoardPage *page);
    void figuresShown();

private:
    void showFigures(quint64 generation, const Figures &figures, const QString &error);
    void buildPeriodPicker(QLayout *layout);
    void periodKindChanged();
    void pickPlace();
    void showTrend();
    void showCategories();
    void showSources();
    void showRanking();
    void showDepartments();
    IndicatorDrill drillFor(IndicatorSet set, const QString &what) const;
    void showPetitions(const Figures &figures);
    QChartView *addChartView(const QString &objectName, QChart *chart);
    void printChart(QChartView *view);
    QString scopeLabel() const;
    void showProblem(const QString &message);
    void showNote(const QString &message);

    const AppContext &m_context;
    IndicatorQueries m_queries;
    qint64 m_placeId = 0;
    QString m_placeName;

    QComboBox *m_kind = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_part = nullptr; // month or quarter
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QDateEdit *m_asOf = nullptr;
    QPushButton *m_placeButton = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_department = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_noteLabel = nullptr;

    QList<IndicatorTile *> m_tiles;
    QList<QChartView *> m_views;
    QChartView *m_trendView = nullptr;
    QChartView *m_categoryView = nullptr;
    QChartView *m_sourceView = nullptr;
    QChartView *m_rankingView = nullptr;
    QTableWidget *m_departments = nullptr;
    bool m_petitionsAllowed = false;
    QWidget *m_petitionSection = nullptr;
    QWidget *m_petitionTileBox = nullptr;
    QLabel *m_petitionNote = nullptr;
    QList<PetitionIndicatorTile *> m_petitionTiles;
    bool m_petitionsShown = false;
    PetitionIndicatorFigures m_petitionsNow;

    IndicatorFigures m_now, m_previous, m_yearEarlier;
    QList<IndicatorQueries::MonthFigures> m_trend;
    QList<IndicatorGroup> m_categories, m_sources, m_ranking, m_departmentGroups;
    IndicatorDimension m_rankingDimension = IndicatorDimension::Township;
    IndicatorScope m_shownScope;
    QString m_shownScopeLabel;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_background = false;
    QList<QPointer<QThread>> m_threads;
};

} // namespace zz
