// facet_page.cc — every value of one facet for a search (/facets/{facet}): a filter box for
// the values, and the values as checkboxes that apply to the search. Works without JavaScript;
// the search page's filter box asks /api/facets/{facet} for the same list.
#include "core/text.h"
#include "web/pages.h"
#include "web/url.h"

namespace tonle::web {

namespace {

std::string hidden_params(const QueryParams& params) {
  std::string h;
  for (const auto& [key, value] : params) {
    h += hidden_input(key, value);
  }
  return h;
}

}  // namespace

std::string render_facet_page(const FacetValuesRequest& request, const FacetValuesResult& result) {
  const SearchRequest& search = request.search;
  const std::string name(facet_name(request.facet));
  const std::string label = facet_label(request.facet);
  QueryParams params = without(search_params(search), "page");
  std::string h = page_open({.title = label + " values", .query = search.query, .request = search});
  h += "<section class=\"facet-page\"><h1>" + html_escape(label) + ": " + std::to_string(result.total_values) +
       (result.total_values == 1 ? " value" : " values");
  if (!request.contains.empty()) {
    h += " holding <q>" + html_escape(request.contains) + "</q>";
  }
  h += "</h1><p class=\"summary\">In " + std::to_string(result.articles) +
       (result.articles == 1 ? " article" : " articles") +
       (search.query.empty() ? std::string() : " for <q>" + html_escape(search.query) + "</q>") +
       ". <a href=\"" + html_escape("/search?" + to_query_string(params)) + "\">Back to the results</a></p>";
  // The filter: the same page narrowed to values holding a fragment.
  h += "<form class=\"facet-find\" action=\"/facets/" + html_escape(name) + "\" method=\"get\">" +
       hidden_params(params) + "<label for=\"contains\">Values holding</label><input id=\"contains\" "
       "name=\"contains\" type=\"search\" value=\"" + html_escape(request.contains) +
       "\" autocomplete=\"off\" maxlength=\"300\"><button type=\"submit\">Filter</button></form>";
  // The values: ticking them and applying searches with them, the rest of the search kept.
  h += "<form class=\"facet-values\" action=\"/search\" method=\"get\">" + hidden_params(without(params, name)) +
       "<fieldset class=\"facet\" data-facet=\"" + html_escape(name) + "\"><legend>" + html_escape(label) +
       "</legend><ul class=\"all-values\">";
  for (const FacetValue& v : result.values) {
    h += "<li><label><input type=\"checkbox\" name=\"" + html_escape(name) + "\" value=\"" + html_escape(v.value) +
         "\"" + (v.selected ? " checked" : "") + "> <span class=\"v\">" + html_escape(v.value) +
         "</span>" + khmer_beside(v.khmer) + " <span class=\"count\">" + std::to_string(v.count) + "</span></label></li>";
  }
  h += "</ul></fieldset>";
  if (result.values.size() < result.total_values) {
    h += "<p class=\"note\">Showing the " + std::to_string(result.values.size()) + " most frequent of " +
         std::to_string(result.total_values) + " values: type part of a name above to find the others.</p>";
  }
  h += "<button type=\"submit\">Apply to the search</button></form></section>";
  return h + page_close();
}

}  // namespace tonle::web
