#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace zz {

class CaseListModel;
class CaseViewDialog;
struct AppContext;

// 查询案件 where a receptionist starts the day: one field for whatever a returning resident holds
// (案件编号, 查询码, name, resident ID, phone), found through the case search of the account's scope,
// the hits listed at once with reporters masked, and Enter or a double-click opening the case.
class CaseLookupPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaseLookupPanel(const AppContext &context, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QTableView *table() const { return m_table; }
    CaseListModel *model() const { return m_model; }

    // Searches for the field's text now (typing searches after a short pause).
    void lookUp();
    // Opens the case view (modeless, deleted on close).
    CaseViewDialog *openCase(qint64 caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Enter in the field: a single hit opens, several put the cursor on the first.
    void submit();
    void showStatus();

    const AppContext &m_context;
    QLineEdit *m_edit = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTableView *m_table = nullptr;
    CaseListModel *m_model = nullptr;
    QTimer *m_timer = nullptr;
    QString m_searched; // the text of the rows shown
};

} // namespace zz
