#pragma once

#include "CaseRepository.h"
#include "WorkCalendar.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPixmap>

namespace zz {

class BoardCatalog;
class Database;

// The dispatch board's cases: the rows of a CaseQuery read page by page (keyset pagination) as the
// view scrolls. refresh() reads the loaded rows again and applies the difference as row insertions,
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

    BoardModel(const Database &db, const BoardCatalog &catalog, const WorkCalendar &calendar,
               QObject *parent = nullptr);

    // Replaces the query and loads its first page (the query's limit and cursor are ignored).
    void setQuery(const CaseQuery &query);
    const CaseQuery &query() const { return m_query; }
    // Reads the rows again from the top, as many as are loaded (at most `rows` when >= 0, at least a
    // page), and applies the difference.
    void refresh(int rows = -1);
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
    QString remainingText(const CaseListRow &row) const;

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
    // The order changed through sort().
    void sortChanged(CaseQuery::Sort sort);

private:
    QList<CaseListRow> read(const CaseQuery &query);
    void applyRows(const QList<CaseListRow> &next);
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
    // Set while the model changes: a view reacting to the change signals must not start another fetch.
    bool m_changing = false;
    QString m_lastError;
    mutable QHash<int, QPixmap> m_badges;
};

} // namespace zz
