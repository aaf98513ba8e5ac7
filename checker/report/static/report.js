// Filters for the casualty-check report. Progressive: without this script every finding is
// shown and the filter bar stays hidden. Hiding works by one generated stylesheet keyed on
// numbers (severity names and rule indexes), so a 10,000-finding page reacts instantly and
// no text from the report is ever turned into markup or CSS.
(function () {
  "use strict";
  var bar = document.getElementById("filters");
  if (!bar) { return; }
  var style = document.createElement("style");
  document.head.appendChild(style);
  var buttons = Array.prototype.slice.call(bar.querySelectorAll("button.filter"));
  var shown = document.getElementById("shown");
  var total = document.querySelectorAll("#findings .finding").length;
  var SEVERITIES = { error: 1, warning: 1, info: 1 };

  function apply() {
    var rules = [];
    buttons.forEach(function (b) {
      if (b.getAttribute("aria-pressed") === "true") { return; }
      var v = b.getAttribute("data-value");
      if (b.getAttribute("data-kind") === "severity" && SEVERITIES[v]) {
        rules.push('.finding[data-severity="' + v + '"]');
      } else if (b.getAttribute("data-kind") === "rule" && /^[0-9]+$/.test(v)) {
        rules.push('.finding[data-rule-idx="' + v + '"]');
      }
    });
    style.textContent = rules.length ? rules.join(",") + "{display:none}" : "";
    if (shown) {
      var hidden = rules.length ? document.querySelectorAll("#findings " + rules.join(", #findings ")).length : 0;
      shown.textContent = rules.length ? "Showing " + (total - hidden) + " of " + total + " findings." : "";
    }
  }

  buttons.forEach(function (b) {
    b.addEventListener("click", function () {
      b.setAttribute("aria-pressed", b.getAttribute("aria-pressed") === "true" ? "false" : "true");
      apply();
    });
  });
  bar.hidden = false;
  apply();
})();
