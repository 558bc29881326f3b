#include "CaseListModel.h"

#include "Error.h"
#include "PartyDirectory.h"
#include "StatusPalette.h"
#include "Validators.h"

#include <QBrush>
#include <QColor>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace zz {

CaseListModel::CaseListModel(const Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

void CaseListModel::setQuery(const CaseQuery &query)
{
    const QScopedValueRollback busy(m_changing, true);
    beginResetModel();
    m_query = query;
    m_query.limit = pageSize;
    m_query.afterId = 0;
    m_query.afterKey = 0;
    m_rows.clear();
    m_reporters.clear();
    m_hasMore = true;
    m_rows = nextPage();
    endResetModel();
    m_changing = false;
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}

void CaseListModel::reload()
{
    setQuery(m_query);
}

QList<CaseListRow> CaseListModel::nextPage()
{
    CaseQuery page = m_query;
    if (!m_rows.isEmpty()) {
        page.afterId = m_rows.constLast().id;
        page.afterKey = CaseRepository::sortKey(m_rows.constLast(), page.sort);
    }
    try {
        QList<CaseListRow> rows = CaseRepository(m_db).list(page);
        QList<qint64> ids;
        ids.reserve(rows.size());
        for (const CaseListRow &row : std::as_const(rows))
            ids.append(row.id);
        // Masked here: the unmasked values go no further than this loop.
        const QHash<qint64, CaseParty> reporters = PartyDirectory::firstReporters(m_db, ids);
        for (auto it = reporters.cbegin(); it != reporters.cend(); ++it) {
            const CaseParty &party = it.value();
            m_reporters.insert(it.key(), {party.anonymous ? tr("匿名") : Masking::name(party.name),
                                          Masking::phone(party.phone)});
        }
        m_hasMore = rows.size() >= pageSize;
        m_lastError.clear();
        return rows;
    } catch (const Error &error) {
        // Stop paging: a view would otherwise ask again on every scroll.
        m_hasMore = false;
        m_lastError = error.message();
        return {};
    }
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_changing;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore || m_changing)
        return;
    const QScopedValueRollback busy(m_changing, true);
    const QList<CaseListRow> rows = nextPage();
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        endInsertRows();
    }
    m_changing = false;
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size() ||
        index.column() >= ColumnCount)
        return {};
    const CaseListRow &row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CaseNoColumn:
            return row.caseNo;
        case TitleColumn:
            return row.title;
        case ReporterColumn:
            return m_reporters.value(row.id).name;
        case PhoneColumn:
            return m_reporters.value(row.id).phone;
        case StatusColumn:
            return label(row.status);
        case SourceColumn:
            return label(row.source);
        case UrgencyColumn:
            return label(row.urgency);
        case ReceivedColumn:
            return row.receivedAt.toString(u"yyyy-MM-dd HH:mm"_s);
        case DeadlineColumn:
            return row.deadline.isValid() ? row.deadline.toString(u"yyyy-MM-dd"_s) : QString();
        case ColumnCount:
            break;
        }
        break;
    case RawValueRole:
        switch (column) {
        case CaseNoColumn:
            return row.caseNo;
        case TitleColumn:
            return row.title;
        case ReporterColumn:
            return m_reporters.value(row.id).name;
        case PhoneColumn:
            return m_reporters.value(row.id).phone;
        case StatusColumn:
            return static_cast<int>(row.status);
        case SourceColumn:
            return static_cast<int>(row.source);
        case UrgencyColumn:
            return static_cast<int>(row.urgency);
        case ReceivedColumn:
            return row.receivedAt.toSecsSinceEpoch();
        case DeadlineColumn:
            return row.deadline.isValid() ? QVariant(row.deadline.toSecsSinceEpoch()) : QVariant();
        case ColumnCount:
            break;
        }
        break;
    case CaseIdRole:
        return row.id;
    case Qt::ToolTipRole:
        if (column == TitleColumn)
            return row.title;
        if (column == DeadlineColumn && row.deadline.isValid())
            return row.deadline.toString(u"yyyy-MM-dd HH:mm"_s);
        break;
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return QBrush(StatusPalette::status(row.status));
        if (column == UrgencyColumn && row.urgency != Urgency::Normal)
            return QBrush(StatusPalette::urgency(row.urgency));
        break;
    case Qt::TextAlignmentRole:
        if (column != TitleColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignVCenter | Qt::AlignLeft));
    default:
        break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case CaseNoColumn:
        return tr("案件编号");
    case TitleColumn:
        return tr("标题");
    case ReporterColumn:
        return tr("反映人");
    case PhoneColumn:
        return tr("联系电话");
    case StatusColumn:
        return tr("状态");
    case SourceColumn:
        return tr("来源");
    case UrgencyColumn:
        return tr("紧急程度");
    case ReceivedColumn:
        return tr("受理时间");
    case DeadlineColumn:
        return tr("办理期限");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace zz
