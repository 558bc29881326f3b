#pragma once

#include "BoardFilter.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace zz {

class BoardCatalog;

// The board's filter panel: the org-unit tree of the account's scope, then category (two levels),
// source, department, grid worker, urgency, risk, warning level, 督办 and the received-date range.
// The search text, statuses and order live elsewhere on the page.
class BoardFilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BoardFilterPanel(const BoardCatalog &catalog, QWidget *parent = nullptr);

    // Shows the panel's part of `filter` without emitting changed().
    void setFilter(const BoardFilter &filter);
    // Writes the panel's choices into `filter`, leaving text, statuses and order alone.
    void apply(BoardFilter &filter) const;

    QTreeView *orgTree() const { return m_tree; }

signals:
    void changed();
    void clearRequested();

private:
    void fillSubcategories();
    void emitChanged();

    const BoardCatalog &m_catalog;
    QStandardItemModel *m_units = nullptr;
    QHash<qint64, QStandardItem *> m_unitItems;
    QTreeView *m_tree = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_subcategory = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_worker = nullptr;
    QComboBox *m_urgency = nullptr;
    QComboBox *m_risk = nullptr;
    QComboBox *m_warning = nullptr;
    QCheckBox *m_supervised = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    bool m_updating = false;
};

} // namespace zz
