#include "ReferenceListModel.h"

#include "Error.h"

#include <QBrush>
#include <QPalette>

namespace zz {

ReferenceListModel::ReferenceListModel(ReferenceKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_kind(std::move(kind))
{}

void ReferenceListModel::setQuery(const QString &search, bool includeInactive)
{
    m_changing = true;
    beginResetModel();
    m_search = search;
    m_includeInactive = includeInactive;
    m_rows.clear();
    m_total = 0;
    m_pagesRead = 0;
    try {
        if (m_kind.count && m_kind.page) {
            m_total = m_kind.count(m_search, m_includeInactive);
            if (m_total > 0) {
                m_rows = m_kind.page(m_search, m_includeInactive, 0, m_pageSize);
                m_pagesRead = 1;
            }
        }
    } catch (...) {
        m_rows.clear();
        m_total = 0;
        endResetModel();
        m_changing = false;
        throw;
    }
    endResetModel();
    m_changing = false;
}

int ReferenceListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int ReferenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferenceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kind.headers.size());
}

QVariant ReferenceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReferenceRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QString();
    case Qt::ForegroundRole:
        if (!row.active)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::UserRole:
        return row.id;
    }
    return {};
}

QVariant ReferenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_kind.headers.size())
        return {};
    return m_kind.headers.at(section);
}

bool ReferenceListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void ReferenceListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<ReferenceRow> more;
    try {
        more = m_kind.page(m_search, m_includeInactive, int(m_rows.size()), m_pageSize);
    } catch (const Error &error) {
        // What was read stays; the list ends there until it is read again.
        m_total = m_rows.size();
        emit readFailed(error.message());
        return;
    }
    ++m_pagesRead;
    if (more.isEmpty()) {
        m_total = m_rows.size(); // rows went away since the count
        return;
    }
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
    m_changing = false;
}

} // namespace zz
