// A grid's boundary from GeoJSON (GeoBoundary): what is taken (Polygon, MultiPolygon, bare, as a
// Feature or a one-feature collection), what is counted, and what is refused with a sentence.
#include "GeoBoundary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;

namespace {
const QByteArray square = R"([[[120.1,30.2],[120.2,30.2],[120.2,30.3],[120.1,30.3],[120.1,30.2]]])";
} // namespace

class TestGeoBoundary : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("vertices");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("polygon") << (R"({"type":"Polygon","coordinates":)" + square + "}") << true << 4
                                 << QString();
        QTest::newRow("polygon with hole")
            << QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],)"
                          R"([[2,2],[3,2],[3,3],[2,2]]]})")
            << true << 7 << QString();
        QTest::newRow("multipolygon")
            << (R"({"type":"MultiPolygon","coordinates":[)" + square + "," + square + "]}") << true << 8
            << QString();
        QTest::newRow("feature")
            << (R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":)" + square +
                "}}")
            << true << 4 << QString();
        QTest::newRow("collection of one")
            << (R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":)" +
                square + "}}]}")
            << true << 4 << QString();
        QTest::newRow("collection of two")
            << (R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":)" +
                square + R"(}},{"type":"Feature","geometry":{"type":"Polygon","coordinates":)" + square +
                "}}]}")
            << false << 0 << u"2 个要素"_s;
        QTest::newRow("point") << QByteArray(R"({"type":"Point","coordinates":[120,30]})") << false << 0
                               << u"Point"_s;
        QTest::newRow("line") << QByteArray(R"({"type":"LineString","coordinates":[[120,30],[121,31]]})")
                              << false << 0 << u"LineString"_s;
        QTest::newRow("open ring") << QByteArray(
                                          R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]})")
                                   << false << 0 << u"闭合"_s;
        QTest::newRow("latitude out of range")
            << QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,95],[0,0]]]})") << false << 0
            << u"纬度"_s;
        QTest::newRow("not json") << QByteArray("<kml/>") << false << 0 << u"GeoJSON"_s;
        QTest::newRow("no geometry") << QByteArray(R"({"type":"Feature","properties":{}})") << false << 0
                                     << u"没有几何图形"_s;
    }

    void parse()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(int, vertices);
        QFETCH(QString, errorPart);
        const GeoBoundary::Result result = GeoBoundary::parse(json);
        QCOMPARE(result.ok, ok);
        QCOMPARE(result.vertices, vertices);
        if (ok) {
            QVERIFY(result.error.isEmpty());
            // What is stored is the geometry alone, and it reads back the same.
            QVERIFY(!result.geometryJson.contains(u"Feature"_s));
            QCOMPARE(GeoBoundary::vertexCount(result.geometryJson), vertices);
        } else {
            QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
            QVERIFY(result.geometryJson.isEmpty());
        }
    }

    void tooLarge()
    {
        const QByteArray big(GeoBoundary::maxBytes + 1, ' ');
        const GeoBoundary::Result result = GeoBoundary::parse(big);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(u"4 MB"_s));
        QCOMPARE(GeoBoundary::vertexCount(QString()), 0);
    }

    // The map draws a grid's cases without coordinates at this point.
    void centre_data()
    {
        QTest::addColumn<QString>("geometry");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        // A square 0.01° wide, clockwise and counter-clockwise: its middle.
        QTest::newRow("square ccw") << u"{\"type\":\"Polygon\",\"coordinates\":[[[120,30],[120.01,30],"
                                       "[120.01,30.01],[120,30.01],[120,30]]]}"_s
                                    << true << 30.005 << 120.005;
        QTest::newRow("square cw") << u"{\"type\":\"Polygon\",\"coordinates\":[[[120,30],[120,30.01],"
                                      "[120.01,30.01],[120.01,30],[120,30]]]}"_s
                                   << true << 30.005 << 120.005;
        // An L made of a 2×1 and a 1×1 block: the centroid leans to the bigger block, not the bbox's middle.
        QTest::newRow("L shape") << u"{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[2,0],[2,1],[1,1],[1,2],"
                                    "[0,2],[0,0]]]}"_s
                                 << true << 5.0 / 6.0 << 5.0 / 6.0;
        // Two equal squares far apart: the area-weighted middle between them.
        QTest::newRow("multipolygon") << u"{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],"
                                         "[0,1],[0,0]]],[[[10,0],[11,0],[11,1],[10,1],[10,0]]]]}"_s
                                      << true << 0.5 << 5.5;
        QTest::newRow("empty") << QString() << false << 0.0 << 0.0;
        QTest::newRow("not json") << u"{"_s << false << 0.0 << 0.0;
        QTest::newRow("point") << u"{\"type\":\"Point\",\"coordinates\":[1,2]}"_s << false << 0.0 << 0.0;
    }

    void centre()
    {
        QFETCH(QString, geometry);
        QFETCH(bool, ok);
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        const GeoBoundary::Centre c = GeoBoundary::centre(geometry);
        QCOMPARE(c.ok, ok);
        if (QByteArray(QTest::currentDataTag()) == "multipolygon") {
            QCOMPARE(c.west, 0.0);
            QCOMPARE(c.east, 11.0);
            QCOMPARE(c.south, 0.0);
            QCOMPARE(c.north, 1.0);
        }
        if (ok) {
            QVERIFY2(qAbs(c.latitude - latitude) < 1e-9, qPrintable(QString::number(c.latitude, 'f', 10)));
            QVERIFY2(qAbs(c.longitude - longitude) < 1e-9, qPrintable(QString::number(c.longitude, 'f', 10)));
            // The centre lies in the bounding box.
            QVERIFY(c.south <= c.latitude && c.latitude <= c.north);
            QVERIFY(c.west <= c.longitude && c.longitude <= c.east);
        }
    }
};

QTEST_APPLESS_MAIN(TestGeoBoundary)
#include "tst_geoboundary.moc"
