#include "BoardFilterPanel.h"

#include "BoardCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr int idRole = Qt::UserRole + 1;
// The date edits show 不限 at their minimum.
const QDate noDate(2000, 1, 1);

template <typename E> QComboBox *enumCombo(QWidget *parent, const QString &name, const QList<E> &values)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(QCoreApplication::translate("zz::BoardFilterPanel", "全部"), -1);
    for (const E value : values)
        combo->addItem(label(value), static_cast<int>(value));
    return combo;
}

template <typename E> std::optional<E> enumChoice(const QComboBox *combo)
{
    const int value = combo->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<E>(static_cast<E>(value));
}

template <typename E> void selectEnum(QComboBox *combo, const std::optional<E> &value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(value ? static_cast<int>(*value) : -1)));
}

void selectId(QComboBox *combo, qint64 id)
{
    combo->setCurrentIndex(qMax(0, combo->findData(id)));
}

QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(QCoreApplication::translate("zz::BoardFilterPanel", "不限"));
    edit->setDate(noDate);
    return edit;
}

} // namespace

BoardFilterPanel::BoardFilterPanel(const BoardCatalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog)
{
    setObjectName(u"boardFilterPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *treeLabel = new QLabel(tr("属地"), this);
    QFont bold = treeLabel->font();
    bold.setBold(true);
    treeLabel->setFont(bold);
    layout->addWidget(treeLabel);
    m_units = new QStandardItemModel(this);
    for (const OrgUnit &unit : catalog.orgUnits()) {
        auto *item = new QStandardItem(unit.name);
        item->setData(unit.id, idRole);
        item->setToolTip(unit.code);
        item->setEditable(false);
        QStandardItem *parentItem = m_unitItems.value(unit.parentId);
        (parentItem ? parentItem : m_units->invisibleRootItem())->appendRow(item);
        m_unitItems.insert(unit.id, item);
    }
    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"orgUnitTreeView"_s);
    m_tree->setModel(m_units);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->expandToDepth(m_unitItems.size() > 60 ? 0 : 1);
    layout->addWidget(m_tree, 1);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 4, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_category = new QComboBox(this);
    m_category->setObjectName(u"categoryFilterComboBox"_s);
    m_category->addItem(tr("全部大类"), qint64(0));
    for (const Category &c : catalog.categories())
        if (c.parentId == 0)
            m_category->addItem(c.name, c.id);
    m_subcategory = new QComboBox(this);
    m_subcategory->setObjectName(u"subcategoryFilterComboBox"_s);
    fillSubcategories();
    form->addRow(tr("类别"), m_category);
    form->addRow(QString(), m_subcategory);

    m_source = enumCombo(this, u"sourceFilterComboBox"_s, allValues<CaseSource>());
    form->addRow(tr("来源"), m_source);

    m_department = new QComboBox(this);
    m_department->setObjectName(u"departmentFilterComboBox"_s);
    m_department->addItem(tr("全部"), qint64(0));
    for (const Department &d : catalog.departments()) {
        const bool ownUnit = d.orgUnitId == catalog.scopeOrgUnitId();
        m_department->addItem(ownUnit ? d.name : tr("%1（%2）").arg(d.name, catalog.orgUnitName(d.orgUnitId)),
                              d.id);
    }
    form->addRow(tr("处置部门"), m_department);

    m_worker = new QComboBox(this);
    m_worker->setObjectName(u"workerFilterComboBox"_s);
    m_worker->addItem(tr("全部"), qint64(0));
    for (const Worker &w : catalog.workers())
        m_worker->addItem(tr("%1（%2）").arg(w.name, catalog.orgUnitName(w.orgUnitId)), w.id);
    form->addRow(tr("网格员"), m_worker);

    m_urgency = enumCombo(this, u"urgencyFilterComboBox"_s, allValues<Urgency>());
    form->addRow(tr("紧急程度"), m_urgency);
    m_risk = enumCombo(this, u"riskFilterComboBox"_s, allValues<RiskColor>());
    form->addRow(tr("风险等级"), m_risk);
    m_warning = enumCombo(this, u"warningFilterComboBox"_s, allValues<WarningLevel>());
    form->addRow(tr("预警"), m_warning);
    m_supervised = new QCheckBox(tr("只看督办件"), this);
    m_supervised->setObjectName(u"supervisedFilterCheckBox"_s);
    form->addRow(QString(), m_supervised);
    m_from = dateEdit(this, u"receivedFromDateEdit"_s);
    m_to = dateEdit(this, u"receivedToDateEdit"_s);
    form->addRow(tr("受理自"), m_from);
    form->addRow(tr("至"), m_to);
    layout->addLayout(form);

    auto *clear = new QPushButton(tr("清空筛选"), this);
    clear->setObjectName(u"clearFiltersButton"_s);
    layout->addWidget(clear);

    for (QComboBox *combo : {m_subcategory, m_source, m_department, m_worker, m_urgency, m_risk, m_warning})
        connect(combo, &QComboBox::currentIndexChanged, this, &BoardFilterPanel::emitChanged);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        fillSubcategories();
        emitChanged();
    });
    connect(m_supervised, &QCheckBox::toggled, this, &BoardFilterPanel::emitChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &BoardFilterPanel::emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &BoardFilterPanel::emitChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BoardFilterPanel::emitChanged);
    connect(clear, &QPushButton::clicked, this, &BoardFilterPanel::clearRequested);
}

void BoardFilterPanel::emitChanged()
{
    if (!m_updating)
        emit changed();
}

void BoardFilterPanel::fillSubcategories()
{
    const QScopedValueRollback updating(m_updating, true);
    const qint64 parent = m_category->currentData().toLongLong();
    m_subcategory->clear();
    m_subcategory->addItem(tr("全部小类"), qint64(0));
    if (parent > 0)
        for (const Category &c : m_catalog.categories())
            if (c.parentId == parent)
                m_subcategory->addItem(c.name, c.id);
    m_subcategory->setEnabled(parent > 0);
}

void BoardFilterPanel::setFilter(const BoardFilter &filter)
{
    const QScopedValueRollback updating(m_updating, true);
    const qint64 unit = filter.orgUnitId > 0 ? filter.orgUnitId : m_catalog.scopeOrgUnitId();
    if (QStandardItem *item = m_unitItems.value(unit)) {
        m_tree->setCurrentIndex(item->index());
        m_tree->scrollTo(item->index());
    } else {
        m_tree->setCurrentIndex({});
        m_tree->clearSelection();
    }

    // The category may be a top-level one or a child.
    qint64 top = filter.categoryId;
    qint64 child = 0;
    for (const Category &c : m_catalog.categories()) {
        if (c.id == filter.categoryId && c.parentId > 0) {
            top = c.parentId;
            child = c.id;
        }
    }
    selectId(m_category, top);
    fillSubcategories();
    selectId(m_subcategory, child);
    selectEnum(m_source, filter.source);
    selectId(m_department, filter.departmentId);
    selectId(m_worker, filter.workerId);
    selectEnum(m_urgency, filter.urgency);
    selectEnum(m_risk, filter.risk);
    selectEnum(m_warning, filter.warning);
    m_supervised->setChecked(filter.supervisedOnly);
    m_from->setDate(filter.receivedFrom.isValid() ? filter.receivedFrom : noDate);
    m_to->setDate(filter.receivedTo.isValid() ? filter.receivedTo : noDate);
}

void BoardFilterPanel::apply(BoardFilter &filter) const
{
    const QModelIndex current = m_tree->currentIndex();
    const qint64 unit = current.isValid() ? current.data(idRole).toLongLong() : 0;
    filter.orgUnitId = unit == m_catalog.scopeOrgUnitId() ? 0 : unit;
    const qint64 child = m_subcategory->currentData().toLongLong();
    filter.categoryId = child > 0 ? child : m_category->currentData().toLongLong();
    filter.source = enumChoice<CaseSource>(m_source);
    filter.departmentId = m_department->currentData().toLongLong();
    filter.workerId = m_worker->currentData().toLongLong();
    filter.urgency = enumChoice<Urgency>(m_urgency);
    filter.risk = enumChoice<RiskColor>(m_risk);
    filter.warning = enumChoice<WarningLevel>(m_warning);
    filter.supervisedOnly = m_supervised->isChecked();
    filter.receivedFrom = m_from->date() > noDate ? m_from->date() : QDate();
    filter.receivedTo = m_to->date() > noDate ? m_to->date() : QDate();
}

} // namespace zz
