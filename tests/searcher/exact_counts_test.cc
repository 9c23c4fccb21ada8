// exact_counts_test.cc — counts are exact, or the answer says they are not: when Xapian's time
// limit stops the matcher before it has seen every match, SearchResult::exact is false. Over a
// few thousand articles, with a time limit of a nanosecond, every counting path is cut short.
#include <catch2/catch.hpp>

#include "indexer/indexer.h"
#include "searcher/searcher.h"
#include "test_support.h"

namespace tonle {

namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += s;
  }
  return out;
}

std::filesystem::path build_index(const testing::TempDir& tmp) {
  for (int i = 0; i < 3000; ++i) {
    testing::write_file(tmp.path() / "in" / ("a" + std::to_string(i) + ".txt"),
                        "Ministry answers report " + std::to_string(i) +
                            "\nThe ministry spokesman said the human rights report was biased. Item " +
                            std::to_string(i) + " of the archive." +
                            // Lengths and frequencies differ, so weights do: a matcher out of
                            // time drops what cannot reach the page.
                            repeat(" The report was long.", i % 13) + repeat(" Filler words here.", i % 7));
  }
  IndexOptions o{.inputs = {(tmp.path() / "in").string()}, .db = tmp.path() / "db",
                 .gazetteer_path = testing::gazetteer_path(), .threads = 2};
  REQUIRE(run_index(o).exit_code() == 0);
  return o.db;
}

}  // namespace

// Hidden from CI ("[.]"; run it with `searcher_test "[exact]"`): with a time limit this small,
// Xapian 1.4's timer, which fires on a thread of its own, can go off after its match has ended
// and write into freed memory (seen as a crash inside ICU in a later snippet, under load). With
// the default 2 s limit the window is a match ending within microseconds of the limit.
TEST_CASE("unhurried searches say their counts are exact", "[searcher][exact][integration]") {
  testing::TempDir tmp;
  std::filesystem::path db = build_index(tmp);
  Searcher patient(db, {.time_limit_seconds = 10, .facet_tables = std::make_shared<FacetTableCache>()});
  for (const char* q : {"\"human rights report\"", "ministry", "report -biased"}) {
    INFO(q);
    SearchRequest r;
    r.query = q;
    SearchResult whole = patient.search(r);
    CHECK(whole.exact);
    CHECK(whole.total == (std::string(q) == "report -biased" ? 0u : 3000u));
  }
}

TEST_CASE("a query stopped by its time limit says its counts are not exact", "[.][searcher][exact][integration]") {
  testing::TempDir tmp;
  std::filesystem::path db = build_index(tmp);
  auto tables = std::make_shared<FacetTableCache>();
  for (const char* q : {"\"human rights report\"", "ministry", "report -biased"}) {
    INFO(q);
    SearchRequest r;
    r.query = q;
    Searcher patient(db, {.time_limit_seconds = 10, .facet_tables = tables});
    SearchResult whole = patient.search(r);
    CHECK(whole.exact);
    CHECK(whole.total == (std::string(q) == "report -biased" ? 0u : 3000u));

    for (bool with_table : {true, false}) {
      INFO("facet table: " << with_table);
      Searcher hasty(db, {.time_limit_seconds = 1e-6, .facet_tables = with_table ? tables : nullptr});
      // Xapian's timer fires on a thread of its own, so whether it stops one match in time
      // depends on the machine: among many tries some must be cut short (a phrase over 3,000
      // articles takes milliseconds), and every answer is exact or says it is not.
      bool cut_short = false;
      for (int attempt = 0; attempt < 200 && !cut_short; ++attempt) {
        SearchResult cut = hasty.search(r);
        CHECK((cut.exact ? cut.total == whole.total : cut.total <= whole.total));
        cut_short = !cut.exact;
      }
      if (std::string(q) == "\"human rights report\"") {
        CHECK(cut_short);
      }
    }
  }
}

}  // namespace tonle
