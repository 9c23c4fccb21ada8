// searcher_pool.cc — see searcher_pool.h.
#include "web/searcher_pool.h"

namespace tonle::web {

SearcherPool::SearcherPool(std::filesystem::path db, SearcherOptions options)
    : db_(std::move(db)), options_(options) {
  idle_.push_back(std::make_unique<Searcher>(db_, options_));
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
    s->refresh();
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
