// pages.h — the server-rendered HTML pages: search (with facets, pagination, did-you-mean,
// expansion note and export links), article (clean text, entities as filter links, related
// articles) and error pages. Every value that came from a user or an article is escaped here
// and nowhere else; snippets arrive as data and are rendered by snippet_html(). Pages work
// without JavaScript. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "searcher/search_types.h"
#include "web/request_params.h"

namespace tonle::web {

// The results page; `all_months` (the whole archive's months) when the timeline shows shares.
std::string render_search_page(const SearchRequest& request, const SearchResult& result,
                               const std::vector<MonthCount>* all_months = nullptr);
// The article page; base_url ("http://host:port") makes its permalink absolute.
std::string render_article_page(const ArticleView& view, const std::string& base_url);
std::string render_error_page(const ApiError& error);
// The results' timeline (timeline.cc): by year, or by month over three years or less, gaps
// shown, bars linking to the search narrowed to their period; `all` (the whole archive's months)
// turns counts into shares. "" when nothing matched has a date.
std::string render_timeline(const SearchRequest& request, const std::vector<MonthCount>& months,
                            const std::vector<MonthCount>* all = nullptr);
// One facet value's page (entity_page.cc), and its address.
std::string render_entity_page(const EntityView& view);
std::string entity_href(Facet f, std::string_view value);
// A report's thread: every response to it in date order (report_page.cc).
std::string render_report_page(const ReportThread& thread);
// Every value of one facet for a search, with a filter box (facet_page.cc).
std::string render_facet_page(const FacetValuesRequest& request, const FacetValuesResult& result);

// Shared page frame (html_layout.cc).
struct PageFrame {
  std::string title;        // <title>, already plain text (escaped by the frame)
  std::string query;        // pre-filled in the header's search box
  SearchRequest request;    // sort/mode/exact selections for the header form
  bool results = false;     // a results page: a "Skip to results" link past the filters
  std::string head_extra;   // more <link> elements for <head>, already escaped
};
std::string page_open(const PageFrame& frame);
std::string page_close();
// <input type="hidden" name=… value=…>, both escaped.
std::string hidden_input(std::string_view name, std::string_view value);
// "15 Sep 2023", or "" when unknown.
std::string human_date(const std::optional<Date>& d);
// " <span class="km" lang="km">ហ៊ុន ម៉ាណែត</span>": a value's Khmer spelling beside it, "" when none.
std::string khmer_beside(std::string_view khmer);
// Display label of a facet: "Spokesperson", "Ministry / government body", "NGO", ...
std::string facet_label(Facet f);

}  // namespace tonle::web
