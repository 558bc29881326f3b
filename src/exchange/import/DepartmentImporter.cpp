#include "DepartmentImporter.h"

#include "BaseDataAccess.h"
#include "DepartmentService.h"
#include "ReferenceRepositories.h"
#include "Validators.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {

enum Column { Unit, Name, Kind, Phone, Sort, Status };

struct DepartmentLine
{
    int number = 0;
    Department department;
    std::optional<bool> active; // 状态; empty: as stored (a new department is active)
};

} // namespace

ImportKind DepartmentImporter::describe()
{
    ImportKind k;
    k.id = u"departments"_s;
    k.title = tr("职能部门");
    k.description =
        tr("县（区）和乡镇（街道）的职能部门与信访超市进驻部门；按单位代码和部门名称识别已有部门。");
    k.columns = {
        {u"unit"_s,
         u"单位代码"_s,
         {u"所属单位代码"_s, u"乡镇代码"_s, u"所属乡镇代码"_s},
         ImportType::Code,
         true,
         u"411502001"_s,
         tr("部门所属的县（区）或乡镇（街道）的区划代码"),
         {}},
        {u"name"_s,
         u"部门名称"_s,
         {u"名称"_s, u"部门"_s},
         ImportType::Text,
         true,
         u"司法所"_s,
         tr("同一单位内不重名"),
         {}},
        {u"kind"_s,
         u"部门类型"_s,
         {u"类型"_s},
         ImportType::Choice,
         false,
         u"职能部门"_s,
         tr("职能部门或进驻部门（信访超市窗口）；留空为职能部门"),
         {{u"functional"_s, {u"职能部门"_s, u"职能"_s}}, {u"resident"_s, {u"进驻部门"_s, u"进驻"_s}}}},
        {u"phone"_s,
         u"联系电话"_s,
         {u"电话"_s, u"办公电话"_s},
         ImportType::Text,
         false,
         u"0376-6221234"_s,
         tr("手机或固定电话，固定电话写区号"),
         {}},
        {u"sort"_s,
         u"排序"_s,
         {u"序号"_s, u"排序号"_s},
         ImportType::Integer,
         false,
         u"10"_s,
         tr("列表中的先后，数字小的在前"),
         {}},
        statusColumn(tr("启用或停用；停用的部门不再供派遣选用，已有案件仍然保留；留空不改")),
    };
    k.naturalKey = {u"unit"_s, u"name"_s};
    k.permission = Permission::ManageReferenceData;
    return k;
}

std::any DepartmentImporter::convert(const ImportRow &row, RowErrors &errors)
{
    Department d;
    const auto unit = unitByCode(row.text(Unit));
    if (!unit) {
        errors << RowError{u"unit"_s, tr("没有代码为“%1”的单位。").arg(row.text(Unit))};
        return {};
    }
    if (unit->level != OrgLevel::County && unit->level != OrgLevel::Township)
        errors << RowError{u"unit"_s, tr("部门须属于县（区）或乡镇（街道），“%1”不是。").arg(unit->name)};
    else if (!BaseDataAccess(database(), clock(), actor()).inScope(unit->id))
        errors << RowError{u"unit"_s, tr("“%1”不在本账号管理的范围内。").arg(unit->name)};
    d.orgUnitId = unit->id;
    d.name = row.text(Name);
    d.kind = row.has(Kind) && row.text(Kind) == u"resident"_s ? DepartmentKind::Resident
                                                              : DepartmentKind::Functional;
    d.phone = row.text(Phone);
    if (!d.phone.isEmpty())
        if (const Validation v = Validators::phone(d.phone); !v)
            errors << RowError{u"phone"_s, v.message};
    d.sortOrder = int(row.integer(Sort));
    if (!errors.isEmpty())
        return {};
    return DepartmentLine{row.number, d, activeIn(row, Status)};
}

UpsertOutcome DepartmentImporter::upsert(const std::any &record)
{
    const DepartmentLine r = std::any_cast<DepartmentLine>(record);
    Department d = r.department;
    DepartmentService service(database(), clock(), actor());
    for (const Department &stored : DepartmentRepository(database()).list(d.orgUnitId, false)) {
        if (stored.name != d.name)
            continue;
        const bool active = r.active.value_or(stored.active);
        if (stored.kind == d.kind && stored.phone == d.phone && stored.sortOrder == d.sortOrder &&
            stored.active == active)
            return UpsertOutcome::Unchanged;
        Department next = stored;
        next.kind = d.kind;
        next.phone = d.phone;
        next.sortOrder = d.sortOrder;
        QStringList changed;
        if (next.kind != stored.kind)
            changed << u"kind"_s;
        if (next.phone != stored.phone)
            changed << u"phone"_s;
        if (next.sortOrder != stored.sortOrder)
            changed << u"sort"_s;
        if (!changed.isEmpty())
            service.update(next);
        if (active != stored.active) { // as the page's 停用/启用 does it
            service.setActive(next, active);
            changed << u"status"_s;
        }
        noteUpdate(r.number, d.name, changed);
        return UpsertOutcome::Updated;
    }
    d.active = true;
    service.create(d);
    if (r.active == false)
        service.setActive(d, false);
    return UpsertOutcome::Inserted;
}

} // namespace zz
