#include "DepartmentService.h"

#include "Database.h"
#include "Error.h"
#include "InputLimits.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Validators.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace zz {

DepartmentService::DepartmentService(const Database &db, const Clock &clock, const Actor &actor)
    : m_db(db), m_access(db, clock, actor)
{}

QList<OrgUnit> DepartmentService::visibleUnits() const
{
    const QString own = m_access.scopePath();
    if (own.isEmpty())
        return {};
    // Departments belong to the county or a township: the few units of the top two levels.
    Query q(m_db, u"SELECT id, parent_id, code, name, level, path FROM org_units WHERE level <= ? "
                  "ORDER BY level, code"_s);
    q.bind(int(OrgLevel::Township)).exec();
    QList<OrgUnit> out;
    while (q.next()) {
        const QString path = q.text(5);
        if (!path.startsWith(own) && !own.startsWith(path))
            continue;
        OrgUnit unit;
        unit.id = q.int64(0);
        unit.parentId = q.int64(1);
        unit.code = q.text(2);
        unit.name = q.text(3);
        unit.level = OrgLevel(q.integer(4));
        out.append(unit);
    }
    return out;
}

QList<OrgUnit> DepartmentService::placeableUnits() const
{
    if (!m_access.mayManage())
        return {};
    QList<OrgUnit> out;
    for (const OrgUnit &unit : visibleUnits())
        if (m_access.inScope(unit.id))
            out.append(unit);
    return out;
}

bool DepartmentService::mayEdit(const Department &department) const
{
    return m_access.mayManage() && m_access.inScope(department.orgUnitId);
}

namespace {

struct Where
{
    QString sql;
    QVariantList values;
};

Where whereFor(const DepartmentFilter &filter, const QList<OrgUnit> &units)
{
    Where w;
    QList<qint64> ids;
    for (const OrgUnit &u : units)
        if (filter.orgUnitId <= 0 || u.id == filter.orgUnitId)
            ids.append(u.id);
    if (ids.isEmpty()) {
        w.sql = u" WHERE 1 = 0"_s;
        return w;
    }
    w.sql = u" WHERE d.org_unit_id IN ("_s + inListMarkers(ids.size()) + u')';
    for (qint64 id : std::as_const(ids))
        w.values.append(id);
    if (filter.kind) {
        w.sql += u" AND d.kind = ?"_s;
        w.values.append(code(*filter.kind));
    }
    if (!filter.includeInactive) {
        w.sql += u" AND d.active = ?"_s;
        w.values.append(true);
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        w.sql += u" AND (d.name LIKE ? ESCAPE '\\' OR d.phone LIKE ? ESCAPE '\\')"_s;
        w.values.append(containsPattern(text));
        w.values.append(containsPattern(text));
    }
    return w;
}

} // namespace

int DepartmentService::count(const DepartmentFilter &filter) const
{
    const Where w = whereFor(filter, visibleUnits());
    Query q(m_db, u"SELECT COUNT(*) FROM departments d"_s + w.sql);
    for (const QVariant &v : w.values)
        q.bind(v);
    return q.scalar().toInt();
}

QList<DepartmentRow> DepartmentService::page(const DepartmentFilter &filter, int offset, int limit) const
{
    const QList<OrgUnit> units = visibleUnits();
    const Where w = whereFor(filter, units);
    QSet<qint64> editableUnits;
    if (m_access.mayManage())
        for (const OrgUnit &u : units)
            if (m_access.inScope(u.id))
                editableUnits.insert(u.id);
    QString columns;
    for (const QString &c : DepartmentRepository::columns().split(u", "_s))
        columns += (columns.isEmpty() ? u"d."_s : u", d."_s) + c;
    Query q(m_db, u"SELECT "_s + columns +
                      u", o.name FROM departments d JOIN org_units o ON o.id = d.org_unit_id"_s + w.sql +
                      u" ORDER BY o.level, o.code, d.sort_order, d.name, d.id LIMIT ? OFFSET ?"_s);
    for (const QVariant &v : w.values)
        q.bind(v);
    q.bind(qMax(0, limit)).bind(qMax(0, offset)).exec();
    QList<DepartmentRow> out;
    const int unitColumn = int(DepartmentRepository::columns().count(u',')) + 1;
    while (q.next()) {
        DepartmentRow row;
        row.department = DepartmentRepository::read(q);
        row.unitName = q.text(unitColumn);
        row.editable = editableUnits.contains(row.department.orgUnitId);
        out.append(row);
    }
    return out;
}

std::optional<Department> DepartmentService::get(qint64 id) const
{
    return DepartmentRepository(m_db).get(id);
}

void DepartmentService::requireEditable(qint64 orgUnitId) const
{
    m_access.requireManage();
    if (!m_access.inScope(orgUnitId))
        throw Error(Error::Kind::Forbidden, tr("只能修改本乡镇（街道）的部门。"));
}

void DepartmentService::validate(const Department &department) const
{
    InputLimits::check(department);
    const QString name = department.name.trimmed();
    if (name.isEmpty())
        throw Error(Error::Kind::Validation, tr("请填写部门名称。"));
    const auto unit = OrgUnitRepository(m_db).get(department.orgUnitId);
    if (!unit || (unit->level != OrgLevel::County && unit->level != OrgLevel::Township))
        throw Error(Error::Kind::Validation, tr("部门须属于县（区）或乡镇（街道）。"));
    if (const QString phone = department.phone.trimmed(); !phone.isEmpty()) {
        if (const Validation v = Validators::phone(phone); !v)
            throw Error(Error::Kind::Validation, v.message);
    }
    Query same(m_db, u"SELECT COUNT(*) FROM departments WHERE org_unit_id = ? AND name = ? AND id <> ?"_s);
    if (same.bind(department.orgUnitId).bind(name).bind(department.id).scalar().toInt() > 0)
        throw Error(Error::Kind::Validation, tr("%1已有名为“%2”的部门。").arg(unit->name, name));
}

qint64 DepartmentService::create(Department &department)
{
    requireEditable(department.orgUnitId);
    validate(department);
    Transaction tx(m_db);
    DepartmentRepository(m_db).create(department);
    m_access.audit(u"departments"_s, department.id, u"insert"_s);
    tx.commit();
    return department.id;
}

void DepartmentService::update(Department &department)
{
    const auto stored = get(department.id);
    if (!stored)
        throw Error(Error::Kind::NotFound, tr("该部门已被删除。"));
    requireEditable(stored->orgUnitId);
    requireEditable(department.orgUnitId);
    validate(department);
    QStringList changed;
    if (stored->orgUnitId != department.orgUnitId)
        changed << u"org_unit_id"_s;
    if (stored->name != department.name.trimmed())
        changed << u"name"_s;
    if (stored->kind != department.kind)
        changed << u"kind"_s;
    if (stored->phone != department.phone.trimmed())
        changed << u"phone"_s;
    if (stored->sortOrder != department.sortOrder)
        changed << u"sort_order"_s;
    if (stored->active != department.active)
        changed << u"active"_s;
    Transaction tx(m_db);
    DepartmentRepository(m_db).update(department);
    m_access.audit(u"departments"_s, department.id, u"update"_s, changed);
    tx.commit();
}

void DepartmentService::setActive(Department &department, bool active)
{
    Department changed = department;
    changed.active = active;
    update(changed);
    department = changed;
}

DepartmentService::References DepartmentService::references(qint64 id) const
{
    References r;
    // Cases assigned to it now and cases it handled before a transfer or return.
    r.cases = Query(m_db, u"SELECT COUNT(*) FROM (SELECT id FROM cases WHERE department_id = ? "
                          "UNION SELECT case_id FROM case_flow WHERE department_id = ?) t"_s)
                  .bind(id)
                  .bind(id)
                  .scalar()
                  .toLongLong();
    r.accounts =
        Query(m_db, u"SELECT COUNT(*) FROM users WHERE department_id = ?"_s).bind(id).scalar().toLongLong();
    r.categories = Query(m_db, u"SELECT COUNT(*) FROM categories WHERE default_department_id = ?"_s)
                       .bind(id)
                       .scalar()
                       .toLongLong();
    return r;
}

void DepartmentService::remove(const Department &department)
{
    const auto stored = get(department.id);
    if (!stored)
        throw Error(Error::Kind::NotFound, tr("该部门已被删除。"));
    requireEditable(stored->orgUnitId);
    if (stored->version != department.version)
        throw Error(Error::Kind::Conflict, tr("该部门已被其他人修改，请重新载入后再编辑。"));
    Transaction tx(m_db);
    if (const References r = references(department.id); r.total() > 0) {
        QStringList parts;
        if (r.cases > 0)
            parts << tr("%n件案件", nullptr, int(r.cases));
        if (r.accounts > 0)
            parts << tr("%n个账号", nullptr, int(r.accounts));
        if (r.categories > 0)
            parts << tr("%n个事件类别", nullptr, int(r.categories));
        throw Error(Error::Kind::Validation,
                    tr("“%1”仍被%2引用，不能删除；可将其停用。").arg(stored->name, parts.join(tr("、"))));
    }
    DepartmentRepository(m_db).remove(department.id);
    m_access.audit(u"departments"_s, department.id, u"delete"_s);
    tx.commit();
}

} // namespace zz
