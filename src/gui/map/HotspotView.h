#pragma once

#include "HotspotQueries.h"

#include <QByteArray>
#include <QWebEngineView>

class QWebChannel;

namespace zz {

// What the map page calls back (through the Qt web channel object "bridge").
class HotspotBridge : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

public slots:
    void pageReady() { emit ready(); }
    void gridClicked(const QString &gridId) { emit gridActivated(gridId.toLongLong()); }
    void painted(int polygons, int points, int weight, double milliseconds)
    {
        emit paintedMap(polygons, points, weight, milliseconds);
    }

signals:
    void ready();
    void gridActivated(qint64 gridId);
    void paintedMap(int polygons, int points, int weight, double milliseconds);
};

// The hotspot map itself: the offline Leaflet page (resources/web/map.html) in a web view, fed with
// a HotspotMap. Tiles only come from `tileUrl` when one is set; otherwise plain polygons.
class HotspotView : public QWebEngineView
{
    Q_OBJECT

public:
    explicit HotspotView(QWidget *parent = nullptr);

    // Draws the map (queued until the page has loaded).
    void showMap(const HotspotMap &map, const QString &tileUrl);
    bool isPageReady() const { return m_ready; }

    // The page's data as JSON: grids with their GeoJSON geometry, points as a flat
    // [lat, lon, weight, …] list, the tile URL and the translated legend texts.
    static QByteArray toJson(const HotspotMap &map, const QString &tileUrl);

signals:
    void pageReady();
    void gridActivated(qint64 gridId);
    // The page painted the last map: polygons and points drawn, the cases they stand for, and the
    // milliseconds from receiving the data to the painted frame.
    void painted(int polygons, int points, int weight, double milliseconds);
    void loadFailed();

private:
    void send();

    QWebChannel *m_channel = nullptr;
    HotspotBridge *m_bridge = nullptr;
    bool m_ready = false;
    QByteArray m_pending;
};

} // namespace zz
