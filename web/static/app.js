// tonle — progressive enhancement only: every page works without this script.
// - ticking a facet checkbox, or changing a date, applies it at once (the "Apply filters" button
//   stays for no-JS); so does changing the sort, the match mode or "exact" in the header;
// - long facet lists get a filter box; where the list was cut at its limit, the box asks
//   /api/facets/{facet} for every value of the search that holds what was typed;
// - a drag across the timeline's bars narrows the search to that range of years or months;
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
      var fieldset = box.closest("fieldset");
      if (fieldset.dataset.more) {
        remoteFilter(box, fieldset);
        return;
      }
      box.addEventListener("input", function () {
        var needle = box.value.toLowerCase();
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
  // The list holds only the most frequent values: ask the server for the ones that match.
  function remoteFilter(box, fieldset) {
    var facet = fieldset.dataset.facet;
    var lists = fieldset.querySelectorAll("ul, details");
    var found = document.createElement("ul");
    found.className = "found";
    found.hidden = true;
    fieldset.insertBefore(found, box.nextSibling);
    var timer = null, asked = 0;
    box.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); } });
    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var needle = box.value.trim();
        var mine = ++asked;
        Array.prototype.forEach.call(lists, function (l) { l.hidden = needle !== ""; });
        found.hidden = needle === "";
        if (needle === "") { found.textContent = ""; return; }
        var params = new URLSearchParams(window.location.search);
        params.set("contains", needle);
        params.set("limit", "50");
        fetch("/api/facets/" + encodeURIComponent(facet) + "?" + params.toString())
          .then(function (r) { return r.ok ? r.json() : { values: [] }; })
          .then(function (data) {
            if (mine !== asked) { return; }  // a later keystroke's answer wins
            found.textContent = "";
            data.values.forEach(function (v) {
              var li = document.createElement("li");
              var label = document.createElement("label");
              var input = document.createElement("input");
              input.type = "checkbox";
              input.name = facet;
              input.value = v.value;
              input.checked = v.selected;
              var name = document.createElement("span");
              name.className = "v";
              name.textContent = v.value;
              var count = document.createElement("span");
              count.className = "count";
              count.textContent = v.count;
              label.append(input, " ", name, " ", count);
              li.append(label);
              found.append(li);
            });
            if (data.values.length === 0) {
              var none = document.createElement("li");
              none.textContent = "No value holds \u201c" + needle + "\u201d";
              found.append(none);
            }
          });
      }, 150);
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
  var bars = document.querySelector(".timeline-chart ol.bars");
  if (bars) { timelineDrag(bars); }

  // Press on one bar, release on another: the search from the earlier period to the later one.
  // A press and release on the same bar is a click and follows the bar's own link.
  function timelineDrag(list) {
    var start = null;
    function periodAt(e) {
      var hit = document.elementFromPoint(e.clientX, e.clientY);
      var a = hit && hit.closest ? hit.closest("a[data-period]") : null;
      return a && list.contains(a) ? a : null;
    }
    function mark(from, to) {
      var links = list.querySelectorAll("a[data-period]");
      Array.prototype.forEach.call(links, function (a) {
        var p = a.dataset.period;
        a.classList.toggle("picked", from !== null && p >= from && p <= to);
      });
    }
    list.addEventListener("pointerdown", function (e) {
      var a = periodAt(e);
      if (a) { start = a.dataset.period; e.preventDefault(); }
    });
    list.addEventListener("pointermove", function (e) {
      var a = periodAt(e);
      if (start !== null && a) {
        var p = a.dataset.period;
        mark(p < start ? p : start, p < start ? start : p);
      }
    });
    document.addEventListener("pointerup", function (e) {
      if (start === null) { return; }
      var a = periodAt(e);
      var from = start;
      start = null;
      if (!a || a.dataset.period === from) { mark(null, null); if (a) { a.click(); } return; }
      var to = a.dataset.period;
      if (to < from) { var t = to; to = from; from = t; }
      var base = list.dataset.base;
      location.href = base + (base.indexOf("?") < 0 ? "?" : "&") + "date_from=" + from + "&date_to=" + to;
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
