#pragma once

#include "Entities.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace zz {

class OrgUnitService;

// A grid's own details under the org tree: its type, households and boundary (GeoJSON imported from
// a file), and its head and workers as assigned on the workers page (shown, not edited, here).
class GridPanel : public QWidget
{
    Q_OBJECT

public:
    GridPanel(OrgUnitService &service, QWidget *parent = nullptr);

    // Shows the grid; `editable` when the account may change it. Throws nothing (errors are shown).
    void setGrid(const OrgUnit &unit, bool editable);
    // Reads a boundary from the file and puts it in the form (saved with 保存网格信息). Returns the
    // problem, empty when it was taken.
    QString importBoundaryFrom(const QString &path);
    const Grid &grid() const { return m_grid; }

signals:
    // The grid was saved; `conflict` when someone else had changed it (the panel read it again).
    void saved(bool conflict);

private:
    void save();
    void clearBoundary();
    void chooseBoundaryFile();
    void showBoundary();
    void setDirty(bool dirty);

    OrgUnitService &m_service;
    OrgUnit m_unit;
    Grid m_grid;
    bool m_editable = false;
    QComboBox *m_type;
    QSpinBox *m_households;
    QLabel *m_boundary;
    QPushButton *m_import;
    QPushButton *m_clear;
    QPushButton *m_save;
    QListWidget *m_workers;
    QLabel *m_message;
};

} // namespace zz
