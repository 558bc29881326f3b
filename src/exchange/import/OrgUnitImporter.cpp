#include "OrgUnitImporter.h"

#include "Database.h"
#include "Error.h"
#include "OrgUnitService.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {

enum Column { Code, Name, Level, Parent, Status };

struct UnitRow
{
    int number = 0;
    QString code;
    QString name;
    std::optional<OrgLevel> level;
    QString parentCode;
    std::optional<bool> active;
};

} // namespace

ImportKind OrgUnitImporter::describe()
{
    ImportKind k;
    k.id = u"org-units"_s;
    k.title = tr("组织机构");
    k.description =
        tr("乡镇（街道）、村（社区）和网格；按单位代码识别已有单位，上级单位须已在系统中或在表中排在前面。");
    k.columns = {
        {u"code"_s,
         u"单位代码"_s,
         {u"代码"_s, u"区划代码"_s, u"统计用区划代码"_s},
         ImportType::Code,
         true,
         u"330681001001003"_s,
         tr("已有单位按代码更新名称；新单位用本地代码（国家统计用区划代码的单位由初始化载入）"),
         {}},
        {u"name"_s,
         u"单位名称"_s,
         {u"名称"_s, u"村(社区)名称"_s},
         ImportType::Text,
         true,
         u"上溪村第3网格"_s,
         tr("同一上级下不重名"),
         {}},
        {u"level"_s,
         u"层级"_s,
         {u"级别"_s, u"单位层级"_s},
         ImportType::Choice,
         false,
         u"网格"_s,
         tr("乡镇（街道）、村（社区）或网格；留空时按上级单位推定"),
         {{u"county"_s, {u"县(市、区)"_s, u"县"_s, u"县级"_s}},
          {u"township"_s, {u"乡镇(街道)"_s, u"乡镇"_s, u"街道"_s, u"镇"_s, u"乡"_s}},
          {u"village"_s, {u"村(社区)"_s, u"村"_s, u"社区"_s}},
          {u"grid"_s, {u"网格"_s}}}},
        {u"parent"_s,
         u"上级单位代码"_s,
         {u"上级代码"_s, u"所属单位代码"_s},
         ImportType::Code,
         false,
         u"330681001001"_s,
         tr("新单位必填；已有单位不能通过导入移到别处"),
         {}},
        statusColumn(tr("启用或停用；停用用于已撤销或合并的单位，已有案件和记录不受影响；留空不改")),
    };
    k.naturalKey = {u"code"_s};
    k.permission = Permission::ManageReferenceData;
    return k;
}

QStringList OrgUnitImporter::tables() const
{
    return {u"org_units"_s, u"grids"_s};
}

std::any OrgUnitImporter::convert(const ImportRow &row, RowErrors &errors)
{
    UnitRow r;
    r.number = row.number;
    r.code = row.text(Code);
    r.name = row.text(Name);
    r.parentCode = row.text(Parent);
    if (row.has(Level))
        r.level = fromCode<OrgLevel>(row.text(Level));
    r.active = activeIn(row, Status);
    if (r.parentCode == r.code) {
        errors << RowError{u"parent"_s, tr("单位不能是自己的上级。")};
        return {};
    }
    // The parent may come from an earlier row of the same file: it is looked up when storing.
    return r;
}

UpsertOutcome OrgUnitImporter::upsert(const std::any &record)
{
    const UnitRow r = std::any_cast<UnitRow>(record);
    OrgUnitService service(database(), clock(), actor());
    if (const auto stored = unitByCode(r.code)) {
        if (r.level && *r.level != stored->level)
            throw Error(
                Error::Kind::Validation,
                tr("单位“%1”是%2，不是%3。").arg(stored->name, label(stored->level), label(*r.level)));
        if (!r.parentCode.isEmpty()) {
            const auto parent = service.get(stored->parentId);
            if (!parent || parent->code != r.parentCode)
                throw Error(Error::Kind::Validation,
                            tr("单位“%1”不在上级“%2”之下；移动单位请在基础数据中操作。")
                                .arg(stored->name, r.parentCode));
        }
        OrgUnit next = *stored;
        QStringList changed;
        if (stored->name != r.name) {
            next.name = r.name;
            service.update(next);
            forgetUnit(r.code);
            changed << u"name"_s;
        }
        if (r.active && *r.active != stored->active && setActive(service, next, *r.active))
            changed << u"status"_s;
        if (changed.isEmpty())
            return UpsertOutcome::Unchanged;
        noteUpdate(r.number, r.code, changed);
        return UpsertOutcome::Updated;
    }
    if (r.level == OrgLevel::County)
        throw Error(Error::Kind::Validation,
                    tr("县(市、区)“%1”不能通过导入新建，请在首次运行时选定本县。").arg(r.name));
    if (r.parentCode.isEmpty())
        throw Error(Error::Kind::Validation, tr("新单位“%1”须填写上级单位代码。").arg(r.name));
    const auto parent = unitByCode(r.parentCode);
    if (!parent)
        throw Error(Error::Kind::Validation,
                    tr("上级单位代码“%1”不存在（上级须已在系统中，或在表中排在前面）。").arg(r.parentCode));
    if (r.level && int(*r.level) != int(parent->level) + 1)
        throw Error(
            Error::Kind::Validation,
            tr("%1不能直接设在%2“%3”之下。").arg(label(*r.level), label(parent->level), parent->name));
    OrgUnit added = service.addChild(parent->id, r.name, r.code);
    if (r.active == false)
        setActive(service, added, false);
    return UpsertOutcome::Inserted;
}

bool OrgUnitImporter::setActive(OrgUnitService &service, OrgUnit &unit, bool active)
{
    if (!service.mayEdit(unit))
        throw Error(Error::Kind::Forbidden,
                    active ? tr("不能启用“%1”：只能启用或停用本单位下级的单位。").arg(unit.name)
                           : tr("不能停用“%1”：只能启用或停用本单位下级的单位。").arg(unit.name));
    if (!active) {
        if (!m_deactivate.contains(unit.id))
            m_deactivate << unit.id;
        return true;
    }
    m_deactivate.removeAll(unit.id);
    service.setActive(unit, true);
    forgetUnit(unit.code);
    return true;
}

void OrgUnitImporter::begin()
{
    BaseDataImporter::begin();
    m_deactivate.clear();
    m_runDepth = database().transactionDepth();
}

void OrgUnitImporter::end()
{
    // Inside the run's transaction — after a failure it is gone and nothing is written: the units
    // the file deactivates, now that every row below them is stored (lowest first). A preview has
    // no transaction and stores nothing.
    const QList<qint64> pending = std::exchange(m_deactivate, {});
    if (m_runDepth > 0 && database().transactionDepth() == m_runDepth) {
        OrgUnitService service(database(), clock(), actor());
        for (auto it = pending.crbegin(); it != pending.crend(); ++it)
            if (auto unit = service.get(*it); unit && unit->active)
                service.setActive(*unit, false);
    }
    BaseDataImporter::end();
}

} // namespace zz
