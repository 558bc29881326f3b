#include "GridImporter.h"

#include "Error.h"
#include "OrgUnitService.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {

enum Column { Code, Name, Village, Type, Households, Boundary, Status };

struct GridRow
{
    int number = 0;
    QString code;
    QString name;
    QString villageCode;
    std::optional<GridType> type;
    std::optional<int> households;
    QString boundary; // geometry JSON; empty: keep what is stored
    std::optional<bool> active;
};

} // namespace

ImportKind GridImporter::describe()
{
    ImportKind k;
    k.id = u"grids"_s;
    k.title = tr("网格");
    k.description =
        tr("网格的类型、户数和边界（GeoJSON）；按网格代码识别，表中新出现的网格建在所属村（社区）之下。");
    k.columns = {
        {u"code"_s,
         u"网格代码"_s,
         {u"网格编码"_s, u"网格编号"_s},
         ImportType::Code,
         true,
         u"330681001001001"_s,
         tr("村（社区）代码后加三位序号"),
         {}},
        {u"name"_s,
         u"网格名称"_s,
         {u"名称"_s},
         ImportType::Text,
         false,
         u"上溪村第1网格"_s,
         tr("新网格必填；已有网格填写时更新名称"),
         {}},
        {u"village"_s,
         u"所属村(社区)代码"_s,
         {u"村(社区)代码"_s, u"所属村代码"_s, u"上级单位代码"_s},
         ImportType::Code,
         false,
         u"330681001001"_s,
         tr("新网格必填"),
         {}},
        {u"type"_s,
         u"网格类型"_s,
         {u"类型"_s},
         ImportType::Choice,
         false,
         u"农村型"_s,
         tr("街巷型、楼院型、单位型或农村型"),
         {{u"street"_s, {u"街巷型"_s, u"街巷"_s}},
          {u"building"_s, {u"楼院型"_s, u"楼院"_s}},
          {u"unit"_s, {u"单位型"_s, u"单位"_s}},
          {u"rural"_s, {u"农村型"_s, u"农村"_s}}}},
        {u"households"_s,
         u"户数"_s,
         {u"住户数"_s, u"总户数"_s},
         ImportType::Integer,
         false,
         u"260"_s,
         tr("农村网格一般 100–300 户，城镇 200–500 户"),
         {}},
        {u"boundary"_s,
         u"边界"_s,
         {u"边界GeoJSON"_s, u"边界文件"_s, u"GeoJSON"_s},
         ImportType::GeoJson,
         false,
         u"grid-001.geojson"_s,
         tr("GeoJSON 多边形：直接写在格中，或写与表格同一文件夹中的 .geojson 文件名；留空不改边界"),
         {}},
        statusColumn(tr("启用或停用；停用的网格不再供登记和分配网格员选用，已有记录不受影响；留空不改")),
    };
    k.naturalKey = {u"code"_s};
    k.permission = Permission::ManageReferenceData;
    return k;
}

QStringList GridImporter::tables() const
{
    return {u"org_units"_s, u"grids"_s};
}

std::any GridImporter::convert(const ImportRow &row, RowErrors &errors)
{
    GridRow g;
    g.number = row.number;
    g.code = row.text(Code);
    g.name = row.text(Name);
    g.villageCode = row.text(Village);
    if (row.has(Type))
        g.type = fromCode<GridType>(row.text(Type));
    if (row.has(Households)) {
        const qint64 n = row.integer(Households);
        if (n < 0 || n > 1000000)
            errors << RowError{u"households"_s, tr("户数须在0到1000000之间。")};
        g.households = int(n);
    }
    g.boundary = row.text(Boundary);
    g.active = activeIn(row, Status);
    if (!errors.isEmpty())
        return {};
    return g;
}

UpsertOutcome GridImporter::upsert(const std::any &record)
{
    const GridRow r = std::any_cast<GridRow>(record);
    OrgUnitService service(database(), clock(), actor());
    UpsertOutcome outcome = UpsertOutcome::Unchanged;
    QStringList changed; // of a stored grid, for the summary
    auto unit = unitByCode(r.code);
    if (!unit) {
        if (r.name.isEmpty() || r.villageCode.isEmpty())
            throw Error(Error::Kind::Validation,
                        tr("新网格“%1”须填写网格名称和所属村（社区）代码。").arg(r.code));
        const auto village = unitByCode(r.villageCode);
        if (!village || village->level != OrgLevel::Village)
            throw Error(Error::Kind::Validation, tr("没有代码为“%1”的村（社区）。").arg(r.villageCode));
        unit = service.addChild(village->id, r.name, r.code);
        outcome = UpsertOutcome::Inserted;
    } else {
        if (unit->level != OrgLevel::Grid)
            throw Error(Error::Kind::Validation, tr("“%1”不是网格。").arg(unit->name));
        if (!r.name.isEmpty() && r.name != unit->name) {
            OrgUnit next = *unit;
            next.name = r.name;
            service.update(next);
            forgetUnit(r.code);
            outcome = UpsertOutcome::Updated;
            changed << u"name"_s;
        }
    }
    Grid grid = service.grid(unit->id).value_or(Grid{unit->id, GridType::Rural, 0, {}, 1});
    const Grid stored = grid;
    if (r.type)
        grid.type = *r.type;
    if (r.households)
        grid.households = *r.households;
    if (!r.boundary.isEmpty())
        grid.boundaryGeoJson = r.boundary;
    const bool exists = service.grid(unit->id).has_value();
    if (!exists || grid.type != stored.type || grid.households != stored.households ||
        grid.boundaryGeoJson != stored.boundaryGeoJson) {
        service.saveGrid(grid);
        if (outcome == UpsertOutcome::Unchanged)
            outcome = UpsertOutcome::Updated;
        if (exists && grid.type != stored.type)
            changed << u"type"_s;
        if (exists && grid.households != stored.households)
            changed << u"households"_s;
        if (exists && grid.boundaryGeoJson != stored.boundaryGeoJson)
            changed << u"boundary"_s;
    }
    if (r.active && *r.active != unit->active) {
        OrgUnit next = service.get(unit->id).value_or(*unit);
        if (!service.mayEdit(next))
            throw Error(Error::Kind::Forbidden,
                        tr("不能启用或停用网格“%1”：只能修改本单位下级的单位。").arg(next.name));
        service.setActive(next, *r.active);
        forgetUnit(r.code);
        if (outcome == UpsertOutcome::Unchanged)
            outcome = UpsertOutcome::Updated;
        changed << u"status"_s;
    }
    if (outcome == UpsertOutcome::Updated && !changed.isEmpty())
        noteUpdate(r.number, r.code, changed);
    return outcome;
}

} // namespace zz
