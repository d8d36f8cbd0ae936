/* geomap time slider: two handles over the event dates, a histogram of events per period, play. */
(function () {
  "use strict";
  var g = window.geomap;

  g.timeSlider = function (events, opts) {
    var data = events.data, map = events.map;
    if (data.dayMin == null) return null;
    var min = data.dayMin, max = Math.max(data.dayMax, data.dayMin + 1);
    var box = g.el("div", "geomap-slider");
    var top = g.el("div", "geomap-slider-top");
    var play = g.el("button", "geomap-play", "▶");
    play.type = "button";
    play.title = "Play: slide the date window through time";
    var label = g.el("div", "geomap-slider-label");
    top.appendChild(play);
    top.appendChild(label);
    box.appendChild(top);
    var bins = Math.max(1, Math.min(opts && opts.bins || 80, max - min + 1));
    var width = (max - min + 1) / bins, counts = [], k;
    for (k = 0; k < bins; k++) counts.push(0);
    for (var i = 0; i < events.n; i++) {
      var day = events.c.day[i];
      if (day != null) counts[Math.min(bins - 1, Math.floor((day - min) / width))]++;
    }
    var peak = Math.max.apply(null, counts) || 1;
    var hist = g.el("div", "geomap-hist"), bars = [];
    counts.forEach(function (n) {
      var bar = g.el("div", "geomap-bar");
      bar.style.height = (n ? 3 + 25 * n / peak : 0) + "px";
      bar.style.width = (100 / bins) + "%";
      hist.appendChild(bar);
      bars.push(bar);
    });
    box.appendChild(hist);
    var range = g.el("div", "geomap-range");
    var track = g.el("div", "geomap-track"), selected = g.el("div", "geomap-track-sel");
    range.appendChild(track);
    range.appendChild(selected);
    function input(cls, value) {
      var node = g.el("input", cls);
      node.type = "range";
      node.min = String(min);
      node.max = String(max);
      node.step = "1";
      node.value = String(value);
      range.appendChild(node);
      return node;
    }
    var from = input("geomap-from", min), to = input("geomap-to", max);
    from.setAttribute("aria-label", "first day shown");
    to.setAttribute("aria-label", "last day shown");
    box.appendChild(range);
    var ends = g.el("div", "geomap-slider-ends");
    ends.appendChild(g.el("span", null, g.fmtDay(min, 1)));
    ends.appendChild(g.el("span", null, g.fmtDay(max, 1)));
    box.appendChild(ends);

    function values() {
      var a = +from.value, b = +to.value;
      return a <= b ? [a, b] : [b, a];
    }
    function paint() {
      var v = values(), span = max - min || 1;
      selected.style.left = (100 * (v[0] - min) / span) + "%";
      selected.style.width = (100 * (v[1] - v[0]) / span) + "%";
      bars.forEach(function (bar, b) {
        var start = min + b * width, end = start + width - 1;
        bar.className = "geomap-bar" + (end >= v[0] && start <= v[1] ? " geomap-bar-on" : "");
      });
      label.textContent = (v[0] === v[1] ? g.fmtDay(v[0], 1) : g.fmtDay(v[0], 1) + " – " + g.fmtDay(v[1], 1));
      label.appendChild(g.el("span", "geomap-slider-count", " · " + g.plural(events.shown.length, "event") + " shown"));
    }
    function commit() {
      var v = values();
      events.setWindow(v[0], v[1]);
    }
    [from, to].forEach(function (node) {
      node.addEventListener("input", function () { paint(); if (events.n <= 20000) commit(); });
      node.addEventListener("change", function () { paint(); commit(); });
    });
    events.onChange(paint);

    var timer = null;
    function stop() { clearInterval(timer); timer = null; play.textContent = "▶"; }
    play.addEventListener("click", function () {
      if (timer) { stop(); return; }
      var v = values(), w = v[1] - v[0];
      if (w >= max - min) w = Math.max(1, Math.round((max - min) / 8));
      var step = Math.max(1, Math.round((max - min) / 40)), start = v[1] >= max ? min : v[0];
      play.textContent = "❚❚";
      timer = setInterval(function () {
        from.value = String(start);
        to.value = String(Math.min(max, start + w));
        paint(); commit();
        if (start + w >= max) stop();
        start += step;
      }, 700);
    });

    if (!map._controlCorners.bottomcenter) {
      map._controlCorners.bottomcenter = L.DomUtil.create("div", "leaflet-bottom geomap-center", map._controlContainer);
    }
    var Control = L.Control.extend({
      options: {position: "bottomcenter"},
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
