#pragma once

#include "Entities.h"

#include <QHash>
#include <QString>

namespace zz {

class Database;

// Short labels for where a case or a grid worker belongs. Every village has a "第2网格", so a grid
// alone says nothing: the label is the path below the township ("大塘村 / 第2网格"); a township or a
// county is named by itself.
namespace PlaceLabel {

// From the units read once (OrgUnitRepository::all() is small): never a query per row.
QString shortPath(const QHash<qint64, OrgUnit> &units, qint64 orgUnitId);
// Every unit by id, in one query. Throws zz::Error.
QHash<qint64, OrgUnit> loadUnits(const Database &db);

} // namespace PlaceLabel

} // namespace zz
