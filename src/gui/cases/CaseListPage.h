#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace zz {

class CaseListModel;
class Database;

// The 案件查询 page: a text search and a status filter over a paged case table.
class CaseListPage : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListPage(const Database &db, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }
    // Runs the current search again (new cases, changed statuses).
    void reload();

private:
    void applyFilter();
    void updateCount();
    void showError(const QString &message);

    const Database &m_db;
    CaseListModel *m_model = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace zz
