// search_page.cc — the results page: summary, notes, hits, facet sidebar, pagination, export.
#include <algorithm>

#include "core/text.h"
#include "searcher/snippets.h"
#include "web/export.h"
#include "web/pages.h"
#include "web/url.h"

namespace tonle::web {

namespace {

constexpr size_t kFacetValuesShown = 8;

std::string link(const QueryParams& p, std::string_view path = "/search") {
  return html_escape(std::string(path) + "?" + to_query_string(p));
}

std::string facet_item(Facet f, const FacetValue& v, size_t max_count) {
  std::string name(facet_name(f));
  std::string h = "<li><label><input type=\"checkbox\" name=\"" + name + "\" value=\"" +
                  html_escape(v.value) + "\"" + (v.selected ? " checked" : "") + "> <span class=\"v\">" +
                  html_escape(v.value) + "</span>" + khmer_beside(v.khmer) + " <span class=\"count\">" +
                  std::to_string(v.count) +
                  "</span>";
  if (f == Facet::kYear && max_count > 0) {
    size_t tenth = (v.count * 10 + max_count - 1) / max_count;  // 1..10, CSP-safe width classes
    h += "<span class=\"bar w" + std::to_string(tenth) + "\" aria-hidden=\"true\"></span>";
  }
  h += "</label>";
  if (f == Facet::kReport) {  // a report's thread: every response to it in date order
    h += " <a class=\"thread\" href=\"" + html_escape(entity_href(f, v.value)) + "\" title=\"Every response to " +
         html_escape(v.value) + "\">responses</a>";
  }
  return h + "</li>";
}

// `all_values`: the link to every value of the facet, when the list was cut at the limit.
std::string facet_block(Facet f, std::vector<FacetValue> values, const std::string& all_values) {
  if (values.empty()) {
    return "";
  }
  if (f == Facet::kYear) {
    std::sort(values.begin(), values.end(),
              [](const FacetValue& a, const FacetValue& b) { return a.value > b.value; });
  }
  size_t max_count = 0;
  for (const FacetValue& v : values) {
    max_count = std::max(max_count, v.count);
  }
  std::string name(facet_name(f));
  std::string h = "<fieldset class=\"facet" + std::string(f == Facet::kYear ? " year" : "") +
                  "\" data-facet=\"" + name + "\"" + (all_values.empty() ? "" : " data-more=\"1\"") +
                  "><legend>" + html_escape(facet_label(f)) + "</legend>";
  if (values.size() > kFacetValuesShown || !all_values.empty()) {
    h += "<input type=\"search\" class=\"facet-filter\" hidden aria-label=\"Filter " +
         html_escape(facet_label(f)) + " values\" placeholder=\"Filter " +
         (all_values.empty() ? std::to_string(values.size()) + " values" : std::string("all values")) + "\">";
  }
  h += "<ul>";
  for (size_t i = 0; i < values.size() && i < kFacetValuesShown; ++i) {
    h += facet_item(f, values[i], max_count);
  }
  h += "</ul>";
  if (values.size() > kFacetValuesShown) {
    h += "<details><summary>" + std::to_string(values.size() - kFacetValuesShown) +
         " more</summary><ul>";
    for (size_t i = kFacetValuesShown; i < values.size(); ++i) {
      h += facet_item(f, values[i], max_count);
    }
    h += "</ul></details>";
  }
  if (!all_values.empty()) {
    h += "<p class=\"all\"><a href=\"" + all_values + "\">All " + html_escape(to_lower_ascii(facet_label(f))) +
         " values…</a></p>";
  }
  return h + "</fieldset>";
}

// Two free-text ends (a year, a month or a day), so "2023" or "2023-09" can be typed as such.
std::string date_fields(const SearchRequest& r) {
  auto end = [](std::string_view name, std::string_view label, const std::string& value) {
    return "<label for=\"" + std::string(name) + "\">" + std::string(label) + "</label><input id=\"" +
           std::string(name) + "\" name=\"" + std::string(name) + "\" value=\"" + html_escape(value) +
           "\" inputmode=\"numeric\" autocomplete=\"off\" maxlength=\"10\" placeholder=\"YYYY-MM-DD\" "
           "pattern=\"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\" title=\"A year, a month or a day: 2023, 2023-03 or "
           "2023-03-15\">";
  };
  return "<fieldset class=\"facet dates\"><legend>Published</legend><div class=\"range\">" +
         end("date_from", "From", r.date_from) + end("date_to", "To", r.date_to) + "</div></fieldset>";
}

std::string sidebar(const SearchRequest& r, const SearchResult& res) {
  std::string h = "<aside id=\"filters\" class=\"facets\" aria-label=\"Filters\"><form id=\"facet-form\" "
                  "action=\"/search\" method=\"get\">" + hidden_input("q", r.query);
  if (r.sort != SortOrder::kRelevance) {
    h += hidden_input("sort", sort_name(r.sort));
  }
  if (r.mode != MatchMode::kAll) {
    h += hidden_input("mode", mode_name(r.mode));
  }
  if (r.exact) {
    h += hidden_input("exact", "1");
  }
  if (r.collapse_story) {
    h += hidden_input("collapse", "story");
  }
  h += "<h2>Narrow by</h2>" + date_fields(r);
  QueryParams base = without(search_params(r), "page");
  for (const auto& [facet, values] : res.facets) {
    // Selected values come on top of the most frequent ones: count only the others.
    size_t listed = static_cast<size_t>(std::count_if(values.begin(), values.end(), [](const FacetValue& v) {
      return !v.selected || v.count > 0;
    }));
    std::string all = listed >= r.facet_limit ? link(base, "/facets/" + std::string(facet_name(facet))) : "";
    h += facet_block(facet, values, all);
  }
  return h + "<button type=\"submit\" class=\"apply\">Apply filters</button></form></aside>";
}

std::string notes(const SearchRequest& r, const SearchResult& res) {
  QueryParams base = search_params(r);
  std::string h;
  if (!res.corrected_from.empty()) {
    SearchRequest typed = r;
    typed.autocorrect = false;
    typed.page = 1;
    h += "<p class=\"dym\">Nothing matched <q>" + html_escape(res.corrected_from) + "</q>: showing results for <q>" +
         html_escape(res.query) + "</q>. <a href=\"" + link(search_params(typed)) + "\">Search instead for <q>" +
         html_escape(res.corrected_from) + "</q></a></p>";
  }
  if (!res.did_you_mean.empty()) {
    SearchRequest fixed = r;
    fixed.query = res.did_you_mean;
    fixed.page = 1;
    h += "<p class=\"dym\">Did you mean <a href=\"" + link(search_params(fixed)) + "\">" +
         html_escape(res.did_you_mean) + "</a>?</p>";
  }
  if (!res.expanded.empty()) {
    h += "<p class=\"expanded\">Also searched: ";
    for (size_t i = 0; i < res.expanded.size(); ++i) {
      h += (i ? "; " : "") + std::string("<q>") + html_escape(res.expanded[i].from) + "</q> as <q>" +
           html_escape(join(res.expanded[i].to, "</q>, <q>")) + "</q>";
    }
    SearchRequest exact = r;
    exact.exact = true;
    exact.page = 1;
    h += ". <a href=\"" + link(search_params(exact)) + "\">Search exactly as typed</a></p>";
  }
  for (const std::string& w : res.warnings) {
    h += "<p class=\"note\">Note: " + html_escape(w) + "</p>";
  }
  std::string chips;
  for (const auto& filter : r.filters) {
    const Facet facet = filter.first;  // a plain variable: lambdas cannot capture bindings in C++20
    for (const std::string& v : filter.second) {
      QueryParams p = with_page(base, 1);
      std::erase_if(p, [&](const auto& kv) { return kv.first == facet_name(facet) && kv.second == v; });
      chips += "<li><a href=\"" + link(p) + "\" aria-label=\"Remove filter " +
               html_escape(facet_label(facet)) + ": " + html_escape(v) + "\">" +
               html_escape(facet_label(facet)) + ": " + html_escape(v) + " ×</a></li>";
    }
  }
  if (!r.date_from.empty() || !r.date_to.empty()) {
    QueryParams p = without(without(with_page(base, 1), "date_from"), "date_to");
    std::string label = "Published: " + (r.date_from.empty() ? std::string("up to ") + r.date_to
                                         : r.date_to.empty() ? "from " + r.date_from
                                                             : r.date_from + " to " + r.date_to);
    chips += "<li><a href=\"" + link(p) + "\" aria-label=\"Remove filter " + html_escape(label) + "\">" +
             html_escape(label) + " ×</a></li>";
  }
  if (!chips.empty()) {
    // Clearing keeps the words, the sort and the mode: only the narrowing goes.
    SearchRequest bare = r;
    bare.filters.clear();
    bare.date_from.clear();
    bare.date_to.clear();
    bare.page = 1;
    chips += "<li class=\"clear\"><a href=\"" + link(search_params(bare)) + "\">Clear all filters</a></li>";
    h += "<ul class=\"chips\" aria-label=\"Active filters\">" + chips + "</ul>";
  }
  return h;
}

// `query`: carried to the article's page, which marks its matches there.
std::string hits(const SearchResult& res, const std::string& query) {
  std::string h = "<ol class=\"hits\" start=\"" + std::to_string((res.page - 1) * res.per_page + 1) + "\">";
  std::string carry = trim(query).empty() ? "" : "?" + to_query_string({{"q", query}});
  for (const Hit& hit : res.hits) {
    h += "<li class=\"hit\"><h2><a href=\"/articles/" + html_escape(url_encode(hit.id) + carry) + "\">" +
         html_escape(hit.title.empty() ? hit.id : hit.title) + "</a></h2><p class=\"meta\">" +
         html_escape(hit.source.empty() ? "Unknown outlet" : hit.source);
    if (hit.date) {
      h += " · <time datetime=\"" + to_iso(*hit.date) + "\">" + human_date(hit.date) + "</time>";
    }
    if (hit.story_size > 1) {
      // The story's other articles are listed on the article's page.
      size_t others = hit.collapsed > 0 ? hit.collapsed : hit.story_size - 1;
      h += " · <a class=\"story-link\" href=\"/articles/" + html_escape(url_encode(hit.id)) + "#story\">+" +
           std::to_string(others) + (hit.collapsed > 0 ? " more " : " other ") +
           (others == 1 ? "article" : "articles") + " of this story</a>";
    }
    h += "</p><p class=\"snippet\">" + snippet_html(hit.snippet) + "</p></li>";
  }
  return h + "</ol>";
}

std::string pager(const SearchRequest& r, const SearchResult& res) {
  size_t pages = std::min((res.total + res.per_page - 1) / res.per_page, SearchRequest::kMaxPage);
  if (pages <= 1) {
    return "";
  }
  QueryParams base = search_params(r);
  std::string h = "<nav class=\"pager\" aria-label=\"Result pages\"><ul>";
  if (res.page > 1) {
    h += "<li><a rel=\"prev\" href=\"" + link(with_page(base, res.page - 1)) + "\">Previous</a></li>";
  }
  size_t first = res.page > 3 ? res.page - 3 : 1;
  size_t last = std::min(pages, first + 6);
  for (size_t p = first; p <= last; ++p) {
    h += p == res.page ? "<li><span aria-current=\"page\">" + std::to_string(p) + "</span></li>"
                       : "<li><a href=\"" + link(with_page(base, p)) + "\">" + std::to_string(p) + "</a></li>";
  }
  if (res.page < pages) {
    h += "<li><a rel=\"next\" href=\"" + link(with_page(base, res.page + 1)) + "\">Next</a></li>";
  }
  return h + "</ul></nav>";
}

}  // namespace

std::string render_search_page(const SearchRequest& r, const SearchResult& res, const std::vector<MonthCount>* all_months) {
  std::string title = r.query.empty() ? "All articles" : r.query;
  SearchRequest feed_request = r;
  feed_request.sort = SortOrder::kRelevance;  // a feed is always newest first
  feed_request.page = 1;
  std::string feed = link(without(search_params(feed_request), "page"), "/feed.atom");
  std::string h = page_open({.title = title, .query = r.query, .request = r, .results = true,
                             .head_extra = "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"" +
                                           html_escape(title) + " · tonle\" href=\"" + feed + "\">"});
  // Narrow screens put the filters after the results: a link at the top jumps there.
  h += "<div class=\"layout\">" + sidebar(r, res) + "<section id=\"results\" class=\"results\" aria-labelledby=\"summary\">";
  h += "<p class=\"filters-jump\"><a href=\"#filters\">Filters" +
       (r.filters.empty() && r.date_from.empty() && r.date_to.empty() ? std::string() : std::string(" (active)")) +
       "</a></p>";
  h += "<h1 id=\"summary\" class=\"summary\">" + std::string(res.exact ? "" : "At least ") +
       std::to_string(res.total) + (res.total == 1 ? " article" : " articles");
  if (!res.query.empty()) {
    h += " for <q>" + html_escape(res.query) + "</q>";  // the corrected query, when it was corrected
  }
  h += "</h1>";
  if (!res.exact) {
    h += "<p class=\"note\" role=\"status\">This search ran out of time before it had counted every "
         "match: the total and the facet counts are lower bounds. Add words or filters to narrow it.</p>";
  }
  h += notes(r, res) + render_timeline(r, res.months, all_months);
  if (res.hits.empty()) {
    h += "<p class=\"empty\">No articles match. Try fewer words, <code>mode=any</code>, or remove a filter.</p>";
  } else {
    h += hits(res, r.query) + pager(r, res);
    SearchRequest shown = r;
    shown.query = res.query;  // the corrected query when the results are the correction's
    QueryParams exp = without(search_params(shown), "page");
    exp = without(std::move(exp), "per_page");
    QueryParams csv = exp;
    csv.emplace_back("format", "csv");
    QueryParams json = exp;
    json.emplace_back("format", "json");
    h += "<p class=\"export\">Export these results: <a href=\"" + link(csv, "/export") +
         "\" download>CSV</a> · <a href=\"" + link(json, "/export") + "\" download>JSON</a>" +
         (res.total > kMaxExportedHits ? " (the first " + std::to_string(kMaxExportedHits) + " of " +
                                             std::to_string(res.total) + "; narrow the search for the rest)"
                                       : std::string(" (all ") + std::to_string(res.total) + ")") +
         " · <a href=\"" + feed + "\">Atom feed</a> of new articles</p>";
  }
  return h + "</section></div>" + page_close();
}

std::string render_error_page(const ApiError& e) {
  // People read a plain heading; the code stays for whoever reports the problem.
  std::string heading = e.status == 404   ? "Not found"
                        : e.status == 414 ? "That search is too long"
                        : e.status == 405 ? "The archive can only be read here"
                        : e.status == 429 ? "One export at a time, please"
                        : e.status == 503 ? "The archive cannot answer just now"
                        : e.status >= 500 ? "Something went wrong on our side"
                                          : "That address could not be read";
  std::string h = page_open({.title = heading, .query = "", .request = {}});
  h += "<section class=\"error\"><h1>" + html_escape(heading) + "</h1><p>" + html_escape(e.message) +
       "</p><p><a href=\"/\">Back to search</a></p><p class=\"code\">Error " + std::to_string(e.status) + " (" +
       html_escape(e.code) + ")</p></section>";
  return h + page_close();
}

}  // namespace tonle::web
