// facet_table.cc — see facet_table.h.
#include "searcher/facet_table.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "core/schema.h"
#include "core/text.h"

namespace tonle {

namespace {

// Values as first met, each tagged with its facet; renumbered by facet once all are known.
struct Interner {
  std::array<std::unordered_map<std::string, uint32_t, ViewHash, std::equal_to<>>, kAllFacets.size()> ids;
  std::vector<std::pair<Facet, std::string>> values;

  uint32_t intern(Facet f, std::string_view v) {
    auto& map = ids[static_cast<size_t>(f)];
    auto it = map.find(v);
    if (it != map.end()) {
      return it->second;
    }
    auto id = static_cast<uint32_t>(values.size());
    values.emplace_back(f, std::string(v));
    map.emplace(std::string(v), id);
    return id;
  }
};

}  // namespace

std::shared_ptr<const FacetTable> FacetTable::build(const Xapian::Database& db) {
  auto table = std::make_shared<FacetTable>();
  Xapian::docid last = db.get_lastdocid();
  std::vector<uint32_t> count(static_cast<size_t>(last) + 1, 0);
  Interner interner;
  std::vector<std::pair<Xapian::docid, uint32_t>> postings;  // (docid, first-met id), docid order
  postings.reserve(static_cast<size_t>(db.get_doccount()) * 8);
  for (auto it = db.valuestream_begin(schema::kSlotFacetPack); it != db.valuestream_end(schema::kSlotFacetPack); ++it) {
    Xapian::docid did = it.get_docid();
    schema::unpack_facets(*it, [&](Facet f, std::string_view v) {
      postings.emplace_back(did, interner.intern(f, v));
      ++count[did];
    });
  }
  // Renumber so each facet's values form one contiguous range.
  std::vector<uint32_t> order(interner.values.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return interner.values[a].first < interner.values[b].first;
  });
  std::vector<uint32_t> renumbered(order.size());
  table->values_.reserve(order.size());
  for (uint32_t new_id = 0; new_id < order.size(); ++new_id) {
    auto& [facet, value] = interner.values[order[new_id]];
    renumbered[order[new_id]] = new_id;
    auto& range = table->ranges_[static_cast<size_t>(facet)];
    if (range.first == range.second) {
      range.first = new_id;
    }
    range.second = new_id + 1;
    table->values_.push_back(std::move(value));
  }
  table->offsets_.resize(count.size() + 1, 0);
  for (size_t did = 0; did < count.size(); ++did) {
    table->offsets_[did + 1] = table->offsets_[did] + count[did];
  }
  table->ids_.resize(postings.size());
  std::vector<uint64_t> fill(table->offsets_.begin(), table->offsets_.end() - 1);
  for (const auto& [did, id] : postings) {
    table->ids_[fill[did]++] = renumbered[id];
  }
  table->read_months(db);
  return table;
}

void FacetTable::read_months(const Xapian::Database& db) {
  // The date slot holds "YYYYMMDD"; its first six characters name the month.
  std::vector<std::pair<Xapian::docid, uint32_t>> dated;
  for (auto it = db.valuestream_begin(schema::kSlotDate); it != db.valuestream_end(schema::kSlotDate); ++it) {
    if (auto month = schema::month_of_date_value(*it)) {
      dated.emplace_back(it.get_docid(), *month);
    }
  }
  for (const auto& d : dated) {
    months_.push_back(d.second);
  }
  std::sort(months_.begin(), months_.end());
  months_.erase(std::unique(months_.begin(), months_.end()), months_.end());
  if (months_.size() >= UINT16_MAX) {
    months_.clear();  // more than 5,000 years of months: no timeline rather than a wrong one
    return;
  }
  month_of_.assign(static_cast<size_t>(db.get_lastdocid()) + 1, 0);
  for (const auto& [did, month] : dated) {
    auto at = std::lower_bound(months_.begin(), months_.end(), month) - months_.begin();
    month_of_[did] = static_cast<uint16_t>(at + 1);
  }
}

size_t FacetTable::memory_bytes() const {
  size_t bytes = offsets_.capacity() * sizeof(uint64_t) + ids_.capacity() * sizeof(uint32_t) +
                 month_of_.capacity() * sizeof(uint16_t) + months_.capacity() * sizeof(uint32_t);
  for (const std::string& v : values_) {
    bytes += sizeof(std::string) + v.capacity();
  }
  return bytes;
}

std::shared_ptr<const FacetTable> FacetTableCache::get(const Xapian::Database& db) {
  if (db.size() != 1) {
    return nullptr;
  }
  std::string key;
  try {
    key = db.get_uuid() + "@" + std::to_string(db.get_revision());
  } catch (const Xapian::InvalidOperationError&) {
    return nullptr;  // a remote shard: no revision to key a table by
  } catch (const Xapian::UnimplementedError&) {
    return nullptr;
  }
  std::promise<std::shared_ptr<const FacetTable>> promise;
  std::shared_future<std::shared_ptr<const FacetTable>> table;
  bool builder = false;
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.key == key; });
    if (it != entries_.end()) {
      table = it->table;
    } else {
      if (entries_.size() == kKeep) {
        entries_.erase(entries_.begin());
      }
      entries_.push_back({key, promise.get_future().share()});
      table = entries_.back().table;
      builder = true;  // this thread builds it, outside the lock
    }
  }
  if (builder) {
    try {
      promise.set_value(FacetTable::build(db));
    } catch (...) {
      promise.set_exception(std::current_exception());
      std::lock_guard<std::mutex> lock(mu_);
      std::erase_if(entries_, [&](const Entry& e) { return e.key == key; });  // the next ask retries
    }
  }
  return table.get();
}

}  // namespace tonle
