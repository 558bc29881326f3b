#include "OrgTreeModel.h"

#include "Error.h"

#include <QBrush>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace zz {

OrgTreeModel::OrgTreeModel(ChildReader children, CountReader count, QObject *parent)
    : QAbstractItemModel(parent), m_readChildren(std::move(children)), m_readCount(std::move(count))
{
    m_root.childCount = 1; // read on reload()
}

void OrgTreeModel::reload()
{
    m_changing = true;
    beginResetModel();
    m_root.children.clear();
    m_root.exhausted = false;
    m_unitsRead = 0;
    endResetModel();
    m_changing = false;
    m_root.childCount = m_readCount(0);
    readMore({}, &m_root);
}

OrgTreeModel::Node *OrgTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_root);
}

int OrgTreeModel::rowOf(const Node *node) const
{
    const Node *parent = node->parent;
    for (size_t i = 0; i < parent->children.size(); ++i)
        if (parent->children.at(i).get() == node)
            return int(i);
    return -1;
}

QModelIndex OrgTreeModel::indexOfNode(const Node *node) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(rowOf(node), 0, const_cast<Node *>(node));
}

const OrgUnit *OrgTreeModel::unitAt(const QModelIndex &index) const
{
    return index.isValid() ? &nodeOf(index)->unit : nullptr;
}

int OrgTreeModel::childCountOf(const QModelIndex &index) const
{
    return nodeOf(index)->childCount;
}

QModelIndex OrgTreeModel::indexOf(qint64 id) const
{
    // Only the units read so far: a few hundred at most.
    std::vector<const Node *> stack{&m_root};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        if (node != &m_root && node->unit.id == id)
            return indexOfNode(node);
        for (const auto &child : node->children)
            stack.push_back(child.get());
    }
    return {};
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (row < 0 || size_t(row) >= node->children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex OrgTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int OrgTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int OrgTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool OrgTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    return node->childCount > 0 || !node->children.empty();
}

QVariant OrgTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const OrgUnit &unit = nodeOf(index)->unit;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CodeColumn)
            return unit.code;
        {
            QString text = unit.name;
            if (unit.special)
                text += tr(" [开发区/农场等]");
            if (!unit.active)
                text += tr(" (已停用)");
            return text;
        }
    case Qt::ToolTipRole:
        if (unit.special)
            return tr("区划代码第7至9位为400至599：开发区、农场等特殊区域，不是一般乡镇。");
        if (unit.local)
            return tr("本中心自行新增的单位(本地代码)。");
        return {};
    case Qt::ForegroundRole:
        if (!unit.active)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        if (unit.special && index.column() == NameColumn)
            return QBrush(QColor(0x8d, 0x5a, 0x00));
        return {};
    case Qt::UserRole:
        return unit.id;
    }
    return {};
}

QVariant OrgTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("名称") : tr("代码");
}

bool OrgTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0 || m_changing)
        return false;
    const Node *node = nodeOf(parent);
    return !node->exhausted && node->childCount > 0;
}

void OrgTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        readMore(parent, nodeOf(parent));
}

bool OrgTreeModel::readMore(const QModelIndex &parent, Node *node)
{
    QList<OrgUnitNode> page;
    try {
        page = m_readChildren(node == &m_root ? 0 : node->unit.id, int(node->children.size()), pageSize);
    } catch (const Error &error) {
        node->exhausted = true;
        emit readFailed(error.message());
        return false;
    }
    m_unitsRead += int(page.size());
    if (page.size() < pageSize)
        node->exhausted = true;
    if (page.isEmpty()) {
        node->childCount = int(node->children.size());
        return false;
    }
    const int first = int(node->children.size());
    m_changing = true;
    beginInsertRows(parent, first, first + int(page.size()) - 1);
    for (const OrgUnitNode &read : page) {
        auto child = std::make_unique<Node>();
        child->unit = read.unit;
        child->childCount = read.childCount;
        child->parent = node;
        node->children.push_back(std::move(child));
    }
    endInsertRows();
    m_changing = false;
    node->childCount = qMax(node->childCount, int(node->children.size()));
    return true;
}

void OrgTreeModel::refreshChildren(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (!node->children.empty()) {
        m_changing = true;
        beginRemoveRows(parent, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
        m_changing = false;
    }
    node->exhausted = false;
    try {
        node->childCount = m_readCount(node == &m_root ? 0 : node->unit.id);
    } catch (const Error &error) {
        emit readFailed(error.message());
        return;
    }
    if (node->childCount > 0)
        readMore(parent, node);
    else
        node->exhausted = true;
    if (parent.isValid())
        emit dataChanged(parent, parent.siblingAtColumn(CodeColumn));
}

void OrgTreeModel::updateUnit(const QModelIndex &index, const OrgUnit &unit)
{
    if (!index.isValid())
        return;
    nodeOf(index)->unit = unit;
    emit dataChanged(index.siblingAtColumn(NameColumn), index.siblingAtColumn(CodeColumn));
}

QModelIndex OrgTreeModel::findChild(const QModelIndex &parent, qint64 id)
{
    Node *node = nodeOf(parent);
    for (;;) {
        for (size_t i = 0; i < node->children.size(); ++i)
            if (node->children.at(i)->unit.id == id)
                return createIndex(int(i), 0, node->children.at(i).get());
        if (node->exhausted || !readMore(parent, node))
            return {};
    }
}

} // namespace zz
