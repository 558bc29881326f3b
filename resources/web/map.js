// The hotspot map (群众诉求热点图): grid polygons shaded by their number of cases and a heat layer of
// case points. The program hands the data in with zzMap.show(data) and hears back through the
// Qt web channel object "bridge" (gridClicked, painted). No network: tiles only when a URL is set.
'use strict';

var zzMap = (function () {
    var map = null;
    var tiles = null;
    var grids = null;
    var heat = null;
    var layers = null; // the control that switches the two layers on and off
    var bridge = null;
    var pending = null;
    var stats = { polygons: 0, points: 0, weight: 0, firstPaintMs: -1, shown: 0 };
    // Five classes, light to dark (ColorBrewer "Oranges").
    var palette = ['#fee6ce', '#fdae6b', '#fd8d3c', '#e6550d', '#a63603'];

    function classOf(count, breaks) {
        for (var i = 0; i < breaks.length; ++i)
            if (count <= breaks[i])
                return i;
        return palette.length - 1;
    }

    // Upper bounds of the five classes: even steps from 1 to the largest count, whole numbers.
    function breaksFor(max) {
        var out = [];
        for (var i = 1; i <= palette.length; ++i)
            out.push(Math.max(i, Math.ceil(max * i / palette.length)));
        return out;
    }

    function init() {
        map = L.map('map', { preferCanvas: true, attributionControl: false, zoomSnap: 0.25 });
        map.setView([30.0, 120.0], 11);
        if (window.qt && window.qt.webChannelTransport) {
            new QWebChannel(window.qt.webChannelTransport, function (channel) {
                bridge = channel.objects.bridge;
                if (pending) {
                    var data = pending;
                    pending = null;
                    show(data);
                }
                bridge.pageReady();
            });
        }
    }

    function legend(data, breaks) {
        var box = document.getElementById('legend');
        var html = '<div class="title">' + escapeHtml(data.labels.legendTitle) + '</div>';
        var from = 0;
        for (var i = 0; i < palette.length; ++i) {
            if (i > 0 && breaks[i] === breaks[i - 1])
                continue;
            var text = from + 1 === breaks[i] ? String(breaks[i]) : (from + 1) + '–' + breaks[i];
            html += '<div><span class="swatch" style="background:' + palette[i] + '"></span>' + text + '</div>';
            from = breaks[i];
        }
        html += '<div><span class="swatch" style="background:#ffffff"></span>0</div>';
        box.innerHTML = html;
        box.hidden = data.grids.length === 0;
    }

    function escapeHtml(text) {
        return String(text).replace(/[&<>"']/g, function (c) {
            return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
        });
    }

    function show(data) {
        if (!map) {
            pending = data;
            return;
        }
        var started = performance.now();
        map.invalidateSize({ animate: false }); // the view may have been resized since the last data
        [tiles, grids, heat].forEach(function (layer) { if (layer) map.removeLayer(layer); });
        tiles = grids = heat = null;
        if (data.tileUrl)
            tiles = L.tileLayer(data.tileUrl, { maxZoom: 19 }).addTo(map);

        var max = 0;
        data.grids.forEach(function (g) { max = Math.max(max, g.cases); });
        var breaks = breaksFor(Math.max(max, 1));
        var features = data.grids.map(function (g) {
            return { type: 'Feature', properties: g, geometry: g.geometry };
        });
        grids = L.geoJSON({ type: 'FeatureCollection', features: features }, {
            style: function (f) {
                var n = f.properties.cases;
                return { color: '#5b6470', weight: 1, fillOpacity: 0.6,
                         fillColor: n === 0 ? '#ffffff' : palette[classOf(n, breaks)] };
            },
            onEachFeature: function (f, layer) {
                var g = f.properties;
                layer.bindTooltip(escapeHtml(g.name) + '<br>' + escapeHtml(data.labels.casesFormat.replace('%1', g.cases)),
                                  { sticky: true });
                layer.on('click', function () { if (bridge) bridge.gridClicked(String(g.id)); });
            }
        }).addTo(map);

        var points = [];
        var weight = 0;
        var top = 1;
        for (var i = 0; i + 2 < data.points.length; i += 3) {
            points.push([data.points[i], data.points[i + 1], data.points[i + 2]]);
            weight += data.points[i + 2];
            top = Math.max(top, data.points[i + 2]);
        }
        // A spot with many cases should glow, one case alone still show: intensity saturates at a
        // quarter of the busiest spot (but at least 3 cases).
        heat = L.heatLayer(points, { radius: 22, blur: 18, minOpacity: 0.25, max: Math.max(3, top / 4) }).addTo(map);

        var bounds = grids.getBounds();
        if (!bounds.isValid() && points.length > 0)
            bounds = L.latLngBounds(points.map(function (p) { return [p[0], p[1]]; }));
        if (bounds.isValid())
            map.fitBounds(bounds, { padding: [20, 20], animate: false });
        legend(data, breaks);
        if (layers)
            map.removeControl(layers);
        var overlays = {};
        overlays[escapeHtml(data.labels.gridLayer)] = grids;
        overlays[escapeHtml(data.labels.heatLayer)] = heat;
        layers = L.control.layers(null, overlays, { collapsed: false, position: 'topright' }).addTo(map);

        stats.polygons = data.grids.length;
        stats.points = points.length;
        stats.weight = weight;
        stats.shown += 1;
        // Two frames later the browser has painted the layers: that is what the user waited for.
        requestAnimationFrame(function () {
            requestAnimationFrame(function () {
                stats.firstPaintMs = performance.now() - started;
                if (bridge)
                    bridge.painted(stats.polygons, stats.points, stats.weight, stats.firstPaintMs);
            });
        });
    }

    // What the tests ask: the drawn polygons and points.
    function statistics() {
        var drawn = 0;
        if (grids)
            grids.eachLayer(function () { ++drawn; });
        return { polygons: drawn, points: stats.points, weight: stats.weight, firstPaintMs: stats.firstPaintMs,
                 shown: stats.shown, tiles: tiles !== null };
    }

    // Clicks the polygon of a grid as a user would (tests).
    function clickGrid(id) {
        var hit = false;
        if (grids)
            grids.eachLayer(function (layer) {
                if (String(layer.feature.properties.id) === String(id)) {
                    layer.fire('click');
                    hit = true;
                }
            });
        return hit;
    }

    return { init: init, show: show, statistics: statistics, clickGrid: clickGrid };
})();
