// searcher_pool_test.cc — the pool lends each Searcher to one request at a time, never more at
// once than its limit, and a waiting request gets one as soon as another is given back.
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "corpus_index.h"
#include "web/searcher_pool.h"

namespace tonle::web {

TEST_CASE("no more searches run at once than the pool allows", "[web][unit]") {
  SearcherPool pool(testing::corpus_index(), {}, /*max_active=*/2);
  std::atomic<int> running{0};
  std::atomic<int> most{0};
  std::atomic<int> answered{0};  // Catch's CHECK is not thread-safe: count, check after
  SearchRequest hrw;
  hrw.query = "Human Rights Watch";
  std::vector<std::thread> requests;
  for (int i = 0; i < 8; ++i) {
    requests.emplace_back([&] {
      auto s = pool.lease();
      int now = ++running;
      int seen = most.load();
      while (now > seen && !most.compare_exchange_weak(seen, now)) {
      }
      if (s->search(hrw).total > 0) {
        ++answered;
      }
      // Hold the lease until two have been out at once (or 5 s have passed): on a loaded machine
      // the threads may otherwise start one after another and never overlap, which would say
      // nothing about the pool.
      auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
      while (most.load() < 2 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      --running;
    });
  }
  for (std::thread& t : requests) {
    t.join();
  }
  CHECK(most.load() == 2);
  CHECK(answered.load() == 8);
}

TEST_CASE("a waiting request gets the searcher given back", "[web][unit]") {
  SearcherPool pool(testing::corpus_index(), {}, /*max_active=*/1);
  std::atomic<bool> second_done{false};
  std::thread second;
  {
    auto first = pool.lease();
    second = std::thread([&] {
      auto s = pool.lease();
      second_done = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK_FALSE(second_done.load());  // waits while the only searcher is lent
  }
  second.join();
  CHECK(second_done.load());
}

}  // namespace tonle::web
