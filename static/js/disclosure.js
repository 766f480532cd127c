/* Disclosures that are panels on a phone and always open on wider screens (the site menu,
   the search filters): <details data-open-wide="64em">, the value being the width from which
   the panel is always open. CSS shows their content there where the browser supports
   ::details-content; this opens them for the others and keeps the `open` state true to what
   is shown, so assistive technology announces the right state. Without JavaScript the page
   still works: each panel is a plain <details>. */
(function () {
  function watch(panel) {
    var wide = window.matchMedia("(min-width: " + (panel.getAttribute("data-open-wide") || "48em") + ")");
    if (wide.matches) { panel.open = true; }
    if (wide.addEventListener) {
      wide.addEventListener("change", function () { panel.open = wide.matches; });
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    var panels = document.querySelectorAll("details[data-open-wide]");
    for (var i = 0; i < panels.length; i++) { watch(panels[i]); }
  });
})();
