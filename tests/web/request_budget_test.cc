// request_budget_test.cc — one time budget per request: a Searcher that does not come free in
// time is a refusal (Busy), not an endless wait; an export stops searching pages at its
// deadline and says it is incomplete; exports are let in one per address and a few in all.
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "corpus_index.h"
#include "web/export.h"
#include "web/export_gate.h"
#include "web/searcher_pool.h"

namespace tonle::web {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

TEST_CASE("a request that cannot get a Searcher within its budget is refused", "[web][budget][unit]") {
  SearcherPool pool(testing::corpus_index(), {}, /*max_active=*/1);
  auto held = pool.lease();
  auto start = Clock::now();
  CHECK_THROWS_AS(pool.lease(Clock::now() + 150ms), SearcherPool::Busy);
  double waited = std::chrono::duration<double>(Clock::now() - start).count();
  CHECK(waited >= 0.14);
  CHECK(waited < 1.0);
}

TEST_CASE("an export stops at its deadline and says it is incomplete", "[web][budget][unit]") {
  size_t pages = 0;
  size_t page_size = 0;
  auto slow_page = [&](const SearchRequest& r) {
    ++pages;
    page_size = r.per_page;
    std::this_thread::sleep_for(50ms);
    SearchResult out;
    out.hits.resize(r.per_page);  // always a full page: there would be more
    return out;
  };
  CollectedHits got = collect_hits(slow_page, SearchRequest{}, {.deadline = Clock::now() + 120ms});
  CHECK_FALSE(got.complete);
  // Pages start at about 0, 50 and 100 ms; a loaded machine (CI's sanitizer run) may start fewer
  // before the deadline, but never more, and never goes on to the cap of a hundred pages.
  CHECK(pages >= 1);
  CHECK(pages <= 3);
  CHECK(got.hits.size() == pages * page_size);

  pages = 0;
  got = collect_hits(slow_page, SearchRequest{}, {.max_hits = 250});
  CHECK(got.complete);
  CHECK(got.hits.size() == 250);
  CHECK(pages == 3);
}

TEST_CASE("exports are let in one per address and a few in all", "[web][budget][unit]") {
  ExportGate gate(/*max_total=*/2, /*max_per_address=*/1);
  auto a = gate.try_enter("10.0.0.1");
  REQUIRE(a);
  CHECK_FALSE(gate.try_enter("10.0.0.1"));  // the same client, one at a time
  auto b = gate.try_enter("10.0.0.2");
  REQUIRE(b);
  CHECK_FALSE(gate.try_enter("10.0.0.3"));  // every slot taken
  a.reset();
  CHECK(gate.try_enter("10.0.0.3"));
  CHECK(gate.try_enter("10.0.0.1"));  // its own export finished
}

}  // namespace tonle::web
