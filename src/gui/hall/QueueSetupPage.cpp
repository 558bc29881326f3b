#include "QueueSetupPage.h"

#include "Error.h"
#include "queue/QueueOrdering.h"
#include "queue/QueueSetupService.h"
#include "shell/AppContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QTableWidget *listTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QPushButton *pushButton(QWidget *parent, const QString &name, const QString &text)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

QueueSetupPage::QueueSetupPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"queueSetupPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"queueSetupTabs"_s);
    tabs->addTab(typesTab(), tr("业务类型"));
    tabs->addTab(windowsTab(), tr("窗口"));
    tabs->addTab(rotaTab(), tr("驻点值班表"));
    layout->addWidget(tabs, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"setupStatusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    reload();
}

QWidget *QueueSetupPage::typesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    m_typesTable = listTable(page, u"typesTable"_s, {tr("字母"), tr("名称"), tr("每日限号"), tr("状态")});
    layout->addWidget(m_typesTable, 3);
    auto *form = new QFormLayout;
    m_typeName = new QLineEdit(page);
    m_typeName->setObjectName(u"typeNameEdit"_s);
    m_typeName->setMaxLength(QueueSetupService::maxNameLength);
    m_typePrefix = new QLineEdit(page);
    m_typePrefix->setObjectName(u"typePrefixEdit"_s);
    m_typePrefix->setMaxLength(1);
    m_typePrefix->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]"_s), m_typePrefix));
    m_typeCap = new QSpinBox(page);
    m_typeCap->setObjectName(u"typeCapSpinBox"_s);
    m_typeCap->setRange(0, 999);
    m_typeCap->setSpecialValueText(tr("不限"));
    m_typeActive = new QCheckBox(tr("在用"), page);
    m_typeActive->setObjectName(u"typeActiveCheckBox"_s);
    form->addRow(tr("名称"), m_typeName);
    form->addRow(tr("号码字母"), m_typePrefix);
    form->addRow(tr("每日限号"), m_typeCap);
    form->addRow(QString(), m_typeActive);
    auto *buttons = new QHBoxLayout;
    auto *add = pushButton(page, u"newTypeButton"_s, tr("新增"));
    auto *save = pushButton(page, u"saveTypeButton"_s, tr("保存"));
    buttons->addWidget(add);
    buttons->addWidget(save);
    form->addRow(buttons);
    auto *standard = pushButton(page, u"standardTypesButton"_s, tr("添加常用业务类型"));
    standard->setToolTip(
        tr("信访接待、矛盾调解、法律咨询、社保/人社、不动产/自然资源、户籍（字母未被占用的）"));
    form->addRow(standard);
    m_ratio = new QSpinBox(page);
    m_ratio->setObjectName(u"ratioSpinBox"_s);
    m_ratio->setRange(0, QueueOrdering::maxNormalPerPriority);
    m_ratio->setSpecialValueText(tr("优先号总是先叫"));
    m_ratio->setToolTip(tr("每个窗口每叫几个普通号，叫一个优先号（老年人、残疾人、退役军人、孕妇等）"));
    auto *saveRatio = pushButton(page, u"saveRatioButton"_s, tr("保存比例"));
    auto *ratioRow = new QHBoxLayout;
    ratioRow->addWidget(m_ratio);
    ratioRow->addWidget(saveRatio);
    form->addRow(tr("普通号 : 优先号 = N : 1，N ="), ratioRow);
    layout->addLayout(form, 2);

    connect(m_typesTable, &QTableWidget::currentCellChanged, this, [this](int row) { showType(row); });
    connect(add, &QPushButton::clicked, this, [this] {
        m_typesTable->clearSelection();
        showType(-1);
        m_typeName->setFocus();
    });
    connect(save, &QPushButton::clicked, this, &QueueSetupPage::saveType);
    connect(standard, &QPushButton::clicked, this, [this] {
        try {
            const int added =
                QueueSetupService(m_context.db, m_context.clock, m_context.actor()).addStandardTypes();
            reload();
            report(tr("已添加 %n 个常用业务类型。", nullptr, added));
        } catch (const Error &e) {
            report(e.message(), true);
        }
    });
    connect(saveRatio, &QPushButton::clicked, this, [this] {
        try {
            QueueSetupService(m_context.db, m_context.clock, m_context.actor())
                .setNormalPerPriority(m_ratio->value());
            report(tr("优先号比例已保存。"));
        } catch (const Error &e) {
            report(e.message(), true);
        }
    });
    return page;
}

QWidget *QueueSetupPage::windowsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    m_windowsTable = listTable(page, u"windowsTable"_s,
                               {tr("窗口号"), tr("名称"), tr("驻点部门"), tr("办理业务"), tr("状态")});
    layout->addWidget(m_windowsTable, 3);
    auto *form = new QFormLayout;
    m_windowNumber = new QSpinBox(page);
    m_windowNumber->setObjectName(u"windowNumberSpinBox"_s);
    m_windowNumber->setRange(1, 99);
    m_windowName = new QLineEdit(page);
    m_windowName->setObjectName(u"windowNameEdit"_s);
    m_windowName->setMaxLength(QueueSetupService::maxNameLength);
    m_windowDepartment = new QComboBox(page);
    m_windowDepartment->setObjectName(u"windowDepartmentComboBox"_s);
    m_windowTypes = new QListWidget(page);
    m_windowTypes->setObjectName(u"windowTypesList"_s);
    m_windowActive = new QCheckBox(tr("在用"), page);
    m_windowActive->setObjectName(u"windowActiveCheckBox"_s);
    form->addRow(tr("窗口号"), m_windowNumber);
    form->addRow(tr("名称"), m_windowName);
    form->addRow(tr("驻点部门"), m_windowDepartment);
    form->addRow(tr("办理业务"), m_windowTypes);
    form->addRow(QString(), m_windowActive);
    auto *buttons = new QHBoxLayout;
    auto *add = pushButton(page, u"newWindowButton"_s, tr("新增"));
    auto *save = pushButton(page, u"saveWindowButton"_s, tr("保存"));
    buttons->addWidget(add);
    buttons->addWidget(save);
    form->addRow(buttons);
    layout->addLayout(form, 2);
    connect(m_windowsTable, &QTableWidget::currentCellChanged, this, [this](int row) { showWindow(row); });
    connect(add, &QPushButton::clicked, this, [this] {
        m_windowsTable->clearSelection();
        showWindow(-1);
        m_windowName->setFocus();
    });
    connect(save, &QPushButton::clicked, this, &QueueSetupPage::saveWindow);
    return page;
}

QWidget *QueueSetupPage::rotaTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *hint = new QLabel(
        tr("每个窗口每个半天由哪个驻点部门坐班（司法所、人社、自然资源、派出所、法律援助、心理咨询、妇联等，"
           "在“基础数据 › 部门”中类别为“驻点”的部门）。"),
        page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_rotaTable = new QTableWidget(page);
    m_rotaTable->setObjectName(u"rotaTable"_s);
    layout->addWidget(m_rotaTable, 1);
    auto *save = pushButton(page, u"saveRotaButton"_s, tr("保存值班表"));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(save);
    layout->addLayout(row);
    connect(save, &QPushButton::clicked, this, &QueueSetupPage::saveRota);
    return page;
}

void QueueSetupPage::reload()
{
    QList<RotaSlot> rota;
    try {
        QueueSetupService setup(m_context.db, m_context.clock, m_context.actor());
        m_types = setup.serviceTypes();
        m_windows = setup.windows();
        m_departments = setup.residentDepartments();
        rota = setup.rota();
        m_ratio->setValue(setup.normalPerPriority());
    } catch (const Error &e) {
        report(e.message(), true);
        return;
    }
    auto typeName = [this](qint64 id) {
        for (const QueueServiceType &t : std::as_const(m_types))
            if (t.id == id)
                return QString(t.prefix) + u' ' + t.name;
        return QString();
    };
    auto departmentName = [this](qint64 id) {
        for (const Department &d : std::as_const(m_departments))
            if (d.id == id)
                return d.name;
        return QString();
    };
    {
        QSignalBlocker block(m_typesTable);
        m_typesTable->setRowCount(int(m_types.size()));
        for (int r = 0; r < m_types.size(); ++r) {
            const QueueServiceType &t = m_types[r];
            const QStringList cells{QString(t.prefix), t.name,
                                    t.dailyCap ? QString::number(t.dailyCap) : tr("不限"),
                                    t.active ? tr("在用") : tr("停用")};
            for (int c = 0; c < cells.size(); ++c)
                m_typesTable->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
    }
    showType(m_typesTable->currentRow());
    {
        QSignalBlocker block(m_windowsTable);
        m_windowsTable->setRowCount(int(m_windows.size()));
        for (int r = 0; r < m_windows.size(); ++r) {
            const QueueWindow &w = m_windows[r];
            QStringList types;
            for (qint64 id : w.serviceIds)
                types << typeName(id);
            const QStringList cells{QString::number(w.number), w.name, departmentName(w.departmentId),
                                    types.join(tr("、")), w.active ? tr("在用") : tr("停用")};
            for (int c = 0; c < cells.size(); ++c)
                m_windowsTable->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
    }
    m_windowDepartment->clear();
    m_windowDepartment->addItem(tr("（中心窗口）"), 0);
    for (const Department &d : std::as_const(m_departments))
        m_windowDepartment->addItem(d.name, d.id);
    showWindow(m_windowsTable->currentRow());

    // The rota: a row per window, a column per half-day of the week.
    QStringList columns;
    for (int day = 1; day <= 7; ++day)
        for (bool afternoon : {false, true})
            columns << QueueText::halfDayName(day, afternoon);
    m_rotaTable->clear();
    m_rotaTable->setColumnCount(int(columns.size()));
    m_rotaTable->setHorizontalHeaderLabels(columns);
    m_rotaTable->setRowCount(int(m_windows.size()));
    QStringList rows;
    for (int r = 0; r < m_windows.size(); ++r) {
        rows << tr("%1号窗口").arg(m_windows[r].number);
        for (int c = 0; c < columns.size(); ++c) {
            auto *combo = new QComboBox(m_rotaTable);
            combo->setObjectName(u"rotaCombo_%1_%2"_s.arg(r).arg(c));
            combo->addItem(QString(), 0);
            for (const Department &d : std::as_const(m_departments))
                combo->addItem(d.name, d.id);
            for (const RotaSlot &s : std::as_const(rota))
                if (s.windowId == m_windows[r].id && (s.weekday - 1) * 2 + int(s.afternoon) == c)
                    combo->setCurrentIndex(combo->findData(s.departmentId));
            m_rotaTable->setCellWidget(r, c, combo);
        }
    }
    m_rotaTable->setVerticalHeaderLabels(rows);
    m_rotaTable->resizeColumnsToContents();
}

void QueueSetupPage::showType(int row)
{
    const bool existing = row >= 0 && row < m_types.size();
    const QueueServiceType t = existing ? m_types[row] : QueueServiceType{};
    m_typeId = t.id;
    m_typeVersion = t.version;
    m_typeName->setText(t.name);
    m_typePrefix->setText(t.prefix.isNull() ? QString() : QString(t.prefix));
    m_typeCap->setValue(t.dailyCap);
    m_typeActive->setChecked(t.active);
}

void QueueSetupPage::showWindow(int row)
{
    const bool existing = row >= 0 && row < m_windows.size();
    QueueWindow w = existing ? m_windows[row] : QueueWindow{};
    if (!existing) {
        int next = 1;
        for (const QueueWindow &other : std::as_const(m_windows))
            next = std::max(next, other.number + 1);
        w.number = std::min(next, 99);
    }
    m_windowId = w.id;
    m_windowVersion = w.version;
    m_windowNumber->setValue(w.number);
    m_windowName->setText(w.name);
    m_windowDepartment->setCurrentIndex(std::max(0, m_windowDepartment->findData(w.departmentId)));
    m_windowActive->setChecked(w.active);
    m_windowTypes->clear();
    for (const QueueServiceType &t : std::as_const(m_types)) {
        auto *item = new QListWidgetItem(QString(t.prefix) + u' ' + t.name, m_windowTypes);
        item->setData(Qt::UserRole, t.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(w.serviceIds.contains(t.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void QueueSetupPage::saveType()
{
    QueueServiceType t;
    t.id = m_typeId;
    t.version = m_typeVersion;
    t.name = m_typeName->text();
    t.prefix = m_typePrefix->text().isEmpty() ? QChar() : m_typePrefix->text().at(0).toUpper();
    t.dailyCap = m_typeCap->value();
    t.active = m_typeActive->isChecked();
    for (const QueueServiceType &old : std::as_const(m_types))
        if (old.id == t.id)
            t.sortOrder = old.sortOrder;
    if (!t.id)
        t.sortOrder = int(m_types.size()) + 1;
    try {
        const QueueServiceType saved =
            QueueSetupService(m_context.db, m_context.clock, m_context.actor()).saveServiceType(t);
        reload();
        for (int r = 0; r < m_types.size(); ++r)
            if (m_types[r].id == saved.id)
                m_typesTable->selectRow(r);
        report(tr("业务类型“%1”已保存。").arg(saved.name));
    } catch (const Error &e) {
        report(e.message(), true);
    }
}

void QueueSetupPage::saveWindow()
{
    QueueWindow w;
    w.id = m_windowId;
    w.version = m_windowVersion;
    w.number = m_windowNumber->value();
    w.name = m_windowName->text();
    w.departmentId = m_windowDepartment->currentData().toLongLong();
    w.active = m_windowActive->isChecked();
    for (int i = 0; i < m_windowTypes->count(); ++i)
        if (m_windowTypes->item(i)->checkState() == Qt::Checked)
            w.serviceIds << m_windowTypes->item(i)->data(Qt::UserRole).toLongLong();
    try {
        const QueueWindow saved =
            QueueSetupService(m_context.db, m_context.clock, m_context.actor()).saveWindow(w);
        reload();
        for (int r = 0; r < m_windows.size(); ++r)
            if (m_windows[r].id == saved.id)
                m_windowsTable->selectRow(r);
        report(tr("%1号窗口已保存。").arg(saved.number));
    } catch (const Error &e) {
        report(e.message(), true);
    }
}

void QueueSetupPage::saveRota()
{
    QList<RotaSlot> entries;
    for (int r = 0; r < m_rotaTable->rowCount() && r < m_windows.size(); ++r)
        for (int c = 0; c < m_rotaTable->columnCount(); ++c)
            if (auto *combo = qobject_cast<QComboBox *>(m_rotaTable->cellWidget(r, c)))
                if (const qint64 department = combo->currentData().toLongLong())
                    entries << RotaSlot{m_windows[r].id, c / 2 + 1, c % 2 == 1, department};
    try {
        QueueSetupService(m_context.db, m_context.clock, m_context.actor()).saveRota(entries);
        report(tr("值班表已保存。"));
    } catch (const Error &e) {
        report(e.message(), true);
    }
}

void QueueSetupPage::report(const QString &message, bool error)
{
    m_status->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_status->setText(message);
}

} // namespace zz
