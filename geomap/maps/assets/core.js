/* geomap event map: the events of one payload as markers in one (cluster) group, their popups,
   tooltips, region outlines and the filters (event types, dates) that every other feature shares.
   Text from the table only ever reaches the page through textContent or geomap.esc(). */
(function () {
  "use strict";
  var ESC = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;"};
  var DAY_MS = 86400000;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function esc(value) {
    return String(value == null ? "" : value).replace(/[&<>"'`]/g, function (c) { return ESC[c]; });
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text != null && text !== "") node.textContent = text;
    return node;
  }

  function isoDay(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }

  function fmtDay(day, precision) {
    if (day == null) return "date unknown";
    var d = new Date(day * DAY_MS);
    var month = MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
    if (precision === 3) return month;
    var text = d.getUTCDate() + " " + month;
    return precision === 2 ? "week of " + text : text;
  }

  function plural(n, word, many) { return n.toLocaleString("en") + " " + (n === 1 ? word : many || word + "s"); }

  /* Marker diameter in pixels for a number of fatalities (0 -> 22, 1 -> 28, 10 -> 42, 100+ -> 54). */
  function sizeFor(f) { return 2 * Math.round((22 + Math.min(32, 6 * Math.log2(1 + f))) / 2); }

  function iconHtml(type, size, precision, glyphs) {
    var glyph = glyphs[type.glyph] || glyphs.other;
    var inner = Math.round(size * 0.62);
    var cls = "geomap-pin geomap-gp" + precision;
    var style = precision === 3
      ? "width:" + size + "px;height:" + size + "px;border-color:" + type.colour + ";color:" + type.colour
      : "width:" + size + "px;height:" + size + "px;background:" + type.colour;
    var svgFill = precision === 3 ? ' style="filter:none"' : "";
    var svg = '<svg viewBox="0 0 24 24" width="' + inner + '" height="' + inner + '"' + svgFill + ">" + glyph + "</svg>";
    if (precision === 3) svg = svg.replace(/#fff/g, type.colour);
    return '<div class="' + cls + '" style="' + style + '">' + svg + "</div>";
  }

  function Events(map, data, glyphs, opts) {
    var self = this;
    opts = opts || {};
    this.map = map;
    this.data = data;
    this.glyphs = glyphs;
    this.opts = opts;
    this.n = data.n;
    this.c = data.c;
    this.s = data.s;
    this.types = data.types;
    this.typeOn = data.types.map(function () { return true; });
    this.from = data.dayMin;
    this.to = data.dayMax;
    this.listeners = [];
    this.overlays = [];
    this.shown = [];
    this.markers = new Array(this.n);
    this._icons = {};
    this._applied = "";

    if (opts.cluster !== false && L.markerClusterGroup) {
      this.group = L.markerClusterGroup({
        chunkedLoading: true, showCoverageOnHover: false, spiderfyOnMaxZoom: true, maxClusterRadius: 48,
        spiderfyDistanceMultiplier: 1.6, iconCreateFunction: function (cluster) { return self.clusterIcon(cluster); },
        chunkProgress: function (done, total) { if (done >= total) self._loaded(); }
      });
      this.group.on("clustermouseover", function (e) { self.clusterTooltip(e.layer); });
    } else {
      this.group = L.featureGroup();
    }
    var c = this.c;
    for (var i = 0; i < this.n; i++) {
      var marker = L.marker([c.lat[i], c.lon[i]], {icon: this.icon(i), i: i, keyboard: false,
        riseOnHover: true, zIndexOffset: c.gp[i] === 3 ? -1000 : Math.min(c.f[i], 900)});
      this.markers[i] = marker;
    }
    this.group.on("click", function (e) { self.openPopup(e.layer); });
    this.group.on("mouseover", function (e) { self.showTooltip(e.layer); });

    this.regions = L.featureGroup();
    this.regionLayers = data.regions.map(function (r, k) { return self.regionLayer(r, k); });
    this.group.addTo(map);

    var counts = this.types.map(function () { return 0; });
    for (i = 0; i < this.n; i++) counts[c.t[i]]++;
    this.typeLayers = this.types.map(function (type, k) {
      var layer = L.layerGroup().addTo(map);
      layer.geomapType = k;
      var label = '<span class="geomap-sw" style="background:' + type.colour + '">' +
        '<svg viewBox="0 0 24 24">' + (glyphs[type.glyph] || glyphs.other) + "</svg></span>" + esc(type.name) +
        ' <span class="geomap-count">' + counts[k] + "</span>";
      self.overlays.push([label, layer]);
      return layer;
    });
    if (data.regions.length) {
      this.regions.addTo(map);
      this.overlays.push(['<span class="geomap-sw geomap-sw-area"></span>approximate areas', this.regions]);
    }
    map.on("overlayadd overlayremove", function (e) {
      if (e.layer && e.layer.geomapType != null) {
        self.typeOn[e.layer.geomapType] = e.type === "overlayadd";
        self.apply();
      }
    });
    this.apply();
    window.geomap.instances.push(this);
  }

  Events.prototype.str = function (column, i) { return this.s[this.c[column][i]] || ""; };
  Events.prototype.type = function (i) { return this.types[this.c.t[i]]; };

  Events.prototype.icon = function (i) {
    var c = this.c, size = sizeFor(c.f[i]), gp = c.gp[i], key = c.t[i] + ":" + size + ":" + gp;
    var icon = this._icons[key];
    if (!icon) {
      icon = this._icons[key] = L.divIcon({
        html: iconHtml(this.types[c.t[i]], size, gp, this.glyphs), className: "geomap-ev geomap-t" + c.t[i],
        iconSize: [size, size], iconAnchor: [size / 2, size / 2], popupAnchor: [0, -size / 2 + 2],
        tooltipAnchor: [0, -size / 2]
      });
    }
    return icon;
  };

  Events.prototype.regionLayer = function (region, k) {
    var colour = "#555", c = this.c;
    for (var i = 0; i < this.n; i++) if (c.r[i] === k) { colour = this.types[c.t[i]].colour; break; }
    var style = {color: colour, weight: 1.5, dashArray: "5 5", opacity: 0.8, fillColor: colour, fillOpacity: 0.12,
      interactive: false};
    if (region.geometry) return L.geoJSON(region.geometry, {style: function () { return style; }, interactive: false});
    return L.circle([region.lat, region.lon], L.extend({radius: region.radius}, style));
  };

  /* Is event i inside the date window [from, to]? A week / month event spans its week / month. */
  Events.prototype.inWindow = function (i) {
    var day = this.c.day[i];
    if (this.from == null) return true;
    var full = this.from <= this.data.dayMin && this.to >= this.data.dayMax;
    if (day == null) return full;
    var span = this.c.tp[i] === 3 ? 30 : this.c.tp[i] === 2 ? 7 : 1;
    return day <= this.to && day + span - 1 >= this.from;
  };

  Events.prototype.visible = function (i) { return this.typeOn[this.c.t[i]] && this.inWindow(i); };

  Events.prototype.setWindow = function (from, to) { this.from = from; this.to = to; this.apply(); };

  Events.prototype.onChange = function (fn) { this.listeners.push(fn); fn(this); };

  /* Show the events that pass the filters; tell every listener (slider, panel, heat map, ...). */
  Events.prototype.apply = function () {
    var state = this.typeOn.join(",") + "|" + this.from + "|" + this.to;
    if (state === this._applied) return;
    if (this._loading) { this._pending = true; return; }  // markers still being added in chunks: apply after
    this._applied = state;
    var shown = [], layers = [], regionOn = {};
    for (var i = 0; i < this.n; i++) {
      if (this.visible(i)) {
        shown.push(i);
        layers.push(this.markers[i]);
        if (this.c.r[i] >= 0) regionOn[this.c.r[i]] = true;
      }
    }
    this.map.closePopup();
    this.group.clearLayers();
    if (this.group.addLayers) {
      this._loading = layers.length > 0;
      this.group.addLayers(layers);
    } else {
      layers.forEach(function (m) { this.group.addLayer(m); }, this);
    }
    this.regions.clearLayers();
    for (var k = 0; k < this.regionLayers.length; k++) if (regionOn[k]) this.regions.addLayer(this.regionLayers[k]);
    this.shown = shown;
    for (var j = 0; j < this.listeners.length; j++) this.listeners[j](this);
  };

  Events.prototype._loaded = function () {
    this._loading = false;
    if (this._pending) {
      this._pending = false;
      this.apply();
    }
  };

  Events.prototype.fatalities = function (indices) {
    var total = 0;
    for (var k = 0; k < indices.length; k++) total += this.c.f[indices[k]];
    return total;
  };

  Events.prototype.clusterIcon = function (cluster) {
    var children = cluster.getAllChildMarkers(), n = children.length, f = 0, byType = {};
    for (var k = 0; k < n; k++) {
      var i = children[k].options.i;
      f += this.c.f[i];
      byType[this.c.t[i]] = (byType[this.c.t[i]] || 0) + 1;
    }
    var stops = [], at = 0;
    for (var t = 0; t < this.types.length; t++) {
      if (!byType[t]) continue;
      var next = at + 100 * byType[t] / n;
      stops.push(this.types[t].colour + " " + at.toFixed(1) + "% " + next.toFixed(1) + "%");
      at = next;
    }
    var size = Math.round(34 + Math.min(26, 5 * Math.log2(n)));
    var html = '<div class="geomap-cluster" style="width:' + size + "px;height:" + size +
      "px;background:conic-gradient(" + stops.join(",") + ')"><div class="geomap-cluster-in"><b>' + n + "</b>" +
      (f > 0 ? '<span class="geomap-cluster-f">' + f + " †</span>" : "") + "</div></div>";
    return L.divIcon({html: html, className: "geomap-cl", iconSize: [size, size], iconAnchor: [size / 2, size / 2]});
  };

  Events.prototype.clusterTooltip = function (cluster) {
    // markercluster 1.1 makes the cluster its own icon: give it the anchors a tooltip reads
    cluster.options.tooltipAnchor = cluster.options.tooltipAnchor || [0, -14];
    cluster.options.popupAnchor = cluster.options.popupAnchor || [0, -14];
    if (!cluster.getTooltip()) {
      var self = this;
      cluster.bindTooltip(function () {
        var indices = cluster.getAllChildMarkers().map(function (m) { return m.options.i; });
        return el("div", null, plural(indices.length, "event") + " · " + plural(self.fatalities(indices), "fatality", "fatalities") + " · click to zoom in");
      }, {direction: "top", className: "geomap-tip"});
    }
    cluster.openTooltip();
  };

  Events.prototype.tooltipNode = function (i) {
    var c = this.c, parts = [fmtDay(c.day[i], c.tp[i]), this.type(i).name, this.str("loc", i) || "(no place name)"];
    if (c.f[i] > 0) parts.push(c.f[i] + " killed");
    return el("div", null, parts.join(" · "));
  };

  Events.prototype.showTooltip = function (marker) {
    var self = this;
    if (!marker.getTooltip()) {
      marker.bindTooltip(function () { return self.tooltipNode(marker.options.i); },
        {direction: "top", className: "geomap-tip"});
      marker.openTooltip();
    }
  };

  Events.prototype.precisionLabel = function (gp) {
    return gp === 3 ? "approximate: somewhere in this region (shown at its centre)"
      : gp === 2 ? "near this place, or part of a region" : "at this place";
  };

  function row(table, label, value, cls) {
    if (value == null || value === "") return;
    var tr = el("tr"), th = el("th", null, label), td = el("td", cls);
    if (typeof value === "string") td.textContent = value; else td.appendChild(value);
    tr.appendChild(th); tr.appendChild(td); table.appendChild(tr);
  }

  /* The popup of event i, built from DOM nodes (text only: nothing from the table is parsed as HTML). */
  Events.prototype.popupNode = function (i) {
    var c = this.c, type = this.type(i), root = el("div", "geomap-popup");
    var head = el("div", "geomap-popup-head");
    head.style.borderLeftColor = type.colour;
    head.appendChild(el("div", "geomap-popup-type", type.name + (this.str("st", i) ? " · " + this.str("st", i) : "")));
    head.appendChild(el("div", "geomap-popup-date", fmtDay(c.day[i], c.tp[i])));
    root.appendChild(head);
    var table = el("table", "geomap-popup-table");
    var a1 = this.str("a1", i), a2 = this.str("a2", i);
    if (a1 || a2) row(table, "Actors", a1 && a2 ? a1 + " — " + a2 : a1 || a2);
    row(table, "Fatalities", String(c.f[i]), c.f[i] > 0 ? "geomap-fat" : "");
    var claims = this.data.claims[String(i)];
    if (claims && claims.length) {
      var list = el("ul", "geomap-claims"), self = this;
      claims.forEach(function (cl) {
        var li = el("li");
        li.appendChild(el("b", null, (cl[0] == null ? "" : cl[0] + " ") + (self.s[cl[1]] || "")));
        li.appendChild(el("span", "geomap-claim-by", self.s[cl[2]] ? " — stated by " + self.s[cl[2]] : " — source not named"));
        if (self.s[cl[3]]) li.appendChild(el("span", "geomap-claim-dispute", "; disputed by " + self.s[cl[3]]));
        list.appendChild(li);
      });
      row(table, "Claims", list);
    }
    var place = [this.str("loc", i), this.str("adm", i), this.str("cty", i)].filter(function (x, k, all) {
      return x && all.indexOf(x) === k;
    }).join(", ");
    var where = el("span", null, place || "(no place name)");
    where.appendChild(el("span", "geomap-precision geomap-gp-label" + c.gp[i], " " + this.precisionLabel(c.gp[i])));
    row(table, "Place", where);
    row(table, "Source", this.str("src", i));
    root.appendChild(table);
    var evidence = this.str("ev", i);
    if (evidence) {
      if (evidence.length > 700) evidence = evidence.slice(0, 700) + " …";
      root.appendChild(el("blockquote", "geomap-evidence", evidence));
    }
    if (this.str("no", i)) root.appendChild(el("div", "geomap-notes", this.str("no", i)));
    var foot = [this.str("id", i), this.str("doc", i), c.cf[i] == null ? "" : "confidence " + c.cf[i]];
    root.appendChild(el("div", "geomap-popup-foot", foot.filter(Boolean).join(" · ")));
    return root;
  };

  Events.prototype.openPopup = function (marker) {
    var self = this;
    if (!marker.getPopup()) {
      marker.bindPopup(function () { return self.popupNode(marker.options.i); },
        {maxWidth: 380, minWidth: 260, autoPanPadding: [40, 40]});
      marker.openPopup();
    }
  };

  /* Fly to event i and open its popup (the side panel and the search use this). */
  Events.prototype.flyTo = function (i) {
    var self = this, marker = this.markers[i];
    if (!this.group.hasLayer(marker)) return;
    var open = function () {
      self.openPopup(marker);
      if (!marker.isPopupOpen()) marker.openPopup();
    };
    var zoom = Math.max(this.map.getZoom(), this.opts.flyZoom || 11);
    this.map.flyTo(marker.getLatLng(), zoom, {duration: 0.8});
    this.map.once("moveend", function () {
      if (self.group.zoomToShowLayer) self.group.zoomToShowLayer(marker, open); else open();
    });
  };

  window.geomap = {esc: esc, el: el, fmtDay: fmtDay, isoDay: isoDay, plural: plural, sizeFor: sizeFor,
    iconHtml: iconHtml, Events: Events, DAY_MS: DAY_MS, instances: []};
})();
