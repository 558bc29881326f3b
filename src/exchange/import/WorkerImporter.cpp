#include "WorkerImporter.h"

#include "BaseDataAccess.h"
#include "Error.h"
#include "GridAssignmentText.h"
#include "ReferenceRepositories.h"
#include "Validators.h"
#include "WorkerRepository.h"
#include "WorkerService.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {

enum Column {
    Code,
    Name,
    Employment_,
    Phone,
    ResidentId,
    InPost,
    LeftPost,
    Status,
    GridCode,
    Head,
    History,
    UnitCode
};

} // namespace

struct WorkerImporter::Row
{
    int number = 0; // the spreadsheet's row
    QString code;
    QString name;
    std::optional<Employment> employment;
    QString phone;
    QString residentId;
    QDate inPost;   // invalid: not in the file (a new worker's stays unknown)
    QDate leftPost; // invalid: not in the file
    std::optional<bool> active;
    qint64 gridId = 0; // the short form: the current grid (网格代码, or a 网格分配 of one bare code)
    std::optional<bool> head;
    std::optional<QList<WorkerGrid>> history; // 网格分配 with dates: the whole history
    qint64 unitId = 0;                        // where a worker without a grid belongs
};

namespace {

QString isoDate(QDate day)
{
    return day.toString(u"yyyy-MM-dd"_s);
}

} // namespace

ImportKind WorkerImporter::describe()
{
    ImportKind k;
    k.id = u"workers"_s;
    k.title = tr("网格员");
    k.description = tr(
        "网格员及其网格分配记录；按网格员编号识别。网格分配写明日期时按表中记录保存全部分配；只填网格代码时，"
        "网格变动即结束原网格、从导入当天起到新网格。");
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
         tr("到岗的日期；留空为不详（新网格员的网格从导入当天算起，除非网格分配写明日期）"),
         {}},
        {u"leftPost"_s,
         u"离岗日期"_s,
         {u"离职日期"_s, u"离岗时间"_s},
         ImportType::Date,
         false,
         {},
         tr("填写即为已离岗（停用），当前网格在这一天结束；留空不改"),
         {}},
        statusColumn(tr("启用或停用；停用即离岗，不再供派遣选用，仍有当前网格时须填写离岗日期；留空不改")),
        {u"grid"_s,
         u"网格代码"_s,
         {u"所在网格代码"_s, u"网格编码"_s},
         ImportType::Code,
         false,
         u"330681001001001"_s,
         tr("当前所在的网格（网格分配写明日期时须与其中的当前网格一致）；新网格员不在网格时须填所属单位代码"),
         {}},
        {u"head"_s,
         u"网格长"_s,
         {u"是否网格长"_s},
         ImportType::Boolean,
         false,
         u"否"_s,
         tr("是或否：是否当前网格的网格长"),
         {}},
        {u"history"_s,
         u"网格分配"_s,
         {u"网格分配记录"_s, u"任职网格"_s},
         ImportType::Text,
         false,
         u"330681001001002 上溪村 / 上溪村第2网格 2024-03-01 至 2025-06-30；330681001001001 上溪村 / "
         u"上溪村第1网格 "
         "2025-07-01 起"_s,
         tr("全部网格分配，以“；”分隔，每段写作“网格代码 村 / 网格 开始日期 至 结束日期”，当前网格写作“… "
            "开始日期 "
            "起”，网格长在其后加“（网格长）”（名称可省略）；写明日期时即为该网格员的全部分配记录，取代已有记"
            "录；只写一个"
            "网格代码等同于填写网格代码；留空不改"),
         {}},
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
    Row w;
    w.number = row.number;
    w.code = row.text(Code);
    w.name = row.text(Name);
    if (row.has(Employment_))
        w.employment = fromCode<Employment>(row.text(Employment_));
    w.phone = row.text(Phone);
    w.residentId = row.text(ResidentId);
    w.inPost = row.date(InPost);
    w.leftPost = row.date(LeftPost);
    w.active = activeIn(row, Status);
    if (row.has(Head))
        w.head = row.boolean(Head, false);
    if (w.leftPost.isValid()) {
        if (w.active == true)
            errors << RowError{u"status"_s, tr("填写了离岗日期，状态却是启用。")};
        w.active = false;
        if (w.inPost.isValid() && w.leftPost < w.inPost)
            errors << RowError{u"leftPost"_s, tr("离岗日期不能早于上岗日期。")};
    }
    const std::optional<Worker> stored = WorkerRepository(database()).byCode(w.code);

    // 网格分配: the whole history, or (one code without dates) the short form of 网格代码.
    QString gridCode = row.text(GridCode);
    if (row.has(History)) {
        QString error;
        const QList<GridAssignmentEntry> entries = GridAssignmentText::parse(row.text(History), &error);
        if (!error.isEmpty()) {
            errors << RowError{u"history"_s, error};
        } else if (entries.size() == 1 && !entries.first().from.isValid()) {
            const GridAssignmentEntry &only = entries.first();
            if (!gridCode.isEmpty() && gridCode != only.gridCode)
                errors << RowError{
                    u"grid"_s, tr("网格代码“%1”与网格分配中的网格“%2”不一致。").arg(gridCode, only.gridCode)};
            gridCode = only.gridCode;
            if (only.isHead && w.head == false)
                errors << RowError{u"head"_s, tr("网格长填“否”，网格分配中却写明是网格长。")};
            else if (only.isHead)
                w.head = true;
        } else if (!entries.isEmpty()) {
            w.history = historyOf(entries, w, stored, gridCode, errors);
            gridCode.clear(); // checked against the history's current span above
        }
    }
    if (!gridCode.isEmpty()) {
        const auto grid = unitByCode(gridCode);
        if (!grid || grid->level != OrgLevel::Grid)
            errors << RowError{u"grid"_s, tr("没有代码为“%1”的网格。").arg(gridCode)};
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
    if (w.active == false && !w.leftPost.isValid() && w.gridId > 0)
        errors << RowError{u"leftPost"_s, tr("停用仍有当前网格的网格员须填写离岗日期。")};
    if (errors.isEmpty() && w.gridId == 0 && w.unitId == 0 && !w.history && !stored)
        errors << RowError{u"grid"_s, tr("新网格员须填写网格代码或所属单位代码。")};
    if (!errors.isEmpty())
        return {};
    return w;
}

// The 网格分配 entries as the worker's history, checked against the rest of the row and against what is
// stored: known grids; spans that change anything within the account's scope; no new current span on
// a deactivated grid; none before 上岗日期 or after 离岗日期; 网格代码 and 网格长 naming the current span.
QList<WorkerGrid> WorkerImporter::historyOf(const QList<GridAssignmentEntry> &entries, const Row &w,
                                            const std::optional<Worker> &stored, const QString &gridCode,
                                            RowErrors &errors)
{
    const BaseDataAccess access(database(), clock(), actor());
    const QList<WorkerGrid> before =
        stored ? WorkerRepository(database()).assignments(stored->id) : QList<WorkerGrid>{};
    const auto storedAs = [&](const WorkerGrid &span) {
        return std::find_if(before.cbegin(), before.cend(), [&](const WorkerGrid &old) {
            return old.gridId == span.gridId && old.from == span.from;
        });
    };
    QList<WorkerGrid> spans;
    const QDate inPost = w.inPost.isValid() ? w.inPost : (stored ? stored->inPostDate : QDate());
    int open = -1; // the current span's index
    for (int i = 0; i < entries.size(); ++i) {
        const GridAssignmentEntry &e = entries.at(i);
        const auto grid = unitByCode(e.gridCode);
        if (!grid || grid->level != OrgLevel::Grid) {
            errors << RowError{u"history"_s,
                               tr("网格分配第%1段：没有代码为“%2”的网格。").arg(i + 1).arg(e.gridCode)};
            continue;
        }
        WorkerGrid span;
        span.gridId = grid->id;
        span.from = e.from;
        span.to = e.to;
        span.isHead = e.isHead;
        const auto old = storedAs(span);
        const bool unchanged = old != before.cend() && old->to == span.to && old->isHead == span.isHead;
        if (!unchanged && !access.inScope(grid->id))
            errors << RowError{
                u"history"_s,
                tr("网格分配第%1段：网格“%2”不在本账号管理的范围内。").arg(i + 1).arg(grid->name)};
        else if (span.isOpen() && !grid->active && (old == before.cend() || !old->isOpen()))
            errors << RowError{
                u"history"_s,
                tr("网格分配第%1段：网格“%2”已停用，不能作为当前网格。").arg(i + 1).arg(grid->name)};
        if (inPost.isValid() && span.from < inPost)
            errors << RowError{u"history"_s, tr("网格分配第%1段从 %2 起，早于上岗日期 %3。")
                                                 .arg(i + 1)
                                                 .arg(isoDate(span.from), isoDate(inPost))};
        if (w.leftPost.isValid() && (span.isOpen() || span.to > w.leftPost))
            errors << RowError{
                u"history"_s,
                tr("网格分配第%1段在离岗日期 %2 之后仍未结束。").arg(i + 1).arg(isoDate(w.leftPost))};
        else if (span.isOpen() && w.active == false)
            errors << RowError{u"status"_s,
                               tr("状态为停用，网格分配第%1段却仍是当前网格；请写明结束日期。").arg(i + 1)};
        if (span.isOpen())
            open = int(spans.size());
        spans << span;
    }
    if (!errors.isEmpty())
        return {};
    // Spans the file leaves out are removed: the account must be allowed to.
    for (const WorkerGrid &old : before) {
        if (std::none_of(spans.cbegin(), spans.cend(),
                         [&](const WorkerGrid &s) { return s.gridId == old.gridId && s.from == old.from; }) &&
            !access.inScope(old.gridId)) {
            const auto grid = OrgUnitRepository(database()).get(old.gridId);
            errors << RowError{u"history"_s,
                               tr("原有的网格分配“%1 %2 起”不在本账号管理的范围内，不能由导入删除。")
                                   .arg(grid ? grid->name : QString(), isoDate(old.from))};
        }
    }
    if (!gridCode.isEmpty()) {
        const auto grid = unitByCode(gridCode);
        if (open < 0 || !grid || grid->id != spans.at(open).gridId)
            errors << RowError{
                u"grid"_s,
                open >= 0 ? tr("网格代码“%1”不是网格分配中的当前网格。").arg(gridCode)
                          : tr("填写了网格代码“%1”，网格分配中却没有当前网格（“… 起”）。").arg(gridCode)};
    }
    if (w.head && *w.head != (open >= 0 && spans.at(open).isHead))
        errors << RowError{u"head"_s, *w.head ? tr("网格长填“是”，网格分配中当前网格却没有写“（网格长）”。")
                                              : tr("网格长填“否”，网格分配中当前网格却写了“（网格长）”。")};
    return spans;
}

UpsertOutcome WorkerImporter::upsert(const std::any &record)
{
    const Row r = std::any_cast<Row>(record);
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
        w.inPostDate = r.inPost; // empty stays empty (unknown); the grid starts today then
        if (r.history) {
            // Created where he belongs without a grid, then given the file's spans.
            w.orgUnitId = r.unitId > 0 ? r.unitId : homeOf(*r.history);
            service.create(w, 0, false);
            service.setAssignments(w, *r.history);
        } else {
            w.orgUnitId = r.gridId > 0 ? r.gridId : r.unitId;
            service.create(w, r.gridId, r.head.value_or(false));
        }
        if (r.active == false)
            service.setPostStatus(w, false, r.leftPost);
        return UpsertOutcome::Inserted;
    }
    Worker w = *stored;
    QStringList what; // the keys of what changed, for the summary
    const auto note = [&](bool changed, Column column) {
        if (changed && !what.contains(m_kind.columns.at(column).key))
            what << m_kind.columns.at(column).key;
    };
    // Back in post before grids are given again; out of post after the history has ended them.
    if (r.active == true)
        note(service.setPostStatus(w, true, {}), Status);
    if (r.history)
        note(service.setAssignments(w, *r.history), History);
    const auto set = [&](auto &field, const auto &value, Column column) {
        if (field != value) {
            field = value;
            note(true, column);
        }
    };
    set(w.name, r.name, Name);
    if (r.employment)
        set(w.employment, *r.employment, Employment_);
    if (!r.phone.isEmpty())
        set(w.phone, r.phone, Phone);
    // Lists read the ID masked (the number itself only through an audited reveal): a new number
    // with another mask is a change; one with the same mask is taken as the stored one.
    if (!r.residentId.isEmpty() && Masking::residentId(r.residentId) != stored->residentIdMasked) {
        w.residentId = r.residentId;
        note(true, ResidentId);
    }
    if (r.inPost.isValid())
        set(w.inPostDate, r.inPost, InPost);
    // A worker without a grid belongs where the file says (one with a grid follows it).
    if (r.unitId > 0 && !repository.openAssignment(w.id) && !r.gridId)
        set(w.orgUnitId, r.unitId, UnitCode);
    const bool edited = std::any_of(what.cbegin(), what.cend(), [&](const QString &header) {
        return header != m_kind.columns.at(Status).key && header != m_kind.columns.at(History).key;
    });
    if (edited)
        service.update(w);
    if (r.gridId > 0 && (r.active != false || repository.openAssignment(w.id))) {
        const auto open = repository.openAssignment(w.id);
        const bool head = r.head.value_or(open ? open->isHead : false);
        if (!open) {
            service.assign(w, r.gridId, today, head);
            note(true, GridCode);
        } else if (open->gridId != r.gridId || open->isHead != head) {
            service.move(w, r.gridId, today, head);
            note(true, open->gridId != r.gridId ? GridCode : Head);
        }
    }
    if (r.active == false) {
        const QDate before = w.leftPostDate;
        if (service.setPostStatus(w, false, r.leftPost.isValid() ? r.leftPost : w.leftPostDate)) {
            note(stored->active, Status);
            note(w.leftPostDate != before, LeftPost);
        }
    }
    const bool changed = !what.isEmpty();
    if (changed)
        noteUpdate(r.number, r.code, what);
    return changed ? UpsertOutcome::Updated : UpsertOutcome::Unchanged;
}

// The village of the grid a new worker with a history served last (where the page puts a worker
// whose grid ended).
qint64 WorkerImporter::homeOf(const QList<WorkerGrid> &history) const
{
    const auto last =
        std::max_element(history.cbegin(), history.cend(),
                         [](const WorkerGrid &a, const WorkerGrid &b) { return a.from < b.from; });
    const auto grid = OrgUnitRepository(database()).get(last->gridId);
    return grid ? grid->parentId : 0;
}

} // namespace zz
