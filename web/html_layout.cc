// html_layout.cc — the frame every page shares: head, header with the search form, footer.
#include <array>

#include "core/text.h"
#include "web/pages.h"

namespace tonle::web {

namespace {

std::string option(std::string_view value, std::string_view label, bool selected) {
  return "<option value=\"" + html_escape(value) + "\"" + (selected ? " selected" : "") + ">" +
         html_escape(label) + "</option>";
}

// What the header's search form carries besides the words, so a new query keeps the ticked
// facets and the dates: the URL, not the page, holds the search's state.
std::string carried_state(const SearchRequest& r) {
  std::string h;
  for (const auto& [facet, values] : r.filters) {
    for (const std::string& v : values) {
      h += hidden_input(facet_name(facet), v);
    }
  }
  if (!r.date_from.empty()) {
    h += hidden_input("date_from", r.date_from);
  }
  if (!r.date_to.empty()) {
    h += hidden_input("date_to", r.date_to);
  }
  return h;
}

}  // namespace

std::string hidden_input(std::string_view name, std::string_view value) {
  return "<input type=\"hidden\" name=\"" + html_escape(name) + "\" value=\"" + html_escape(value) + "\">";
}

std::string human_date(const std::optional<Date>& d) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (!d) {
    return "";
  }
  return std::to_string(d->day) + " " + std::string(kMonths[d->month - 1]) + " " +
         std::to_string(d->year);
}

std::string khmer_beside(std::string_view khmer) {
  return khmer.empty() ? "" : " <span class=\"km\" lang=\"km\">" + html_escape(khmer) + "</span>";
}

std::string facet_label(Facet f) { return std::string(facet_info(f).label); }

std::string page_open(const PageFrame& f) {
  const SearchRequest& r = f.request;
  std::string h =
      "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>" + html_escape(f.title) + " · tonle</title>"
      "<link rel=\"stylesheet\" href=\"/static/app.css\">"
      "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">"
      "<link rel=\"search\" type=\"application/opensearchdescription+xml\" title=\"tonle\" "
      "href=\"/opensearch.xml\">" + f.head_extra +
      "<script src=\"/static/app.js\" defer></script></head>\n<body>"
      "<a class=\"skip\" href=\"#main\">Skip to content</a>" +
      std::string(f.results ? "<a class=\"skip\" href=\"#results\">Skip to results</a>" : "") +
      "<header class=\"top\"><a class=\"brand\" href=\"/\">tonle</a>"
      "<form class=\"search\" role=\"search\" action=\"/search\" method=\"get\">"
      "<label for=\"q\" class=\"visually-hidden\">Search the archive</label>"
      "<input id=\"q\" name=\"q\" type=\"search\" value=\"" + html_escape(f.query) +
      "\" placeholder=\"e.g. &quot;Human Rights Watch&quot; or ministry:Justice\" "
      "autocomplete=\"off\" maxlength=\"4096\">"
      "<button type=\"submit\">Search</button>"
      "<div class=\"options\">"
      "<label for=\"sort\">Sort</label><select id=\"sort\" name=\"sort\">" +
      option("relevance", "Relevance", r.sort == SortOrder::kRelevance) +
      option("newest", "Newest first", r.sort == SortOrder::kNewest) +
      option("oldest", "Oldest first", r.sort == SortOrder::kOldest) +
      "</select><label for=\"mode\">Match</label><select id=\"mode\" name=\"mode\">" +
      option("all", "All words", r.mode == MatchMode::kAll) +
      option("any", "Any word (ranked)", r.mode == MatchMode::kAny) +
      "</select><label class=\"check\"><input type=\"checkbox\" name=\"exact\" value=\"1\"" +
      (r.exact ? " checked" : "") + "> Exact (no acronym expansion)</label>" +
      "<label class=\"check\"><input type=\"checkbox\" name=\"collapse\" value=\"story\"" +
      (r.collapse_story ? " checked" : "") + "> One hit per story</label></div>" + carried_state(r) +
      "</form></header>\n<main id=\"main\">";
  return h;
}

std::string page_close() {
  return "</main>\n<footer class=\"bottom\"><p>tonle searches a news archive of how the Cambodian "
         "government answers human-rights reports. Query help: words are ANDed; "
         "<code>\"phrase\"</code>, <code>OR</code>, <code>-word</code>, "
         "<code>ngo:HRW</code>, <code>year:2021..2023</code>, <code>date:2023-03..2023-09</code>, "
         "<code>title:report</code>.</p>"
         "</footer></body></html>\n";
}

}  // namespace tonle::web
