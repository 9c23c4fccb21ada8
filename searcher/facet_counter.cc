// facet_counter.cc — ValueCountMatchSpy-based facet counting (see facet_counter.h).
#include "searcher/facet_counter.h"

#include <algorithm>
#include <memory>

#include "core/schema.h"

namespace tonle {

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

FacetCounter::FacetCounter(const Xapian::Database& db, const std::vector<Facet>& facets) {
  for (Facet f : facets) {
    Slots s{f, {}, {}};
    unsigned width = facet_width(db, f);
    for (unsigned i = 0; i < width; ++i) {
      Xapian::valueno slot = schema::facet_slot(f, i);
      spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
      s.slots.push_back(slot);
      s.spies.push_back(spies_.back().get());
    }
    facets_.push_back(std::move(s));
  }
}

void FacetCounter::attach(Xapian::Enquire& enquire) {
  for (auto& spy : spies_) {
    enquire.add_matchspy(spy.get());
  }
}

std::vector<FacetValueCount> FacetCounter::counts(Facet f) const {
  std::map<std::string, Xapian::doccount> totals;
  for (const Slots& s : facets_) {
    if (s.facet != f) {
      continue;
    }
    for (Xapian::MatchSpy* spy : s.spies) {
      auto* counter = static_cast<Xapian::ValueCountMatchSpy*>(spy);
      for (auto it = counter->values_begin(); it != counter->values_end(); ++it) {
        totals[*it] += it.get_termfreq();
      }
    }
  }
  std::vector<FacetValueCount> out;
  for (auto& [value, count] : totals) {
    out.push_back({value, count});
  }
  std::sort(out.begin(), out.end(), [](const FacetValueCount& a, const FacetValueCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  return out;
}

}  // namespace tonle
