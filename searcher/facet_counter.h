// facet_counter.h — exact facet counts over every document a query matches, using only
// Xapian's built-in ValueCountMatchSpy (one per value slot; see core/schema.h for why the slots
// of a multi-valued facet add up to per-article counts). Because built-in spies serialise and
// merge, the same code counts correctly over shards served by xapian-tcpsrv.
//
// Usage: construct, attach() to an Enquire, run get_mset with check_at_least = doc count, then
// read counts(). Owns its spies; one FacetCounter per query; not thread-safe.
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/article.h"

namespace tonle {

struct FacetValueCount {
  std::string value;
  Xapian::doccount count = 0;
};

class FacetCounter {
 public:
  // Counts the given facets over as many slots as the database's documents use.
  FacetCounter(const Xapian::Database& db, const std::vector<Facet>& facets);
  void attach(Xapian::Enquire& enquire);
  // Values with counts, most frequent first (ties by value).
  std::vector<FacetValueCount> counts(Facet f) const;

 private:
  struct Slots {
    Facet facet;
    std::vector<Xapian::valueno> slots;
    std::vector<Xapian::MatchSpy*> spies;  // owned by spies_
  };
  std::vector<Slots> facets_;
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies_;
};

// Width (number of value slots used) of a facet in this database.
unsigned facet_width(const Xapian::Database& db, Facet f);

}  // namespace tonle
