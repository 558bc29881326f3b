#pragma once

#include "IndicatorQueries.h"

#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace zz {

class CaseListModel;
class CaseViewDialog;
struct AppContext;

// The 案件查询 page: a text search and a status filter over a paged case table, limited to the
// account's org unit. Reporters show masked; 显示完整信息 reveals one case's parties (audited).
class CaseListPage : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListPage(const AppContext &context, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }
    // Runs the current search again (new cases, changed statuses).
    void reload();
    // Lists exactly the cases behind one figure of the leaders' dashboard (with the page's own
    // search and status filter on top), shown in a line above the table; nullopt lists all again.
    void setDrill(const std::optional<IndicatorDrill> &drill);
    const std::optional<IndicatorDrill> &drill() const { return m_drill; }
    // Shows the unmasked parties of the selected case and records that in the audit log.
    void revealSelected();
    // Writes every case of the current search to an .xlsx or .csv file (by the suffix; masked unless
    // the role may export personal data; audited). Returns the number of cases written, -1 after
    // showing the error on the page.
    // Writes every case of the current query as `kind` (cases: the list; case-ledger: the import's columns).
    qint64 exportList(const QString &path, const QString &kind = QStringLiteral("cases"));
    QAction *exportAction() const { return m_exportAction; }
    // Opens the case view (modeless, deleted on close); double-click and Enter on a row do this.
    CaseViewDialog *openCase(qint64 caseId);
    void openSelected();
    QAction *openAction() const { return m_openAction; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void updateCount();
    void showError(const QString &message);
    void updateActions();

    const AppContext &m_context;
    CaseListModel *m_model = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QWidget *m_drillBar = nullptr;
    QLabel *m_drillLabel = nullptr;
    std::optional<IndicatorDrill> m_drill;
    QTableView *m_table = nullptr;
    QTimer *m_searchTimer = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_ledgerExportAction = nullptr;
    bool m_countStale = false; // the search changed while the page was hidden
};

} // namespace zz
