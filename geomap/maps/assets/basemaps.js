/* geomap base maps: the layer control (base maps + the event layers), a note when tiles cannot load,
   the built-in country outlines of an offline page, the sources in the attribution. */
(function () {
  "use strict";
  var g = window.geomap;

  g.noteOnce = function (map, text) {
    var container = map.getContainer();
    if (container.querySelector(".geomap-note")) return;
    var note = g.el("div", "geomap-note", text);
    var close = g.el("button", "geomap-note-close", "×");
    close.type = "button";
    close.addEventListener("click", function () { note.remove(); });
    note.appendChild(close);
    L.DomEvent.disableClickPropagation(note);
    container.appendChild(note);
  };

  g.watchTiles = function (map, layers, text) {
    layers.forEach(function (layer) {
      layer.on("tileerror", function () { g.noteOnce(map, text); });
    });
  };

  /* Country outlines (GeoJSON) as a layer; with a map, in a pane under its tiles. */
  g.outlines = function (map, geojson, pane) {
    var options = {interactive: false,
      style: function () { return {color: "#8d8a84", weight: 0.7, fillColor: "#f3f0e8", fillOpacity: 1}; }};
    if (map) {
      if (!map.getPane(pane)) {
        map.createPane(pane);
        map.getPane(pane).style.zIndex = 150;
      }
      map.getContainer().classList.add("geomap-offline");
      options.pane = pane;
    }
    return L.geoJSON(geojson, options);
  };

  g.layerControl = function (map, bases, events, opts) {
    var overlays = {};
    (events ? events.overlays : []).forEach(function (pair) { overlays[pair[0]] = pair[1]; });
    return L.control.layers(bases, overlays, L.extend({collapsed: false, position: "topright"}, opts || {}))
      .addTo(map);
  };

  g.attribute = function (map, sources, more) {
    if (!sources.length) return;
    var text = "Events: " + sources.map(g.esc).join(", ") + (more ? " and " + more + " more" : "");
    map.attributionControl.addAttribution('<span class="geomap-sources">' + text + "</span>");
  };
})();
