#include "AuditLogModel.h"

#include "Error.h"

using namespace Qt::StringLiterals;

namespace zz {

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditLogModel::setQuery(const AuditLogReader *reader, const AuditFilter &filter)
{
    beginResetModel();
    m_reader = reader;
    m_filter = filter;
    m_rows.clear();
    m_caseNumbers.clear();
    m_more = false;
    try {
        if (m_reader) {
            m_rows = m_reader->page(m_filter, pageSize);
            readCaseNumbers(m_rows);
            m_more = m_rows.size() == pageSize;
        }
    } catch (...) {
        endResetModel();
        throw;
    }
    endResetModel();
}

void AuditLogModel::readCaseNumbers(const QList<AuditLog::Entry> &rows)
{
    QList<qint64> ids;
    for (const AuditLog::Entry &e : rows)
        if (e.objectType == u"case"_s && e.objectId > 0 && !m_caseNumbers.contains(e.objectId))
            ids << e.objectId;
    m_caseNumbers.insert(m_reader->caseNumbers(ids));
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const AuditLog::Entry &e = m_rows.at(index.row());
    switch (index.column()) {
    case IdColumn:
        return e.id;
    case TimeColumn:
        return e.at.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case ActorColumn:
        return e.actorLogin;
    case ActionColumn:
        return AuditLogReader::actionLabel(e.action);
    case ObjectColumn:
        if (e.objectType == u"case"_s)
            return m_caseNumbers.value(e.objectId, tr("案件 #%1").arg(e.objectId));
        if (e.objectType == u"user"_s)
            return tr("账号 #%1").arg(e.objectId);
        return e.objectId > 0 ? u"%1 #%2"_s.arg(e.objectType).arg(e.objectId) : e.objectType;
    case DetailColumn:
        return e.detail;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("序号");
    case TimeColumn:
        return tr("时间");
    case ActorColumn:
        return tr("操作人");
    case ActionColumn:
        return tr("操作");
    case ObjectColumn:
        return tr("对象");
    case DetailColumn:
        return tr("详情");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && m_reader;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    QList<AuditLog::Entry> page;
    try {
        page = m_reader->page(m_filter, pageSize, m_rows.constLast().id);
        readCaseNumbers(page);
    } catch (const Error &) {
        m_more = false;
        return;
    }
    m_more = page.size() == pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

} // namespace zz
