#include "BoardModel.h"

#include "BoardCatalog.h"
#include "Error.h"
#include "cases/StatusPalette.h"

#include <QBrush>
#include <QColor>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>
#include <QScopedValueRollback>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr qint64 secsPerHour = 3600;
constexpr qint64 secsPerDay = 24 * secsPerHour;

QPixmap dot(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return pixmap;
}

// Ceiling division for the hours shown: 10 minutes left is "1 小时", not "0 小时".
qint64 wholeHours(qint64 secs)
{
    return qMax<qint64>(1, (secs + secsPerHour - 1) / secsPerHour);
}

// The longest run of old rows that keep their relative order in the new list: those stay in place,
// every other old row is removed and every other new row inserted.
QList<bool> rowsToKeep(const QList<int> &newPositions)
{
    const qsizetype n = newPositions.size();
    QList<qsizetype> tails; // tails[k]: index of the smallest tail of a run of length k+1
    QList<qsizetype> previous(n, -1);
    for (qsizetype i = 0; i < n; ++i) {
        const int value = newPositions.at(i);
        if (value < 0)
            continue;
        const auto at = std::lower_bound(tails.begin(), tails.end(), value,
                                         [&](qsizetype t, int v) { return newPositions.at(t) < v; });
        if (at != tails.begin())
            previous[i] = *(at - 1);
        if (at == tails.end())
            tails.append(i);
        else
            *at = i;
    }
    QList<bool> keep(n, false);
    for (qsizetype i = tails.isEmpty() ? -1 : tails.constLast(); i >= 0; i = previous.at(i))
        keep[i] = true;
    return keep;
}

} // namespace

BoardModel::BoardModel(const Database &db, const BoardCatalog &catalog, const WorkCalendar &calendar,
                       QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_catalog(catalog), m_calendar(calendar)
{}

void BoardModel::setNow(const QDateTime &now)
{
    // Whole seconds, as the database compares them: a row is overdue in the table exactly when the
    // overdue filter and count include it.
    const QDateTime seconds = now.addMSecs(-now.time().msec());
    if (seconds == m_now)
        return;
    m_now = seconds;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

std::optional<CaseQuery::Sort> BoardModel::sortFor(int column, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    switch (column) {
    case ReceivedColumn:
        return ascending ? CaseQuery::Sort::ReceivedAsc : CaseQuery::Sort::ReceivedDesc;
    case DeadlineColumn:
    case RemainingColumn:
        return ascending ? CaseQuery::Sort::DeadlineAsc : CaseQuery::Sort::DeadlineDesc;
    case UrgencyColumn:
        return CaseQuery::Sort::UrgencyDesc;
    default:
        return std::nullopt;
    }
}

std::pair<int, Qt::SortOrder> BoardModel::columnFor(CaseQuery::Sort sort)
{
    switch (sort) {
    case CaseQuery::Sort::ReceivedAsc:
        return {ReceivedColumn, Qt::AscendingOrder};
    case CaseQuery::Sort::DeadlineAsc:
        return {DeadlineColumn, Qt::AscendingOrder};
    case CaseQuery::Sort::DeadlineDesc:
        return {DeadlineColumn, Qt::DescendingOrder};
    case CaseQuery::Sort::UrgencyDesc:
        return {UrgencyColumn, Qt::DescendingOrder};
    case CaseQuery::Sort::ReceivedDesc:
        break;
    }
    return {ReceivedColumn, Qt::DescendingOrder};
}

void BoardModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortFor(column, order);
    if (!sort || *sort == m_query.sort)
        return;
    CaseQuery query = m_query;
    query.sort = *sort;
    setQuery(query);
    emit sortChanged(*sort);
}

QList<CaseListRow> BoardModel::read(const CaseQuery &query)
{
    CaseQuery q = query;
    q.now = m_now;
    try {
        QList<CaseListRow> rows = CaseRepository(m_db).list(q);
        m_lastError.clear();
        emit rowsRead(int(rows.size()));
        return rows;
    } catch (const Error &error) {
        m_lastError = error.message();
        return {};
    }
}

void BoardModel::setQuery(const CaseQuery &query)
{
    const QScopedValueRollback busy(m_changing, true);
    beginResetModel();
    m_query = query;
    m_query.limit = pageSize;
    m_query.afterId = 0;
    m_query.afterKey = 0;
    m_query.afterKey2 = 0;
    m_query.reverse = false;
    m_rows = read(m_query);
    // After a failed read, stop paging: a view would otherwise ask again on every scroll.
    m_hasMore = m_lastError.isEmpty() && m_rows.size() >= pageSize;
    m_hasBefore = false;
    endResetModel();
    m_changing = false;
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}

void BoardModel::refresh(int firstVisible, int lastVisible)
{
    if (m_changing)
        return;
    const QScopedValueRollback busy(m_changing, true);
    const int loaded = int(m_rows.size());
    if (lastVisible < 0 || lastVisible >= loaded)
        lastVisible = loaded - 1;
    firstVisible = std::clamp(firstVisible, 0, qMax(0, lastVisible));
    const int start = qMax(0, firstVisible - refreshMargin);
    const int wanted = qMax(pageSize, qMax(0, lastVisible - start + 1) + refreshMargin);

    // The slice is read after the row just above it: a loaded row, or (the window's first row being
    // in the slice while earlier rows exist) the row before the window, found from the other end.
    CaseQuery query = m_query;
    query.limit = wanted;
    query.afterId = 0;
    query.reverse = false;
    bool fromTop = start == 0 && !m_hasBefore;
    if (start > 0) {
        CaseRepository::seekAfter(query, m_rows.at(start - 1));
    } else if (!fromTop && !m_rows.isEmpty()) {
        CaseQuery before = m_query;
        before.limit = 1;
        before.reverse = true;
        CaseRepository::seekAfter(before, m_rows.constFirst());
        const QList<CaseListRow> anchor = read(before);
        if (!m_lastError.isEmpty()) {
            m_changing = false;
            emit loadFailed(m_lastError);
            return;
        }
        if (anchor.isEmpty())
            fromTop = true;
        else
            CaseRepository::seekAfter(query, anchor.constFirst());
    }
    const QList<CaseListRow> next = read(query);
    if (m_lastError.isEmpty()) {
        // Rows outside the slice go: those above are read again when scrolled back to.
        if (start > 0) {
            dropRows(0, start);
            emit rowsDroppedAbove(start);
        }
        if (m_rows.size() > wanted)
            dropRows(wanted, m_rows.size() - wanted);
        m_hasBefore = !fromTop;
        m_hasMore = next.size() >= wanted;
        applyRows(next);
    }
    m_changing = false;
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}

void BoardModel::dropRows(qsizetype first, qsizetype count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, int(first), int(first + count - 1));
    m_rows.remove(first, count);
    endRemoveRows();
}

void BoardModel::resetTo(const QList<CaseListRow> &rows, bool hasBefore, bool hasMore)
{
    beginResetModel();
    m_rows = rows;
    m_hasBefore = hasBefore;
    m_hasMore = hasMore;
    endResetModel();
}

void BoardModel::setRows(const QList<CaseListRow> &rows, bool hasMore)
{
    if (m_changing)
        return;
    const QScopedValueRollback busy(m_changing, true);
    m_lastError.clear();
    resetTo(rows, false, hasMore);
}

void BoardModel::loadLast()
{
    if (m_changing)
        return;
    const QScopedValueRollback busy(m_changing, true);
    CaseQuery query = m_query;
    query.afterId = 0;
    query.reverse = true;
    QList<CaseListRow> rows = read(query);
    if (m_lastError.isEmpty()) {
        std::reverse(rows.begin(), rows.end());
        resetTo(rows, rows.size() >= pageSize, false);
    }
    m_changing = false;
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}

void BoardModel::loadFirst()
{
    if (!m_changing && m_hasBefore)
        setQuery(m_query);
}

int BoardModel::fetchPrevious()
{
    if (m_changing || !m_hasBefore || m_rows.isEmpty())
        return 0;
    const QScopedValueRollback busy(m_changing, true);
    CaseQuery page = m_query;
    page.reverse = true;
    CaseRepository::seekAfter(page, m_rows.constFirst());
    QList<CaseListRow> rows = read(page);
    int added = 0;
    if (m_lastError.isEmpty()) {
        m_hasBefore = rows.size() >= pageSize;
        std::reverse(rows.begin(), rows.end());
        added = int(rows.size());
        if (added > 0) {
            beginInsertRows({}, 0, added - 1);
            m_rows = rows + m_rows;
            endInsertRows();
            emit rowsAddedAbove(added);
        }
        if (m_rows.size() > windowRows) {
            dropRows(windowRows, m_rows.size() - windowRows);
            m_hasMore = true;
        }
    }
    m_changing = false;
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
    return added;
}

void BoardModel::applyRows(const QList<CaseListRow> &next)
{
    QHash<qint64, int> newPosition;
    newPosition.reserve(next.size());
    for (int j = 0; j < next.size(); ++j)
        newPosition.insert(next.at(j).id, j);
    QList<int> positions;
    positions.reserve(m_rows.size());
    for (const CaseListRow &row : std::as_const(m_rows))
        positions.append(newPosition.value(row.id, -1));
    const QList<bool> keep = rowsToKeep(positions);

    // Removals from the bottom up, one signal per run of neighbouring rows.
    for (qsizetype last = m_rows.size() - 1; last >= 0;) {
        if (keep.at(last)) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !keep.at(first - 1))
            --first;
        beginRemoveRows({}, int(first), int(last));
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    // The rows left appear in `next` in the same order: walk both, inserting what is new.
    qsizetype i = 0;
    for (qsizetype j = 0; j < next.size();) {
        if (i < m_rows.size() && m_rows.at(i).id == next.at(j).id) {
            m_rows[i++] = next.at(j++);
            continue;
        }
        qsizetype k = j;
        while (k < next.size() && !(i < m_rows.size() && next.at(k).id == m_rows.at(i).id))
            ++k;
        beginInsertRows({}, int(i), int(i + (k - j) - 1));
        m_rows.insert(i, k - j, CaseListRow{});
        for (qsizetype n = j; n < k; ++n)
            m_rows[i + (n - j)] = next.at(n);
        endInsertRows();
        i += k - j;
        j = k;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int BoardModel::rowOf(qint64 caseId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == caseId)
            return row;
    return -1;
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BoardModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_changing && !m_fetchPaused;
}

void BoardModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore || m_changing || m_rows.isEmpty())
        return;
    const QScopedValueRollback busy(m_changing, true);
    CaseQuery page = m_query;
    CaseRepository::seekAfter(page, m_rows.constLast());
    const QList<CaseListRow> rows = read(page);
    m_hasMore = m_lastError.isEmpty() && rows.size() >= pageSize;
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        endInsertRows();
    }
    if (m_rows.size() > windowRows) {
        const qsizetype excess = m_rows.size() - windowRows;
        dropRows(0, excess);
        m_hasBefore = true;
        emit rowsDroppedAbove(int(excess));
    }
    m_changing = false;
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}

bool BoardModel::isProvisional(const CaseListRow &row) const
{
    return isOpen(row.status) && m_calendar.isProvisional(row.deadline, row.deadlineWorkingDays);
}

QString BoardModel::provisionalNote() const
{
    QDateTime latest;
    for (const CaseListRow &row : m_rows) {
        if (isProvisional(row) && (!latest.isValid() || row.deadline > latest))
            latest = row.deadline;
    }
    return latest.isValid() ? m_calendar.provisionalNote(latest, true) : QString();
}

QString BoardModel::remainingText(const CaseListRow &row) const
{
    const QString text = plainRemainingText(row);
    return !text.isEmpty() && isProvisional(row) ? tr("%1（暂定）").arg(text) : text;
}

QString BoardModel::plainRemainingText(const CaseListRow &row) const
{
    if (!isOpen(row.status) || !row.deadline.isValid() || !m_now.isValid())
        return {};
    const qint64 secs = m_now.secsTo(row.deadline);
    if (secs >= 0) {
        const int days = m_calendar.remainingDays(m_now, row.deadline, row.deadlineWorkingDays);
        if (secs < secsPerDay || days <= 0)
            return tr("剩 %n 小时", nullptr, int(wholeHours(secs)));
        return row.deadlineWorkingDays ? tr("剩 %n 个工作日", nullptr, days) : tr("剩 %n 天", nullptr, days);
    }
    if (-secs < secsPerDay)
        return tr("超期 %n 小时", nullptr, int(wholeHours(-secs)));
    const int late = -m_calendar.remainingDays(m_now, row.deadline, row.deadlineWorkingDays);
    return row.deadlineWorkingDays ? tr("超期 %n 个工作日", nullptr, late) : tr("超期 %n 天", nullptr, late);
}

QVariant BoardModel::display(const CaseListRow &row, Column column) const
{
    switch (column) {
    case CaseNoColumn:
        return row.caseNo;
    case TitleColumn:
        return row.title;
    case StatusColumn:
        return label(row.status);
    case CategoryColumn:
        return m_catalog.categoryName(row.categoryId);
    case PlaceColumn:
        return m_catalog.placeLabel(row.orgUnitId);
    case DepartmentColumn:
        // A case dispatched to a grid worker names the worker as one, never as a department.
        if (row.departmentId > 0)
            return m_catalog.departmentName(row.departmentId);
        return row.workerId > 0 ? tr("网格员：%1").arg(m_catalog.workerName(row.workerId)) : QString();
    case UrgencyColumn:
        return label(row.urgency);
    case RiskColumn:
        return label(row.risk);
    case ReceivedColumn:
        // This year's cases by day and time, older ones by date (the full time is in the tooltip).
        return row.receivedAt.toString(m_now.isValid() && row.receivedAt.date().year() != m_now.date().year()
                                           ? u"yyyy-MM-dd"_s
                                           : u"MM-dd HH:mm"_s);
    case DeadlineColumn:
        if (!row.deadline.isValid())
            return QString();
        return isProvisional(row) ? tr("%1（暂定）").arg(row.deadline.toString(u"yyyy-MM-dd"_s))
                                  : row.deadline.toString(u"yyyy-MM-dd"_s);
    case RemainingColumn:
        return remainingText(row);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BoardModel::raw(const CaseListRow &row, Column column) const
{
    switch (column) {
    case CaseNoColumn:
    case TitleColumn:
    case CategoryColumn:
    case PlaceColumn:
    case DepartmentColumn:
        return display(row, column);
    case StatusColumn:
        return static_cast<int>(row.status);
    case UrgencyColumn:
        return static_cast<int>(row.urgency);
    case RiskColumn:
        return static_cast<int>(row.risk);
    case ReceivedColumn:
        return row.receivedAt.toSecsSinceEpoch();
    case DeadlineColumn:
        return row.deadline.isValid() ? QVariant(row.deadline.toSecsSinceEpoch()) : QVariant();
    case RemainingColumn:
        return row.deadline.isValid() && m_now.isValid() ? QVariant(m_now.secsTo(row.deadline)) : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QPixmap BoardModel::superviseBadge(SuperviseLevel level) const
{
    const auto cached = m_badges.constFind(int(level));
    if (cached != m_badges.cend())
        return *cached;
    QString text;
    QColor fill;
    QColor ink = Qt::white;
    switch (level) {
    case SuperviseLevel::None:
        return {};
    case SuperviseLevel::Normal:
        text = tr("督办");
        break;
    case SuperviseLevel::YellowCard:
        text = tr("黄牌");
        break;
    case SuperviseLevel::RedCard:
        text = tr("红牌");
        break;
    }
    fill = StatusPalette::superviseFill(level);
    ink = StatusPalette::superviseInk(level);
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    const QFontMetrics metrics(font);
    const QSize size(metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(0, 0, size.width(), size.height()), 3, 3);
    painter.setFont(font);
    painter.setPen(ink);
    painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, text);
    painter.end();
    m_badges.insert(int(level), pixmap);
    return pixmap;
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size() ||
        index.column() >= ColumnCount)
        return {};
    const CaseListRow &row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());

    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case RawValueRole:
        return raw(row, column);
    case CaseIdRole:
        return row.id;
    case WarningRole:
        return static_cast<int>(CaseRepository::warning(row, m_now));
    case SuperviseLevelRole:
        return static_cast<int>(row.superviseLevel);
    case Qt::BackgroundRole:
        if (const WarningLevel warning = CaseRepository::warning(row, m_now); warning != WarningLevel::Normal)
            return QBrush(StatusPalette::warningBackground(warning));
        break;
    case Qt::DecorationRole:
        if (column == TitleColumn && row.superviseLevel != SuperviseLevel::None)
            return superviseBadge(row.superviseLevel);
        if (column == RiskColumn)
            return dot(StatusPalette::risk(row.risk));
        break;
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return QBrush(StatusPalette::status(row.status));
        if (column == UrgencyColumn && row.urgency != Urgency::Normal)
            return QBrush(StatusPalette::urgency(row.urgency));
        if (column == RemainingColumn && CaseRepository::warning(row, m_now) == WarningLevel::Overdue)
            return QBrush(StatusPalette::warningText(WarningLevel::Overdue));
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case TitleColumn:
            return row.superviseLevel == SuperviseLevel::None
                       ? row.title
                       : tr("%1：\n%2", "supervision level, then the title")
                             .arg(label(row.superviseLevel), row.title);
        case CategoryColumn:
            return m_catalog.categoryPath(row.categoryId);
        case PlaceColumn:
            return m_catalog.orgUnitChain(row.orgUnitId);
        case DepartmentColumn:
            if (row.departmentId > 0 && row.workerId > 0)
                return tr("%1，网格员 %2")
                    .arg(m_catalog.departmentName(row.departmentId), m_catalog.workerName(row.workerId));
            break;
        case ReceivedColumn:
            return row.receivedAt.toString(u"yyyy-MM-dd HH:mm"_s);
        case DeadlineColumn:
        case RemainingColumn:
            if (row.deadline.isValid()) {
                QString tip = tr("办理期限 %1（%2）")
                                  .arg(row.deadline.toString(u"yyyy-MM-dd HH:mm"_s),
                                       row.deadlineWorkingDays ? tr("按工作日计") : tr("按自然日计"));
                if (isProvisional(row))
                    tip += u'\n' + m_calendar.provisionalNote(row.deadline, row.deadlineWorkingDays);
                return tip;
            }
            break;
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == TitleColumn || column == CategoryColumn || column == PlaceColumn ||
            column == DepartmentColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignVCenter | Qt::AlignLeft));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    default:
        break;
    }
    return {};
}

QVariant BoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && sortFor(section, Qt::AscendingOrder))
        return tr("点击按此列排序");
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case CaseNoColumn:
        return tr("案件编号");
    case TitleColumn:
        return tr("标题");
    case StatusColumn:
        return tr("状态");
    case CategoryColumn:
        return tr("类别");
    case PlaceColumn:
        return tr("属地");
    case DepartmentColumn:
        return tr("处置部门/网格员");
    case UrgencyColumn:
        return tr("紧急程度");
    case RiskColumn:
        return tr("风险");
    case ReceivedColumn:
        return tr("受理时间");
    case DeadlineColumn:
        return tr("办理期限");
    case RemainingColumn:
        return tr("剩余时间");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace zz
