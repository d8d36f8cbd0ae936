/* geomap heat map: the shown events weighted by fatalities (an event without deaths still counts a little). */
(function () {
  "use strict";
  var g = window.geomap;

  g.heatLayer = function (events, opts) {
    var c = events.c, peak = 0;
    for (var i = 0; i < events.n; i++) peak = Math.max(peak, c.f[i]);
    var scale = Math.log(2 + peak);
    var layer = L.heatLayer([], L.extend({radius: 28, blur: 22, maxZoom: 10, minOpacity: 0.25, max: 1.0,
      gradient: {0.2: "#2c7bb6", 0.45: "#abd9e9", 0.65: "#ffffbf", 0.85: "#fdae61", 1.0: "#d7191c"}}, opts || {}));
    function update() {
      if (!events.map.hasLayer(layer)) return;
      layer.setLatLngs(events.shown.map(function (idx) {
        return [c.lat[idx], c.lon[idx], 0.15 + 0.85 * Math.log(1 + c.f[idx]) / scale];
      }));
    }
    layer.on("add", update);
    events.onChange(update);
    events.overlays.push(['<span class="geomap-sw geomap-sw-heat"></span>heat map (fatalities)', layer]);
    return layer;
  };
})();
