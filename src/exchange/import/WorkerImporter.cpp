#include "WorkerImporter.h"

#include "Error.h"
#include "Validators.h"
#include "WorkerRepository.h"
#include "WorkerService.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {

enum Column { Code, Name, Employment_, Phone, ResidentId, InPost, GridCode, Head, UnitCode };

struct WorkerRow
{
    QString code;
    QString name;
    std::optional<Employment> employment;
    QString phone;
    QString residentId;
    QDate inPost;
    qint64 gridId = 0;
    std::optional<bool> head;
    qint64 unitId = 0; // where a worker without a grid belongs
};

} // namespace

ImportKind WorkerImporter::describe()
{
    ImportKind k;
    k.id = u"workers"_s;
    k.title = tr("网格员");
    k.description = tr("网格员及其所在网格；按网格员编号识别，网格变动时结束原网格、从导入当天起到新网格。");
    k.columns = {
        {u"code"_s,
         u"网格员编号"_s,
         {u"编号"_s, u"工号"_s, u"人员编号"_s},
         ImportType::Code,
         true,
         u"QS0001"_s,
         tr("每名网格员唯一"),
         {}},
        {u"name"_s, u"姓名"_s, {u"网格员姓名"_s, u"网格员"_s}, ImportType::Text, true, u"李晓梅"_s, {}, {}},
        {u"employment"_s,
         u"用工方式"_s,
         {u"类型"_s, u"专兼职"_s},
         ImportType::Choice,
         false,
         u"专职"_s,
         tr("专职或兼职；新网格员留空为专职"),
         {{u"full_time"_s, {u"专职"_s}}, {u"part_time"_s, {u"兼职"_s}}}},
        {u"phone"_s,
         u"手机号码"_s,
         {u"联系电话"_s, u"手机"_s, u"电话"_s},
         ImportType::Phone,
         false,
         u"13900001111"_s,
         tr("请把该列设为文本"),
         {}},
        {u"residentId"_s,
         u"身份证号"_s,
         {u"身份证号码"_s, u"公民身份号码"_s},
         ImportType::ResidentId,
         false,
         u"330681199001011237"_s,
         tr("18 位，请把该列设为文本（数字格式会丢失末几位）"),
         {}},
        {u"inPost"_s,
         u"上岗日期"_s,
         {u"入职日期"_s, u"上岗时间"_s},
         ImportType::Date,
         false,
         u"2024-03-01"_s,
         tr("新网格员进入网格的日期；留空为导入当天"),
         {}},
        {u"grid"_s,
         u"网格代码"_s,
         {u"所在网格代码"_s, u"网格编码"_s},
         ImportType::Code,
         false,
         u"330681001001001"_s,
         tr("所在网格；留空时须填所属单位代码"),
         {}},
        {u"head"_s, u"网格长"_s, {u"是否网格长"_s}, ImportType::Boolean, false, u"否"_s, tr("是或否"), {}},
        {u"unit"_s,
         u"所属单位代码"_s,
         {u"单位代码"_s},
         ImportType::Code,
         false,
         {},
         tr("不在网格的网格员所属的乡镇（街道）或村（社区）"),
         {}},
    };
    k.naturalKey = {u"code"_s};
    k.permission = Permission::ManageReferenceData;
    return k;
}

QStringList WorkerImporter::tables() const
{
    return {u"workers"_s, u"worker_grids"_s};
}

std::any WorkerImporter::convert(const ImportRow &row, RowErrors &errors)
{
    WorkerRow w;
    w.code = row.text(Code);
    w.name = row.text(Name);
    if (row.has(Employment_))
        w.employment = fromCode<Employment>(row.text(Employment_));
    w.phone = row.text(Phone);
    w.residentId = row.text(ResidentId);
    w.inPost = row.date(InPost);
    if (row.has(Head))
        w.head = row.boolean(Head, false);
    if (row.has(GridCode)) {
        const auto grid = unitByCode(row.text(GridCode));
        if (!grid || grid->level != OrgLevel::Grid)
            errors << RowError{u"grid"_s, tr("没有代码为“%1”的网格。").arg(row.text(GridCode))};
        else if (!grid->active)
            errors << RowError{u"grid"_s, tr("网格“%1”已停用。").arg(grid->name)};
        else
            w.gridId = grid->id;
    }
    if (row.has(UnitCode)) {
        const auto unit = unitByCode(row.text(UnitCode));
        if (!unit)
            errors << RowError{u"unit"_s, tr("没有代码为“%1”的单位。").arg(row.text(UnitCode))};
        else
            w.unitId = unit->id;
    }
    if (errors.isEmpty() && w.gridId == 0 && w.unitId == 0 && !WorkerRepository(database()).byCode(w.code))
        errors << RowError{u"grid"_s, tr("新网格员须填写网格代码或所属单位代码。")};
    if (!errors.isEmpty())
        return {};
    return w;
}

UpsertOutcome WorkerImporter::upsert(const std::any &record)
{
    const WorkerRow r = std::any_cast<WorkerRow>(record);
    WorkerService service(database(), clock(), actor());
    WorkerRepository repository(database());
    const QDate today = clock().now().date();
    auto stored = repository.byCode(r.code);
    if (!stored) {
        Worker w;
        w.code = r.code;
        w.name = r.name;
        w.employment = r.employment.value_or(Employment::FullTime);
        w.phone = r.phone;
        w.residentId = r.residentId;
        w.inPostDate = r.inPost.isValid() ? r.inPost : today;
        w.orgUnitId = r.gridId > 0 ? r.gridId : r.unitId;
        service.create(w, r.gridId, r.head.value_or(false));
        return UpsertOutcome::Inserted;
    }
    Worker w = *stored;
    bool changed = false;
    const auto set = [&](auto &field, const auto &value) {
        if (field != value) {
            field = value;
            changed = true;
        }
    };
    set(w.name, r.name);
    if (r.employment)
        set(w.employment, *r.employment);
    if (!r.phone.isEmpty())
        set(w.phone, r.phone);
    // Lists read the ID masked (the number itself only through an audited reveal): a new number
    // with another mask is a change; one with the same mask is taken as the stored one.
    if (!r.residentId.isEmpty() && Masking::residentId(r.residentId) != stored->residentIdMasked) {
        w.residentId = r.residentId;
        changed = true;
    }
    if (r.inPost.isValid())
        set(w.inPostDate, r.inPost);
    if (changed)
        service.update(w);
    if (r.gridId > 0) {
        const auto open = repository.openAssignment(w.id);
        const bool head = r.head.value_or(open ? open->isHead : false);
        if (!open) {
            service.assign(w, r.gridId, today, head);
            changed = true;
        } else if (open->gridId != r.gridId || open->isHead != head) {
            service.move(w, r.gridId, today, head);
            changed = true;
        }
    }
    return changed ? UpsertOutcome::Updated : UpsertOutcome::Unchanged;
}

} // namespace zz
