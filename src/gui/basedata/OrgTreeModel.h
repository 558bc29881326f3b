#pragma once

#include "OrgUnitService.h"

#include <QAbstractItemModel>
#include <functional>
#include <memory>
#include <vector>

namespace zz {

// The org tree, read lazily: a unit's children are read from the database (a page at a time) only
// when the view expands it, so a county of thousands of grids never loads whole.
class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CodeColumn, ColumnCount };
    static constexpr int pageSize = 200;
    // Reads a page of children: (parent id or 0 for the roots, offset, limit).
    using ChildReader = std::function<QList<OrgUnitNode>(qint64 parentId, int offset, int limit)>;
    using CountReader = std::function<int(qint64 parentId)>;

    OrgTreeModel(ChildReader children, CountReader count, QObject *parent = nullptr);

    // Forgets everything and reads the roots again. Throws zz::Error.
    void reload();
    const OrgUnit *unitAt(const QModelIndex &index) const;
    int childCountOf(const QModelIndex &index) const;
    // The index of a unit already read; invalid when not.
    QModelIndex indexOf(qint64 id) const;
    // Reads a unit's children again (after an add, delete or move) and its own row from `unit`.
    void refreshChildren(const QModelIndex &parent);
    void updateUnit(const QModelIndex &index, const OrgUnit &unit);
    // Reads children of `parent` until the unit of that id is among them; invalid when it is not.
    QModelIndex findChild(const QModelIndex &parent, qint64 id);

    // Units read from the database since the last reload (for tests of lazy reading).
    int unitsRead() const { return m_unitsRead; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void readFailed(const QString &message);

private:
    struct Node
    {
        OrgUnit unit;
        int childCount = 0;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        bool exhausted = false; // every child read (fewer than a page came back)
    };

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    int rowOf(const Node *node) const;
    bool readMore(const QModelIndex &parent, Node *node);

    ChildReader m_readChildren;
    CountReader m_readCount;
    Node m_root;
    int m_unitsRead = 0;
    bool m_changing = false; // within a change's begin…/end… signals: no nested reads
};

} // namespace zz
