#pragma once

#include "PetitionIndicatorQueries.h"
#include "shell/AppContext.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QComboBox;
class QLabel;
class QListWidget;
class QTableView;

namespace zz {

class PetitionBoardModel;
class PetitionDialog;

// 信访台账: every petition in the account's scope, newest first, paged as it scrolls, with the
// running statutory clock of each (即将到期 and 超期 in colour); filters by status, type and repeats;
// counts per status; and the overview of overdue and due-soon clocks the leader works from.
// Double-click opens the petition; 导出台账 writes the ledger with one column per clock.
class PetitionBoardPage : public QWidget
{
    Q_OBJECT

public:
    explicit PetitionBoardPage(const AppContext &context, QWidget *parent = nullptr);

    void reload();
    PetitionBoardModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Opens the petition's dialog (window-modal, not blocking).
    PetitionDialog *openPetition(qint64 petitionId);
    // Overdue clocks in the scope at the last reload (the module's badge).
    int overdueCount() const { return m_overdueCount; }
    // Narrows the board to exactly the petitions behind one figure of the dashboard, with a banner
    // saying which and a button that clears it; nullopt: the whole board again.
    void setDrill(const std::optional<PetitionDrill> &drill);
    const std::optional<PetitionDrill> &drill() const { return m_drill; }
    // The petitions the drill lists (as counted for the banner); -1 without a drill.
    qint64 drillCount() const { return m_drillCount; }
    // Writes the ledger of the filtered rows (every page of them) to an .xlsx or .csv file through
    // ListExport's `petitions` kind: the petitions import template's columns, masked by the role,
    // audited. Returns the rows written; throws zz::Error.
    qint64 exportLedger(const QString &path) const;
    // Asks for a file name and writes the ledger.
    void exportLedgerAs();

signals:
    void overdueCountChanged(int count);
    void openCaseRequested(qint64 caseId);

private:
    void applyFilter();
    void reloadOverview();
    void showDrill();

    const AppContext &m_context;
    PetitionBoardModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QCheckBox *m_repeatCheck = nullptr;
    QLineEdit *m_numberEdit = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QListWidget *m_overdueList = nullptr;
    QListWidget *m_dueSoonList = nullptr;
    int m_overdueCount = 0;
    QWidget *m_drillBar = nullptr;
    QLabel *m_drillLabel = nullptr;
    std::optional<PetitionDrill> m_drill;
    qint64 m_drillCount = -1;
};

} // namespace zz
