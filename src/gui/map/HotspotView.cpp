#include "HotspotView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineSettings>

using namespace Qt::StringLiterals;

namespace zz {

HotspotView::HotspotView(QWidget *parent) : QWebEngineView(parent)
{
    setObjectName(u"hotspotView"_s);
    // The page is ours and local; it may read its own resources but never reach the network except
    // for an admin's tile server.
    settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, true);
    settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    m_bridge = new HotspotBridge(this);
    m_channel = new QWebChannel(this);
    m_channel->registerObject(u"bridge"_s, m_bridge);
    page()->setWebChannel(m_channel);
    connect(m_bridge, &HotspotBridge::ready, this, [this] {
        m_ready = true;
        emit pageReady();
        send();
    });
    connect(m_bridge, &HotspotBridge::gridActivated, this, &HotspotView::gridActivated);
    connect(m_bridge, &HotspotBridge::paintedMap, this, &HotspotView::painted);
    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (!ok)
            emit loadFailed();
    });
    setUrl(QUrl(u"qrc:/web/map.html"_s));
}

void HotspotView::showMap(const HotspotMap &map, const QString &tileUrl)
{
    m_pending = toJson(map, tileUrl);
    send();
}

void HotspotView::send()
{
    if (!m_ready || m_pending.isEmpty())
        return;
    const QString script = u"zzMap.show(%1);"_s.arg(QString::fromUtf8(m_pending));
    m_pending.clear();
    page()->runJavaScript(script);
}

QByteArray HotspotView::toJson(const HotspotMap &map, const QString &tileUrl)
{
    QJsonArray grids;
    for (const HotspotGrid &grid : map.grids) {
        QJsonObject g;
        g[u"id"_s] = QString::number(grid.id);
        g[u"code"_s] = grid.code;
        g[u"name"_s] = grid.name;
        g[u"households"_s] = grid.households;
        g[u"cases"_s] = double(grid.cases);
        g[u"geometry"_s] = QJsonDocument::fromJson(grid.geometryJson.toUtf8()).object();
        grids.append(g);
    }
    QJsonObject labels;
    labels[u"legendTitle"_s] = tr("网格内事件数");
    labels[u"casesFormat"_s] = tr("%1 件");
    labels[u"gridLayer"_s] = tr("网格着色(按事件数)");
    labels[u"heatLayer"_s] = tr("事件热力");
    // The points written by hand, five decimals (a metre): 100,000 of them stay a few megabytes.
    QByteArray points = "[";
    points.reserve(map.points.size() * 24 + 2);
    for (const HotspotPoint &point : map.points) {
        if (points.size() > 1)
            points += ',';
        points += QByteArray::number(point.latitude, 'f', 5) + ',' +
                  QByteArray::number(point.longitude, 'f', 5) + ',' + QByteArray::number(point.weight);
    }
    points += ']';
    QJsonObject rest;
    rest[u"grids"_s] = grids;
    rest[u"tileUrl"_s] = tileUrl;
    rest[u"labels"_s] = labels;
    QByteArray json = QJsonDocument(rest).toJson(QJsonDocument::Compact);
    json.chop(1); // the closing brace: the points go last
    json += ",\"points\":" + points + '}';
    return json;
}

} // namespace zz
