// result_json_test.cc — the search answer written straight into text is byte for byte the
// nlohmann object's dump(), on real searches of the corpus and on results made up to hold every
// character JSON escapes.
#include <catch2/catch.hpp>

#include "corpus_index.h"
#include "searcher/result_json.h"
#include "searcher/searcher.h"

namespace tonle {

TEST_CASE("search_json_text is search_json's dump on corpus searches", "[json][unit]") {
  static Searcher s(testing::corpus_index());
  auto q = GENERATE(as<std::string>{}, "human rights", "\"Human Rights Watch\"", "HRW", "rihgts report",
                    "zzzqqq", "ក្រសួង", "spokesperson:\"An Sokkhoeurn\" report", "date:2023", "");
  SearchRequest req;
  req.query = q;
  SearchResult r = s.search(req);
  CAPTURE(q);
  CHECK(search_json_text(r) == search_json(r).dump());
  req.filters[Facet::kNgo] = {"Human Rights Watch", "No Such Group"};
  req.page = 2;
  r = s.search(req);
  CHECK(search_json_text(r) == search_json(r).dump());
}

TEST_CASE("search_json_text escapes as nlohmann does", "[json][unit]") {
  SearchResult r;
  r.query = "quote \" backslash \\ tab \t newline \n bell \x07 del \x7F Khmer \xE1\x9E\x80 \xE2\x80\x9C";
  r.total = 3;
  r.exact = false;
  r.did_you_mean = "a \"b\"";
  r.warnings = {"w1", "w\x01"};
  r.expanded = {{"HRW", {"Human Rights Watch", "H.R.W."}}};
  Hit h{.id = "x/1", .title = "T \"t\"", .source = "", .url = "https://e.example/?a=1&b=<2>", .score = 12.125};
  h.snippet.text = "a <b> & c";
  h.snippet.highlights = {{2, 5}};
  r.hits = {h, Hit{.id = "y", .date = Date{2023, 3, 1}, .score = 1.0 / 3}};
  r.facets = {{Facet::kYear, {{"2023", 2, true, ""}}}, {Facet::kSpokesperson, {{"Hun Manet", 1, false, "ហ៊ុន ម៉ាណែត"}}},
              {Facet::kNgo, {}}};
  r.months = {{.year = 2021, .month = 4, .count = 1}, {.year = 2023, .month = 12, .count = 20}};
  CHECK(search_json_text(r) == search_json(r).dump());
  r.query = "ill-formed \xC3\x28";
  CHECK(search_json_text(r) == search_json(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace tonle
