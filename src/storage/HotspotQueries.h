#pragma once

#include "IndicatorQueries.h"

#include <QList>
#include <QString>

namespace zz {

class Database;

// One grid on the hotspot map: its boundary and the cases placed in it in the period.
struct HotspotGrid
{
    qint64 id = 0; // the grid's org unit
    QString code;
    QString name;
    int households = 0;
    QString geometryJson; // GeoJSON Polygon/MultiPolygon as stored
    qint64 cases = 0;
};

// Cases drawn at one spot (coordinates rounded to about ten metres), with how many they are.
struct HotspotPoint
{
    double latitude = 0;
    double longitude = 0;
    int weight = 0;
};

// What the hotspot map (群众诉求热点图) shows for a period and a scope. Every case received in
// the period is accounted for exactly once: at its own coordinates, at its grid's centre (no
// coordinates but a grid with a boundary), or counted as without a location.
struct HotspotMap
{
    ReportPeriod period;
    QList<HotspotGrid> grids; // the scope's grids that have a boundary, by code
    QList<HotspotPoint> points;
    qint64 cases = 0;
    qint64 withCoordinates = 0;
    qint64 atGridCentre = 0;
    qint64 withoutLocation = 0;
    int gridsWithoutBoundary = 0; // the scope's grids the map cannot draw
};

// Reads the map's figures through the connection it is given (row-level security on PostgreSQL;
// on SQLite the caller narrows the scope to the account's unit, as for IndicatorQueries). The
// cases are those IndicatorQueries counts as 受理量 for the same period and scope, so a grid's
// number on the map equals the drill-down's.
class HotspotQueries
{
public:
    explicit HotspotQueries(const Database &db) : m_db(db) {}

    HotspotMap load(const ReportPeriod &period, const IndicatorScope &scope) const;

private:
    const Database &m_db;
};

} // namespace zz
