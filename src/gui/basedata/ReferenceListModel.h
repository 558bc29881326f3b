#pragma once

#include "ReferenceList.h"

#include <QAbstractTableModel>

namespace zz {

// The rows of one kind of reference data matching a search, read from the database a page at a
// time (LIMIT/OFFSET through ReferenceKind::page) as the view scrolls, with the total count.
class ReferenceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int defaultPageSize = 100;

    explicit ReferenceListModel(ReferenceKind kind, QObject *parent = nullptr);

    // Counts and reads the first page of the selection. Throws zz::Error (the model is then empty).
    void setQuery(const QString &search, bool includeInactive);
    // Reads the current selection again from its start.
    void reload() { setQuery(m_search, m_includeInactive); }
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }

    qint64 totalCount() const { return m_total; }
    // The selection shown: what the last setQuery() was given.
    const QString &search() const { return m_search; }
    bool includeInactive() const { return m_includeInactive; }
    const ReferenceRow &rowAt(int row) const { return m_rows.at(row); }
    // The row of the given id among those read so far; -1 when not (yet) read.
    int rowOf(qint64 id) const;
    // Pages read since the last setQuery (the first included): for tests of lazy reading.
    int pagesRead() const { return m_pagesRead; }
    const ReferenceKind &kind() const { return m_kind; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A later page could not be read (the first page's failure is thrown by setQuery).
    void readFailed(const QString &message);

private:
    ReferenceKind m_kind;
    QString m_search;
    bool m_includeInactive = false;
    QList<ReferenceRow> m_rows;
    qint64 m_total = 0;
    int m_pageSize = defaultPageSize;
    int m_pagesRead = 0;
    bool m_changing = false; // within a change's begin…/end… signals: no nested reads
};

} // namespace zz
