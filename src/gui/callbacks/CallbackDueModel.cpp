#include "CallbackDueModel.h"

#include "Error.h"

using namespace Qt::StringLiterals;

namespace zz {

CallbackDueModel::CallbackDueModel(const AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{}

void CallbackDueModel::setClosedWithinDays(int days)
{
    m_closedWithinDays = qMax(0, days);
}

void CallbackDueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_more = false;
    try {
        m_rows = CallbackService(m_context.db, m_context.clock)
                     .due(m_context.actor(), m_closedWithinDays, pageSize);
        m_more = m_rows.size() == pageSize;
    } catch (...) {
        endResetModel();
        throw;
    }
    endResetModel();
}

int CallbackDueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallbackDueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallbackDueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CallbackDue &d = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CaseNoColumn:
            return d.caseNo;
        case TitleColumn:
            return d.title;
        case StatusColumn:
            return label(d.status);
        case SinceColumn:
            return d.since.toString(u"yyyy-MM-dd HH:mm"_s);
        case FailedColumn:
            return d.failedAttempts > 0 ? tr("%n 次", nullptr, d.failedAttempts) : QString();
        case LastAttemptColumn:
            return d.lastAttempt.isValid() ? d.lastAttempt.toString(u"yyyy-MM-dd HH:mm"_s) : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == FailedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CallbackDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CaseNoColumn:
        return tr("案件编号");
    case TitleColumn:
        return tr("标题");
    case StatusColumn:
        return tr("状态");
    case SinceColumn:
        return tr("等待自");
    case FailedColumn:
        return tr("未联系上");
    case LastAttemptColumn:
        return tr("最近回访");
    }
    return {};
}

bool CallbackDueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void CallbackDueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    QList<CallbackDue> page;
    try {
        page = CallbackService(m_context.db, m_context.clock)
                   .due(m_context.actor(), m_closedWithinDays, pageSize, m_rows.constLast());
    } catch (const Error &) {
        m_more = false; // the page shows the error on its next reload
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
