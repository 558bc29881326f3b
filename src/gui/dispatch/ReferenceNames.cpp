#include "ReferenceNames.h"

#include "ReferenceRepositories.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace zz {

std::optional<OrgUnit> ReferenceNames::orgUnit(qint64 id) const
{
    if (id <= 0)
        return std::nullopt;
    auto it = m_units.find(id);
    if (it == m_units.end())
        it = m_units.insert(id, OrgUnitRepository(m_db).get(id));
    return *it;
}

QString ReferenceNames::orgUnitName(qint64 id) const
{
    const auto unit = orgUnit(id);
    return unit ? unit->name : QString();
}

QString ReferenceNames::orgUnitChain(qint64 id) const
{
    QStringList names;
    for (auto unit = orgUnit(id); unit; unit = orgUnit(unit->parentId))
        names.prepend(unit->name);
    return names.join(u" / "_s);
}

QString ReferenceNames::departmentName(qint64 id) const
{
    if (id <= 0)
        return {};
    auto it = m_departments.find(id);
    if (it == m_departments.end()) {
        const auto department = DepartmentRepository(m_db).get(id);
        it = m_departments.insert(id, department ? department->name : QString());
    }
    return *it;
}

QString ReferenceNames::workerName(qint64 id) const
{
    if (id <= 0)
        return {};
    auto it = m_workers.find(id);
    if (it == m_workers.end()) {
        const auto worker = WorkerRepository(m_db).get(id);
        it = m_workers.insert(id, worker ? worker->name : QString());
    }
    return *it;
}

std::optional<Category> ReferenceNames::category(qint64 id) const
{
    if (id <= 0)
        return std::nullopt;
    auto it = m_categories.find(id);
    if (it == m_categories.end())
        it = m_categories.insert(id, CategoryRepository(m_db).get(id));
    return *it;
}

QString ReferenceNames::categoryPath(qint64 id) const
{
    QStringList names;
    for (auto c = category(id); c; c = category(c->parentId))
        names.prepend(c->name);
    return names.join(u" / "_s);
}

QString ReferenceNames::handler(qint64 departmentId, qint64 workerId) const
{
    QStringList parts;
    if (departmentId > 0)
        parts << departmentName(departmentId);
    if (workerId > 0)
        parts << tr("%1（网格员）").arg(workerName(workerId));
    return parts.join(enumerationSeparator());
}

} // namespace zz
