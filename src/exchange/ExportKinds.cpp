// The builders of ListExport's kinds: one function per list, each with its columns and its rows read
// page by page through the repositories.
#include "AuditLogReader.h"
#include "CallbackService.h"
#include "CategoryService.h"
#include "Clock.h"
#include "DepartmentService.h"
#include "Error.h"
#include "ExportQueries.h"
#include "GridAssignmentText.h"
#include "ListExport.h"
#include "PartyDirectory.h"
#include "Permissions.h"
#include "ReferenceRepositories.h"
#include "WorkerRepository.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr int pageSize = 500;
constexpr qint64 maxRows = 1000000; // one xlsx sheet holds 1,048,576 rows

QString yesNo(bool b)
{
    return b ? ListExport::tr("是") : ListExport::tr("否");
}

QString activeText(bool active)
{
    return active ? ListExport::tr("启用") : ListExport::tr("停用");
}

QDateTime dayStart(const QDate &d)
{
    return d.isValid() ? QDateTime(d, QTime(0, 0)) : QDateTime();
}

QDateTime dayAfter(const QDate &d)
{
    return d.isValid() ? QDateTime(d.addDays(1), QTime(0, 0)) : QDateTime();
}

void requireCases(const ExportContext &cx)
{
    if (!Permissions::allows(cx.actor.roles, Permission::ViewCases))
        throw Error(Error::Kind::Forbidden, ListExport::tr("当前账号不能导出案件。"));
}

// The words the cases import reads (CaseImporter::describe(): each choice's first word).
QString caseSourceWord(CaseSource s)
{
    switch (s) {
    case CaseSource::GridReport:
        return u"网格上报"_s;
    case CaseSource::Visit:
        return u"来访"_s;
    case CaseSource::Phone:
        return u"来电"_s;
    case CaseSource::Hotline12345:
        return u"12345"_s;
    case CaseSource::Letter:
        return u"来信"_s;
    case CaseSource::Online:
        return u"网上"_s;
    case CaseSource::VideoPatrol:
        return u"视频巡查"_s;
    case CaseSource::DepartmentReferral:
        return u"部门移交"_s;
    }
    return {};
}

QString caseStatusWord(CaseStatus s)
{
    switch (s) {
    case CaseStatus::Reported:
        return u"待受理"_s;
    case CaseStatus::Registered:
        return u"已立案"_s;
    case CaseStatus::Declined:
        return u"不予立案"_s;
    case CaseStatus::Dispatched:
        return u"已派遣"_s;
    case CaseStatus::InProgress:
        return u"处置中"_s;
    case CaseStatus::Feedback:
        return u"待核查"_s;
    case CaseStatus::Verified:
        return u"待结案"_s;
    case CaseStatus::Closed:
        return u"已结案"_s;
    case CaseStatus::Archived:
        return u"已归档"_s;
    }
    return {};
}

QString satisfactionWord(const QString &stored)
{
    const auto s = fromCode<Satisfaction>(stored);
    if (!s)
        return {};
    switch (*s) {
    case Satisfaction::Satisfied:
        return u"满意"_s;
    case Satisfaction::BasicallySatisfied:
        return u"基本满意"_s;
    case Satisfaction::Unsatisfied:
        return u"不满意"_s;
    }
    return {};
}

// The cases a case export holds: the list's own query (GUI), else the period, scope and search of the
// command line; `extra` gets the filter lines the query adds (its statuses).
CaseQuery caseQueryFor(const ExportContext &cx, QStringList *extra)
{
    CaseQuery query;
    if (cx.filter.cases) {
        query = *cx.filter.cases;
    } else {
        query.orgUnitId = cx.scopeOrgUnitId;
        query.receivedFrom = dayStart(cx.filter.from);
        query.receivedTo = dayAfter(cx.filter.to);
        query.sort = CaseQuery::Sort::ReceivedAsc;
        query.text = cx.filter.search;
    }
    if (cx.actor.userId > 0)
        query.viewerUserId = cx.actor.userId;
    query.now = cx.clock.now();
    if (!query.statuses.isEmpty()) {
        QStringList names;
        for (CaseStatus s : query.statuses)
            names << label(s);
        *extra << ListExport::tr("状态：%1").arg(names.join(enumerationSeparator()));
    }
    return query;
}

// Every row of a case query, page by page (keyset), at most maxRows.
void forEachCasePage(const ExportContext &cx, CaseQuery query,
                     const std::function<void(const QList<CaseListRow> &)> &onPage)
{
    CaseRepository repo(cx.db);
    query.limit = pageSize;
    query.afterId = 0;
    query.afterKey = 0;
    query.afterKey2 = 0;
    qint64 written = 0;
    while (written < maxRows) {
        const QList<CaseListRow> rows = repo.list(query);
        if (rows.isEmpty())
            break;
        onPage(rows);
        written += rows.size();
        CaseRepository::seekAfter(query, rows.constLast());
        if (rows.size() < query.limit)
            break;
    }
}

void requireBaseData(const ExportContext &cx)
{
    if (!Permissions::allows(cx.actor.roles, Permission::ViewCases) &&
        !Permissions::allows(cx.actor.roles, Permission::ManageReferenceData))
        throw Error(Error::Kind::Forbidden, ListExport::tr("当前账号不能导出基础数据。"));
}

// The org units of the database with names and the subtree of the export's scope.
struct Units
{
    QHash<qint64, OrgUnit> byId;
    QSet<qint64> inScope; // every unit when the scope is 0

    explicit Units(const ExportContext &cx)
    {
        const QList<OrgUnit> all = OrgUnitRepository(cx.db).all();
        QHash<qint64, QList<qint64>> children;
        for (const OrgUnit &u : all) {
            byId.insert(u.id, u);
            children[u.parentId] << u.id;
        }
        QList<qint64> todo{cx.scopeOrgUnitId};
        if (cx.scopeOrgUnitId > 0)
            inScope.insert(cx.scopeOrgUnitId);
        while (!todo.isEmpty()) {
            const qint64 id = todo.takeLast();
            for (const qint64 child : children.value(id)) {
                inScope.insert(child);
                todo << child;
            }
        }
    }

    QString name(qint64 id) const { return byId.value(id).name; }
    // The unit and every unit above it active (the org tree without 显示已停用 shows only those).
    bool activeAlong(qint64 id) const
    {
        for (qint64 at = id; at > 0 && byId.contains(at); at = byId.value(at).parentId)
            if (!byId[at].active)
                return false;
        return true;
    }
    QString code(qint64 id) const { return byId.value(id).code; }
    // The unit's own name with its parents below the township: "大塘村 / 第2网格".
    QString place(qint64 id) const
    {
        QStringList parts;
        for (qint64 at = id; at > 0 && byId.contains(at); at = byId.value(at).parentId) {
            const OrgUnit &u = byId[at];
            if (u.level <= OrgLevel::Township && !parts.isEmpty())
                break;
            parts.prepend(u.name);
        }
        return parts.join(u" / "_s);
    }
    // The township (or county) a unit lies in.
    QString township(qint64 id) const
    {
        for (qint64 at = id; at > 0 && byId.contains(at); at = byId.value(at).parentId)
            if (byId[at].level <= OrgLevel::Township)
                return byId[at].name;
        return {};
    }
};

// A grid's boundary as the grids import reads it back: the GeoJSON itself, or — past what a cell
// holds — the name of a .geojson file written beside the export.
QString boundaryCell(const ExportContext &cx, const QString &code, const Grid &g)
{
    constexpr qsizetype cellLimit = 32767; // Excel's longest cell text
    const QString geoJson = g.boundaryGeoJson.trimmed();
    if (geoJson.size() <= cellLimit)
        return geoJson;
    const QString name = code + u".geojson"_s;
    QFile file(QDir(cx.folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(geoJson.toUtf8()) < 0)
        throw Error(Error::Kind::Validation,
                    ListExport::tr("无法写入网格边界文件“%1”。").arg(file.fileName()));
    return name;
}

// The line above a base-data table saying whether deactivated rows are in it (a page's 显示已停用).
QStringList inactiveLine(const ExportContext &cx)
{
    if (!cx.filter.includeInactive)
        return {};
    return {*cx.filter.includeInactive ? ListExport::tr("含已停用") : ListExport::tr("不含已停用")};
}

QHash<qint64, Category> categoriesById(const Database &db)
{
    QHash<qint64, Category> out;
    for (const Category &c : CategoryRepository(db).all(false))
        out.insert(c.id, c);
    return out;
}

QString categoryPath(const QHash<qint64, Category> &categories, qint64 id)
{
    const Category c = categories.value(id);
    if (c.parentId > 0 && categories.contains(c.parentId))
        return categories.value(c.parentId).name + u" / "_s + c.name;
    return c.name;
}

QHash<qint64, QString> departmentNames(const Database &db)
{
    QHash<qint64, QString> out;
    for (const Department &d : DepartmentRepository(db).list(0, false))
        out.insert(d.id, d.name);
    return out;
}

} // namespace

ExportTable ListExport::cases(const ExportContext &cx)
{
    requireCases(cx);
    ExportTable t;
    t.sheetName = tr("案件");
    t.title = tr("案件清单");
    t.columns = {{tr("案件编号"), ColumnType::Text},     {tr("标题"), ColumnType::Text},
                 {tr("状态"), ColumnType::Text},         {tr("来源"), ColumnType::Text},
                 {tr("紧急程度"), ColumnType::Text},     {tr("事项分类"), ColumnType::Text},
                 {tr("所属乡镇"), ColumnType::Text},     {tr("村(社区) / 网格"), ColumnType::Text},
                 {tr("事发地点"), ColumnType::Text},     {tr("承办部门"), ColumnType::Text},
                 {tr("承办网格员"), ColumnType::Text},   {tr("受理时间"), ColumnType::DateTime},
                 {tr("办理期限"), ColumnType::DateTime}, {tr("反映人"), ColumnType::Text},
                 {tr("身份证号码"), ColumnType::Code},   {tr("联系电话"), ColumnType::Code}};
    QStringList extra;
    const CaseQuery query = caseQueryFor(cx, &extra);
    t.filterLines = filterLines(cx, extra);
    t.rows = [cx, query](const std::function<void(const QVariantList &)> &put) mutable {
        const Units units(cx);
        const QHash<qint64, Category> categories = categoriesById(cx.db);
        const QHash<qint64, QString> departments = departmentNames(cx.db);
        QHash<qint64, QString> workers;
        for (const Worker &w : WorkerRepository(cx.db).list(0, false))
            workers.insert(w.id, w.name);
        forEachCasePage(cx, query, [&](const QList<CaseListRow> &rows) {
            QList<qint64> ids;
            for (const CaseListRow &r : rows)
                ids << r.id;
            const QHash<qint64, CaseParty> reporters = PartyDirectory::firstReporters(cx.db, ids);
            const QHash<qint64, QString> addresses = ExportQueries::caseAddresses(cx.db, ids);
            for (const CaseListRow &r : rows) {
                const CaseParty p = reporters.value(r.id);
                const QString name = p.anonymous ? tr("匿名") : cx.maskName(p.name);
                put({r.caseNo, r.title, label(r.status), label(r.source), label(r.urgency),
                     categoryPath(categories, r.categoryId), units.township(r.orgUnitId),
                     units.place(r.orgUnitId), addresses.value(r.id), departments.value(r.departmentId),
                     workers.value(r.workerId), r.receivedAt,
                     r.deadline.isValid() ? QVariant(r.deadline) : QVariant(), name,
                     p.anonymous ? QString() : cx.maskId(p.residentId),
                     p.anonymous ? QString() : cx.maskPhone(p.phone)});
            }
        });
    };
    return t;
}

// The case ledger (案件台账): the cases import template's own columns, in its order and with the words it
// reads (written in Chinese whatever the program's language, like the template), so that the file goes
// back in through the import; after them the township and the time limit, under headers the import does
// not read. The party is the first reporter, masked as in every case export.
ExportTable ListExport::caseLedger(const ExportContext &cx)
{
    requireCases(cx);
    ExportTable t;
    t.sheetName = tr("案件台账");
    t.title = tr("案件台账");
    t.columns = {{u"案件编号"_s, ColumnType::Code},      {u"受理时间"_s, ColumnType::DateTime},
                 {u"来源"_s, ColumnType::Text},          {u"事件类别"_s, ColumnType::Text},
                 {u"事发地点"_s, ColumnType::Code},      {u"详细地址"_s, ColumnType::Text},
                 {u"标题"_s, ColumnType::Text},          {u"事件描述"_s, ColumnType::Text},
                 {u"当事人"_s, ColumnType::Text},        {u"身份证号"_s, ColumnType::Code},
                 {u"联系电话"_s, ColumnType::Code},      {u"办理状态"_s, ColumnType::Text},
                 {u"立案日期"_s, ColumnType::DateTime},  {u"派遣日期"_s, ColumnType::DateTime},
                 {u"反馈日期"_s, ColumnType::DateTime},  {u"结案日期"_s, ColumnType::DateTime},
                 {u"承办部门"_s, ColumnType::Text},      {u"满意度"_s, ColumnType::Text},
                 {u"是否化解"_s, ColumnType::Text},      {tr("所属乡镇"), ColumnType::Text},
                 {tr("事发地点名称"), ColumnType::Text}, {tr("办理期限"), ColumnType::DateTime}};
    QStringList extra;
    const CaseQuery query = caseQueryFor(cx, &extra);
    t.filterLines = filterLines(cx, extra);
    t.rows = [cx, query](const std::function<void(const QVariantList &)> &put) {
        const Units units(cx);
        const QHash<qint64, Category> categories = categoriesById(cx.db);
        const QHash<qint64, QString> departments = departmentNames(cx.db);
        const auto time = [](const QDateTime &d) { return d.isValid() ? QVariant(d) : QVariant(); };
        forEachCasePage(cx, query, [&](const QList<CaseListRow> &rows) {
            QList<qint64> ids;
            for (const CaseListRow &r : rows)
                ids << r.id;
            const QHash<qint64, CaseParty> reporters = PartyDirectory::firstReporters(cx.db, ids);
            const QHash<qint64, CaseLedgerDetail> details = ExportQueries::caseLedgerDetails(cx.db, ids);
            for (const CaseListRow &r : rows) {
                const CaseParty p = reporters.value(r.id);
                const CaseLedgerDetail d = details.value(r.id);
                put({r.caseNo,
                     r.receivedAt,
                     caseSourceWord(r.source),
                     categories.value(r.categoryId).name,
                     units.code(r.orgUnitId),
                     d.address,
                     r.title,
                     d.description,
                     p.anonymous ? QString() : cx.maskName(p.name),
                     p.anonymous ? QString() : cx.maskId(p.residentId),
                     p.anonymous ? QString() : cx.maskPhone(p.phone),
                     caseStatusWord(r.status),
                     time(d.registeredAt),
                     time(d.dispatchedAt),
                     time(d.feedbackAt),
                     time(d.closedAt),
                     departments.value(r.departmentId),
                     satisfactionWord(d.satisfaction),
                     d.settled ? QVariant(*d.settled ? u"是"_s : u"否"_s) : QVariant(),
                     units.township(r.orgUnitId),
                     units.place(r.orgUnitId),
                     time(r.deadline)});
            }
        });
    };
    return t;
}

ExportTable ListExport::orgUnits(const ExportContext &cx)
{
    requireBaseData(cx);
    ExportTable t;
    t.sheetName = tr("组织机构");
    t.title = tr("组织机构清单");
    t.columns = {{tr("单位代码"), ColumnType::Code},       {tr("单位名称"), ColumnType::Text},
                 {tr("层级"), ColumnType::Text},           {tr("上级单位代码"), ColumnType::Code},
                 {tr("上级单位名称"), ColumnType::Text},   {tr("状态"), ColumnType::Text},
                 {tr("开发区、农场等"), ColumnType::Text}, {tr("本地新增"), ColumnType::Text}};
    t.filterLines = filterLines(cx, inactiveLine(cx));
    t.rows = [cx](const std::function<void(const QVariantList &)> &put) {
        const Units units(cx);
        const bool inactiveToo = cx.filter.includeInactive.value_or(true);
        for (const OrgUnit &u : OrgUnitRepository(cx.db).all()) {
            if (cx.scopeOrgUnitId > 0 && !units.inScope.contains(u.id))
                continue;
            if (!inactiveToo && !units.activeAlong(u.id))
                continue;
            put({u.code, u.name, label(u.level), units.code(u.parentId), units.name(u.parentId),
                 activeText(u.active), yesNo(u.special), yesNo(u.local)});
        }
    };
    return t;
}

ExportTable ListExport::grids(const ExportContext &cx)
{
    requireBaseData(cx);
    ExportTable t;
    t.sheetName = tr("网格");
    t.title = tr("网格清单");
    t.columns = {{tr("网格代码"), ColumnType::Code},     {tr("网格名称"), ColumnType::Text},
                 {tr("所属乡镇"), ColumnType::Text},     {tr("所属村(社区)代码"), ColumnType::Code},
                 {tr("所属村(社区)"), ColumnType::Text}, {tr("网格类型"), ColumnType::Text},
                 {tr("户数"), ColumnType::Integer},      {tr("网格员"), ColumnType::Text},
                 {tr("已绘边界"), ColumnType::Text},     {tr("状态"), ColumnType::Text},
                 {tr("边界"), ColumnType::Text}};
    t.filterLines = filterLines(cx, inactiveLine(cx));
    t.rows = [cx](const std::function<void(const QVariantList &)> &put) {
        const Units units(cx);
        const bool inactiveToo = cx.filter.includeInactive.value_or(true);
        OrgUnitRepository repo(cx.db);
        QHash<qint64, QStringList> workers;
        for (const Worker &w : WorkerRepository(cx.db).list(0, true))
            workers[w.orgUnitId] << (w.isGridHead ? tr("%1（网格长）").arg(w.name) : w.name);
        for (const OrgUnit &u : repo.all()) {
            if (u.level != OrgLevel::Grid || (cx.scopeOrgUnitId > 0 && !units.inScope.contains(u.id)))
                continue;
            if (!inactiveToo && !units.activeAlong(u.id))
                continue;
            const Grid g = repo.grid(u.id).value_or(Grid{});
            put({u.code, u.name, units.township(u.id), units.code(u.parentId), units.name(u.parentId),
                 label(g.type), g.households, workers.value(u.id).join(enumerationSeparator()),
                 yesNo(!g.boundaryGeoJson.trimmed().isEmpty()), activeText(u.active),
                 boundaryCell(cx, u.code, g)});
        }
    };
    return t;
}

ExportTable ListExport::departments(const ExportContext &cx)
{
    requireBaseData(cx);
    ExportTable t;
    t.sheetName = tr("职能部门");
    t.title = tr("职能部门清单");
    t.columns = {{tr("单位代码"), ColumnType::Code}, {tr("所属单位"), ColumnType::Text},
                 {tr("部门名称"), ColumnType::Text}, {tr("部门类型"), ColumnType::Text},
                 {tr("联系电话"), ColumnType::Code}, {tr("排序"), ColumnType::Integer},
                 {tr("状态"), ColumnType::Text}};
    QStringList extra;
    if (cx.filter.departments) {
        const DepartmentFilter &f = *cx.filter.departments;
        if (f.orgUnitId > 0)
            if (const std::optional<OrgUnit> unit = OrgUnitRepository(cx.db).get(f.orgUnitId))
                extra << tr("单位：%1").arg(unit->name);
        if (f.kind)
            extra << tr("类型：%1").arg(label(*f.kind));
        if (!cx.filter.includeInactive)
            extra << (f.includeInactive ? tr("含已停用") : tr("不含已停用"));
    }
    t.filterLines = filterLines(cx, extra + inactiveLine(cx));
    if (cx.filter.departments) {
        // The departments page's own selection, page by page as the page reads it.
        t.rows = [cx](const std::function<void(const QVariantList &)> &put) {
            const Units units(cx);
            const DepartmentService service(cx.db, cx.clock, cx.actor);
            for (int offset = 0;; offset += pageSize) {
                const QList<DepartmentRow> page = service.page(*cx.filter.departments, offset, pageSize);
                for (const DepartmentRow &r : page) {
                    const Department &d = r.department;
                    put({units.code(d.orgUnitId), units.name(d.orgUnitId), d.name, label(d.kind), d.phone,
                         d.sortOrder, activeText(d.active)});
                }
                if (page.size() < pageSize)
                    break;
            }
        };
        return t;
    }
    t.rows = [cx](const std::function<void(const QVariantList &)> &put) {
        const Units units(cx);
        const bool inactiveToo = cx.filter.includeInactive.value_or(true);
        for (const Department &d : DepartmentRepository(cx.db).list(0, !inactiveToo)) {
            if (cx.scopeOrgUnitId > 0 && !units.inScope.contains(d.orgUnitId))
                continue;
            put({units.code(d.orgUnitId), units.name(d.orgUnitId), d.name, label(d.kind), d.phone,
                 d.sortOrder, activeText(d.active)});
        }
    };
    return t;
}

ExportTable ListExport::categories(const ExportContext &cx)
{
    requireBaseData(cx);
    ExportTable t;
    t.sheetName = tr("事项分类");
    t.title = tr("事项分类清单");
    t.columns = {{tr("类别代码"), ColumnType::Code},
                 {tr("类别名称"), ColumnType::Text},
                 {tr("上级类别代码"), ColumnType::Code},
                 {tr("上级类别"), ColumnType::Text},
                 {tr("办理时限(天)"), ColumnType::Integer},
                 {tr("时限计法"), ColumnType::Text},
                 {tr("默认紧急程度"), ColumnType::Text},
                 {tr("默认承办部门"), ColumnType::Text},
                 {tr("承办部门单位代码"), ColumnType::Code},
                 {tr("排序"), ColumnType::Integer},
                 {tr("状态"), ColumnType::Text}};
    t.filterLines = filterLines(cx, inactiveLine(cx));
    t.rows = [cx](const std::function<void(const QVariantList &)> &put) {
        const QHash<qint64, Category> categories = categoriesById(cx.db);
        QHash<qint64, Department> departments;
        for (const Department &d : DepartmentRepository(cx.db).list(0, false))
            departments.insert(d.id, d);
        const Units units(cx);
        // The tree as the categories page lists it (a parent before its children), searched alike.
        const QList<Category> tree =
            CategoryService(cx.db, cx.clock, cx.actor)
                .tree(cx.filter.search.trimmed(), cx.filter.includeInactive.value_or(true));
        for (const Category &c : tree)
            put({c.code, c.name, categories.value(c.parentId).code, categories.value(c.parentId).name,
                 c.timeLimitDays, c.workingDays ? tr("工作日") : tr("自然日"), label(c.defaultUrgency),
                 departments.value(c.defaultDepartmentId).name,
                 units.code(departments.value(c.defaultDepartmentId).orgUnitId), c.sortOrder,
                 activeText(c.active)});
    };
    return t;
}

ExportTable ListExport::workers(const ExportContext &cx)
{
    requireBaseData(cx);
    ExportTable t;
    t.sheetName = tr("网格员");
    t.title = tr("网格员清单");
    t.columns = {{tr("网格员编号"), ColumnType::Code}, {tr("姓名"), ColumnType::Text},
                 {tr("所属乡镇"), ColumnType::Text},   {tr("现任网格 / 单位"), ColumnType::Text},
                 {tr("网格长"), ColumnType::Text},     {tr("用工方式"), ColumnType::Text},
                 {tr("联系电话"), ColumnType::Code},   {tr("身份证号码"), ColumnType::Code},
                 {tr("上岗日期"), ColumnType::Date},   {tr("离岗日期"), ColumnType::Date},
                 {tr("状态"), ColumnType::Text},       {tr("网格分配"), ColumnType::Text},
                 {tr("网格代码"), ColumnType::Code},   {tr("所属单位代码"), ColumnType::Code}};
    QStringList extra;
    if (cx.filter.workers && cx.filter.workers->employment)
        extra << tr("用工方式：%1").arg(label(*cx.filter.workers->employment));
    t.filterLines = filterLines(cx, extra + inactiveLine(cx));
    t.rows = [cx](const std::function<void(const QVariantList &)> &put) {
        const Units units(cx);
        WorkerRepository repo(cx.db);
        // The workers page's own selection (search, employment, in post only), else the whole scope.
        WorkerFilter filter = cx.filter.workers.value_or(WorkerFilter{});
        filter.orgUnitId = cx.scopeOrgUnitId;
        if (!cx.filter.workers && cx.filter.includeInactive == false)
            filter.active = true;
        WorkerPageKey after;
        while (true) {
            const QList<WorkerListRow> page = repo.page(filter, after, pageSize);
            for (const WorkerListRow &r : page) {
                const Worker &w = r.worker;
                // Every span, oldest first, with its grid's code: the workers import reads it back.
                QStringList spans;
                QString gridCode; // the grid served now (what the import template reads back)
                const QList<WorkerGrid> history = repo.assignments(w.id);
                for (auto a = history.crbegin(); a != history.crend(); ++a) {
                    if (a->isOpen())
                        gridCode = units.code(a->gridId);
                    spans << GridAssignmentText::entry(units.code(a->gridId), units.place(a->gridId),
                                                       {QString(), a->from, a->to, a->isHead});
                }
                const QString id = cx.fullPersonalData ? repo.residentId(w.id) : w.residentIdMasked;
                put({w.code, w.name, r.township, r.place, yesNo(w.isGridHead), label(w.employment),
                     cx.maskPhone(w.phone), id, w.inPostDate.isValid() ? QVariant(w.inPostDate) : QVariant(),
                     w.leftPostDate.isValid() ? QVariant(w.leftPostDate) : QVariant(), activeText(w.active),
                     spans.join(GridAssignmentText::separator()), gridCode,
                     gridCode.isEmpty() ? units.code(w.orgUnitId) : QString()});
            }
            if (page.size() < pageSize)
                break;
            after = {page.constLast().worker.code, page.constLast().worker.id};
        }
    };
    return t;
}

ExportTable ListExport::callbacks(const ExportContext &cx)
{
    requireCases(cx);
    ExportTable t;
    t.sheetName = tr("回访记录");
    t.title = tr("回访记录");
    t.columns = {{tr("案件编号"), ColumnType::Text},     {tr("案件标题"), ColumnType::Text},
                 {tr("所属乡镇"), ColumnType::Text},     {tr("村(社区) / 网格"), ColumnType::Text},
                 {tr("回访时间"), ColumnType::DateTime}, {tr("回访方式"), ColumnType::Text},
                 {tr("回访对象"), ColumnType::Text},     {tr("回访结果"), ColumnType::Text},
                 {tr("情况说明"), ColumnType::Text},     {tr("回访人"), ColumnType::Text}};
    t.filterLines = filterLines(cx);
    t.rows = [cx](const std::function<void(const QVariantList &)> &put) {
        const Units units(cx);
        const QString scopePath =
            cx.scopeOrgUnitId > 0 ? OrgUnitRepository(cx.db).path(cx.scopeOrgUnitId) : QString();
        ExportQueries::callbacks(cx.db, scopePath, cx.actor.userId, dayStart(cx.filter.from),
                                 dayAfter(cx.filter.to), pageSize, [&](const QList<CallbackExportRow> &rows) {
                                     for (const CallbackExportRow &r : rows) {
                                         const auto method = fromCode<CallbackMethod>(r.method);
                                         const auto result = fromCode<CallbackResult>(r.result);
                                         put({r.caseNo, r.caseTitle, units.township(r.orgUnitId),
                                              units.place(r.orgUnitId), r.calledAt,
                                              method ? label(*method) : r.method, cx.maskName(r.person),
                                              result ? label(*result) : r.result, r.note, r.actorName});
                                     }
                                 });
    };
    return t;
}

ExportTable ListExport::callbacksDue(const ExportContext &cx)
{
    requireCases(cx);
    const int days =
        qMax(0, cx.filter.callbacksClosedWithinDays >= 0 ? cx.filter.callbacksClosedWithinDays : 15);
    ExportTable t;
    t.sheetName = tr("待回访");
    t.title = tr("待回访案件");
    t.columns = {{tr("案件编号"), ColumnType::Text},
                 {tr("案件标题"), ColumnType::Text},
                 {tr("状态"), ColumnType::Text},
                 {tr("反馈或结案时间"), ColumnType::DateTime},
                 {tr("未联系上(次)"), ColumnType::Integer},
                 {tr("最近一次回访"), ColumnType::DateTime},
                 {tr("反映人"), ColumnType::Text},
                 {tr("联系电话"), ColumnType::Code}};
    t.filterLines =
        filterLines(cx, {tr("待核查的案件，以及结案 %n 天内尚未回访到群众的案件", nullptr, days)});
    t.rows = [cx, days](const std::function<void(const QVariantList &)> &put) {
        // The call-back page's list, in its order, every page of it; the scope is the account's.
        const CallbackService service(cx.db, cx.clock);
        std::optional<CallbackDue> after;
        qint64 written = 0;
        while (written < maxRows) {
            const QList<CallbackDue> page = service.due(cx.actor, days, pageSize, after);
            QList<qint64> ids;
            for (const CallbackDue &d : page)
                ids << d.caseId;
            const QHash<qint64, CaseParty> reporters = PartyDirectory::firstReporters(cx.db, ids);
            for (const CallbackDue &d : page) {
                const CaseParty p = reporters.value(d.caseId);
                put({d.caseNo, d.title, label(d.status), d.since, d.failedAttempts,
                     d.lastAttempt.isValid() ? QVariant(d.lastAttempt) : QVariant(),
                     p.anonymous ? tr("匿名") : cx.maskName(p.name),
                     p.anonymous ? QString() : cx.maskPhone(p.phone)});
            }
            written += page.size();
            if (page.size() < pageSize)
                break;
            after = page.constLast();
        }
    };
    return t;
}

ExportTable ListExport::auditLog(const ExportContext &cx)
{
    if (!Permissions::allows(cx.actor.roles, Permission::ViewAuditLog))
        throw Error(Error::Kind::Forbidden, tr("当前账号不能导出审计日志。"));
    ExportTable t;
    t.sheetName = tr("审计日志");
    t.title = tr("审计日志");
    t.columns = {{tr("序号"), ColumnType::Integer}, {tr("时间"), ColumnType::DateTime},
                 {tr("账号"), ColumnType::Text},    {tr("操作"), ColumnType::Text},
                 {tr("对象"), ColumnType::Text},    {tr("对象编号"), ColumnType::Integer},
                 {tr("详情"), ColumnType::Text}};
    AuditFilter filter = cx.filter.audit.value_or(AuditFilter{});
    if (!cx.filter.audit) {
        filter.from = cx.filter.from;
        filter.to = cx.filter.to;
    }
    QStringList extra;
    if (cx.filter.audit) {
        if (filter.from.isValid() || filter.to.isValid())
            extra << tr("期间：%1 至 %2")
                         .arg(filter.from.isValid() ? filter.from.toString(u"yyyy-MM-dd"_s) : tr("不限"),
                              filter.to.isValid() ? filter.to.toString(u"yyyy-MM-dd"_s) : tr("不限"));
        if (!filter.person.isEmpty())
            extra << tr("人员：%1").arg(filter.person);
        if (!filter.action.isEmpty())
            extra << tr("操作：%1").arg(AuditLogReader::actionLabel(filter.action));
        if (!filter.caseNo.isEmpty())
            extra << tr("案件：%1").arg(filter.caseNo);
    }
    t.filterLines = filterLines(cx, extra);
    t.rows = [cx, filter](const std::function<void(const QVariantList &)> &put) {
        const AuditLogReader reader(cx.db, cx.clock, cx.actor);
        qint64 before = 0;
        qint64 written = 0;
        while (written < maxRows) {
            const QList<AuditLog::Entry> page = reader.page(filter, pageSize, before);
            for (const AuditLog::Entry &e : page)
                put({e.id, e.at, e.actorLogin, AuditLogReader::actionLabel(e.action), e.objectType,
                     e.objectId > 0 ? QVariant(e.objectId) : QVariant(), e.detail});
            written += page.size();
            if (page.size() < pageSize)
                break;
            before = page.constLast().id;
        }
    };
    return t;
}

} // namespace zz
