// story_search_test.cc — stories and reports as the searcher serves them, on the indexed corpus:
// 000 (EAC News) and 001 (Phnom Penh Post) report one story, 002-004 one each (issue 12).
#include <catch2/catch.hpp>
#include <set>

#include "corpus_index.h"
#include "searcher/facet_table.h"
#include "searcher/searcher.h"

namespace tonle {

namespace {

constexpr const char* k000 = "000_53f979e27959f980";
constexpr const char* k001 = "001_f78e1c69674aca81";
constexpr const char* k002 = "002_a9e448d2d7f60a4d";
constexpr const char* k003 = "003_b9fbf3d9378a5c7a";
constexpr const char* k004 = "004_ad849af222343db6";

std::vector<std::string> report_values(Searcher& s, const char* id) {
  std::vector<std::string> out;
  std::optional<ArticleView> view = s.article(id);  // (held: a range-for over a temporary's member dangles)
  REQUIRE(view);
  for (const Entity& e : view->article.entities) {
    if (e.facet == Facet::kReport) {
      out.push_back(e.value);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("000 and 001 share a story, 002 to 004 stand alone", "[search][stories][integration]") {
  Searcher s(testing::corpus_index());
  std::optional<ArticleView> a = s.article(k000);
  REQUIRE(a);
  CHECK(a->story.articles.size() == 2);
  CHECK(a->story.outlets == std::vector<std::string>{"EAC News", "Phnom Penh Post"});
  CHECK(s.article(k001)->story.id == a->story.id);
  // An article alone is a story of its own, under an id of its own.
  std::set<std::string> ids{a->story.id};
  for (const char* alone : {k002, k003, k004}) {
    std::optional<ArticleView> v = s.article(alone);
    REQUIRE(v);
    CHECK(v->story.articles.size() == 1);
    CHECK(v->story.id.size() == 9);
    ids.insert(v->story.id);
  }
  CHECK(ids.size() == 4);
}

TEST_CASE("collapse=story shows one hit per story and still counts articles", "[search][stories][integration]") {
  auto check = [](Searcher& s) {
    SearchRequest r{.query = "rights", .collapse_story = true};
    SearchResult res = s.search(r);
    CHECK(res.total == 5);  // articles, exactly
    CHECK(res.exact);
    CHECK(res.collapsed_total == 4);
    REQUIRE(res.hits.size() == 4);
    size_t collapsed = 0;
    for (const Hit& h : res.hits) {
      collapsed += h.collapsed;
      CHECK(h.story_size == (h.id == k000 || h.id == k001 ? 2 : 1));
    }
    CHECK(collapsed == 1);
    size_t sources = 0;
    for (const auto& [facet, values] : res.facets) {
      for (const FacetValue& v : values) {
        sources += facet == Facet::kSource ? v.count : 0;
      }
    }
    CHECK(sources == 5);  // facet counts stay per article
    SearchRequest plain{.query = "rights"};
    CHECK(s.search(plain).hits.size() == 5);
  };
  Searcher one_off(testing::corpus_index());
  check(one_off);
  Searcher served(testing::corpus_index(), {.facet_tables = std::make_shared<FacetTableCache>()});
  check(served);
}

TEST_CASE("the report facet names what each corpus article answers", "[search][stories][integration]") {
  Searcher s(testing::corpus_index());
  std::vector<std::string> us2022{"Country Reports on Human Rights Practices for 2022 (US Department of State)"};
  CHECK(report_values(s, k000) == us2022);
  CHECK(report_values(s, k001) == us2022);
  CHECK(report_values(s, k002) ==
        std::vector<std::string>{"Country Reports on Human Rights Practices for 2020 (US Department of State)"});
  CHECK(report_values(s, k003) == std::vector<std::string>{"Letter to the 54th session of the UN Human Rights Council"});
  CHECK(report_values(s, k004) == std::vector<std::string>{"Letters to foreign parliaments, December 2023"});
  SearchRequest r{.query = "", .filters = {{Facet::kReport, us2022}}};
  CHECK(s.search(r).total == 2);
}

}  // namespace tonle

namespace tonle {

TEST_CASE("a report's thread groups its responses by story, oldest first", "[search][stories][integration]") {
  Searcher s(testing::corpus_index());
  // Any case finds the value; the thread gives it as the articles have it.
  std::optional<ReportThread> t =
      s.report_thread("country reports on human rights practices for 2022 (us department of state)");
  REQUIRE(t);
  CHECK(t->value == "Country Reports on Human Rights Practices for 2022 (US Department of State)");
  CHECK(t->issuer == "US Department of State");
  CHECK(t->articles == 2);
  REQUIRE(t->responses.size() == 1);  // 000 and 001: one story told by two outlets
  const ReportResponse& r = t->responses[0];
  CHECK(r.articles.size() == 2);
  CHECK(r.outlets == std::vector<std::string>{"EAC News", "Phnom Penh Post"});
  CHECK(std::find(r.spokespeople.begin(), r.spokespeople.end(), "An Sokkhoeurn") != r.spokespeople.end());
  CHECK(std::find(r.bodies.begin(), r.bodies.end(), "Ministry of Foreign Affairs and International Cooperation") !=
        r.bodies.end());
  CHECK_FALSE(s.report_thread("World Report 1999 (Human Rights Watch)"));
}

}  // namespace tonle
