#pragma once

#include "BoardFilter.h"

#include <QWidget>
#include <chrono>
#include <memory>

class QComboBox;
class QPrinter;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace zz {

struct AppContext;
class BoardCatalog;
class CalendarCoverageBanner;
class BoardCounter;
class BoardPdfJob;
class BoardPrinter;
class BoardFilterPanel;
class BoardModel;
class ChangeFeed;
class StageStrip;

// 指挥调度台: the stage strip with live counts, the filter panel, the paged case table with warning
// colours, saved filters, and the printed list. Other clients' changes arrive through ChangeFeed and
// are merged into the loaded rows without losing the selection or the scroll position.
class BoardPage : public QWidget
{
    Q_OBJECT

public:
    explicit BoardPage(const AppContext &context, QWidget *parent = nullptr);
    ~BoardPage() override;

    BoardModel *model() const { return m_model; }
    StageStrip *stageStrip() const { return m_strip; }
    BoardFilterPanel *filterPanel() const { return m_panel; }
    QTableView *table() const { return m_table; }
    ChangeFeed *changeFeed() const { return m_feed; }
    const BoardCatalog &catalog() const { return *m_catalog; }

    const BoardFilter &filter() const { return m_filter; }
    // Shows the cases matching `filter` (an org unit outside the account's scope falls back to it).
    void setFilter(const BoardFilter &filter);
    // Reads counts and the loaded rows again, as of the clock's now, keeping selection and scroll.
    void refresh();
    // The context's holiday calendar was reloaded: the coverage banner, the 暂定 marks and the
    // remaining days follow it.
    void calendarReloaded();

    // The current selected case (0 for none), and every selected row (for bulk actions).
    qint64 selectedCaseId() const;
    QList<CaseListRow> selectedRows() const;
    // Selects the case's row if it is loaded.
    bool selectCase(qint64 caseId);

    // 常用筛选: the built-ins first, then the account's own.
    QList<SavedFilter> savedFilters() const;
    bool applySavedFilter(const QString &name);
    // Saves the current filter under `name` for this account; false (with a message shown) when
    // the name is empty or taken by a built-in filter.
    bool saveFilterAs(const QString &name);
    void removeSavedFilter(const QString &name);

    // 打印列表: the loaded rows (more are read first, up to printLimit) in a print preview; a list
    // longer than previewLimit goes to the print dialog instead (a preview lays out and paints every
    // page on the window's thread) and is printed off it.
    void printPreview();
    static constexpr int previewLimit = 300;
    // Reads the rows to print (as 打印列表 does) and prints them on the printer off the window's
    // thread, behind the progress dialog (without a preview or a print dialog).
    bool printList(QPrinter &printer);
    // 导出PDF: asks for a file name.
    void exportPdfInteractive();
    // Writes the list to `path`; false when that failed or the user cancelled reading the rows.
    bool exportPdf(const QString &path);
    static constexpr int printLimit = 5000;
    // How long reading the printed rows runs before its progress dialog (boardPrintProgress) shows.
    void setPrintProgressDelay(std::chrono::milliseconds delay) { m_printProgressDelay = delay; }

    // Opens the case view (double-click or Enter on a row).
    void openCase(qint64 caseId);

    // A count is still being read in the background ("计数中…").
    bool countsPending() const;
    BoardCounter *counter() const { return m_counter; }
    // The first or the last case of the whole list, read from that end (Ctrl+Home, Ctrl+End).
    void goToFirst();
    void goToLast();

signals:
    // "共 N 件" and the stage strip show the counts of the current filter.
    void countsShown();
    // Reading the rows to print has read `rows` so far (the progress dialog shows it).
    void printRowsRead(int rows);
    // The printed list's document is being built, laid out or painted off the window's thread
    // (stage: BoardPrinter::Stage; the progress dialog boardPdfProgress shows it).
    void printProgressed(int stage, int done, int total);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void fitTitleColumn();
    void applyFilter();
    void panelChanged();
    void statusClicked(CaseStatus status, bool add);
    void warningClicked(WarningLevel warning);
    void headerClicked(int column);
    // "共 N 件" and the stage strip, counted in the background (BoardCounter), "计数中…" meanwhile.
    void recount();
    void totalArrived(qint64 total);
    void countsArrived(const StageCounts &counts);
    void keepPlace(int rows);
    void updateSortIndicator();
    void scheduleRefresh();
    void fillSavedFilters(const QString &current = {});
    void savedFilterChosen(int index);
    void saveFilterInteractive();
    void showError(const QString &message);
    // Reads the rows to print (up to printLimit) off the window's thread into the model, with a
    // progress dialog; false when cancelled or failed (the error shown).
    bool loadForPrint();
    bool writePdf(const QString &path);
    // Runs until the job ends, behind a progress dialog with 取消; false when cancelled or failed.
    bool waitForPrintJob(BoardPdfJob &job, const QString &text);
    bool print(std::shared_ptr<const BoardPrinter> list, QPrinter &printer);
    QString printTitle() const;
    qint64 scopeUnit() const;

    const AppContext &m_context;
    std::unique_ptr<BoardCatalog> m_catalog;
    BoardFilter m_filter;
    BoardModel *m_model = nullptr;
    ChangeFeed *m_feed = nullptr;
    StageStrip *m_strip = nullptr;
    BoardFilterPanel *m_panel = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_panelToggle = nullptr;
    QComboBox *m_saved = nullptr;
    QPushButton *m_deleteSaved = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_calendarNote = nullptr;                     // a loaded deadline lies past the holiday calendar
    CalendarCoverageBanner *m_calendarCoverage = nullptr; // the calendar ends within 60 days
    QLabel *m_countLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_liveTimer = nullptr;
    QTimer *m_clockTimer = nullptr;
    BoardCounter *m_counter = nullptr;
    qint64 m_total = 0;
    bool m_totalPending = false;
    bool m_stripPending = false;
    bool m_stale = false;
    std::chrono::milliseconds m_printProgressDelay{500};
    bool m_printLoading = false;
};

} // namespace zz
