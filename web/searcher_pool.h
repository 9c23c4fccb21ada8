// searcher_pool.h — hands each request a Searcher of its own: Xapian databases are not
// thread-safe, so the pool keeps one Searcher (one Database) per concurrently running request
// and lends them out with a RAII lease. At most `max_active` are lent at once (searching is CPU
// work: more at once than there are cores only makes every request slower, a heavy one most);
// further requests wait their turn in lease(), for at most the request's time budget. A lent Searcher is refreshed first, so a rebuilt or
// updated index is picked up without a restart. All its Searchers share one FacetTableCache, so
// the index's facet table is built once (at start-up, and again per new revision). Thread-safe.
#pragma once

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

#include "searcher/searcher.h"

namespace tonle::web {

class SearcherPool {
 public:
  // Opens one Searcher now so a missing index fails at start-up (throws SearchError).
  // max_active 0: one per core.
  SearcherPool(std::filesystem::path db, SearcherOptions options, size_t max_active = 0);

  class Lease {
   public:
    Lease(SearcherPool& pool, std::unique_ptr<Searcher> s) : pool_(pool), s_(std::move(s)) {}
    ~Lease() { pool_.give_back(std::move(s_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Searcher& operator*() { return *s_; }
    Searcher* operator->() { return s_.get(); }

   private:
    SearcherPool& pool_;
    std::unique_ptr<Searcher> s_;
  };

  // No Searcher came free before the request's deadline: the server is overloaded.
  struct Busy : std::runtime_error {
    using std::runtime_error::runtime_error;
  };

  // How busy the pool is right now: Searchers lent out, requests waiting for one, and the limit.
  struct Load {
    size_t active = 0;
    size_t waiting = 0;
    size_t limit = 0;
  };
  Load load();

  // Waits as long as it takes for a Searcher.
  Lease lease();
  // Waits until `deadline` at most; throws Busy after it. Both throw SearchError if a new
  // Searcher cannot open the index.
  Lease lease(std::chrono::steady_clock::time_point deadline);

 private:
  void give_back(std::unique_ptr<Searcher> s);

  std::filesystem::path db_;
  SearcherOptions options_;
  size_t max_active_;
  std::mutex mu_;
  std::condition_variable returned_;
  size_t created_ = 0;  // Searchers in existence, idle or lent
  size_t waiting_ = 0;  // lease() calls waiting for one
  std::vector<std::unique_ptr<Searcher>> idle_;
};

}  // namespace tonle::web
