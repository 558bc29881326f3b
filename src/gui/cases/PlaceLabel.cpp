#include "PlaceLabel.h"

#include "ReferenceRepositories.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace zz::PlaceLabel {

namespace {
constexpr int maxDepth = 16; // guards against a broken parent chain
}

QString shortPath(const QHash<qint64, OrgUnit> &units, qint64 orgUnitId)
{
    QStringList names;
    for (auto it = units.constFind(orgUnitId); it != units.cend() && names.size() < maxDepth;
         it = units.constFind(it->parentId)) {
        // Below the township: village, grid. The township itself only names a township's own case.
        if ((it->level == OrgLevel::Township || it->level == OrgLevel::County) && !names.isEmpty())
            break;
        names.prepend(it->name);
    }
    return names.join(u" / "_s);
}

QHash<qint64, OrgUnit> loadUnits(const Database &db)
{
    QHash<qint64, OrgUnit> units;
    for (const OrgUnit &unit : OrgUnitRepository(db).all())
        units.insert(unit.id, unit);
    return units;
}

} // namespace zz::PlaceLabel
