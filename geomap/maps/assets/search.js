/* geomap place search: type a place name (any case, accents optional), pick it, the map fits its events. */
(function () {
  "use strict";
  var g = window.geomap;

  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  g.placeSearch = function (events, opts) {
    var map = events.map, c = events.c, places = {}, names = [];
    for (var i = 0; i < events.n; i++) {
      var names_i = [events.str("loc", i), events.str("adm", i), events.str("cty", i)];
      for (var k = 0; k < names_i.length; k++) {
        var name = names_i[k];
        if (!name) continue;
        if (!places[name]) { places[name] = {name: name, key: fold(name), events: [], level: k}; names.push(name); }
        var list = places[name].events;
        if (list[list.length - 1] !== i) list.push(i);
      }
    }
    var box = g.el("div", "geomap-search leaflet-bar");
    var field = g.el("input", "geomap-search-input");
    field.type = "search";
    field.placeholder = (opts && opts.placeholder) || "Find a place…";
    field.setAttribute("aria-label", "Find a place");
    var results = g.el("div", "geomap-search-results");
    box.appendChild(field);
    box.appendChild(results);

    function matches(query) {
      var q = fold(query.trim());
      if (!q) return [];
      var found = [];
      names.forEach(function (name) {
        var p = places[name], at = p.key.indexOf(q);
        if (at >= 0) found.push([at === 0 ? 0 : 1, p.level, -p.events.length, name]);
      });
      found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : 1); });
      return found.slice(0, 8).map(function (f) { return places[f[3]]; });
    }
    function choose(place) {
      results.textContent = "";
      field.value = place.name;
      var shown = place.events.filter(function (idx) { return events.group.hasLayer(events.markers[idx]); });
      var pick = shown.length ? shown : place.events;
      if (pick.length === 1 && shown.length === 1) { events.flyTo(pick[0]); return; }
      var bounds = L.latLngBounds(pick.map(function (idx) { return [c.lat[idx], c.lon[idx]]; }));
      map.flyToBounds(bounds.pad(0.2), {maxZoom: 11, duration: 0.8});
    }
    function show() {
      results.textContent = "";
      matches(field.value).forEach(function (place, k) {
        var item = g.el("div", "geomap-search-item" + (k === 0 ? " geomap-search-first" : ""));
        item.appendChild(g.el("span", null, place.name));
        item.appendChild(g.el("span", "geomap-count", " " + g.plural(place.events.length, "event")));
        item.addEventListener("click", function () { choose(place); });
        results.appendChild(item);
      });
      if (field.value.trim() && !results.firstChild) results.appendChild(g.el("div", "geomap-more", "no such place"));
    }
    field.addEventListener("input", show);
    field.addEventListener("keydown", function (e) {
      if (e.key === "Enter") {
        var first = matches(field.value)[0];
        if (first) choose(first);
      } else if (e.key === "Escape") {
        field.value = "";
        results.textContent = "";
      }
    });
    var Control = L.Control.extend({
      options: {position: "topleft"},
      onAdd: function () {
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
      }
    });
    new Control().addTo(map);
    return box;
  };
})();
