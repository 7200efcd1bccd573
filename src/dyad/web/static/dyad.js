// Dyad page: the yearly curve (stacked quad counts + net cooperation line) and live filters.
// Text from documents is only ever set with textContent; no HTML strings are built from data.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var QUADS = ["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"];
  var COLOURS = {verbal_coop: "#4e9a5b", material_coop: "#1f6f3a", verbal_conflict: "#e0a030",
                 material_conflict: "#c0392b"};

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function sv(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // ---- the curve ------------------------------------------------------------------------------
  function drawCurve(box, index) {
    while (box.firstChild) box.removeChild(box.firstChild);
    var years = index.periods || [];
    var total = years.reduce(function (s, y) { return s + y.events; }, 0);
    box.setAttribute("data-total", String(total));
    ["charted", "coarse", "undated"].forEach(function (k) {
      var n = document.getElementById(k);
      if (n) n.textContent = String(k === "charted" ? total : index[k]);
    });
    if (!total) {
      box.appendChild(el("p", {"class": "muted"}, "No events dated to the year for these filters."));
      return;
    }
    var y0 = years[0].period, y1 = years[years.length - 1].period;
    var span = y1 - y0 + 1;
    var W = Math.max(480, (box.clientWidth || 1000) - 16), H = 260, L = 40, R = 40, T = 12, B = 28;
    var pw = W - L - R, ph = H - T - B;
    var maxCount = Math.max.apply(null, years.map(function (y) { return y.events; }));
    var bw = pw / span;
    var svg = sv("svg", {viewBox: "0 0 " + W + " " + H, width: "100%", role: "img",
                         "aria-label": "Events per year by quad class, with net cooperation"});
    var ax = sv("g", {"class": "axis"});
    ax.appendChild(sv("line", {x1: L, y1: T + ph, x2: L + pw, y2: T + ph}));
    ax.appendChild(sv("line", {x1: L, y1: T, x2: L, y2: T + ph}));
    ax.appendChild(sv("text", {x: L - 4, y: T + 8, "text-anchor": "end"}, maxCount));
    ax.appendChild(sv("text", {x: L - 4, y: T + ph, "text-anchor": "end"}, 0));
    ax.appendChild(sv("text", {x: L + pw + 4, y: T + 8}, "+1"));
    ax.appendChild(sv("text", {x: L + pw + 4, y: T + ph}, "−1"));
    var step = Math.max(1, Math.ceil(span / 12));
    if (step > 1) step = [2, 5, 10, 20, 25, 50, 100, 200, 500].find(function (s) { return s >= step; }) || step;
    for (var yr = Math.ceil(y0 / step) * step; yr <= y1; yr += step) {
      ax.appendChild(sv("text", {x: L + (yr - y0 + 0.5) * bw, y: H - 8, "text-anchor": "middle"}, yr));
    }
    svg.appendChild(ax);
    var bars = sv("g", {"class": "bars"});
    years.forEach(function (y) {
      if (!y.events) return;
      var a = sv("a", {href: "#y" + y.period, "data-year": y.period, "data-count": y.events});
      var x = L + (y.period - y0) * bw + bw * 0.1, h0 = T + ph;
      QUADS.forEach(function (q) {
        var n = y[q] || 0;
        if (!n) return;
        var h = ph * n / maxCount;
        h0 -= h;
        a.appendChild(sv("rect", {x: x.toFixed(1), y: h0.toFixed(1), width: Math.max(1, bw * 0.8).toFixed(1),
                                  height: h.toFixed(1), fill: COLOURS[q], "data-quad": q, "data-n": n}));
      });
      a.appendChild(sv("title", {}, y.label + ": " + y.events + " events (" + QUADS.map(function (q) {
        return q.replace("_", " ") + " " + (y[q] || 0); }).join(", ") + "); net cooperation " + y.net_coop));
      bars.appendChild(a);
    });
    svg.appendChild(bars);
    var mid = T + ph / 2;
    svg.appendChild(sv("line", {x1: L, y1: mid, x2: L + pw, y2: mid, stroke: "#ccc", "stroke-dasharray": "3 3"}));
    // net cooperation: dots per year, joined only between consecutive years (a gap is no trend)
    var net = sv("g", {"class": "net"}), prev = null;
    years.forEach(function (y) {
      if (!y.events) { prev = null; return; }
      var px = L + (y.period - y0 + 0.5) * bw, py = mid - (ph / 2) * y.net_coop;
      if (prev && prev.year === y.period - 1) {
        net.appendChild(sv("line", {x1: prev.x.toFixed(1), y1: prev.y.toFixed(1), x2: px.toFixed(1), y2: py.toFixed(1),
                                    stroke: "#1d2228", "stroke-width": 1.5}));
      }
      net.appendChild(sv("circle", {cx: px.toFixed(1), cy: py.toFixed(1), r: 2.5, fill: "#1d2228"}));
      prev = {year: y.period, x: px, y: py};
    });
    svg.appendChild(net);
    box.appendChild(svg);
  }

  // ---- the timeline ---------------------------------------------------------------------------
  function eventItem(e) {
    var li = el("li", {"class": "ev q-" + e.quad, "data-id": e.id, "data-year": e.year || ""});
    var head = el("div", {"class": "ev-head"});
    head.appendChild(el("span", {"class": "date", title: (e.date_start || "") + " – " + (e.date_end || "")},
                        e.date || "undated"));
    head.appendChild(el("span", {"class": "cat"}, e.category));
    head.appendChild(el("span", {"class": "quad q-" + e.quad}, e.quad.replace("_", " ")));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(el("span", {"class": "actors", title: e.source_name + " → " + e.target_name},
                        e.source + " → " + e.target));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(el("span", {"class": "fact"},
                        e.factuality + (e.reported_by ? " by " + e.reported_by : "")));
    li.appendChild(head);
    var p = el("p", {"class": "ev-quote", lang: e.lang});
    p.appendChild(el("a", {href: e.href}, e.quote));
    li.appendChild(p);
    li.appendChild(el("div", {"class": "muted ev-src"}, (e.title || e.doc) + (e.section ? " · " + e.section : "")));
    return li;
  }

  function drawList(box, data) {
    while (box.firstChild) box.removeChild(box.firstChild);
    box.setAttribute("data-total", String(data.total));
    var shown = data.events.length;
    box.appendChild(el("p", {"class": "muted count"}, data.total + " events" +
      (shown < data.total ? " (showing " + (data.offset + 1) + "–" + (data.offset + shown) + ")" : "")));
    var group = null, list = null;
    data.events.forEach(function (e) {
      var key = e.group;
      if (key !== group) {
        group = key;
        var sec = el("section", {"class": "year", id: e.anchor});
        sec.appendChild(el("h3", {}, key));
        list = el("ol", {"class": "events"});
        sec.appendChild(list);
        box.appendChild(sec);
      }
      list.appendChild(eventItem(e));
    });
    var pager = document.getElementById("pager");
    if (pager) pager.hidden = true;  // paging links point at the old filters; the reload brings them back
  }

  // ---- filters --------------------------------------------------------------------------------
  function init() {
    var root = document.getElementById("dyad");
    if (!root) return;
    var pair = root.getAttribute("data-pair");
    var curve = document.getElementById("curve"), list = document.getElementById("timeline");
    var data = document.getElementById("index-data");
    if (data) drawCurve(curve, JSON.parse(data.textContent));
    var form = document.getElementById("filters");
    if (!form) return;
    var seq = 0;
    function apply(ev) {
      if (ev) ev.preventDefault();
      var params = new URLSearchParams();
      new FormData(form).forEach(function (v, k) { if (v) params.append(k, v); });
      var qs = params.toString(), mine = ++seq;
      var base = "/api/dyads/" + encodeURIComponent(pair);
      var csv = document.getElementById("csv");
      if (csv) csv.setAttribute("href", base + "/events.csv" + (qs ? "?" + qs : ""));
      var json = document.getElementById("json");
      if (json) json.setAttribute("href", base + "/events?" + qs);
      root.setAttribute("aria-busy", "true");
      Promise.all([fetch(base + "/index?" + qs), fetch(base + "/events?" + qs)]).then(function (rs) {
        return Promise.all(rs.map(function (r) {
          return r.json().then(function (j) { if (!r.ok) throw new Error(j.detail || r.statusText); return j; });
        }));
      }).then(function (res) {
        if (mine !== seq) return;
        drawCurve(curve, res[0]);
        drawList(list, res[1]);
        document.getElementById("total").textContent = String(res[1].total);
        var lo = document.getElementById("left-out");
        if (lo) lo.textContent = String(Math.max(0, res[1].total - Number(curve.getAttribute("data-total")) -
                                                 res[0].coarse - res[0].undated));
        document.getElementById("filter-error").textContent = "";
        history.replaceState(null, "", location.pathname + (qs ? "?" + qs : ""));
      }).catch(function (err) {
        if (mine === seq) document.getElementById("filter-error").textContent = String(err.message || err);
      }).finally(function () { if (mine === seq) root.removeAttribute("aria-busy"); });
    }
    form.addEventListener("submit", apply);
    form.addEventListener("change", apply);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
