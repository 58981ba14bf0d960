// Progressive enhancements only: every page works without this file.
(function () {
  "use strict";
  // "/" focuses the search box.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    var box = document.querySelector("form.search input[type=search]") || document.querySelector("form.find input");
    if (box) { e.preventDefault(); box.focus(); box.select(); }
  });
  // Timeline: hovering a mark highlights its event in the list, and back.
  var svg = document.getElementById("timeline");
  if (!svg) return;
  function toggle(id, on) {
    document.querySelectorAll('[data-event="' + CSS.escape(id) + '"]').forEach(function (el) {
      el.classList.toggle("hl", on);
    });
  }
  document.querySelectorAll("[data-event]").forEach(function (el) {
    var id = el.getAttribute("data-event");
    el.addEventListener("mouseenter", function () { toggle(id, true); });
    el.addEventListener("mouseleave", function () { toggle(id, false); });
  });
})();
