// report_page.cc — a report's thread (/reports/{value}): who issued it, then every response in
// date order with the bodies and spokespeople who answered and the outlets that covered it.
#include "core/text.h"
#include "web/pages.h"
#include "web/url.h"

namespace tonle::web {

namespace {

std::string linked(Facet f, const std::vector<std::string>& values) {
  std::vector<std::string> links;
  for (const std::string& v : values) {
    links.push_back("<a href=\"" + html_escape(entity_href(f, v)) + "\">" + html_escape(v) + "</a>");
  }
  return join(links, ", ");
}

}  // namespace

std::string render_report_page(const ReportThread& t) {
  std::string h = page_open({.title = t.value, .query = "", .request = {}});
  h += "<section class=\"entity report-thread\"><h1>" + html_escape(t.value) + "</h1><p class=\"summary\">";
  if (!t.issuer.empty()) {
    h += "Issued by " + html_escape(t.issuer) + ". ";  // (a body of any facet: no page to guess)
  }
  QueryParams all{{"q", ""}, {"report", t.value}, {"sort", "oldest"}};
  h += "Answered in <a href=\"" + html_escape("/search?" + to_query_string(all)) + "\">" +
       std::to_string(t.articles) + (t.articles == 1 ? " article" : " articles") + "</a>";
  size_t shown = 0;
  for (const ReportResponse& r : t.responses) {
    shown += r.articles.size();
  }
  if (shown < t.articles) {
    h += " (the oldest " + std::to_string(shown) + " below)";
  }
  h += ".</p><h2>Responses</h2><ol class=\"responses\">";
  for (const ReportResponse& r : t.responses) {
    h += "<li><p class=\"meta\">" + (r.date ? "<time datetime=\"" + to_iso(*r.date) + "\">" + human_date(r.date) + "</time>"
                                             : std::string("Undated"));
    if (!r.spokespeople.empty()) {
      h += " · " + linked(Facet::kSpokesperson, r.spokespeople);
    }
    if (!r.bodies.empty()) {
      h += " for " + html_escape(join(r.bodies, ", "));
    }
    h += "</p><ul>";
    for (const Hit& a : r.articles) {
      h += "<li><a href=\"/articles/" + html_escape(url_encode(a.id)) + "\">" +
           html_escape(a.title.empty() ? a.id : a.title) + "</a> <span class=\"meta\">" +
           html_escape(a.source.empty() ? "Unknown outlet" : a.source) + "</span></li>";
    }
    h += "</ul>";
    if (r.outlets.size() > 1) {
      h += "<p class=\"note\">Covered by " + html_escape(join(r.outlets, ", ")) + ".</p>";
    }
    h += "</li>";
  }
  return h + "</ol></section>" + page_close();
}

}  // namespace tonle::web
