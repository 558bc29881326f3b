#pragma once

#include "BulkActions.h"
#include "shell/AppContext.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace zz {

class ActionForm;

// 批量派遣/督办/催办 for the cases selected on the board: one form for all, then a summary that
// lists each case that went through and each that refused, by case number with the reason.
class BulkActionDialog : public QDialog
{
    Q_OBJECT

public:
    BulkActionDialog(const AppContext &context, CaseAction action,
                     const QList<QPair<qint64, int>> &idsAndVersions, QWidget *parent = nullptr);

    ActionForm *form() const { return m_form; }
    const BulkResult &result() const { return m_result; }

    // The board's entry point: asks for the input, applies it and shows the summary (blocking).
    // Returns the ids of the cases that changed.
    static QList<qint64> run(const AppContext &context, CaseAction action,
                             const QList<QPair<qint64, int>> &idsAndVersions, QWidget *parent);

signals:
    // After the run, with the cases that changed (the board refreshes them).
    void casesChanged(const QList<qint64> &caseIds);

private:
    void updateOk();
    void apply();
    void showSummary();

    const AppContext &m_context;
    const CaseAction m_action;
    const QList<QPair<qint64, int>> m_cases;
    BulkResult m_result;
    QStackedWidget *m_pages = nullptr;
    ActionForm *m_form = nullptr;
    QLabel *m_hintLabel = nullptr;
    QPushButton *m_okButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableWidget *m_resultTable = nullptr;
};

} // namespace zz
