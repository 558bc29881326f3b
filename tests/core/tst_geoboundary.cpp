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
};

QTEST_APPLESS_MAIN(TestGeoBoundary)
#include "tst_geoboundary.moc"
