#include "DepartmentsPage.h"

#include "DepartmentDialog.h"
#include "DepartmentService.h"
#include "ListExport.h"
#include "ReferenceListPage.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

DepartmentsPage::DepartmentsPage(const AppContext &context, bool editable, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"departmentsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_unitFilter = new QComboBox(this);
    m_unitFilter->setObjectName(u"departmentUnitFilter"_s);
    m_unitFilter->addItem(tr("全部单位"), qint64(0));
    const DepartmentService reader(context.db, context.clock, context.actor());
    for (const OrgUnit &unit : reader.visibleUnits())
        m_unitFilter->addItem(unit.name, unit.id);
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(u"departmentKindFilter"_s);
    m_kindFilter->addItem(tr("全部类型"), -1);
    for (DepartmentKind kind : allValues<DepartmentKind>())
        m_kindFilter->addItem(label(kind), int(kind));

    const auto filter = [this](const QString &search, bool includeInactive) {
        DepartmentFilter f;
        f.text = search;
        f.includeInactive = includeInactive;
        f.orgUnitId = m_unitFilter->currentData().toLongLong();
        if (const int kind = m_kindFilter->currentData().toInt(); kind >= 0)
            f.kind = DepartmentKind(kind);
        return f;
    };
    const auto service = [this] {
        return DepartmentService(m_context.db, m_context.clock, m_context.actor());
    };

    ReferenceKind kind;
    kind.headers = {tr("部门名称"), tr("类型"), tr("所属单位"), tr("联系电话"), tr("排序号")};
    kind.count = [service, filter](const QString &search, bool includeInactive) -> qint64 {
        return service().count(filter(search, includeInactive));
    };
    kind.page = [service, filter](const QString &search, bool includeInactive, int offset, int limit) {
        QList<ReferenceRow> rows;
        for (const DepartmentRow &d : service().page(filter(search, includeInactive), offset, limit)) {
            ReferenceRow row;
            row.id = d.department.id;
            row.version = d.department.version;
            row.active = d.department.active;
            row.editable = d.editable;
            // A department's phone is an office line, not personal data: shown in full.
            row.cells = {d.department.name, label(d.department.kind), d.unitName, d.department.phone,
                         QString::number(d.department.sortOrder)};
            rows.append(row);
        }
        return rows;
    };
    const auto current = [service](const ReferenceRow &row) {
        auto stored = service().get(row.id);
        if (!stored)
            throw Error(Error::Kind::NotFound, DepartmentService::tr("该部门已被删除。"));
        if (stored->version != row.version)
            throw Error(Error::Kind::Conflict,
                        DepartmentService::tr("该部门已被其他人修改，请重新载入后再编辑。"));
        return *stored;
    };
    kind.edit = [this, current](QWidget *parent, const ReferenceRow *row) -> qint64 {
        std::optional<Department> existing;
        if (row)
            existing = current(*row);
        DepartmentDialog dialog(m_context, existing, parent);
        const int result = dialog.exec();
        if (dialog.failure())
            throw *dialog.failure();
        return result == QDialog::Accepted ? dialog.department().id : 0;
    };
    kind.setActive = [service, current](const ReferenceRow &row, bool active) {
        Department d = current(row);
        service().setActive(d, active);
    };
    kind.remove = [service, current](const ReferenceRow &row) { service().remove(current(row)); };

    kind.exportTo = [this, filter](const QString &path, const QString &search, bool includeInactive) {
        ExportFilter f;
        f.search = search;
        f.includeInactive = includeInactive;
        f.departments = filter(search, includeInactive);
        return ListExport(m_context.db, m_context.clock, m_context.actor(), m_context.user.login)
            .write(u"departments"_s, f, path);
    };
    kind.exportFileName = tr("职能部门.xlsx");

    m_list = new ReferenceListPage(std::move(kind), editable && reader.mayManage(), this);
    m_list->setObjectName(u"departmentsList"_s);
    auto *unitLabel = new QLabel(tr("单位："), this);
    m_list->filterLayout()->addWidget(unitLabel);
    m_list->filterLayout()->addWidget(m_unitFilter);
    m_list->filterLayout()->addWidget(m_kindFilter);
    layout->addWidget(m_list);
    connect(m_unitFilter, &QComboBox::currentIndexChanged, m_list, &ReferenceListPage::reload);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, m_list, &ReferenceListPage::reload);
}

} // namespace zz
