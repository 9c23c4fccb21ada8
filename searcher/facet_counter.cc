// facet_counter.cc — packed-slot and per-slot facet counting (see facet_counter.h).
#include "searcher/facet_counter.h"

#include <algorithm>

#include "core/schema.h"
#include "core/text.h"

namespace tonle {

namespace {
using CountMap = std::unordered_map<std::string, Xapian::doccount, ViewHash, std::equal_to<>>;
}  // namespace

// Counts every wanted facet from the packed slot: one value read per matching document.
class FacetCounter::PackedSpy : public Xapian::MatchSpy {
 public:
  explicit PackedSpy(const std::vector<Facet>& facets) {
    for (Facet f : facets) {
      wanted_[static_cast<size_t>(f)] = true;
    }
  }
  void operator()(const Xapian::Document& doc, double) override {
    schema::unpack_facets(doc.get_value(schema::kSlotFacetPack), [&](Facet f, std::string_view v) {
      size_t i = static_cast<size_t>(f);
      if (wanted_[i]) {
        auto it = counts_[i].find(v);
        if (it == counts_[i].end()) {
          counts_[i].emplace(std::string(v), 1);
        } else {
          ++it->second;
        }
      }
    });
  }
  std::string name() const override { return "tonle.PackedFacetSpy"; }
  const CountMap& counts(Facet f) const { return counts_[static_cast<size_t>(f)]; }

 private:
  std::array<bool, kAllFacets.size()> wanted_{};
  std::array<CountMap, kAllFacets.size()> counts_;
};

// Counts every facet from the in-memory table: a few increments per matching document.
class FacetCounter::TableSpy : public Xapian::MatchSpy {
 public:
  explicit TableSpy(std::shared_ptr<const FacetTable> table)
      : table_(std::move(table)), counts_(table_->value_count(), 0), months_(table_->months().size() + 1, 0) {}
  void operator()(const Xapian::Document& doc, double) override { add(doc.get_docid()); }
  void add(Xapian::docid did) {
    for (uint32_t id : table_->ids(did)) {
      ++counts_[id];
    }
    ++months_[table_->month_index(did)];
  }
  // By month index + 1 (FacetTable::month_index); [0] counts the undated.
  const std::vector<Xapian::doccount>& month_counts() const { return months_; }
  std::string name() const override { return "tonle.TableFacetSpy"; }
  const FacetTable& table() const { return *table_; }
  Xapian::doccount count(uint32_t id) const { return counts_[id]; }

 private:
  std::shared_ptr<const FacetTable> table_;
  std::vector<Xapian::doccount> counts_;
  std::vector<Xapian::doccount> months_;
};

unsigned facet_width(const Xapian::Database& db, Facet f) {
  if (!schema::is_multi_valued(f)) {
    return 1;
  }
  // Slots fill from 0 up: the first slot no document uses ends the range.
  unsigned w = 0;
  while (w < schema::kMaxValuesPerFacet && db.get_value_freq(schema::facet_slot(f, w)) > 0) {
    ++w;
  }
  return w;
}

FacetCounter::FacetCounter(const Xapian::Database& db, const std::vector<Facet>& facets,
                           FacetStrategy strategy) {
  dates_ = std::make_unique<Xapian::ValueCountMatchSpy>(schema::kSlotDate);
  if (strategy == FacetStrategy::kPacked) {
    packed_ = std::make_unique<PackedSpy>(facets);
    return;
  }
  for (Facet f : facets) {
    Slots s{f, {}};
    unsigned width = facet_width(db, f);
    for (unsigned i = 0; i < width; ++i) {
      spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(schema::facet_slot(f, i)));
      s.spies.push_back(spies_.back().get());
    }
    facets_.push_back(std::move(s));
  }
}

FacetCounter::FacetCounter(std::shared_ptr<const FacetTable> table)
    : table_(std::make_unique<TableSpy>(std::move(table))) {}

FacetCounter::~FacetCounter() = default;

void FacetCounter::attach(Xapian::Enquire& enquire) {
  if (packed_) {
    enquire.add_matchspy(packed_.get());
  }
  if (table_) {
    enquire.add_matchspy(table_.get());
  }
  for (auto& spy : spies_) {
    enquire.add_matchspy(spy.get());
  }
  if (dates_) {
    enquire.add_matchspy(dates_.get());
  }
}

std::vector<std::pair<uint32_t, Xapian::doccount>> FacetCounter::months() const {
  std::vector<std::pair<uint32_t, Xapian::doccount>> out;
  if (table_) {
    const std::vector<uint32_t>& months = table_->table().months();
    const std::vector<Xapian::doccount>& counts = table_->month_counts();
    for (size_t i = 0; i < months.size(); ++i) {
      if (counts[i + 1] > 0) {
        out.emplace_back(months[i], counts[i + 1]);
      }
    }
  } else if (dates_) {
    std::map<uint32_t, Xapian::doccount> by_month;  // each day's count added into its month
    for (auto it = dates_->values_begin(); it != dates_->values_end(); ++it) {
      if (auto month = schema::month_of_date_value(*it)) {
        by_month[*month] += it.get_termfreq();
      }
    }
    out.assign(by_month.begin(), by_month.end());
  }
  return out;
}

void FacetCounter::add(const DocSet& matches) {
  if (table_) {
    matches.for_each([&](Xapian::docid did) { table_->add(did); });
  }
}

std::vector<FacetValueCount> FacetCounter::counts(Facet f, size_t limit) const {
  std::vector<FacetValueCount> out;
  auto by_count = [](const FacetValueCount& a, const FacetValueCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  };
  auto finish = [&] {
    if (limit > 0 && out.size() > limit) {
      std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(limit), out.end(), by_count);
      out.resize(limit);
    } else {
      std::sort(out.begin(), out.end(), by_count);
    }
    return out;
  };
  if (table_) {
    auto [first, last] = table_->table().facet_ids(f);
    for (uint32_t id = first; id < last; ++id) {
      if (Xapian::doccount c = table_->count(id)) {
        out.push_back({table_->table().value(id), c});
      }
    }
    return finish();
  }
  if (packed_) {
    for (const auto& [value, count] : packed_->counts(f)) {
      out.push_back({value, count});
    }
    return finish();
  }
  std::map<std::string, Xapian::doccount> totals;
  for (const Slots& s : facets_) {
    if (s.facet != f) {
      continue;
    }
    for (Xapian::ValueCountMatchSpy* spy : s.spies) {
      for (auto it = spy->values_begin(); it != spy->values_end(); ++it) {
        totals[*it] += it.get_termfreq();
      }
    }
  }
  for (auto& [value, count] : totals) {
    out.push_back({value, count});
  }
  return finish();
}

}  // namespace tonle
