#pragma once

#include "CallbackService.h"
#include "shell/AppContext.h"

#include <QAbstractTableModel>

namespace zz {

// The cases due for a call-back in the account's scope, longest waiting first, read a page at a time
// (keyset on the case's last change) as the view scrolls.
class CallbackDueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CaseNoColumn,
        TitleColumn,
        StatusColumn,
        SinceColumn,
        FailedColumn,
        LastAttemptColumn,
        ColumnCount
    };
    static constexpr int pageSize = 100;

    explicit CallbackDueModel(const AppContext &context, QObject *parent = nullptr);

    void setClosedWithinDays(int days);
    int closedWithinDays() const { return m_closedWithinDays; }
    // Reads the first page again. Throws zz::Error.
    void reload();
    const CallbackDue &at(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    const AppContext &m_context;
    QList<CallbackDue> m_rows;
    int m_closedWithinDays = 15;
    bool m_more = false;
};

} // namespace zz
