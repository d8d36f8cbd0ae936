/* geomap side panel: the shown events (date, place, type, fatalities), newest first; a click flies there. */
(function () {
  "use strict";
  var g = window.geomap;

  g.sidePanel = function (events, opts) {
    var map = events.map, c = events.c, limit = (opts && opts.limit) || 300;
    var container = map.getContainer();
    var order = [];
    for (var i = 0; i < events.n; i++) order.push(i);
    order.sort(function (a, b) {
      var da = c.day[a] == null ? -1e9 : c.day[a], db = c.day[b] == null ? -1e9 : c.day[b];
      return db - da || c.f[b] - c.f[a] || a - b;
    });
    var rank = new Int32Array(events.n);
    order.forEach(function (idx, k) { rank[idx] = k; });

    var panel = g.el("div", "geomap-panel");
    var head = g.el("div", "geomap-panel-head");
    var title = g.el("div", "geomap-panel-title", "Events");
    var close = g.el("button", "geomap-panel-close", "×");
    close.type = "button";
    close.title = "Hide the list";
    head.appendChild(title);
    head.appendChild(close);
    var tools = g.el("label", "geomap-panel-tools");
    var inView = g.el("input");
    inView.type = "checkbox";
    inView.checked = true;
    tools.appendChild(inView);
    tools.appendChild(document.createTextNode(" only those in view"));
    var summary = g.el("div", "geomap-panel-summary");
    var list = g.el("div", "geomap-list");
    panel.appendChild(head);
    panel.appendChild(tools);
    panel.appendChild(summary);
    panel.appendChild(list);
    var open = g.el("button", "geomap-panel-open", "☰ Events");
    open.type = "button";
    open.title = "Show the list of events";
    container.appendChild(panel);
    container.appendChild(open);
    [panel, open].forEach(function (node) {
      L.DomEvent.disableClickPropagation(node);
      L.DomEvent.disableScrollPropagation(node);
    });
    function setOpen(on) {
      container.classList.toggle("geomap-panel-on", on);
      if (on) render();
    }
    close.addEventListener("click", function () { setOpen(false); });
    open.addEventListener("click", function () { setOpen(true); });

    function render() {
      if (!container.classList.contains("geomap-panel-on")) return;
      var bounds = map.getBounds(), rows = [];
      events.shown.forEach(function (idx) {
        if (!inView.checked || bounds.contains([c.lat[idx], c.lon[idx]])) rows.push(idx);
      });
      rows.sort(function (a, b) { return rank[a] - rank[b]; });
      var total = rows.length;
      summary.textContent = g.plural(total, "event") + " · " +
        g.plural(events.fatalities(rows), "fatality", "fatalities") + (inView.checked ? " in view" : "");
      list.textContent = "";
      var frag = document.createDocumentFragment();
      rows.slice(0, limit).forEach(function (idx) {
        var type = events.type(idx), item = g.el("div", "geomap-row");
        item.setAttribute("data-i", String(idx));
        item.tabIndex = 0;
        var dot = g.el("span", "geomap-dot");
        dot.style.background = type.colour;
        item.appendChild(dot);
        var body = g.el("div", "geomap-row-body");
        var line = g.el("div", "geomap-row-top");
        line.appendChild(g.el("span", "geomap-row-date", g.fmtDay(c.day[idx], c.tp[idx])));
        if (c.f[idx] > 0) line.appendChild(g.el("span", "geomap-row-fat", c.f[idx] + " †"));
        body.appendChild(line);
        body.appendChild(g.el("div", "geomap-row-place", events.str("loc", idx) || "(no place name)"));
        var sub = events.str("st", idx);
        body.appendChild(g.el("div", "geomap-row-type", type.name + (sub ? " · " + sub : "")));
        item.appendChild(body);
        frag.appendChild(item);
      });
      list.appendChild(frag);
      if (total > limit) {
        list.appendChild(g.el("div", "geomap-more", "… and " + (total - limit) +
          " more: zoom in or narrow the dates"));
      }
      if (!total) list.appendChild(g.el("div", "geomap-more", "No event here: zoom out or widen the dates."));
    }
    list.addEventListener("click", function (e) {
      var item = e.target.closest ? e.target.closest(".geomap-row") : null;
      if (item) events.flyTo(+item.getAttribute("data-i"));
    });
    list.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && e.target.classList.contains("geomap-row")) events.flyTo(+e.target.getAttribute("data-i"));
    });
    inView.addEventListener("change", render);
    map.on("moveend", render);
    events.onChange(render);
    setOpen(opts && opts.open !== false && container.clientWidth >= 700);
    return panel;
  };
})();
