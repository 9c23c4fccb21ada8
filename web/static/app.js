// tonle — progressive enhancement only: every page works without this script.
// - ticking a facet checkbox, or changing a date, applies it at once (the "Apply filters" button
//   stays for no-JS); so does changing the sort, the match mode or "exact" in the header;
// - long facet lists get a filter box;
// - "/" focuses the search box.
(function () {
  "use strict";
  var form = document.getElementById("facet-form");
  if (form) {
    var apply = form.querySelector(".apply");
    if (apply) { apply.classList.add("js-hidden"); }
    form.addEventListener("change", function (e) {
      var t = e.target;
      if (t && (t.type === "checkbox" || ((t.name === "date_from" || t.name === "date_to") && t.checkValidity()))) {
        form.submit();
      }
    });
    Array.prototype.forEach.call(form.querySelectorAll(".facet-filter"), function (box) {
      box.hidden = false;
      box.addEventListener("input", function () {
        var needle = box.value.toLowerCase();
        var fieldset = box.closest("fieldset");
        var details = fieldset.querySelector("details");
        if (details && needle) { details.open = true; }
        Array.prototype.forEach.call(fieldset.querySelectorAll("li"), function (li) {
          var text = li.textContent.toLowerCase();
          li.hidden = needle !== "" && text.indexOf(needle) === -1;
        });
      });
      box.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); } });
    });
  }
  var search = document.querySelector("form.search");
  if (search) {
    search.addEventListener("change", function (e) {
      var t = e.target;
      // Only on a results page: elsewhere there is nothing to re-sort yet.
      if (t && (t.name === "sort" || t.name === "mode" || t.name === "exact") && form) { search.submit(); }
    });
  }
  document.addEventListener("keydown", function (e) {
    var q = document.getElementById("q");
    if (e.key === "/" && q && document.activeElement !== q &&
        !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      e.preventDefault();
      q.focus();
      q.select();
    }
  });
})();
