#pragma once

#include "AssessmentService.h"
#include "shell/AppContext.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace zz {

class ActivityEntryPanel;
class ScoreTableModel;

// 网格员考评: a township's month — facts entered, the draft computed, explained item by item down to
// the case, adjusted and appealed, approved, locked (and unlocked by a leader with a reason), ranked
// and printed. Township admins and leaders use it; only leaders approve, lock and unlock.
class AssessmentPage : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentPage(const AppContext &context, QWidget *parent = nullptr);

    void reload();
    void setPeriod(const ScorePeriod &period);
    ScorePeriod period() const;
    qint64 townshipId() const;
    ScoreTableModel *model() const { return m_model; }
    const std::optional<ScoreRun> &run() const { return m_run; }

    // The actions of the buttons, for the toolbar and tests.
    void compute();
    void approve();
    void returnToDraft();
    void lock();
    void unlock();
    void printPreview();
    // 考评方案: the scheme of the month, editable (from this month on) unless the month is locked.
    class SchemeDialog *editScheme();
    bool exportPdf(const QString &path);
    void exportPdfInteractive();
    // Opens the detail of the table's row (drill-down); returns the dialog (owned by the page).
    class ScoreDetailDialog *openDetail(int row);

private:
    void showError(const QString &message);
    void clearError();
    void updateState();
    void reloadAdjustments();
    void reloadAppeals();
    void addAdjustment();
    void decideAdjustment(bool approve);
    void fileAppeal();
    void answerAppeal();
    QString townshipName() const;
    void applyRanking();

    const AppContext &m_context;
    std::optional<ScoreRun> m_run;
    QList<ScoreResultRow> m_workers;
    QList<ScoreAdjustment> m_adjustments;
    QList<ScoreAppeal> m_appeals;
    QComboBox *m_township = nullptr;
    QDateEdit *m_period = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_failNotice = nullptr;
    QPushButton *m_compute = nullptr;
    QPushButton *m_scheme = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_lock = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QComboBox *m_ranking = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    ScoreTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ActivityEntryPanel *m_activities = nullptr;
    QTableWidget *m_adjustmentsTable = nullptr;
    QPushButton *m_addAdjustment = nullptr;
    QPushButton *m_approveAdjustment = nullptr;
    QPushButton *m_refuseAdjustment = nullptr;
    QTableWidget *m_appealsTable = nullptr;
    QPushButton *m_fileAppeal = nullptr;
    QPushButton *m_answerAppeal = nullptr;
};

} // namespace zz
