// searcher_pool.h — hands each request a Searcher of its own: Xapian databases are not
// thread-safe, so the pool keeps one Searcher (one Database) per concurrently running request
// and lends them out with a RAII lease. A lent Searcher is refreshed first, so a rebuilt or
// updated index is picked up without a restart. All its Searchers share one FacetTableCache, so
// the index's facet table is built once (at start-up, and again per new revision). Thread-safe.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "searcher/searcher.h"

namespace tonle::web {

class SearcherPool {
 public:
  // Opens one Searcher now so a missing index fails at start-up (throws SearchError).
  SearcherPool(std::filesystem::path db, SearcherOptions options);

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

  Lease lease();

 private:
  void give_back(std::unique_ptr<Searcher> s);

  std::filesystem::path db_;
  SearcherOptions options_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Searcher>> idle_;
};

}  // namespace tonle::web
