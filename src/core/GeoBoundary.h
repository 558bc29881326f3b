#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace zz {

// A grid's boundary as GeoJSON: a Polygon or MultiPolygon, bare or as a Feature (or a
// FeatureCollection holding exactly one such Feature), with longitude/latitude positions.
class GeoBoundary
{
    Q_DECLARE_TR_FUNCTIONS(zz::GeoBoundary)

public:
    static constexpr qsizetype maxBytes = 4 * 1024 * 1024;

    struct Result
    {
        bool ok = false;
        QString geometryJson; // the geometry alone, compact, as stored in grids.boundary_geojson
        int vertices = 0;     // positions over all rings (each ring's closing repeat not counted)
        QString error;        // translated, when not ok
    };

    static Result parse(const QByteArray &json);
    // The vertices of a stored boundary (0 when empty or unreadable).
    static int vertexCount(const QString &geometryJson);

    struct Centre
    {
        bool ok = false;
        double latitude = 0;
        double longitude = 0;
        // The outer rings' bounding box.
        double south = 0, west = 0, north = 0, east = 0;
    };
    // Where a grid's cases without coordinates are drawn on the map: the area-weighted centroid of
    // the outer rings of a stored boundary (holes ignored: a grid's centre stays inside its hull),
    // and their bounding box; not ok when the boundary is empty or unreadable.
    static Centre centre(const QString &geometryJson);
};

} // namespace zz
