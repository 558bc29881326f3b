#pragma once

#include "dispatch/ReferenceNames.h"
#include "petition/PetitionRepository.h"
#include "shell/AppContext.h"

#include <QAbstractTableModel>

namespace zz {

// The rows of the 信访台账, paged from the repository as the view scrolls (keyset on receipt time,
// newest first): number, receipt, petitioner, type, status, the clock that runs now with its due date
// and days left (即将到期 orange, 超期 red), 重大紧急 marked.
class PetitionBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        ReceivedColumn,
        PetitionerColumn,
        TypeColumn,
        RequestColumn,
        StatusColumn,
        ClockColumn,
        DueColumn,
        RemainingColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int pageSize = 100;

    explicit PetitionBoardModel(const AppContext &context, QObject *parent = nullptr);

    void setFilter(const PetitionBoardFilter &filter);
    const PetitionBoardFilter &filter() const { return m_filter; }
    // Reads the first page again.
    void reload();
    const PetitionBoardRow *row(int index) const;
    // The last read's failure, translated (empty when it went well).
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<PetitionBoardRow> readPage(const std::optional<PetitionBoardKey> &after);

    const AppContext &m_context;
    ReferenceNames m_names; // the places in the number's tooltip, read once each
    PetitionBoardFilter m_filter;
    QList<PetitionBoardRow> m_rows;
    bool m_atEnd = true;
    QString m_error;
};

} // namespace zz
