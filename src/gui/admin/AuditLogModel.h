#pragma once

#include "AuditLogReader.h"

#include <QAbstractTableModel>
#include <optional>

namespace zz {

// The rows the audit-log viewer's filter finds, newest first, read a page at a time (keyset on id)
// as the view scrolls; never the whole table.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, TimeColumn, ActorColumn, ActionColumn, ObjectColumn, DetailColumn, ColumnCount };
    static constexpr int pageSize = 200;

    explicit AuditLogModel(QObject *parent = nullptr);

    // Reads the first page through `reader` (which must outlive the model's use). Throws zz::Error.
    void setQuery(const AuditLogReader *reader, const AuditFilter &filter);
    const AuditLog::Entry &entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    const AuditLogReader *m_reader = nullptr;
    AuditFilter m_filter;
    QList<AuditLog::Entry> m_rows;
    QHash<qint64, QString> m_caseNumbers; // object ids of case rows → case numbers, read per page
    bool m_more = false;
    void readCaseNumbers(const QList<AuditLog::Entry> &rows);
};

} // namespace zz
