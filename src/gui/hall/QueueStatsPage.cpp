#include "QueueStatsPage.h"

#include "Error.h"
#include "XlsxTableWriter.h"
#include "queue/QueueService.h"
#include "queue/QueueSetupService.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
QStringList headers()
{
    return {QueueStatsPage::tr("取号数"),         QueueStatsPage::tr("办结数"),
            QueueStatsPage::tr("等候时间中位数"), QueueStatsPage::tr("等候时间平均"),
            QueueStatsPage::tr("办理时间中位数"), QueueStatsPage::tr("办理时间平均")};
}
} // namespace

QueueStatsPage::QueueStatsPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"queueStatsPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *filter = new QHBoxLayout;
    const QDate today = context.clock.now().date();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_from->setObjectName(u"statsFromDateEdit"_s);
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(u"statsToDateEdit"_s);
    m_to->setCalendarPopup(true);
    m_group = new QComboBox(this);
    m_group->setObjectName(u"statsGroupComboBox"_s);
    m_group->addItem(tr("按业务类型"), int(QueueStatistics::GroupBy::ServiceType));
    m_group->addItem(tr("按窗口"), int(QueueStatistics::GroupBy::Window));
    m_group->addItem(tr("按日期"), int(QueueStatistics::GroupBy::Day));
    filter->addWidget(new QLabel(tr("从"), this));
    filter->addWidget(m_from);
    filter->addWidget(new QLabel(tr("到"), this));
    filter->addWidget(m_to);
    filter->addWidget(m_group);
    auto *refresh = new QPushButton(tr("统计"), this);
    refresh->setObjectName(u"statsRefreshButton"_s);
    filter->addWidget(refresh);
    filter->addStretch();
    m_export = new QPushButton(tr("导出 Excel…"), this);
    m_export->setObjectName(u"statsExportButton"_s);
    filter->addWidget(m_export);
    layout->addLayout(filter);
    m_table = new QTableWidget(this);
    m_table->setObjectName(u"statsTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statsStatusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(refresh, &QPushButton::clicked, this, &QueueStatsPage::reload);
    connect(m_group, &QComboBox::currentIndexChanged, this, &QueueStatsPage::reload);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("导出排队统计"), tr("排队统计.xlsx"),
                                                          tr("Excel 工作簿 (*.xlsx)"));
        if (path.isEmpty())
            return;
        try {
            exportXlsx(path);
            m_status->setText(tr("已导出到 %1。").arg(path));
        } catch (const Error &e) {
            m_status->setText(e.message());
        }
    });
    reload();
}

QString QueueStatsPage::groupTitle() const
{
    switch (QueueStatistics::GroupBy(m_group->currentData().toInt())) {
    case QueueStatistics::GroupBy::ServiceType:
        return tr("业务类型");
    case QueueStatistics::GroupBy::Window:
        return tr("窗口");
    case QueueStatistics::GroupBy::Day:
        return tr("日期");
    }
    return {};
}

void QueueStatsPage::reload()
{
    m_rows.clear();
    try {
        QueueService queue(m_context.db, m_context.clock, m_context.actor());
        m_rows = QueueStatistics::group(queue.samples(m_from->date(), m_to->date()),
                                        QueueStatistics::GroupBy(m_group->currentData().toInt()));
        m_status->clear();
    } catch (const Error &e) {
        m_status->setText(e.message());
    }
    m_table->clear();
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(QStringList{groupTitle()} + headers());
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const QueueStatistics::Row &row = m_rows[r];
        const QStringList cells{row.group,
                                QString::number(row.tickets),
                                QString::number(row.served),
                                QueueStatistics::duration(row.waitMedianSecs),
                                QueueStatistics::duration(row.waitMeanSecs),
                                QueueStatistics::duration(row.serviceMedianSecs),
                                QueueStatistics::duration(row.serviceMeanSecs)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_export->setEnabled(!m_rows.isEmpty());
    if (m_rows.isEmpty() && m_status->text().isEmpty())
        m_status->setText(tr("这段时间没有取号记录。"));
}

void QueueStatsPage::exportXlsx(const QString &path) const
{
    // Minutes as numbers, so the sheet can compute with them.
    auto minutes = [](double secs) { return secs < 0 ? QVariant() : QVariant(secs / 60.0); };
    QList<TableColumn> columns{{groupTitle(), ColumnType::Text},
                               {tr("取号数"), ColumnType::Integer},
                               {tr("办结数"), ColumnType::Integer},
                               {tr("等候时间中位数（分钟）"), ColumnType::Decimal},
                               {tr("等候时间平均（分钟）"), ColumnType::Decimal},
                               {tr("办理时间中位数（分钟）"), ColumnType::Decimal},
                               {tr("办理时间平均（分钟）"), ColumnType::Decimal}};
    const QString hall = QueueSetupService(m_context.db, m_context.clock, m_context.actor()).hallName();
    XlsxTableWriter writer(path);
    writer.beginSheet(
        tr("排队统计"), columns,
        {tr("%1 排队统计").arg(hall), tr("%1 至 %2，%3")
                                          .arg(m_from->date().toString(Qt::ISODate),
                                               m_to->date().toString(Qt::ISODate), m_group->currentText())});
    for (const QueueStatistics::Row &row : m_rows)
        writer.addRow({row.group, row.tickets, row.served, minutes(row.waitMedianSecs),
                       minutes(row.waitMeanSecs), minutes(row.serviceMedianSecs),
                       minutes(row.serviceMeanSecs)});
    writer.close();
}

} // namespace zz
