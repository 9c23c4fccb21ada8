// facet_table.h — every document's facet values held in memory as small integer ids, so that
// counting the facets of a query's matches costs a few array increments per match instead of a
// value read and a string decode (core/schema.h's packed slot is what the table is built from).
//
// A FacetTable describes one revision of one local database: built once by FacetTableCache,
// then immutable and shared (read from any number of threads). Ids are grouped by facet, so a
// facet's values are the contiguous id range facet_ids(f).
//
// FacetTableCache hands every Searcher of a process the table of the database revision it has
// open, building each table once even when many threads ask at the same moment. Thread-safe.
// Remote shards and databases made of several parts get no table (nullptr): they count facets
// with Xapian's own match spies instead (facet_counter.h).
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <future>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/article.h"

namespace tonle {

class FacetTable {
 public:
  // Reads the packed facet slot of every document of `db` (a single local database).
  static std::shared_ptr<const FacetTable> build(const Xapian::Database& db);

  // The facet value ids of document `did`; empty for a document the table does not know.
  std::span<const uint32_t> ids(Xapian::docid did) const {
    if (did >= offsets_.size() - 1 || did == 0) {
      return {};
    }
    return {ids_.data() + offsets_[did], ids_.data() + offsets_[did + 1]};
  }
  // Ids [first, second) are the values of facet f.
  std::pair<uint32_t, uint32_t> facet_ids(Facet f) const { return ranges_[static_cast<size_t>(f)]; }
  const std::string& value(uint32_t id) const { return values_[id]; }
  size_t value_count() const { return values_.size(); }
  // The month document `did` was published in, as an index into months() plus one; 0 if undated
  // or unknown.
  uint16_t month_index(Xapian::docid did) const { return did < month_of_.size() ? month_of_[did] : 0; }
  // Every month some document was published in, as YYYYMM, ascending.
  const std::vector<uint32_t>& months() const { return months_; }
  size_t memory_bytes() const;

 private:
  void read_months(const Xapian::Database& db);

  std::vector<uint64_t> offsets_;  // by docid: where its ids start in ids_; one past the end last
  std::vector<uint32_t> ids_;
  std::vector<std::string> values_;  // by id
  std::vector<uint16_t> month_of_;   // by docid: month index + 1, 0 = undated
  std::vector<uint32_t> months_;     // YYYYMM, ascending
  std::array<std::pair<uint32_t, uint32_t>, kAllFacets.size()> ranges_{};
};

class FacetTableCache {
 public:
  // The table of `db`'s current revision, built on first use; nullptr for databases a table
  // cannot describe (remote or several parts). Propagates Xapian errors from the build.
  std::shared_ptr<const FacetTable> get(const Xapian::Database& db);

 private:
  struct Entry {
    std::string key;  // database uuid and revision
    std::shared_future<std::shared_ptr<const FacetTable>> table;
  };
  static constexpr size_t kKeep = 2;  // the live revision and the one readers are leaving
  std::mutex mu_;
  std::vector<Entry> entries_;  // newest last
};

}  // namespace tonle
