#include "ActivityEntryPanel.h"

#include "AssessmentPrinter.h"
#include "Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

ActivityEntryPanel::ActivityEntryPanel(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"activityEntryPanel"_s);
    auto *entry = new QGridLayout;
    m_worker = new QComboBox(this);
    m_worker->setObjectName(u"activityWorkerComboBox"_s);
    m_day = new QDateEdit(this);
    m_day->setObjectName(u"activityDateEdit"_s);
    m_day->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_day->setCalendarPopup(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"activityKindComboBox"_s);
    for (const ActivityKind k :
         {ActivityKind::Visit, ActivityKind::Patrol, ActivityKind::BaseRecord, ActivityKind::Meeting})
        m_kind->addItem(activityKindLabel(k), int(k));
    m_household = new QLineEdit(this);
    m_household->setObjectName(u"householdLineEdit"_s);
    m_household->setPlaceholderText(tr("门牌或户号；按户数登记时留空"));
    m_household->setMaxLength(WorkerActivityRepository::maxHouseholdLength);
    m_quantity = new QDoubleSpinBox(this);
    m_quantity->setObjectName(u"quantitySpinBox"_s);
    m_quantity->setRange(0, 10000);
    m_quantity->setDecimals(1);
    m_quantity->setValue(1);
    m_keyPersons = new QSpinBox(this);
    m_keyPersons->setObjectName(u"keyPersonsSpinBox"_s);
    m_keyPersons->setRange(0, 1000);
    m_night = new QCheckBox(tr("夜间"), this);
    m_night->setObjectName(u"nightCheckBox"_s);
    m_attended = new QCheckBox(tr("出席"), this);
    m_attended->setObjectName(u"attendedCheckBox"_s);
    m_attended->setChecked(true);
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"activityNoteLineEdit"_s);
    m_note->setMaxLength(WorkerActivityRepository::maxNoteLength);
    m_addButton = new QPushButton(tr("添加"), this);
    m_addButton->setObjectName(u"addActivityButton"_s);
    m_addButton->setDefault(true);
    entry->addWidget(new QLabel(tr("网格员"), this), 0, 0);
    entry->addWidget(m_worker, 0, 1);
    entry->addWidget(new QLabel(tr("日期"), this), 0, 2);
    entry->addWidget(m_day, 0, 3);
    entry->addWidget(new QLabel(tr("类型"), this), 0, 4);
    entry->addWidget(m_kind, 0, 5);
    entry->addWidget(new QLabel(tr("走访户"), this), 0, 6);
    entry->addWidget(m_household, 0, 7);
    entry->addWidget(new QLabel(tr("数量"), this), 1, 0);
    entry->addWidget(m_quantity, 1, 1);
    entry->addWidget(new QLabel(tr("重点人员"), this), 1, 2);
    entry->addWidget(m_keyPersons, 1, 3);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_night);
    checks->addWidget(m_attended);
    entry->addLayout(checks, 1, 4, 1, 2);
    entry->addWidget(new QLabel(tr("备注"), this), 1, 6);
    entry->addWidget(m_note, 1, 7);
    entry->addWidget(m_addButton, 1, 8);
    entry->setColumnStretch(7, 1);

    m_table = new QTableWidget(0, 9, this);
    m_table->setObjectName(u"activitiesTable"_s);
    m_table->setHorizontalHeaderLabels({tr("日期"), tr("网格员"), tr("类型"), tr("走访户"), tr("数量"),
                                        tr("重点人员"), tr("夜间"), tr("出席"), tr("备注")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_onlyWorker = new QCheckBox(tr("只看所选网格员"), this);
    m_onlyWorker->setObjectName(u"onlyWorkerCheckBox"_s);
    m_onlyWorker->setChecked(true);
    m_removeButton = new QPushButton(tr("删除所选"), this);
    m_removeButton->setObjectName(u"removeActivityButton"_s);
    m_sums = new QLabel(this);
    m_sums->setObjectName(u"activitySumsLabel"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_onlyWorker);
    bar->addWidget(m_sums, 1);
    bar->addWidget(m_removeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(entry);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_addButton, &QPushButton::clicked, this, &ActivityEntryPanel::add);
    connect(m_household, &QLineEdit::returnPressed, this, &ActivityEntryPanel::add);
    connect(m_note, &QLineEdit::returnPressed, this, &ActivityEntryPanel::add);
    connect(m_removeButton, &QPushButton::clicked, this, &ActivityEntryPanel::removeSelected);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityEntryPanel::updateFields);
    connect(m_worker, &QComboBox::currentIndexChanged, this, &ActivityEntryPanel::reload);
    connect(m_onlyWorker, &QCheckBox::toggled, this, &ActivityEntryPanel::reload);
    updateFields();
}

void ActivityEntryPanel::setMonth(qint64 townshipId, const ScorePeriod &period,
                                  const QList<ScoreResultRow> &workers, bool writable)
{
    m_townshipId = townshipId;
    m_period = period;
    m_writable = writable;
    const qint64 current = m_worker->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_worker);
        m_worker->clear();
        m_names.clear();
        for (const ScoreResultRow &w : workers)
            m_names.insert(w.workerId, w.name);
        for (const ScoreResultRow &w : workers)
            m_worker->addItem(tr("%1（%2）%3").arg(w.name, w.code, w.grids), w.workerId);
        const int index = m_worker->findData(current);
        m_worker->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_day->setDateRange(period.first(), period.last());
    if (m_day->date() < period.first() || m_day->date() > period.last())
        m_day->setDate(std::min(period.last(), std::max(period.first(), m_context.clock.now().date())));
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_worker, m_day, m_kind, m_household, m_quantity, m_keyPersons,
                                          m_night, m_attended, m_note, m_addButton, m_removeButton})
        w->setEnabled(writable && m_worker->count() > 0);
    updateFields();
    reload();
}

void ActivityEntryPanel::updateFields()
{
    const auto kind = ActivityKind(m_kind->currentData().toInt());
    const bool on = m_writable && m_worker->count() > 0;
    m_household->setEnabled(on && kind == ActivityKind::Visit);
    m_keyPersons->setEnabled(on && kind == ActivityKind::Visit);
    m_night->setEnabled(on && kind == ActivityKind::Patrol);
    m_attended->setEnabled(on && kind == ActivityKind::Meeting);
    m_quantity->setEnabled(on && kind != ActivityKind::Meeting);
    m_quantity->setSuffix(kind == ActivityKind::Patrol       ? tr(" 小时")
                          : kind == ActivityKind::BaseRecord ? tr(" 条")
                          : kind == ActivityKind::Visit      ? tr(" 户")
                                                             : QString());
}

void ActivityEntryPanel::reload()
{
    m_table->setRowCount(0);
    m_rows.clear();
    if (m_townshipId <= 0 || !m_period.isValid())
        return;
    try {
        m_rows = WorkerActivityRepository(m_context.db)
                     .list(m_townshipId, m_period,
                           m_onlyWorker->isChecked() ? m_worker->currentData().toLongLong() : 0);
    } catch (const Error &e) {
        emit failed(e.message());
        return;
    }
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const WorkerActivity &a = m_rows.at(r);
        const QStringList values{
            a.day.toString(Qt::ISODate),
            m_names.value(a.workerId),
            activityKindLabel(a.kind),
            a.household,
            a.kind == ActivityKind::Meeting ? QString() : AssessmentPrinter::points(a.quantity),
            a.keyPersons > 0 ? QString::number(a.keyPersons) : QString(),
            a.night ? tr("是") : QString(),
            a.kind == ActivityKind::Meeting ? (a.attended ? tr("出席") : tr("缺席")) : QString(),
            a.note};
        for (int c = 0; c < values.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(values.at(c)));
    }
    m_table->resizeColumnsToContents();
    showSums();
}

void ActivityEntryPanel::showSums()
{
    const qint64 worker = m_worker->currentData().toLongLong();
    QSet<QString> households;
    double counted = 0, hours = 0, records = 0;
    int missed = 0;
    for (const WorkerActivity &a : std::as_const(m_rows)) {
        if (a.workerId != worker)
            continue;
        switch (a.kind) {
        case ActivityKind::Visit:
            if (a.household.isEmpty())
                counted += a.quantity;
            else
                households.insert(QString::number(a.gridId) + a.household);
            break;
        case ActivityKind::Patrol:
            hours += a.quantity;
            break;
        case ActivityKind::BaseRecord:
            records += a.quantity;
            break;
        case ActivityKind::Meeting:
            missed += a.attended ? 0 : 1;
            break;
        }
    }
    m_sums->setText(m_onlyWorker->isChecked() || worker > 0
                        ? tr("本月：走访 %1 户，巡查 %2 小时，采集更新 %3 条，缺席会议 %4 次")
                              .arg(AssessmentPrinter::points(counted + households.size()),
                                   AssessmentPrinter::points(hours), AssessmentPrinter::points(records))
                              .arg(missed)
                        : QString());
}

void ActivityEntryPanel::add()
{
    if (!m_writable || m_worker->count() == 0)
        return;
    WorkerActivity a;
    a.townshipId = m_townshipId;
    a.workerId = m_worker->currentData().toLongLong();
    a.kind = ActivityKind(m_kind->currentData().toInt());
    a.day = m_day->date();
    a.household = m_household->isEnabled() ? m_household->text() : QString();
    a.quantity = m_quantity->value();
    a.keyPersons = m_keyPersons->isEnabled() ? m_keyPersons->value() : 0;
    a.night = m_night->isEnabled() && m_night->isChecked();
    a.attended = !m_attended->isEnabled() || m_attended->isChecked();
    a.note = m_note->text();
    QList<WorkerActivity> rows{a};
    try {
        WorkerActivityRepository(m_context.db).save(rows, m_context.actor());
    } catch (const Error &e) {
        emit failed(e.message());
        return;
    }
    // Ready for the next household of the same worker and day.
    m_household->clear();
    m_note->clear();
    m_keyPersons->setValue(0);
    (m_household->isEnabled() ? static_cast<QWidget *>(m_household) : m_quantity)->setFocus();
    reload();
    emit changed();
}

void ActivityEntryPanel::removeSelected()
{
    const int r = m_table->currentRow();
    if (!m_writable || r < 0 || r >= m_rows.size())
        return;
    try {
        WorkerActivityRepository(m_context.db).remove(m_rows.at(r).id, m_context.actor());
    } catch (const Error &e) {
        emit failed(e.message());
        return;
    }
    reload();
    emit changed();
}

} // namespace zz
