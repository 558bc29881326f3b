#include "HotspotQueries.h"

#include "Database.h"
#include "GeoBoundary.h"
#include "Query.h"

#include <QHash>
#include <cmath>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// Points closer than this (degrees, about ten metres) are drawn as one weighted point: 100,000 cases
// become a few tens of thousands of points, which the heat layer paints at once.
constexpr double pointGrain = 1e-4;

qint64 gridKey(double latitude, double longitude)
{
    const qint64 y = qint64(std::llround((latitude + 90) / pointGrain));
    const qint64 x = qint64(std::llround((longitude + 180) / pointGrain));
    return y * 4'000'000 + x;
}

} // namespace

HotspotMap HotspotQueries::load(const ReportPeriod &period, const IndicatorScope &scope) const
{
    HotspotMap map;
    map.period = period;
    if (!period.isValid())
        return map;

    // The scope's grids: below the scope's place (or all the connection sees).
    QString scopePath;
    if (scope.orgUnitId) {
        Query q(m_db, u"SELECT path FROM org_units WHERE id = ?"_s);
        q.bind(scope.orgUnitId).exec();
        scopePath = q.next() ? q.text(0) : u"/-/"_s;
    }
    QHash<qint64, qsizetype> gridIndex;
    QHash<qint64, GeoBoundary::Centre> centres;
    {
        Query q(m_db, u"SELECT o.id, o.code, o.name, g.households, g.boundary_geojson FROM org_units o "
                      "JOIN grids g ON g.org_unit_id = o.id WHERE o.level = 4%1 ORDER BY o.code"_s.arg(
                          scopePath.isEmpty() ? QString() : u" AND o.path LIKE ?"_s));
        if (!scopePath.isEmpty())
            q.bind(scopePath + u"%"_s);
        q.exec();
        while (q.next()) {
            const QString geometry = q.text(4);
            const GeoBoundary::Centre centre = GeoBoundary::centre(geometry);
            if (!centre.ok) {
                ++map.gridsWithoutBoundary;
                continue;
            }
            HotspotGrid grid;
            grid.id = q.int64(0);
            grid.code = q.text(1);
            grid.name = q.text(2);
            grid.households = q.integer(3);
            grid.geometryJson = geometry;
            gridIndex.insert(grid.id, map.grids.size());
            centres.insert(grid.id, centre);
            map.grids.append(grid);
        }
    }

    // The cases received in the period: the very set IndicatorQueries counts as 受理量.
    IndicatorDrill drill;
    drill.set = IndicatorSet::Received;
    drill.period = period;
    drill.asOf = period.last();
    drill.scope = scope;
    const IndicatorQueries::Clause received = IndicatorQueries::drillClause(m_db, drill);
    Query q(m_db, u"SELECT c.org_unit_id, c.latitude, c.longitude FROM cases c WHERE %1"_s.arg(received.sql));
    for (const QVariant &value : received.values)
        q.bind(value);
    q.exec();
    QHash<qint64, qsizetype> pointIndex;
    auto addPoint = [&](double latitude, double longitude) {
        const qint64 key = gridKey(latitude, longitude);
        const auto found = pointIndex.constFind(key);
        if (found != pointIndex.cend()) {
            ++map.points[*found].weight;
            return;
        }
        pointIndex.insert(key, map.points.size());
        map.points.append(HotspotPoint{std::round(latitude / pointGrain) * pointGrain,
                                       std::round(longitude / pointGrain) * pointGrain, 1});
    };
    while (q.next()) {
        ++map.cases;
        const qint64 place = q.int64(0);
        const auto grid = gridIndex.constFind(place);
        if (grid != gridIndex.cend())
            ++map.grids[*grid].cases;
        if (!q.isNull(1) && !q.isNull(2)) {
            ++map.withCoordinates;
            addPoint(q.value(1).toDouble(), q.value(2).toDouble());
        } else if (grid != gridIndex.cend()) {
            ++map.atGridCentre;
            const GeoBoundary::Centre centre = centres.value(place);
            addPoint(centre.latitude, centre.longitude);
        } else {
            ++map.withoutLocation;
        }
    }
    return map;
}

} // namespace zz
