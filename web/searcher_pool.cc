// searcher_pool.cc — see searcher_pool.h.
#include "web/searcher_pool.h"

#include <algorithm>
#include <thread>

namespace tonle::web {

SearcherPool::SearcherPool(std::filesystem::path db, SearcherOptions options, size_t max_active)
    : db_(std::move(db)),
      options_(std::move(options)),
      max_active_(max_active ? max_active : std::max(1u, std::thread::hardware_concurrency())) {
  if (!options_.facet_tables) {
    options_.facet_tables = std::make_shared<FacetTableCache>();
  }
  idle_.push_back(std::make_unique<Searcher>(db_, options_));
  created_ = 1;
  idle_.back()->warm_up();
}

SearcherPool::Lease SearcherPool::lease() {
  return lease(std::chrono::steady_clock::time_point::max());
}

SearcherPool::Lease SearcherPool::lease(std::chrono::steady_clock::time_point deadline) {
  std::unique_ptr<Searcher> s;
  {
    std::unique_lock<std::mutex> lock(mu_);
    auto ready = [&] { return !idle_.empty() || created_ < max_active_; };
    ++waiting_;
    bool got = true;
    if (deadline == std::chrono::steady_clock::time_point::max()) {
      returned_.wait(lock, ready);
    } else {
      got = returned_.wait_until(lock, deadline, ready);
    }
    --waiting_;
    if (!got) {
      throw Busy("every search slot stayed busy for the request's whole time budget");
    }
    if (!idle_.empty()) {
      s = std::move(idle_.back());
      idle_.pop_back();
    } else {
      ++created_;
    }
  }
  try {
    if (s) {
      s->refresh();  // a new revision's facet table is built by the first search that needs it
    } else {
      s = std::make_unique<Searcher>(db_, options_);  // opened outside the lock
    }
  } catch (...) {
    give_back(std::move(s));  // keep the slot: a Searcher that failed to refresh is still usable
    throw;
  }
  return Lease(*this, std::move(s));
}

SearcherPool::Load SearcherPool::load() {
  std::lock_guard<std::mutex> lock(mu_);
  return Load{.active = created_ - idle_.size(), .waiting = waiting_, .limit = max_active_};
}

void SearcherPool::give_back(std::unique_ptr<Searcher> s) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (s) {
      idle_.push_back(std::move(s));
    } else {
      --created_;  // it was never opened: free its slot
    }
  }
  returned_.notify_one();
}

}  // namespace tonle::web
