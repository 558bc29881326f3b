#include "BoardCatalog.h"

#include "ReferenceRepositories.h"
#include "cases/PlaceLabel.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace zz {

BoardCatalog BoardCatalog::load(const Database &db, qint64 scopeOrgUnitId)
{
    BoardCatalog c;
    c.m_scope = scopeOrgUnitId;
    OrgUnitRepository orgUnits(db);
    const QList<OrgUnit> all = orgUnits.all();
    for (const OrgUnit &unit : all)
        c.m_units.insert(unit.id, unit);
    // Paths from the parent links (all() is small): no query per unit.
    for (const OrgUnit &unit : all) {
        QString path = u"/"_s;
        QList<qint64> chain;
        for (qint64 id = unit.id; id > 0 && chain.size() < 16; id = c.m_units.value(id).parentId)
            chain.prepend(id);
        for (const qint64 id : std::as_const(chain))
            path += QString::number(id) + u'/';
        c.m_paths.insert(unit.id, path);
    }
    c.m_scopePath = scopeOrgUnitId > 0 ? c.m_paths.value(scopeOrgUnitId) : QString();

    // Parents before children, siblings by code.
    QList<OrgUnit> scoped;
    for (const OrgUnit &unit : all)
        if (c.inScope(unit.id))
            scoped.append(unit);
    std::sort(scoped.begin(), scoped.end(), [&](const OrgUnit &a, const OrgUnit &b) {
        return a.level != b.level ? int(a.level) < int(b.level) : a.code < b.code;
    });
    c.m_scopeUnits = scoped;

    c.m_categories = CategoryRepository(db).all(false);
    for (int i = 0; i < c.m_categories.size(); ++i)
        c.m_categoryIndex.insert(c.m_categories.at(i).id, i);

    for (const Department &d : DepartmentRepository(db).list(0, false)) {
        c.m_departmentNames.insert(d.id, d.name);
        // A department of a unit above the scope (the county's) also takes the scope's cases.
        const QString path = c.m_paths.value(d.orgUnitId);
        if (d.active && (c.inScope(d.orgUnitId) || c.m_scopePath.startsWith(path)))
            c.m_departments.append(d);
    }
    for (const Worker &w : WorkerRepository(db).list(0, false)) {
        c.m_workerNames.insert(w.id, w.name);
        if (w.active && c.inScope(w.orgUnitId))
            c.m_workers.append(w);
    }
    return c;
}

bool BoardCatalog::inScope(qint64 orgUnitId) const
{
    return m_scopePath.isEmpty() || m_paths.value(orgUnitId).startsWith(m_scopePath);
}

QString BoardCatalog::orgUnitName(qint64 id) const
{
    return m_units.value(id).name;
}

QString BoardCatalog::orgUnitChain(qint64 id) const
{
    QStringList names;
    for (auto it = m_units.constFind(id); it != m_units.cend() && names.size() < 16;
         it = m_units.constFind(it->parentId)) {
        if (it->level == OrgLevel::County && !names.isEmpty())
            break;
        names.prepend(it->name);
    }
    return names.join(u" / "_s);
}

QString BoardCatalog::placeLabel(qint64 id) const
{
    return PlaceLabel::shortPath(m_units, id);
}

QString BoardCatalog::categoryName(qint64 id) const
{
    const auto it = m_categoryIndex.constFind(id);
    return it == m_categoryIndex.cend() ? QString() : m_categories.at(*it).name;
}

QString BoardCatalog::categoryPath(qint64 id) const
{
    const auto it = m_categoryIndex.constFind(id);
    if (it == m_categoryIndex.cend())
        return {};
    const Category &c = m_categories.at(*it);
    const QString parent = categoryName(c.parentId);
    return parent.isEmpty() ? c.name : parent + u" / "_s + c.name;
}

QString BoardCatalog::departmentName(qint64 id) const
{
    return m_departmentNames.value(id);
}

QString BoardCatalog::workerName(qint64 id) const
{
    return m_workerNames.value(id);
}

} // namespace zz
