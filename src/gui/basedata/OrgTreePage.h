#pragma once

#include "OrgUnitService.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeView;

namespace zz {

struct AppContext;
class GridPanel;
class OrgTreeModel;

// 组织机构: the county → township → village/community → grid tree, read level by level as it is
// expanded; search by name or code (in the database) jumping to the unit; add a child, edit,
// deactivate, reactivate and delete (refused with counts) for admins within their scope; a county
// admin moves a village to another township, confirming how many cases follow it. A grid's own
// details (type, households, boundary, workers) show beside the tree.
class OrgTreePage : public QWidget
{
    Q_OBJECT

public:
    OrgTreePage(const AppContext &context, bool editable, QWidget *parent = nullptr);
    ~OrgTreePage() override;

    OrgTreeModel *model() const { return m_model; }
    // Reads the tree again from its top, keeping the selected unit in view.
    void reload();
    // Opens the tree down to the unit and selects it; false when it is not (or no longer) there.
    bool reveal(qint64 unitId);
    const OrgUnit *selectedUnit() const;
    // Writes the account's org units ("org-units") or grids ("grids") to .xlsx or .csv (no dialog);
    // the number of rows. Throws zz::Error.
    qint64 exportList(const QString &kind, const QString &path) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void search();
    void openSearchResult();
    void selectionChanged();
    void updateButtons();
    void showDetails(const OrgUnit *unit);
    void addChild();
    void editSelected();
    void setSelectedActive(bool active);
    void deleteSelected();
    void moveSelected();
    void showConflict(const QString &message);
    void showError(const QString &title, const QString &message);
    // Reads the parent's children again after a change below it, then shows `selectId`.
    void refreshUnder(qint64 parentId, qint64 selectId);

    const AppContext &m_context;
    bool m_editable;
    OrgUnitService m_service;
    OrgTreeModel *m_model;
    QLineEdit *m_search;
    QCheckBox *m_showInactive;
    QListWidget *m_results;
    QTimer *m_searchTimer;
    QTreeView *m_tree;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deactivateButton;
    QPushButton *m_activateButton;
    QPushButton *m_deleteButton;
    QPushButton *m_moveButton;
    QLabel *m_errorLabel;
    QWidget *m_details;
    QLabel *m_detailTitle;
    QLabel *m_detailText;
    GridPanel *m_gridPanel;
    bool m_shownOnce = false;
};

} // namespace zz
