// request_params_test.cc — HTTP parameters to SearchRequest, and the parameters refused.
#include <catch2/catch.hpp>

#include "web/pages.h"
#include "web/request_params.h"
#include "web/url.h"

namespace tonle::web {

TEST_CASE("search parameters become a request", "[params][unit]") {
  Params p = {{"q", "\"Human Rights Watch\""}, {"ngo", "HRW"}, {"ngo", "LICADHO"},
              {"year", "2023"}, {"sort", "newest"}, {"mode", "any"}, {"exact", "1"},
              {"page", "2"}, {"per_page", "500"}, {"utm_source", "x"}};
  auto r = std::get<SearchRequest>(parse_search_params(p));
  CHECK(r.query == "\"Human Rights Watch\"");
  CHECK(r.filters[Facet::kNgo] == std::vector<std::string>{"HRW", "LICADHO"});
  CHECK(r.filters[Facet::kYear] == std::vector<std::string>{"2023"});
  CHECK(r.sort == SortOrder::kNewest);
  CHECK(r.mode == MatchMode::kAny);
  CHECK(r.exact);
  CHECK(r.page == 2);
  CHECK(r.per_page == SearchRequest::kMaxPerPage);  // capped
}

TEST_CASE("bad parameters are refused with a named error", "[params][unit]") {
  auto [key, value, code] = GENERATE(table<std::string, std::string, std::string>({
      {"page", "-1", "invalid_parameter"},
      {"date_from", "2023-02-30", "invalid_parameter"},
      {"date_to", "last week", "invalid_parameter"},
      {"page", "99999999999999999999", "invalid_parameter"},
      {"page", "2x", "invalid_parameter"},
      {"per_page", "-5", "invalid_parameter"},
      {"sort", "random", "invalid_parameter"},
      {"mode", "some", "invalid_parameter"},
      {"q", "caf\xE9", "invalid_encoding"},
      {"q", std::string(5000, 'a'), "query_too_long"},
      {"ngo", std::string(400, 'x'), "invalid_parameter"},
  }));
  CAPTURE(key, value.substr(0, 40));
  auto r = parse_search_params(Params{{key, value}});
  REQUIRE(std::holds_alternative<ApiError>(r));
  CHECK(std::get<ApiError>(r).code == code);
  CHECK(std::get<ApiError>(r).status >= 400);
  CHECK(std::get<ApiError>(r).status < 500);
}

TEST_CASE("page=0 is the first page", "[params][unit]") {
  auto r = std::get<SearchRequest>(parse_search_params(Params{{"page", "0"}}));
  CHECK(r.page == 1);
}

TEST_CASE("date_from and date_to are kept as written and round-trip", "[params][unit]") {
  auto r = std::get<SearchRequest>(parse_search_params(Params{{"date_from", " 2023-09 "}, {"date_to", "2023-12-31"}}));
  CHECK(r.date_from == "2023-09");
  CHECK(r.date_to == "2023-12-31");
  CHECK(to_query_string(search_params(r)) == "q=&date_from=2023-09&date_to=2023-12-31");
  auto open = std::get<SearchRequest>(parse_search_params(Params{{"date_from", ""}}));
  CHECK(open.date_from.empty());
}

TEST_CASE("article ids are checked", "[params][unit]") {
  CHECK(valid_article_id("001_f78e1c69674aca81"));
  CHECK(valid_article_id("a b \xC3\xA9"));
  CHECK(valid_article_id("business/001"));
  CHECK(valid_article_id("caf%E9-report"));
  CHECK_FALSE(valid_article_id("../etc/passwd"));
  CHECK_FALSE(valid_article_id("business/../x"));
  CHECK_FALSE(valid_article_id("business//001"));
  CHECK_FALSE(valid_article_id("/001"));
  CHECK_FALSE(valid_article_id("a\\b"));
  CHECK_FALSE(valid_article_id(".."));
  CHECK_FALSE(valid_article_id(""));
  CHECK_FALSE(valid_article_id(std::string("a\0b", 3)));
  CHECK_FALSE(valid_article_id(std::string(201, 'a')));
}

TEST_CASE("URLs round-trip a request", "[params][unit]") {
  SearchRequest r;
  r.query = "a&b=c \"d\"";
  r.filters[Facet::kNgo] = {"Human Rights Watch"};
  r.page = 3;
  CHECK(to_query_string(search_params(r)) == "q=a%26b%3Dc%20%22d%22&ngo=Human%20Rights%20Watch&page=3");
  CHECK(url_encode("\xE1\x9E\x80") == "%E1%9E%80");
}

TEST_CASE("a search page whose counts are not exact says so", "[pages][unit]") {
  SearchRequest r;
  r.query = "\"human rights\"";
  SearchResult res;
  res.total = 1234;
  CHECK(render_search_page(r, res).find("At least") == std::string::npos);
  res.exact = false;
  std::string page = render_search_page(r, res);
  CHECK(page.find("At least 1234 articles") != std::string::npos);
  CHECK(page.find("lower bounds") != std::string::npos);
}

TEST_CASE("without JavaScript, a new query from the header keeps the facets and dates", "[pages][unit]") {
  SearchRequest r;
  r.query = "land";
  r.sort = SortOrder::kNewest;
  r.filters[Facet::kNgo] = {"LICADHO"};
  r.date_from = "2023-09";
  SearchResult res;
  res.total = 3;
  std::string page = render_search_page(r, res);
  std::string header = page.substr(0, page.find("</header>"));
  CHECK(header.find("<input type=\"hidden\" name=\"ngo\" value=\"LICADHO\">") != std::string::npos);
  CHECK(header.find("<input type=\"hidden\" name=\"date_from\" value=\"2023-09\">") != std::string::npos);
  // The chips: one per filter, the dates, and "clear all" keeping the words and the sort.
  CHECK(page.find("Published: from 2023-09") != std::string::npos);
  CHECK(page.find("href=\"/search?q=land&amp;sort=newest\">Clear all filters") != std::string::npos);
  // The dates are fields of the filter form.
  CHECK(page.find("id=\"date_from\" name=\"date_from\" value=\"2023-09\"") != std::string::npos);
}

TEST_CASE("pages have one h1, a way past the filters, and error pages in plain words", "[pages][unit]") {
  SearchRequest r;
  r.query = "land";
  SearchResult res;
  res.total = 2;
  std::string page = render_search_page(r, res);
  CHECK(page.find("<h1 id=\"summary\"") != std::string::npos);
  CHECK(page.find("href=\"#results\">Skip to results</a>") != std::string::npos);
  CHECK(page.find("<a href=\"#filters\">Filters</a>") != std::string::npos);
  std::string error = render_error_page(make_error("invalid_parameter", "page must be a whole number"));
  CHECK(error.find("<h1>That address could not be read</h1>") != std::string::npos);
  CHECK(error.find("400 — invalid_parameter") == std::string::npos);
}

}  // namespace tonle::web
