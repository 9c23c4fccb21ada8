// searcher_test.cc — searches over the indexed corpus: phrases, alias expansion both ways,
// stemming, spelling, exact multi-select facets, sorting, modes and lenient queries.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "corpus_index.h"
#include "indexer/indexer.h"
#include "searcher/facet_table.h"
#include "searcher/searcher.h"
#include "searcher/snippets.h"
#include "test_support.h"

namespace tonle {

namespace {

constexpr const char* k000 = "000_53f979e27959f980";
constexpr const char* k001 = "001_f78e1c69674aca81";
constexpr const char* k002 = "002_a9e448d2d7f60a4d";
constexpr const char* k003 = "003_b9fbf3d9378a5c7a";
constexpr const char* k004 = "004_ad849af222343db6";

Searcher& searcher() {
  static Searcher s(testing::corpus_index());
  return s;
}

SearchResult find(std::string q, std::map<Facet, std::vector<std::string>> filters = {},
                  SearchRequest base = {}) {
  base.query = std::move(q);
  base.filters = std::move(filters);
  return searcher().search(base);
}

std::set<std::string> ids(const SearchResult& r) {
  std::set<std::string> out;
  for (const Hit& h : r.hits) {
    out.insert(h.id);
  }
  return out;
}

const FacetValue* facet_value(const SearchResult& r, Facet f, std::string_view v) {
  for (const auto& [facet, values] : r.facets) {
    if (facet == f) {
      for (const FacetValue& fv : values) {
        if (fv.value == v) {
          return &fv;
        }
      }
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a quoted name finds articles that spell it out or use its acronym", "[search][integration]") {
  SearchResult r = find("\"Human Rights Watch\"");
  CHECK(ids(r) == std::set<std::string>{k003, k004});
  REQUIRE(r.expanded.size() == 1);
  CHECK(r.expanded[0].from == "Human Rights Watch");
  // The acronym, and the Khmer spelling the gazetteer lists.
  CHECK(r.expanded[0].to == std::vector<std::string>{"HRW", "អង្គការឃ្លាំមើលសិទ្ធិមនុស្ស"});
  std::string html;
  for (const Hit& h : r.hits) {
    html += snippet_html(h.snippet);
  }
  CHECK(html.find("<mark>Human Rights Watch</mark>") != std::string::npos);
}

TEST_CASE("an acronym finds the spelled-out name, and exact turns that off", "[search][integration]") {
  CHECK(ids(find("HRW")) == std::set<std::string>{k003, k004});
  SearchRequest exact;
  exact.exact = true;
  SearchResult r = find("HRW", {}, exact);
  CHECK(ids(r) == std::set<std::string>{k003});
  CHECK(r.expanded.empty());
  // Unquoted words naming an entity expand too, and aliases from the gazetteer fold variants.
  CHECK(ids(find("CHRC")) == std::set<std::string>{k002, k004});
}

TEST_CASE("stemming for words, not for names", "[search][integration]") {
  CHECK(find("reports").total == find("report").total);
  CHECK(find("reports").total >= 4);
  CHECK(ids(find("Sokkhoeurn")) == std::set<std::string>{k001});
}

TEST_CASE("did you mean comes from the index's own vocabulary", "[search][integration]") {
  SearchRequest typed;
  typed.autocorrect = false;
  SearchResult r = find("Sokhoeurn", {}, typed);
  CHECK(r.total == 0);
  CHECK(r.did_you_mean == "Sokkhoeurn");
  CHECK(r.corrected_from.empty());
  CHECK(find("Sokkhoeurn").did_you_mean.empty());
}

TEST_CASE("when nothing matches and the correction does, the correction's results come back, marked",
          "[search][integration]") {
  SearchResult r = find("Sokhoeurn");
  CHECK(r.total == 1);
  CHECK(r.query == "Sokkhoeurn");
  CHECK(r.corrected_from == "Sokhoeurn");
  CHECK(r.did_you_mean.empty());
  CHECK(ids(r) == std::set<std::string>{k001});
}

TEST_CASE("did you mean leaves field names, short words and place names alone", "[search][integration]") {
  // An unknown field's name and value are searched as text, never "corrected" ("foo:bar" gave
  // "for:bad"); a known field without a value is no word at all ("date:" gave "hate:").
  CHECK(find("foo:bar").did_you_mean.empty());
  CHECK(find("date:").did_you_mean.empty());
  // Two edits turned "Penh" into "Open": short words get one.
  SearchResult pp = find("Phnom Penh");
  CHECK(pp.did_you_mean.find("Open") == std::string::npos);
  CHECK(pp.corrected_from.empty());
}

TEST_CASE("a repair the parser makes many times is noted once", "[search][integration]") {
  CHECK(find("((((").warnings.size() == 1);
}

TEST_CASE("site chrome is not searchable", "[search][integration]") {
  for (const char* q : {"Koh Ker", "longan", "Bodybuilders", "Limkokwing"}) {
    INFO(q);
    CHECK(find(q).total == 0);
  }
}

TEST_CASE("facet counts are exact and multi-select", "[search][facets][integration]") {
  SearchResult all = find("");
  CHECK(all.total == 5);
  CHECK(facet_value(all, Facet::kNgo, "Human Rights Watch")->count == 2);
  CHECK(facet_value(all, Facet::kYear, "2023")->count == 4);
  CHECK(facet_value(all, Facet::kSource, "Phnom Penh Post")->count == 2);

  SearchResult one = find("", {{Facet::kNgo, {"Human Rights Watch"}}});
  CHECK(one.total == 2);
  // The selected facet still counts its other values as if it were not selected...
  CHECK(facet_value(one, Facet::kNgo, "Human Rights Watch")->selected);
  CHECK(facet_value(one, Facet::kNgo, "LICADHO")->count == 1);
  CHECK_FALSE(facet_value(one, Facet::kNgo, "LICADHO")->selected);
  // ...while the other facets narrow.
  CHECK(facet_value(one, Facet::kYear, "2023")->count == 2);
  CHECK(facet_value(one, Facet::kSource, "Phnom Penh Post") == nullptr);

  // Values of one facet are ORed (an alias works as a value), facets are ANDed.
  CHECK(find("", {{Facet::kNgo, {"HRW", "LICADHO"}}}).total == 3);
  CHECK(find("", {{Facet::kNgo, {"HRW", "LICADHO"}}, {Facet::kYear, {"2021"}}}).total == 1);
  // A chosen value with no match stays visible so it can be unticked.
  SearchResult none = find("", {{Facet::kParty, {"No Such Party"}}});
  CHECK(none.total == 0);
  CHECK(facet_value(none, Facet::kParty, "No Such Party")->selected);
}

TEST_CASE("field filters in the query", "[search][integration]") {
  CHECK(ids(find("spokesperson:\"Chin Malin\"")) == std::set<std::string>{k002});
  CHECK(ids(find("year:2021..2022")) == std::set<std::string>{k002});
  CHECK(find("year:2023").total == 4);
  CHECK(ids(find("ministry:\"Foreign Ministry\" ngo:HRW")) == std::set<std::string>{k003});
  CHECK(ids(find("title:report")) == std::set<std::string>{k000, k001, k002});
  CHECK(ids(find("report -Sokkhoeurn source:\"Phnom Penh Post\"")) == std::set<std::string>{k002});
  SearchResult bad = find("year:soon report");
  CHECK_FALSE(bad.warnings.empty());
  CHECK(bad.total > 0);
}

TEST_CASE("date ranges in the query and in the request, inclusive at both ends", "[search][integration]") {
  CHECK(ids(find("date:2023-09..")) == std::set<std::string>{k003, k004});
  CHECK(ids(find("date:2023-03-24")) == std::set<std::string>{k000, k001});
  CHECK(ids(find("rights date:2021..2023-03")) == std::set<std::string>{k000, k001, k002});
  SearchRequest from;
  from.date_from = "2023-09-01";
  CHECK(ids(find("", {}, from)) == std::set<std::string>{k003, k004});
  SearchRequest to;
  to.date_to = "2023-03-24";  // a day as the end includes that day
  CHECK(ids(find("", {}, to)) == std::set<std::string>{k000, k001, k002});
  SearchRequest month;
  month.date_from = month.date_to = "2023-12";
  CHECK(ids(find("", {}, month)) == std::set<std::string>{k004});
}

TEST_CASE("a reversed date range searches the range it names and says so", "[search][integration]") {
  SearchResult q = find("date:2023..2021");
  CHECK(q.total == 5);
  REQUIRE(q.warnings.size() == 1);
  CHECK(q.warnings[0].find("backwards") != std::string::npos);
  SearchResult y = find("year:2022..2021");
  CHECK(ids(y) == std::set<std::string>{k002});
  CHECK(y.warnings.size() == 1);
  SearchRequest r;
  r.date_from = "2023-12";
  r.date_to = "2023-09";
  SearchResult req = find("", {}, r);
  CHECK(ids(req) == std::set<std::string>{k003, k004});
  REQUIRE(req.warnings.size() == 1);
  CHECK(req.warnings[0].find("date_from is after date_to") != std::string::npos);
  CHECK_FALSE(find("date:soon rights").warnings.empty());
}

TEST_CASE("a facet's values over a search, whatever their number, filtered case- and accent-insensitively",
          "[search][integration]") {
  FacetValuesRequest q{.facet = Facet::kPerson, .contains = "SOKK"};
  FacetValuesResult r = searcher().facet_values(q);
  REQUIRE(r.values.size() == 1);
  CHECK(r.values[0].value == "An Sokkhoeurn");
  CHECK(r.total_values == 1);
  CHECK(r.articles == 5);
  q.contains = "";
  q.limit = 2;
  r = searcher().facet_values(q);
  CHECK(r.values.size() == 2);
  CHECK(r.total_values > 2);
  CHECK(r.values[0].count >= r.values[1].count);
  // A selected value is kept even beyond the limit.
  q.search.filters[Facet::kPerson] = {"Keo Remy"};
  q.limit = 1;
  r = searcher().facet_values(q);
  CHECK(std::any_of(r.values.begin(), r.values.end(),
                    [](const FacetValue& v) { return v.value == "Keo Remy" && v.selected; }));
}

TEST_CASE("browsing without words lists the newest first", "[search][integration]") {
  SearchResult all = find("");
  REQUIRE(all.hits.size() == 5);
  CHECK(all.hits.front().id == k004);
  CHECK(all.hits.back().id == k002);
}

TEST_CASE("undated articles come last in either date order", "[search][integration]") {
  testing::TempDir tmp;
  auto article = [&](const std::string& name, const std::string& date) {
    testing::write_file(tmp.path() / "in" / (name + ".txt"),
                        "---\ntitle: Report " + name + "\n" + (date.empty() ? "" : "date: " + date + "\n") +
                            "source: Test Wire\n---\nThe ministry answered the report again.\n");
  };
  article("undated", "");
  article("older", "2021-05-01");
  article("newer", "2023-05-01");
  IndexOptions o{.inputs = {(tmp.path() / "in").string()}, .db = tmp.path() / "db",
                 .gazetteer_path = testing::gazetteer_path(), .threads = 1};
  REQUIRE(run_index(o).exit_code() == 0);
  Searcher s(o.db);
  auto order = [&](SortOrder sort) {
    SearchRequest r;
    r.query = "report";
    r.sort = sort;
    std::vector<std::string> out;
    for (const Hit& h : s.search(r).hits) {
      out.push_back(h.id);
    }
    return out;
  };
  CHECK(order(SortOrder::kOldest) == std::vector<std::string>{"older", "newer", "undated"});
  CHECK(order(SortOrder::kNewest) == std::vector<std::string>{"newer", "older", "undated"});
}

TEST_CASE("sorting by date and paging", "[search][integration]") {
  SearchRequest newest;
  newest.sort = SortOrder::kNewest;
  CHECK(find("", {}, newest).hits.front().id == k004);
  SearchRequest oldest;
  oldest.sort = SortOrder::kOldest;
  CHECK(find("", {}, oldest).hits.front().id == k002);
  SearchRequest paged;
  paged.per_page = 2;
  paged.page = 3;
  SearchResult p3 = find("", {}, paged);
  CHECK(p3.total == 5);
  CHECK(p3.hits.size() == 1);
  paged.page = 9999;
  CHECK(find("", {}, paged).hits.empty());
}

TEST_CASE("mode any ranks over any word, the title weighs more", "[search][integration]") {
  CHECK(find("kiwifruit Sokkhoeurn").total == 0);
  SearchRequest any;
  any.mode = MatchMode::kAny;
  CHECK(ids(find("kiwifruit Sokkhoeurn", {}, any)) == std::set<std::string>{k001});
  // "Credibility" is in 003's headline only.
  CHECK(find("credibility").hits.front().id == k003);
}

TEST_CASE("broken queries are searched leniently", "[search][integration]") {
  for (const char* q : {"\"Human Rights", "(HRW OR", "OR", "NOT", "-", "))", "ngo:", "\xFF\xFE",
                        "colour:red report", "*", "HRW*"}) {
    INFO(q);
    CHECK_NOTHROW(find(q));
  }
  CHECK(find("\"Human Rights Watch").total == 2);
  CHECK_FALSE(find("(HRW OR").warnings.empty());
}

TEST_CASE("an article comes with related articles", "[search][integration]") {
  std::optional<ArticleView> v = searcher().article(k001);
  REQUIRE(v);
  CHECK(v->article.title == "Cambodia refutes US\xE2\x80\x99 human rights report");
  REQUIRE_FALSE(v->related.empty());
  for (const Hit& h : v->related) {
    CHECK(h.id != k001);
  }
  CHECK(v->related.front().id == k000);  // the same story from another outlet
  CHECK_FALSE(searcher().article("nope"));
}

}  // namespace tonle

namespace tonle {

TEST_CASE("words known in another form get no spelling suggestion", "[search][integration]") {
  // Regression: "observer" matched "observers" through its stem but was still "corrected".
  SearchResult r = searcher().search(SearchRequest{.query = "observer"});
  CHECK(r.total > 0);
  CHECK(r.did_you_mean.empty());
}

}  // namespace tonle

namespace tonle {

TEST_CASE("mode any drops stopwords when other words are there", "[search][integration]") {
  SearchRequest any{.query = "what is the Sokkhoeurn of", .mode = MatchMode::kAny};
  CHECK(ids(searcher().search(any)) == std::set<std::string>{"001_f78e1c69674aca81"});
  SearchRequest only_stopwords{.query = "the of", .mode = MatchMode::kAny};
  CHECK(searcher().search(only_stopwords).total == 5);  // nothing else to search by
}

TEST_CASE("an export's pages hold the same hits and total without facets, snippets or suggestion",
          "[search][integration]") {
  Searcher spies(testing::corpus_index());
  Searcher table(testing::corpus_index(), {.facet_tables = std::make_shared<FacetTableCache>()});
  // Every way a search is answered: match spies, the exact set, and one ranked pass (a phrase).
  for (Searcher* s : {&spies, &table}) {
    for (const char* q : {"rights", "\"Human Rights Watch\"", "report -election"}) {
      for (bool filtered : {false, true}) {
        CAPTURE(q, filtered, s == &table);
        SearchRequest full;
        full.query = q;
        if (filtered) {
          full.filters[Facet::kYear] = {"2023"};
        }
        SearchRequest lean = full;
        lean.with_facets = false;
        lean.with_snippets = false;
        SearchResult a = s->search(full);
        SearchResult b = s->search(lean);
        CHECK(a.total == b.total);
        REQUIRE(a.hits.size() == b.hits.size());
        for (size_t i = 0; i < a.hits.size(); ++i) {
          CHECK(a.hits[i].id == b.hits[i].id);
          CHECK(b.hits[i].snippet.text.empty());
        }
        CHECK_FALSE(a.facets.empty());
        CHECK(b.facets.empty());
        CHECK(b.did_you_mean.empty());
      }
    }
  }
}

}  // namespace tonle
