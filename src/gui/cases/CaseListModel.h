#pragma once

#include "CaseRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace zz {

class Database;

// Cases matching a CaseQuery, read page by page (keyset pagination) as the view scrolls; the whole
// table is never loaded. Each row shows its first reporter masked (Masking); the model never holds
// the unmasked name or phone.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CaseNoColumn,
        TitleColumn,
        ReporterColumn, // masked: 张*
        PhoneColumn,    // masked: 138****5678
        StatusColumn,
        SourceColumn,
        UrgencyColumn,
        ReceivedColumn,
        DeadlineColumn,
        ColumnCount
    };
    enum Role {
        // The unformatted value, for sorting and filtering proxies: text, enum as int, time as
        // seconds since the epoch (null for no deadline).
        RawValueRole = Qt::UserRole + 1,
        CaseIdRole,
    };
    static constexpr int pageSize = 200;

    explicit CaseListModel(const Database &db, QObject *parent = nullptr);

    // Replaces the filter and loads the first page. The query's limit and cursor are ignored.
    void setQuery(const CaseQuery &query);
    const CaseQuery &query() const { return m_query; }
    // Loads the first page of the current query again.
    void reload();

    const CaseListRow &caseAt(int row) const { return m_rows.at(row); }
    // The last load error (translated), empty after a successful load.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    // The next page after the rows already held; sets m_hasMore and m_lastError.
    QList<CaseListRow> nextPage();

    const Database &m_db;
    CaseQuery m_query;
    QList<CaseListRow> m_rows;
    struct MaskedReporter
    {
        QString name;
        QString phone;
    };
    QHash<qint64, MaskedReporter> m_reporters; // by case id
    bool m_hasMore = false;
    // Set while the model changes: a view or tester reacting to the change signals must not start
    // another fetch from inside them (it would nest row insertions and load every page at once).
    bool m_changing = false;
    QString m_lastError;
};

} // namespace zz
