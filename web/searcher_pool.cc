// searcher_pool.cc — see searcher_pool.h.
#include "web/searcher_pool.h"

namespace tonle::web {

SearcherPool::SearcherPool(std::filesystem::path db, SearcherOptions options)
    : db_(std::move(db)), options_(std::move(options)) {
  if (!options_.facet_tables) {
    options_.facet_tables = std::make_shared<FacetTableCache>();
  }
  idle_.push_back(std::make_unique<Searcher>(db_, options_));
  idle_.back()->warm_up();
}

SearcherPool::Lease SearcherPool::lease() {
  std::unique_ptr<Searcher> s;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      s = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (s) {
    s->refresh();  // a new revision's facet table is built by the first search that needs it
  } else {
    s = std::make_unique<Searcher>(db_, options_);  // opened outside the lock
  }
  return Lease(*this, std::move(s));
}

void SearcherPool::give_back(std::unique_ptr<Searcher> s) {
  if (!s) {
    return;
  }
  std::lock_guard<std::mutex> lock(mu_);
  idle_.push_back(std::move(s));
}

}  // namespace tonle::web
