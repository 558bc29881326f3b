#include "CategoryImporter.h"

#include "CategoryService.h"
#include "DepartmentService.h"
#include "Error.h"
#include "ReferenceRepositories.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {

enum Column { Code, Name, Parent, Days, DayKind, Urgency_, Department_, DepartmentUnit, Sort, Status };

struct CategoryRow
{
    int number = 0;
    QString code;
    QString name;
    QString parentCode;
    std::optional<int> days;
    std::optional<bool> workingDays;
    std::optional<Urgency> urgency;
    QString department;     // the default department's name; empty: none
    QString departmentUnit; // the code of its unit (county or township)
    std::optional<int> sortOrder;
    std::optional<bool> active;
};

} // namespace

ImportKind CategoryImporter::describe()
{
    ImportKind k;
    k.id = u"categories"_s;
    k.title = tr("事项类别");
    k.description =
        tr("两级事项类别（一级类别和其下的二级类别）及办理时限；按类别代码识别，只有县级管理员可以导入。");
    k.columns = {
        {u"code"_s,
         u"类别代码"_s,
         {u"分类代码"_s, u"代码"_s, u"类别编码"_s},
         ImportType::Code,
         true,
         u"0102"_s,
         tr("一级类别两位，二级类别在其后加两位"),
         {}},
        {u"name"_s,
         u"类别名称"_s,
         {u"分类名称"_s, u"名称"_s, u"二级分类"_s, u"二级业务分类"_s},
         ImportType::Text,
         true,
         u"土地纠纷"_s,
         tr("同级不重名"),
         {}},
        {u"parent"_s,
         u"上级类别代码"_s,
         {u"一级类别代码"_s, u"上级分类代码"_s, u"一级分类代码"_s},
         ImportType::Code,
         false,
         u"01"_s,
         tr("留空为一级类别；类别只有两级"),
         {}},
        {u"days"_s,
         u"办理时限(天)"_s,
         {u"办理时限"_s, u"时限"_s, u"时限(天)"_s},
         ImportType::Integer,
         false,
         u"15"_s,
         tr("新类别留空为 15 天"),
         {}},
        {u"dayKind"_s,
         u"时限计法"_s,
         {u"计时方式"_s, u"时限类型"_s},
         ImportType::Choice,
         false,
         u"工作日"_s,
         tr("工作日或自然日；新类别留空为工作日"),
         {{u"working"_s, {u"工作日"_s}}, {u"natural"_s, {u"自然日"_s, u"日历日"_s}}}},
        {u"urgency"_s,
         u"默认紧急程度"_s,
         {u"紧急程度"_s},
         ImportType::Choice,
         false,
         u"一般"_s,
         tr("一般、紧急或重大；受理时预选"),
         {{u"normal"_s, {u"一般"_s}}, {u"urgent"_s, {u"紧急"_s}}, {u"major"_s, {u"重大"_s}}}},
        {u"department"_s,
         u"默认承办部门"_s,
         {u"默认处置部门"_s, u"承办部门"_s},
         ImportType::Text,
         false,
         u"司法所"_s,
         tr("分派时预选的部门名称；留空为不指定"),
         {}},
        {u"departmentUnit"_s,
         u"承办部门单位代码"_s,
         {u"部门单位代码"_s},
         ImportType::Code,
         false,
         u"330681001"_s,
         tr("默认承办部门所属县或乡镇(街道)的代码；各乡镇有同名部门时必填"),
         {}},
        {u"sort"_s,
         u"排序"_s,
         {u"序号"_s},
         ImportType::Integer,
         false,
         u"2"_s,
         tr("同级中的先后；新类别留空排在最后"),
         {}},
        statusColumn(tr("启用或停用；停用的类别不再供新登记选用，已有案件仍然保留；留空不改")),
    };
    k.naturalKey = {u"code"_s};
    k.permission = Permission::ManageReferenceData;
    return k;
}

QStringList CategoryImporter::tables() const
{
    return {u"categories"_s};
}

std::any CategoryImporter::convert(const ImportRow &row, RowErrors &errors)
{
    CategoryRow c;
    c.number = row.number;
    c.code = row.text(Code);
    c.name = row.text(Name);
    c.parentCode = row.text(Parent);
    if (row.has(Days)) {
        const qint64 days = row.integer(Days);
        if (days <= 0 || days > 365)
            errors << RowError{u"days"_s, tr("办理时限应在 1 到 365 天之间。")};
        c.days = int(days);
    }
    if (row.has(DayKind))
        c.workingDays = row.text(DayKind) == u"working"_s;
    if (row.has(Urgency_))
        c.urgency = fromCode<Urgency>(row.text(Urgency_));
    if (row.has(Sort))
        c.sortOrder = int(row.integer(Sort));
    c.department = row.text(Department_);
    c.departmentUnit = row.text(DepartmentUnit);
    c.active = activeIn(row, Status);
    if (c.department.isEmpty() && !c.departmentUnit.isEmpty())
        errors << RowError{u"department"_s, tr("填写了承办部门单位代码，但没有填写默认承办部门。")};
    if (c.parentCode == c.code)
        errors << RowError{u"parent"_s, tr("类别不能是自己的上级。")};
    if (!errors.isEmpty())
        return {};
    return c;
}

UpsertOutcome CategoryImporter::upsert(const std::any &record)
{
    const CategoryRow r = std::any_cast<CategoryRow>(record);
    CategoryService service(database(), clock(), actor());
    CategoryRepository repository(database());
    qint64 parentId = 0;
    if (!r.parentCode.isEmpty()) {
        const auto parent = repository.byCode(r.parentCode);
        if (!parent)
            throw Error(
                Error::Kind::Validation,
                tr("上级类别代码“%1”不存在（一级类别须已在系统中，或在表中排在前面）。").arg(r.parentCode));
        parentId = parent->id;
    }
    // The default department by its name within its unit (the departments may come in earlier in
    // the same run); without a unit the name must be unique.
    qint64 departmentId = 0;
    if (!r.department.isEmpty()) {
        std::optional<OrgUnit> unit;
        if (!r.departmentUnit.isEmpty()) {
            unit = unitByCode(r.departmentUnit);
            if (!unit)
                throw Error(Error::Kind::Validation, tr("没有代码为“%1”的单位。").arg(r.departmentUnit));
        }
        int found = 0;
        for (const Department &d : DepartmentRepository(database()).list(unit ? unit->id : 0, false))
            if (d.name == r.department && (!unit || d.orgUnitId == unit->id)) {
                departmentId = d.id;
                ++found;
            }
        if (found == 0)
            throw Error(Error::Kind::Validation, tr("没有名为“%1”的部门。").arg(r.department));
        if (found > 1)
            throw Error(Error::Kind::Validation,
                        tr("有多个名为“%1”的部门，请填写承办部门单位代码。").arg(r.department));
    }
    const auto stored = repository.byCode(r.code);
    Category next = stored.value_or(Category{});
    next.code = r.code;
    next.name = r.name;
    next.parentId = parentId;
    if (r.days)
        next.timeLimitDays = *r.days;
    if (r.workingDays)
        next.workingDays = *r.workingDays;
    if (r.urgency)
        next.defaultUrgency = *r.urgency;
    if (r.sortOrder)
        next.sortOrder = *r.sortOrder;
    if (departmentId > 0) // left empty: the stored one stays, as for the other optional columns
        next.defaultDepartmentId = departmentId;
    if (!stored) {
        if (!r.sortOrder)
            next.sortOrder = service.suggestSortOrder(parentId);
        next.active = true;
        service.create(next);
        if (r.active == false)
            service.setActive(next, false);
        return UpsertOutcome::Inserted;
    }
    const bool active = r.active.value_or(stored->active);
    const bool same = next.name == stored->name && next.parentId == stored->parentId &&
                      next.timeLimitDays == stored->timeLimitDays &&
                      next.workingDays == stored->workingDays &&
                      next.defaultUrgency == stored->defaultUrgency && next.sortOrder == stored->sortOrder &&
                      next.defaultDepartmentId == stored->defaultDepartmentId;
    if (same && active == stored->active)
        return UpsertOutcome::Unchanged;
    QStringList changed;
    const auto note = [&changed](bool differs, const QString &column) {
        if (differs)
            changed << column;
    };
    note(next.name != stored->name, u"name"_s);
    note(next.parentId != stored->parentId, u"parent"_s);
    note(next.timeLimitDays != stored->timeLimitDays, u"days"_s);
    note(next.workingDays != stored->workingDays, u"dayKind"_s);
    note(next.defaultUrgency != stored->defaultUrgency, u"urgency"_s);
    note(next.defaultDepartmentId != stored->defaultDepartmentId, u"department"_s);
    note(next.sortOrder != stored->sortOrder, u"sort"_s);
    if (!same)
        service.update(next);
    if (active != stored->active) { // as the page's 停用/启用 does it
        service.setActive(next, active);
        changed << u"status"_s;
    }
    noteUpdate(r.number, r.code, changed);
    return UpsertOutcome::Updated;
}

} // namespace zz
