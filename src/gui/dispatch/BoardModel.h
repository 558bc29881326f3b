#pragma once

#include "CaseRepository.h"
#include "WorkCalendar.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPixmap>

namespace zz {

class BoardCatalog;
class Database;

// The dispatch board's cases: a window of at most windowRows rows of a CaseQuery, read page by page
// (keyset pagination) as the view scrolls either way, or from the end (loadLast(), keyset from the
// other end). refresh() reads the visible rows again and applies the difference as row insertions,
// removals and data changes, so views keep their selection and scroll position.
class BoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CaseNoColumn,
        TitleColumn,
        StatusColumn,
        CategoryColumn,
        PlaceColumn,
        DepartmentColumn,
        UrgencyColumn,
        RiskColumn,
        ReceivedColumn,
        DeadlineColumn,
        RemainingColumn,
        ColumnCount
    };
    enum Role {
        // The unformatted value: text, enum as int, times as epoch seconds, remaining time in seconds.
        RawValueRole = Qt::UserRole + 1,
        CaseIdRole,
        WarningRole,       // WarningLevel as int
        SuperviseLevelRole // SuperviseLevel as int
    };
    static constexpr int pageSize = 200;
    // The most rows kept: scrolling on drops pages from the other end (read again when scrolled back).
    static constexpr int windowRows = 25 * pageSize;
    // Rows around the visible ones that refresh() reads too.
    static constexpr int refreshMargin = 50;

    BoardModel(const Database &db, const BoardCatalog &catalog, const WorkCalendar &calendar,
               QObject *parent = nullptr);

    // Replaces the query and loads its first page (the query's limit and cursor are ignored).
    void setQuery(const CaseQuery &query);
    const CaseQuery &query() const { return m_query; }
    // Reads the rows from firstVisible to lastVisible again (with refreshMargin rows either side; -1:
    // the whole window) and applies the difference; loaded rows outside that range are let go (read
    // again when scrolled to), so a refresh costs what is on the screen, not what was scrolled past.
    void refresh(int firstVisible = 0, int lastVisible = -1);
    // Shows `rows` read elsewhere (the printed list's, from its start) as the window.
    void setRows(const QList<CaseListRow> &rows, bool hasMore);
    // The last page of the query (keyset from the other end), shown as the window's end (Ctrl+End).
    void loadLast();
    // The first page again when the window does not start there (Ctrl+Home).
    void loadFirst();
    // Reads the page before the window's first row (scrolling up past it); returns the rows added.
    int fetchPrevious();
    // Rows of the query lie before the window (dropped while scrolling, or the window was read from
    // the end).
    bool hasBefore() const { return m_hasBefore; }
    // While paused (the scroll bar is being dragged), canFetchMore() is false.
    void setFetchPaused(bool paused) { m_fetchPaused = paused; }
    // "Now" for warning colours and remaining time (the query's `now` follows it on the next read).
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }

    const CaseListRow &caseAt(int row) const { return m_rows.at(row); }
    // The row showing the case, or -1.
    int rowOf(qint64 caseId) const;
    QString lastError() const { return m_lastError; }
    bool hasMore() const { return m_hasMore; }

    // The order a column sorts by, if any: received time, deadline (and remaining time), urgency.
    static std::optional<CaseQuery::Sort> sortFor(int column, Qt::SortOrder order);
    // The column and direction an order shows as in the header.
    static std::pair<int, Qt::SortOrder> columnFor(CaseQuery::Sort sort);

    // "剩 3 个工作日", "剩 5 小时", "超期 2 天"; empty for finished cases and cases without a limit.
    // A provisional deadline (see isProvisional()) adds "（暂定）".
    QString remainingText(const CaseListRow &row) const;
    // An open case whose deadline was counted past the holiday calendar's end: the rule of
    // WorkCalendar::isProvisional(), the same the intake form warns by.
    bool isProvisional(const CaseListRow &row) const;
    // "2027 年节假日尚未录入，期限按周末推算" when a loaded row is provisional (naming the years up
    // to the latest such deadline); empty otherwise.
    QString provisionalNote() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Re-reads in the order of a sortable column (see sortFor()); other columns are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const QString &message);
    // Rows were read from the database (a page, the end, a refresh): how many.
    void rowsRead(int count);
    // `count` rows were removed from the window's top while scrolling down, or added there while
    // scrolling up: a view keeps its place by moving its scroll position by as much.
    void rowsDroppedAbove(int count);
    void rowsAddedAbove(int count);
    // The order changed through sort().
    void sortChanged(CaseQuery::Sort sort);

private:
    QString plainRemainingText(const CaseListRow &row) const;
    QList<CaseListRow> read(const CaseQuery &query);
    void applyRows(const QList<CaseListRow> &next);
    void resetTo(const QList<CaseListRow> &rows, bool hasBefore, bool hasMore);
    void dropRows(qsizetype first, qsizetype count);
    QVariant display(const CaseListRow &row, Column column) const;
    QVariant raw(const CaseListRow &row, Column column) const;
    QPixmap superviseBadge(SuperviseLevel level) const;

    const Database &m_db;
    const BoardCatalog &m_catalog;
    const WorkCalendar &m_calendar;
    CaseQuery m_query;
    QDateTime m_now;
    QList<CaseListRow> m_rows;
    bool m_hasMore = false;
    bool m_hasBefore = false;
    bool m_fetchPaused = false;
    // Set while the model changes: a view reacting to the change signals must not start another fetch.
    bool m_changing = false;
    QString m_lastError;
    mutable QHash<int, QPixmap> m_badges;
};

} // namespace zz
