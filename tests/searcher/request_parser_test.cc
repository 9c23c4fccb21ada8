// request_parser_test.cc — the one parser of search requests (searcher/request_parser.h) that the
// API, the CLI and the benchmark share.
#include <catch2/catch.hpp>

#include "searcher/request_parser.h"

using namespace tonle;

namespace {
RequestError error_of(const RequestParams& p) {
  auto parsed = parse_search_request(p);
  REQUIRE(std::holds_alternative<RequestError>(parsed));
  return std::get<RequestError>(parsed);
}
}  // namespace

TEST_CASE("a request's words, filters, sort, dates and page are read", "[request][unit]") {
  auto r = std::get<SearchRequest>(parse_search_request(
      {{"q", "land rights"}, {"ngo", "LICADHO"}, {"ngo", " ADHOC "}, {"ngo", "  "}, {"sort", "newest"},
       {"date_from", "2023-09"}, {"page", "0"}, {"per_page", "500"}, {"exact", "on"}, {"colour", "red"}}));
  CHECK(r.query == "land rights");
  CHECK(r.filters[Facet::kNgo] == std::vector<std::string>{"LICADHO", "ADHOC"});
  CHECK(r.sort == SortOrder::kNewest);
  CHECK(r.date_from == "2023-09");
  CHECK(r.page == 1);                               // page=0 is the first page
  CHECK(r.per_page == SearchRequest::kMaxPerPage);  // capped, not refused
  CHECK(r.exact);
}

TEST_CASE("an error names the parameter and what was wrong with it", "[request][unit]") {
  RequestError date = error_of({{"date_to", "2023-02-30x"}});
  CHECK(date.code == "invalid_parameter");
  CHECK(date.parameter == "date_to");
  CHECK(date.message() == "date_to must be a year, a month or a day (2023, 2023-03 or 2023-03-15), not \"2023-02-30x\"");
  CHECK(error_of({{"mode", "most"}}).message() == "mode must be all or any, not \"most\"");
  CHECK(error_of({{"page", "10001"}}).parameter == "page");
  CHECK(error_of({{"facet_limit", "-1"}}).parameter == "facet_limit");
  CHECK(error_of({{"q", std::string(5000, 'a')}}).code == "query_too_long");
  RequestError encoding = error_of({{"person", "\xC3\x28"}});
  CHECK(encoding.code == "invalid_encoding");
  CHECK(encoding.parameter == "person");
  CHECK(error_of({{"ngo", std::string(301, 'a')}}).parameter == "ngo");
}

TEST_CASE("a facet's values request: an unknown facet lists the real ones", "[request][unit]") {
  auto unknown = parse_facet_values_request("outlet", {});
  REQUIRE(std::holds_alternative<RequestError>(unknown));
  CHECK(std::get<RequestError>(unknown).code == "not_found");
  CHECK(std::get<RequestError>(unknown).message().find("spokesperson, ministry, ngo") != std::string::npos);
  auto ok = std::get<FacetValuesRequest>(
      parse_facet_values_request("person", {{"q", "rights"}, {"contains", "sokk"}, {"limit", "5"}}));
  CHECK(ok.facet == Facet::kPerson);
  CHECK(ok.contains == "sokk");
  CHECK(ok.limit == 5);
  CHECK(ok.search.query == "rights");
  auto limit = parse_facet_values_request("person", {{"limit", "0"}});
  REQUIRE(std::holds_alternative<RequestError>(limit));
  CHECK(std::get<RequestError>(limit).parameter == "limit");
}

namespace tonle {

TEST_CASE("collapse=story asks for one hit per story, anything else is an error", "[request][unit]") {
  CHECK(std::get<SearchRequest>(parse_search_request({{"collapse", "story"}})).collapse_story);
  CHECK_FALSE(std::get<SearchRequest>(parse_search_request({{"collapse", "none"}})).collapse_story);
  CHECK_FALSE(std::get<SearchRequest>(parse_search_request({{"q", "x"}})).collapse_story);
  RequestError e = error_of({{"collapse", "outlet"}});
  CHECK(e.parameter == "collapse");
  CHECK(e.message() == "collapse must be story or none, not \"outlet\"");
}

}  // namespace tonle
