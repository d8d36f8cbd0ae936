/* geomap legend: event types (glyph, colour, count), marker size = fatalities, what a position means. */
(function () {
  "use strict";
  var g = window.geomap;

  function sample(events, type, size, precision) {
    var span = g.el("span", "geomap-legend-icon");
    span.innerHTML = g.iconHtml(type, size, precision, events.glyphs);  // fixed markup: colours and glyphs only
    return span;
  }

  g.legend = function (events, opts) {
    var box = g.el("details", "geomap-legend");
    box.open = !(opts && opts.collapsed);
    box.appendChild(g.el("summary", null, "Legend"));
    var counts = events.types.map(function () { return 0; });
    for (var i = 0; i < events.n; i++) counts[events.c.t[i]]++;
    events.types.forEach(function (type, k) {
      var line = g.el("div", "geomap-legend-row");
      line.appendChild(sample(events, type, 20, 1));
      line.appendChild(g.el("span", null, type.name));
      line.appendChild(g.el("span", "geomap-count", " " + counts[k]));
      box.appendChild(line);
    });
    var neutral = {colour: "#566573", glyph: "other"};
    var sizes = g.el("div", "geomap-legend-row geomap-legend-sizes");
    [0, 10, 100].forEach(function (f) {
      var cell = g.el("span", "geomap-legend-size");
      cell.appendChild(sample(events, neutral, g.sizeFor(f), 1));
      cell.appendChild(g.el("span", null, String(f)));
      sizes.appendChild(cell);
    });
    sizes.appendChild(g.el("span", "geomap-legend-note", "size: fatalities"));
    box.appendChild(sizes);
    [[1, "at the place"], [2, "near it / part of a region"], [3, "somewhere in a region (area shaded)"]].forEach(
      function (p) {
        var line = g.el("div", "geomap-legend-row");
        line.appendChild(sample(events, neutral, 18, p[0]));
        line.appendChild(g.el("span", null, p[1]));
        box.appendChild(line);
      });
    var note = g.el("div", "geomap-legend-note", "bubbles: events grouped (count, † fatalities); colours = types");
    box.appendChild(note);
    var Control = L.Control.extend({
      options: {position: (opts && opts.position) || "bottomleft"},
      onAdd: function () {
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
      }
    });
    new Control().addTo(events.map);
    return box;
  };
})();
