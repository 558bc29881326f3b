#pragma once

#include "ReferenceList.h"

#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace zz {

class Error;
class ReferenceListModel;

// A searchable, paged list of one kind of reference data with 新增/编辑/停用/启用/删除 (shown only
// when editable and the kind offers them). The kind supplies the reads and the editor
// (ReferenceKind); the page reads again when shown, after each change and as the search changes.
class ReferenceListPage : public QWidget
{
    Q_OBJECT

public:
    ReferenceListPage(ReferenceKind kind, bool editable, QWidget *parent = nullptr);

    // Reads the list again for the current search, keeping the selected row when it is still there.
    void reload();
    ReferenceListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Where a kind adds its own filters (before the search field).
    QHBoxLayout *filterLayout() const { return m_filterLayout; }
    // Puts a widget to the right of the table (details of the selected row).
    void setSidePanel(QWidget *panel);
    // The selected row; nullptr when none.
    const ReferenceRow *selectedRow() const;
    // Selects the row of that id when it has been read; returns whether it was found.
    bool select(qint64 id);
    bool isEditable() const { return m_editable; }
    // Writes the list through the kind's exportTo (no dialog); the number of rows, or -1 after
    // showing the error on the page.
    qint64 exportList(const QString &path);

signals:
    void currentRowChanged(const zz::ReferenceRow *row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void searchNow();
    void updateButtons();
    void addRow();
    void editSelected();
    void setSelectedActive(bool active);
    void deleteSelected();
    void showError(const QString &message);
    // Handles an error of a change: a stale version reads the list again and says so.
    void reportChangeError(const QString &title, const Error &error);
    QString describe(const ReferenceRow &row) const;

    bool m_editable;
    bool m_shownOnce = false;
    ReferenceListModel *m_model;
    QHBoxLayout *m_filterLayout;
    QLineEdit *m_search;
    QCheckBox *m_showInactive;
    QTimer *m_searchTimer;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deactivateButton;
    QPushButton *m_activateButton;
    QPushButton *m_deleteButton;
    QPushButton *m_exportButton;
    QLabel *m_countLabel;
    QLabel *m_errorLabel;
    QSplitter *m_splitter;
    QTableView *m_table;
};

} // namespace zz
