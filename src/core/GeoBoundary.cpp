#include "GeoBoundary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// Counts a ring's positions; false when it is not a closed ring of at least four positions with
// longitude in [-180, 180] and latitude in [-90, 90].
bool countRing(const QJsonValue &value, int &vertices)
{
    const QJsonArray ring = value.toArray();
    if (ring.size() < 4)
        return false;
    for (const QJsonValue &position : ring) {
        const QJsonArray p = position.toArray();
        if (p.size() < 2 || !p.at(0).isDouble() || !p.at(1).isDouble())
            return false;
        const double lon = p.at(0).toDouble();
        const double lat = p.at(1).toDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
            return false;
    }
    const QJsonArray first = ring.first().toArray();
    const QJsonArray last = ring.last().toArray();
    if (first.at(0) != last.at(0) || first.at(1) != last.at(1))
        return false;
    vertices += int(ring.size()) - 1;
    return true;
}

bool countPolygon(const QJsonValue &value, int &vertices)
{
    const QJsonArray rings = value.toArray();
    if (rings.isEmpty())
        return false;
    for (const QJsonValue &ring : rings)
        if (!countRing(ring, vertices))
            return false;
    return true;
}

// Adds one ring's signed area and first moments about (originX, originY) (shoelace formula, degrees
// as plane coordinates: a grid spans a few hundred metres, where the distortion does not matter;
// the origin nearby keeps the products small enough for full precision).
void addRingMoments(const QJsonArray &ring, double originX, double originY, double &area, double &momentX,
                    double &momentY)
{
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const QJsonArray a = ring.at(i).toArray();
        const QJsonArray b = ring.at(i + 1).toArray();
        const double x0 = a.at(0).toDouble() - originX, y0 = a.at(1).toDouble() - originY;
        const double x1 = b.at(0).toDouble() - originX, y1 = b.at(1).toDouble() - originY;
        const double cross = x0 * y1 - x1 * y0;
        area += cross;
        momentX += (x0 + x1) * cross;
        momentY += (y0 + y1) * cross;
    }
}

} // namespace

GeoBoundary::Centre GeoBoundary::centre(const QString &geometryJson)
{
    Centre centre;
    if (geometryJson.isEmpty())
        return centre;
    const QJsonObject object = QJsonDocument::fromJson(geometryJson.toUtf8()).object();
    const QString type = object.value(u"type"_s).toString();
    QJsonArray polygons;
    if (type == u"Polygon"_s)
        polygons.append(object.value(u"coordinates"_s));
    else if (type == u"MultiPolygon"_s)
        polygons = object.value(u"coordinates"_s).toArray();
    const QJsonArray origin = polygons.at(0).toArray().at(0).toArray().at(0).toArray();
    const double originX = origin.at(0).toDouble(), originY = origin.at(1).toDouble();
    double area = 0, momentX = 0, momentY = 0;
    centre.south = centre.north = originY;
    centre.west = centre.east = originX;
    for (const QJsonValue &polygon : std::as_const(polygons)) {
        for (const QJsonValue &position : polygon.toArray().at(0).toArray()) {
            const QJsonArray p = position.toArray();
            centre.west = std::min(centre.west, p.at(0).toDouble());
            centre.east = std::max(centre.east, p.at(0).toDouble());
            centre.south = std::min(centre.south, p.at(1).toDouble());
            centre.north = std::max(centre.north, p.at(1).toDouble());
        }
        // Each outer ring counts with its own orientation's sign made positive.
        double a = 0, mx = 0, my = 0;
        addRingMoments(polygon.toArray().at(0).toArray(), originX, originY, a, mx, my);
        if (a < 0) {
            a = -a;
            mx = -mx;
            my = -my;
        }
        area += a;
        momentX += mx;
        momentY += my;
    }
    if (area <= 0)
        return centre;
    centre.ok = true;
    centre.longitude = originX + momentX / (3 * area);
    centre.latitude = originY + momentY / (3 * area);
    return centre;
}

GeoBoundary::Result GeoBoundary::parse(const QByteArray &json)
{
    Result result;
    if (json.size() > maxBytes) {
        result.error = tr("边界文件太大(超过 4 MB)。");
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = tr("文件不是有效的 GeoJSON。");
        return result;
    }
    QJsonObject object = document.object();
    if (object.value(u"type"_s).toString() == u"FeatureCollection"_s) {
        const QJsonArray features = object.value(u"features"_s).toArray();
        if (features.size() != 1) {
            result.error =
                tr("文件中有 %n 个要素；一个网格的边界须是一个面。", nullptr, int(features.size()));
            return result;
        }
        object = features.first().toObject();
    }
    if (object.value(u"type"_s).toString() == u"Feature"_s)
        object = object.value(u"geometry"_s).toObject();
    const QString type = object.value(u"type"_s).toString();
    int vertices = 0;
    bool valid = false;
    if (type == u"Polygon"_s) {
        valid = countPolygon(object.value(u"coordinates"_s), vertices);
    } else if (type == u"MultiPolygon"_s) {
        const QJsonArray polygons = object.value(u"coordinates"_s).toArray();
        valid = !polygons.isEmpty();
        for (const QJsonValue &polygon : polygons)
            valid = valid && countPolygon(polygon, vertices);
    } else {
        result.error = type.isEmpty() ? tr("文件中没有几何图形。")
                                      : tr("边界须是面(Polygon 或 MultiPolygon)，文件中是 %1。").arg(type);
        return result;
    }
    if (!valid) {
        result.error =
            tr("边界的坐标不完整：每个环须闭合、至少 4 个点，经度在 -180 到 180、纬度在 -90 到 90 之间。");
        return result;
    }
    result.ok = true;
    result.vertices = vertices;
    result.geometryJson = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return result;
}

int GeoBoundary::vertexCount(const QString &geometryJson)
{
    if (geometryJson.isEmpty())
        return 0;
    const Result result = parse(geometryJson.toUtf8());
    return result.ok ? result.vertices : 0;
}

} // namespace zz
