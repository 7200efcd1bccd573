// Scroll the linked sentence (#s123 or ?s=123) into view and mark it.
(function () {
  "use strict";
  var id = location.hash.slice(1);
  if (!/^s\d+$/.test(id)) {
    var s = new URLSearchParams(location.search).get("s");
    if (s && /^\d+$/.test(s)) id = "s" + s;
  }
  var el = id ? document.getElementById(id) : null;
  if (!el) return;
  el.classList.add("current");
  el.scrollIntoView({block: "center"});
})();
