// entity_page.cc — one facet value's page (/entities/{facet}/{value}): its articles over the
// years, whom a spokesperson spoke for or who spoke for a body, what the same articles name,
// and the newest articles. Every value links to its own page.
#include <algorithm>

#include "core/text.h"
#include "web/pages.h"
#include "web/url.h"

namespace tonle::web {

std::string entity_href(Facet f, std::string_view value) {
  if (f == Facet::kReport) {
    return "/reports/" + url_encode(value);  // a report's page is its thread of responses
  }
  return "/entities/" + std::string(facet_name(f)) + "/" + url_encode(value);
}

namespace {

std::string value_list(Facet f, const std::vector<FacetValue>& values, size_t max) {
  std::string h = "<ul class=\"entity-values\">";
  for (size_t i = 0; i < values.size() && i < max; ++i) {
    h += "<li><a href=\"" + html_escape(entity_href(f, values[i].value)) + "\">" + html_escape(values[i].value) +
         "</a> <span class=\"count\">" + std::to_string(values[i].count) + "</span></li>";
  }
  return h + "</ul>";
}

// Years in order with the gaps shown, bars to scale (ten width steps: the CSP allows no inline
// styles).
std::string timeline(Facet f, const std::string& value, const std::vector<std::pair<int, size_t>>& years) {
  if (years.empty()) {
    return "";
  }
  size_t max = 0;
  for (const auto& y : years) {
    max = std::max(max, y.second);
  }
  std::string h = "<h2>Articles by year</h2><ol class=\"timeline\">";
  for (int year = years.front().first, i = 0; year <= years.back().first; ++year) {
    size_t count = static_cast<size_t>(i) < years.size() && years[i].first == year ? years[i++].second : 0;
    size_t tenth = count == 0 ? 0 : (count * 10 + max - 1) / max;
    QueryParams p = {{"q", ""}, {std::string(facet_name(f)), value}, {"year", std::to_string(year)}};
    h += "<li><a href=\"" + html_escape("/search?" + to_query_string(p)) + "\"><span class=\"y\">" +
         std::to_string(year) + "</span><span class=\"bar w" + std::to_string(tenth) +
         "\" aria-hidden=\"true\"></span><span class=\"count\">" + std::to_string(count) + "</span></a></li>";
  }
  return h + "</ol>";
}

}  // namespace

std::string render_entity_page(const EntityView& v) {
  const std::string label = facet_label(v.facet);
  std::string h = page_open({.title = v.value, .query = "", .request = {}});
  QueryParams all = {{"q", ""}, {std::string(facet_name(v.facet)), v.value}};
  h += "<section class=\"entity-page\"><p class=\"kind\">" + html_escape(label) + "</p><h1>" + html_escape(v.value) +
       "</h1>";
  if (!v.khmer.empty()) {
    h += "<p class=\"km\" lang=\"km\">" + html_escape(v.khmer) + "</p>";  // its Khmer spelling
  }
  h += "<p class=\"summary\">Named in <a href=\"" + html_escape("/search?" + to_query_string(all)) + "\">" +
       std::to_string(v.articles) + (v.articles == 1 ? " article" : " articles") + "</a>.</p>";
  h += timeline(v.facet, v.value, v.by_year);
  if (!v.spoke_for.empty()) {
    h += "<h2>Spoke for</h2>" + value_list(Facet::kMinistry, v.spoke_for, 20);
  }
  if (!v.spokespeople.empty()) {
    h += "<h2>Its spokespeople</h2>" + value_list(Facet::kSpokesperson, v.spokespeople, 20);
  }
  if (v.roles_counted < v.articles && (!v.spoke_for.empty() || !v.spokespeople.empty())) {
    h += "<p class=\"note\">Roles read from the newest " + std::to_string(v.roles_counted) + " of " +
         std::to_string(v.articles) + " articles.</p>";
  }
  if (!v.co_occurring.empty()) {
    h += "<h2>Named in the same articles</h2><div class=\"co\">";
    for (const auto& [facet, values] : v.co_occurring) {
      h += "<section><h3>" + html_escape(facet_label(facet)) + "</h3>" + value_list(facet, values, 8) + "</section>";
    }
    h += "</div>";
  }
  h += "<h2>Newest articles</h2><ol class=\"latest\">";
  for (const Hit& hit : v.latest) {
    h += "<li><a href=\"/articles/" + html_escape(url_encode(hit.id)) + "\">" +
         html_escape(hit.title.empty() ? hit.id : hit.title) + "</a> <span class=\"meta\">" +
         html_escape(hit.source.empty() ? "Unknown outlet" : hit.source) +
         (hit.date ? " · " + human_date(hit.date) : std::string()) + "</span></li>";
  }
  return h + "</ol></section>" + page_close();
}

}  // namespace tonle::web
