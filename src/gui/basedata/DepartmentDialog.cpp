#include "DepartmentDialog.h"

#include "DepartmentService.h"
#include "InputLimits.h"
#include "Validators.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

DepartmentDialog::DepartmentDialog(const AppContext &context, std::optional<Department> existing,
                                   QWidget *parent)
    : QDialog(parent), m_context(context), m_editing(existing.has_value()),
      m_department(existing.value_or(Department{}))
{
    setObjectName(u"departmentDialog"_s);
    setWindowTitle(m_editing ? tr("编辑部门 - %1").arg(m_department.name) : tr("新增部门"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_name = new QLineEdit(m_department.name, this);
    m_name->setObjectName(u"departmentNameLineEdit"_s);
    m_name->setMaxLength(InputLimits::departmentName);
    m_name->setPlaceholderText(tr("如 司法所、派出所、人社窗口"));
    form->addRow(tr("部门名称："), m_name);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"departmentKindComboBox"_s);
    for (DepartmentKind kind : allValues<DepartmentKind>())
        m_kind->addItem(label(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(m_department.kind)));
    m_kind->setToolTip(
        tr("职能部门：分流指派案件的部门；进驻部门：在信访超市（矛盾纠纷调处中心）设窗口的部门"));
    form->addRow(tr("类型："), m_kind);

    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"departmentUnitComboBox"_s);
    const DepartmentService service(context.db, context.clock, context.actor());
    for (const OrgUnit &unit : service.placeableUnits())
        m_unit->addItem(unit.name, unit.id);
    if (m_editing) {
        const int index = m_unit->findData(m_department.orgUnitId);
        m_unit->setCurrentIndex(qMax(0, index));
    } else {
        // An account of a township starts on its own township; the county on its first township.
        const int own = m_unit->findData(context.user.orgUnitId);
        m_unit->setCurrentIndex(own >= 0 && m_unit->count() > 1 && own == 0 ? 1 : qMax(0, own));
    }
    m_unit->setEnabled(m_unit->count() > 1);
    form->addRow(tr("所属单位："), m_unit);

    m_phone = new QLineEdit(m_department.phone, this);
    m_phone->setObjectName(u"departmentPhoneLineEdit"_s);
    m_phone->setMaxLength(InputLimits::phone);
    m_phone->setPlaceholderText(tr("手机号码或带区号的固定电话，可不填"));
    form->addRow(tr("联系电话："), m_phone);

    m_order = new QSpinBox(this);
    m_order->setObjectName(u"departmentOrderSpinBox"_s);
    m_order->setRange(-9999, 9999);
    m_order->setValue(m_department.sortOrder);
    m_order->setToolTip(tr("列表和选择框按排序号从小到大排列，排序号相同的按名称排列"));
    form->addRow(tr("排序号："), m_order);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"departmentProblemLabel"_s);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"departmentSaveButton"_s);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DepartmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DepartmentDialog::reject);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this, &DepartmentDialog::updateState);
    connect(m_phone, &QLineEdit::textChanged, this, &DepartmentDialog::updateState);
    updateState();
    resize(qMax(sizeHint().width(), fontMetrics().horizontalAdvance(u"M"_s) * 40), sizeHint().height());
}

void DepartmentDialog::updateState()
{
    QString problem;
    if (const QString phone = m_phone->text().trimmed(); !phone.isEmpty())
        if (const Validation v = Validators::phone(phone); !v)
            problem = v.message;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Save)
            ->setEnabled(!m_name->text().trimmed().isEmpty() && problem.isEmpty() && m_unit->count() > 0);
}

void DepartmentDialog::accept()
{
    Department d = m_department;
    d.name = m_name->text().trimmed();
    d.kind = DepartmentKind(m_kind->currentData().toInt());
    d.orgUnitId = m_unit->currentData().toLongLong();
    d.phone = m_phone->text().trimmed();
    d.sortOrder = m_order->value();
    DepartmentService service(m_context.db, m_context.clock, m_context.actor());
    try {
        if (m_editing)
            service.update(d);
        else
            service.create(d);
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
    m_department = d;
    QDialog::accept();
}

} // namespace zz
