// facet_counter.h — exact facet counts over every document a query matches. Three strategies
// count the same thing (see core/schema.h for the storage):
//  * a FacetTable (local database, table cached by the process): one counter per facet value
//    id, bumped for each document of a match set (match_set.h) or by a match spy; no value reads;
//  * kPacked (local databases, no table): one match spy reads the document's packed facet slot, a
//    single value read per matching document whatever the number of facets and values;
//  * kSlots (shards served by xapian-tcpsrv): only Xapian's built-in ValueCountMatchSpy, one per
//    value slot, whose results serialise and merge across remote shards; the slots of a
//    multi-valued facet add up to per-article counts.
//
// Usage: construct, attach() to an Enquire, run get_mset with check_at_least = doc count, then
// read counts(). Owns its spies; one FacetCounter per query; not thread-safe.
#pragma once

#include <xapian.h>

#include <array>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/article.h"
#include "searcher/facet_table.h"
#include "searcher/match_set.h"

namespace tonle {

struct FacetValueCount {
  std::string value;
  Xapian::doccount count = 0;
};

enum class FacetStrategy { kPacked, kSlots };

class FacetCounter {
 public:
  FacetCounter(const Xapian::Database& db, const std::vector<Facet>& facets,
               FacetStrategy strategy = FacetStrategy::kPacked);
  // Counts from a table of the database the Enquire will search (every facet).
  explicit FacetCounter(std::shared_ptr<const FacetTable> table);
  ~FacetCounter();
  void attach(Xapian::Enquire& enquire);
  // Table strategy only: counts the documents of `matches` (instead of attaching).
  void add(const DocSet& matches);
  // Values with counts, most frequent first (ties by value); at most `limit` of them (0: all).
  std::vector<FacetValueCount> counts(Facet f, size_t limit = 0) const;
  // Matching documents per month of publication, (YYYYMM, count), oldest first; undated ones
  // are left out. From the table's months, or a spy on the date slot.
  std::vector<std::pair<uint32_t, Xapian::doccount>> months() const;

 private:
  class PackedSpy;
  class TableSpy;
  struct Slots {
    Facet facet;
    std::vector<Xapian::ValueCountMatchSpy*> spies;  // owned by spies_
  };
  std::vector<Slots> facets_;
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies_;
  std::unique_ptr<PackedSpy> packed_;
  std::unique_ptr<TableSpy> table_;
  std::unique_ptr<Xapian::ValueCountMatchSpy> dates_;  // kPacked and kSlots: the date slot
};

// Width (number of value slots used) of a facet in this database.
unsigned facet_width(const Xapian::Database& db, Facet f);

}  // namespace tonle
