#include "StandardCategories.h"

#include "Database.h"
#include "Entities.h"
#include "Query.h"
#include "ReferenceRepositories.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace zz {

// Names are data, the same in every language of the interface: they are stored, not shown from here.
// One category per line reads better than the formatter's one field per line.
// clang-format off
const QList<StandardCategories::Definition> &StandardCategories::definitions()
{
    static const QList<Definition> set = {
        {u"01"_s, u"矛盾纠纷"_s, u"司法所"_s, 15, true, Urgency::Normal, {
             {u"0101"_s, u"邻里纠纷"_s, u"司法所"_s, 10, true, Urgency::Normal, {}},
             {u"0102"_s, u"婚姻家庭纠纷"_s, u"司法所"_s, 15, true, Urgency::Normal, {}},
             {u"0103"_s, u"土地纠纷"_s, u"自然资源所"_s, 20, true, Urgency::Normal, {}},
             {u"0104"_s, u"劳资纠纷"_s, u"人社所"_s, 10, true, Urgency::Normal, {}},
             {u"0105"_s, u"物业纠纷"_s, u"司法所"_s, 10, true, Urgency::Normal, {}},
         }},
        {u"02"_s, u"安全隐患"_s, u"安监站"_s, 15, true, Urgency::Normal, {
             {u"0201"_s, u"消防隐患"_s, u"安监站"_s, 3, false, Urgency::Urgent, {}},
             {u"0202"_s, u"交通隐患"_s, u"派出所"_s, 7, false, Urgency::Normal, {}},
             {u"0203"_s, u"危房隐患"_s, u"安监站"_s, 5, false, Urgency::Normal, {}},
             {u"0204"_s, u"燃气隐患"_s, u"安监站"_s, 3, false, Urgency::Urgent, {}},
         }},
        {u"03"_s, u"环境卫生"_s, u"城管中队"_s, 15, true, Urgency::Normal, {
             {u"0301"_s, u"垃圾堆放"_s, u"城管中队"_s, 5, true, Urgency::Normal, {}},
             {u"0302"_s, u"污水排放"_s, u"生态环境所"_s, 7, true, Urgency::Normal, {}},
             {u"0303"_s, u"噪音扰民"_s, u"生态环境所"_s, 5, true, Urgency::Normal, {}},
             {u"0304"_s, u"油烟污染"_s, u"生态环境所"_s, 7, true, Urgency::Normal, {}},
         }},
        {u"04"_s, u"城乡建设"_s, u"城管中队"_s, 15, true, Urgency::Normal, {
             {u"0401"_s, u"违章建筑"_s, u"城管中队"_s, 15, true, Urgency::Normal, {}},
             {u"0402"_s, u"道路破损"_s, u"城管中队"_s, 10, true, Urgency::Normal, {}},
             {u"0403"_s, u"路灯损坏"_s, u"城管中队"_s, 5, true, Urgency::Normal, {}},
             {u"0404"_s, u"漏水"_s, u"城管中队"_s, 7, true, Urgency::Normal, {}},
         }},
        {u"05"_s, u"劳动保障"_s, u"人社所"_s, 15, true, Urgency::Normal, {
             {u"0501"_s, u"拖欠工资"_s, u"人社所"_s, 10, true, Urgency::Normal, {}},
             {u"0502"_s, u"社保问题"_s, u"人社所"_s, 15, true, Urgency::Normal, {}},
         }},
        {u"06"_s, u"市场监管"_s, u"市场监管所"_s, 15, true, Urgency::Normal, {
             {u"0601"_s, u"食品安全"_s, u"市场监管所"_s, 5, true, Urgency::Normal, {}},
             {u"0602"_s, u"价格欺诈"_s, u"市场监管所"_s, 7, true, Urgency::Normal, {}},
             {u"0603"_s, u"假冒伪劣"_s, u"市场监管所"_s, 10, true, Urgency::Normal, {}},
         }},
        {u"07"_s, u"社会治安"_s, u"派出所"_s, 15, true, Urgency::Normal, {
             {u"0701"_s, u"治安隐患"_s, u"派出所"_s, 5, true, Urgency::Normal, {}},
             {u"0702"_s, u"电信诈骗"_s, u"派出所"_s, 3, false, Urgency::Urgent, {}},
             {u"0703"_s, u"涉赌问题"_s, u"派出所"_s, 5, true, Urgency::Normal, {}},
         }},
        {u"08"_s, u"民生服务"_s, u"信访办"_s, 15, true, Urgency::Normal, {
             {u"0801"_s, u"低保救助"_s, u"信访办"_s, 15, true, Urgency::Normal, {}},
             {u"0802"_s, u"供水供电"_s, u"城管中队"_s, 5, true, Urgency::Normal, {}},
             {u"0803"_s, u"政策咨询"_s, u"信访办"_s, 5, true, Urgency::Normal, {}},
         }},
        {u"09"_s, u"涉农事务"_s, u"农业农村办"_s, 15, true, Urgency::Normal, {
             {u"0901"_s, u"农田水利"_s, u"农业农村办"_s, 10, true, Urgency::Normal, {}},
             {u"0902"_s, u"宅基地审批"_s, u"自然资源所"_s, 20, true, Urgency::Normal, {}},
         }},
    };
    return set;
}
// clang-format on

QStringList StandardCategories::departmentNames()
{
    return {u"司法所"_s, u"派出所"_s,     u"市场监管所"_s, u"安监站"_s,     u"城管中队"_s,
            u"人社所"_s, u"自然资源所"_s, u"生态环境所"_s, u"农业农村办"_s, u"信访办"_s};
}

int StandardCategories::install(const Database &db)
{
    Transaction tx(db);
    // The department of each name on the highest unit that has one: the county's, else the first
    // township's by code.
    QHash<QString, qint64> departments;
    Query d(db, u"SELECT d.id, d.name FROM departments d JOIN org_units o ON o.id = d.org_unit_id "
                "WHERE d.active = ? AND o.level <= ? ORDER BY o.level DESC, o.code DESC, d.id DESC"_s);
    d.bind(true).bind(int(OrgLevel::Township)).exec();
    while (d.next())
        departments.insert(d.text(1), d.int64(0)); // the highest unit's row comes last and wins

    CategoryRepository categories(db);
    QHash<QString, Category> byCode;
    for (const Category &c : categories.all(false))
        byCode.insert(c.code, c);
    const auto nameTaken = [&byCode](qint64 parentId, const QString &name) {
        for (const Category &c : std::as_const(byCode))
            if (c.parentId == parentId && c.name == name)
                return true;
        return false;
    };
    int inserted = 0;
    int order = 0;
    // The category of the set: 0 when its code or name is used for something else (the center's own
    // category stays as it is and the set's branch is left out rather than mixed into it).
    const auto place = [&](const Definition &def, qint64 parentId) -> qint64 {
        ++order;
        const qint64 departmentId = departments.value(def.department);
        if (const auto it = byCode.constFind(def.code); it != byCode.cend()) {
            Category existing = it.value();
            if (existing.name != def.name || existing.parentId != parentId)
                return 0;
            // Installed before its department existed: link it now (a chosen one is kept).
            if (existing.defaultDepartmentId == 0 && departmentId > 0) {
                existing.defaultDepartmentId = departmentId;
                categories.update(existing);
            }
            return existing.id;
        }
        if (nameTaken(parentId, def.name))
            return 0;
        Category c;
        c.parentId = parentId;
        c.code = def.code;
        c.name = def.name;
        c.timeLimitDays = def.days;
        c.workingDays = def.workingDays;
        c.defaultDepartmentId = departmentId;
        c.defaultUrgency = def.urgency;
        c.sortOrder = order * 10;
        categories.create(c);
        byCode.insert(c.code, c);
        ++inserted;
        return c.id;
    };
    for (const Definition &top : definitions()) {
        const qint64 topId = place(top, 0);
        if (topId == 0) {
            order += int(top.children.size());
            continue;
        }
        for (const Definition &child : top.children)
            place(child, topId);
    }
    tx.commit();
    return inserted;
}

int StandardCategories::installDepartments(const Database &db, qint64 orgUnitId)
{
    Transaction tx(db);
    DepartmentRepository repository(db);
    QSet<QString> present;
    for (const Department &d : repository.list(orgUnitId, false))
        present.insert(d.name);
    int inserted = 0;
    int order = 0;
    for (const QString &name : departmentNames()) {
        order += 10;
        if (present.contains(name))
            continue;
        Department d;
        d.orgUnitId = orgUnitId;
        d.name = name;
        d.sortOrder = order;
        repository.create(d);
        ++inserted;
    }
    tx.commit();
    return inserted;
}

} // namespace zz
