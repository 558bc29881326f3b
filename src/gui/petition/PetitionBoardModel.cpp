#include "PetitionBoardModel.h"

#include "Error.h"
#include "petition/PetitionClock.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace zz {

PetitionBoardModel::PetitionBoardModel(const AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context), m_names(context.db)
{}

void PetitionBoardModel::setFilter(const PetitionBoardFilter &filter)
{
    m_filter = filter;
    reload();
}

QList<PetitionBoardRow> PetitionBoardModel::readPage(const std::optional<PetitionBoardKey> &after)
{
    m_error.clear();
    try {
        return PetitionRepository(m_context.db, m_context.actor())
            .page(m_filter, pageSize, m_context.clock.now().date(), ClockSettings{}.reminderDays, after);
    } catch (const Error &e) {
        m_error = e.message();
        return {};
    }
}

void PetitionBoardModel::reload()
{
    beginResetModel();
    m_rows = readPage(std::nullopt);
    m_atEnd = m_rows.size() < pageSize;
    endResetModel();
}

const PetitionBoardRow *PetitionBoardModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int PetitionBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PetitionBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PetitionBoardModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PetitionBoardModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    const PetitionBoardRow &last = m_rows.last();
    const QList<PetitionBoardRow> more = readPage(PetitionBoardKey{last.receivedAt, last.id});
    m_atEnd = more.size() < pageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

QVariant PetitionBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("信访编号");
    case ReceivedColumn:
        return tr("登记时间");
    case PetitionerColumn:
        return tr("信访人");
    case TypeColumn:
        return tr("类别");
    case RequestColumn:
        return tr("诉求");
    case StatusColumn:
        return tr("状态");
    case ClockColumn:
        return tr("当前时限");
    case DueColumn:
        return tr("到期日");
    case RemainingColumn:
        return tr("剩余");
    default:
        return {};
    }
}

QVariant PetitionBoardModel::data(const QModelIndex &index, int role) const
{
    const PetitionBoardRow *r = row(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    const QDate today = m_context.clock.now().date();
    const bool overdue = r->clockState == ClockState::Overdue;
    const bool dueSoon = r->clockState == ClockState::DueSoon;
    if (role == Qt::ForegroundRole) {
        if (index.column() == NumberColumn && r->flags.testFlag(PetitionFlag::MajorUrgent))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (index.column() >= ClockColumn && overdue)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (index.column() >= ClockColumn && dueSoon)
            return QBrush(QColor(0xa1, 0x5c, 0x00));
        return {};
    }
    if (role == Qt::FontRole &&
        ((index.column() == NumberColumn && r->flags.testFlag(PetitionFlag::MajorUrgent)) ||
         (index.column() >= ClockColumn && overdue))) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == NumberColumn) {
        QStringList flags;
        for (const PetitionFlag f : allValues<PetitionFlag>())
            if (r->flags.testFlag(f))
                flags << label(f);
        // Where it lies: a ledger number is unique within its township only, so a county's board may list
        // the same number once per township.
        QStringList lines;
        try {
            lines << m_names.orgUnitChain(r->orgUnitId);
        } catch (const Error &) {
            // the place stays unnamed when it cannot be read; the flags still show
        }
        if (!flags.isEmpty())
            lines << flags.join(enumerationSeparator());
        lines.removeAll(QString());
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return r->flags.testFlag(PetitionFlag::MajorUrgent) ? tr("%1（重大紧急）").arg(r->petitionNo)
                                                            : r->petitionNo;
    case ReceivedColumn:
        return QLocale().toString(r->receivedAt, u"yyyy-MM-dd HH:mm"_s);
    case PetitionerColumn:
        return r->visitForm == VisitForm::Group ? tr("%1 等 %n 人", nullptr, r->headCount).arg(r->petitioner)
                                                : r->petitioner;
    case TypeColumn:
        return r->repeat ? tr("%1 · 重复").arg(label(r->type)) : label(r->type);
    case RequestColumn:
        return r->request.left(60);
    case StatusColumn:
        return label(r->status);
    case ClockColumn:
        if (!r->nextClockKind)
            return {};
        return r->clockState == ClockState::Paused ? tr("%1（暂停）").arg(label(*r->nextClockKind))
                                                   : label(*r->nextClockKind);
    case DueColumn:
        return r->nextDueDate.isValid() ? QLocale().toString(r->nextDueDate, u"yyyy-MM-dd"_s) : QString();
    case RemainingColumn: {
        if (!r->nextDueDate.isValid() || r->clockState == ClockState::Paused)
            return {};
        const qint64 days = today.daysTo(r->nextDueDate);
        if (days < 0)
            return tr("超期 %n 天", nullptr, int(-days));
        if (days == 0)
            return tr("今日到期");
        return dueSoon ? tr("即将到期，%n 天", nullptr, int(days)) : tr("%n 天", nullptr, int(days));
    }
    default:
        return {};
    }
}

} // namespace zz
