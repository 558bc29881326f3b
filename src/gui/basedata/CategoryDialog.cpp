#include "CategoryDialog.h"

#include "CategoryService.h"
#include "DepartmentService.h"
#include "InputLimits.h"
#include "ReferenceRepositories.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

CategoryDialog::CategoryDialog(const AppContext &context, std::optional<Category> existing, qint64 parentId,
                               QWidget *parent)
    : QDialog(parent), m_context(context), m_editing(existing.has_value()),
      m_category(existing.value_or(Category{}))
{
    if (!m_editing)
        m_category.parentId = parentId;
    setObjectName(u"categoryDialog"_s);
    setWindowTitle(m_editing ? tr("编辑事件类别 - %1").arg(m_category.name) : tr("新增事件类别"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const CategoryService service(context.db, context.clock, context.actor());

    m_parent = new QComboBox(this);
    m_parent->setObjectName(u"categoryParentComboBox"_s);
    m_parent->addItem(tr("（一级类别）"), qint64(0));
    bool hasChildren = false;
    for (const Category &c : CategoryRepository(context.db).children(0)) {
        if (c.id == m_category.id)
            continue;
        m_parent->addItem(c.active ? c.name : tr("%1（已停用）").arg(c.name), c.id);
    }
    if (m_editing)
        hasChildren = !CategoryRepository(context.db).children(m_category.id).isEmpty();
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(m_category.parentId)));
    m_parent->setEnabled(!hasChildren);
    if (hasChildren)
        m_parent->setToolTip(tr("该类别下有子类别，只能作为一级类别"));
    form->addRow(tr("上级类别："), m_parent);

    m_code = new QLineEdit(m_category.code, this);
    m_code->setObjectName(u"categoryCodeLineEdit"_s);
    m_code->setMaxLength(InputLimits::code);
    if (!m_editing)
        m_code->setText(service.suggestCode(m_category.parentId));
    form->addRow(tr("类别代码："), m_code);

    m_name = new QLineEdit(m_category.name, this);
    m_name->setObjectName(u"categoryNameLineEdit"_s);
    m_name->setMaxLength(InputLimits::categoryName);
    form->addRow(tr("类别名称："), m_name);

    auto *limit = new QHBoxLayout;
    m_days = new QSpinBox(this);
    m_days->setObjectName(u"categoryDaysSpinBox"_s);
    m_days->setRange(1, CategoryRepository::maxTimeLimitDays);
    m_days->setValue(m_category.timeLimitDays);
    m_dayKind = new QComboBox(this);
    m_dayKind->setObjectName(u"categoryDayKindComboBox"_s);
    m_dayKind->addItem(tr("个工作日"), true);
    m_dayKind->addItem(tr("个自然日"), false);
    m_dayKind->setCurrentIndex(m_category.workingDays ? 0 : 1);
    m_dayKind->setToolTip(tr("工作日不计节假日；重大事件一律按自然日计算"));
    limit->addWidget(m_days);
    limit->addWidget(m_dayKind);
    limit->addStretch(1);
    form->addRow(tr("办理时限："), limit);

    m_department = new QComboBox(this);
    m_department->setObjectName(u"categoryDepartmentComboBox"_s);
    m_department->addItem(tr("（不指定）"), qint64(0));
    // The county's departments and every township's, named with their unit: when a case of another
    // township is dispatched, the department of the same name there is proposed.
    const DepartmentService departments(context.db, context.clock, context.actor());
    DepartmentFilter all;
    all.includeInactive = false;
    for (const DepartmentRow &d : departments.page(all, 0, 1000))
        m_department->addItem(d.unitName + u" / "_s + d.department.name, d.department.id);
    if (m_category.defaultDepartmentId > 0 && m_department->findData(m_category.defaultDepartmentId) < 0) {
        if (const auto stored = DepartmentRepository(context.db).get(m_category.defaultDepartmentId))
            m_department->addItem(stored->name, stored->id);
    }
    m_department->setCurrentIndex(qMax(0, m_department->findData(m_category.defaultDepartmentId)));
    m_department->setToolTip(tr("分流指派时默认选中的处置部门；其他乡镇的案件默认选中本乡镇同名的部门"));
    form->addRow(tr("默认处置部门："), m_department);

    m_urgency = new QComboBox(this);
    m_urgency->setObjectName(u"categoryUrgencyComboBox"_s);
    for (Urgency u : allValues<Urgency>())
        m_urgency->addItem(label(u), int(u));
    m_urgency->setCurrentIndex(m_urgency->findData(int(m_category.defaultUrgency)));
    m_urgency->setToolTip(tr("登记时预先选中的紧急程度，登记人员可以修改"));
    form->addRow(tr("默认紧急程度："), m_urgency);

    m_order = new QSpinBox(this);
    m_order->setObjectName(u"categoryOrderSpinBox"_s);
    m_order->setRange(-9999, 9999);
    m_order->setValue(m_editing ? m_category.sortOrder : service.suggestSortOrder(m_category.parentId));
    m_order->setToolTip(tr("登记和看板的类别选择按排序号从小到大排列，排序号相同的按名称排列"));
    form->addRow(tr("排序号："), m_order);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"categoryProblemLabel"_s);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"categorySaveButton"_s);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CategoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CategoryDialog::reject);
    layout->addWidget(buttons);
    connect(m_parent, &QComboBox::currentIndexChanged, this, &CategoryDialog::parentChanged);
    connect(m_name, &QLineEdit::textChanged, this, &CategoryDialog::updateState);
    connect(m_code, &QLineEdit::textChanged, this, &CategoryDialog::updateState);
    updateState();
    resize(qMax(sizeHint().width(), fontMetrics().horizontalAdvance(u"M"_s) * 44), sizeHint().height());
}

void CategoryDialog::parentChanged()
{
    if (m_editing)
        return;
    const CategoryService service(m_context.db, m_context.clock, m_context.actor());
    const qint64 parentId = m_parent->currentData().toLongLong();
    m_code->setText(service.suggestCode(parentId));
    m_order->setValue(service.suggestSortOrder(parentId));
}

void CategoryDialog::updateState()
{
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Save)
            ->setEnabled(!m_name->text().trimmed().isEmpty() && !m_code->text().trimmed().isEmpty());
}

void CategoryDialog::accept()
{
    Category c = m_category;
    c.parentId = m_parent->currentData().toLongLong();
    c.code = m_code->text().trimmed();
    c.name = m_name->text().trimmed();
    c.timeLimitDays = m_days->value();
    c.workingDays = m_dayKind->currentData().toBool();
    c.defaultDepartmentId = m_department->currentData().toLongLong();
    c.defaultUrgency = Urgency(m_urgency->currentData().toInt());
    c.sortOrder = m_order->value();
    CategoryService service(m_context.db, m_context.clock, m_context.actor());
    try {
        if (m_editing)
            service.update(c);
        else
            service.create(c);
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Conflict || error.kind() == Error::Kind::NotFound ||
            error.kind() == Error::Kind::Connection) {
            m_failure = error;
            QDialog::reject();
            return;
        }
        m_problem->setText(error.message());
        m_problem->show();
        return;
    }
    m_category = c;
    QDialog::accept();
}

} // namespace zz
