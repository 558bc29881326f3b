#pragma once

#include "queue/QueueStatistics.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace zz {

struct AppContext;

// 排队统计: wait and service times of the hall by business type, window or day over a period, median
// and mean, with the number of tickets and of those served; exported to xlsx.
class QueueStatsPage : public QWidget
{
    Q_OBJECT

public:
    explicit QueueStatsPage(const AppContext &context, QWidget *parent = nullptr);

    void reload();
    // Writes the table as shown to an xlsx file. Throws zz::Error.
    void exportXlsx(const QString &path) const;
    const QList<QueueStatistics::Row> &rows() const { return m_rows; }

private:
    QString groupTitle() const;

    const AppContext &m_context;
    QList<QueueStatistics::Row> m_rows;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_group = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace zz
