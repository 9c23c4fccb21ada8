// match_set.h — the exact set of documents a query matches, as a bitmap over docids, computed
// from posting lists without scoring anything. The searcher counts totals and facets from it
// (facet_counter.h), so ranking only has to find the top of the list and may prune; with a
// facet selected, the counts "as if that facet were not chosen" are one bitmap AND away.
//
// Term, OR, AND, AND_NOT, FILTER, SYNONYM, SCALE_WEIGHT and match-all nodes are evaluated here;
// anything else (phrases, value ranges, ...) is handed to Xapian's matcher with boolean weights
// and collected into the bitmap, so every query gets the exact set.
//
// For one local database (docids are its own). Not thread-safe: uses the caller's Database.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <vector>

namespace tonle {

class DocSet {
 public:
  DocSet() = default;
  // An empty set able to hold docids 1..last_docid.
  explicit DocSet(Xapian::docid last_docid) : words_((static_cast<size_t>(last_docid) >> 6) + 1, 0) {}

  void add(Xapian::docid did) {
    size_t w = did >> 6;
    if (w < words_.size()) {
      words_[w] |= uint64_t{1} << (did & 63);
    }
  }
  bool contains(Xapian::docid did) const {
    size_t w = did >> 6;
    return w < words_.size() && (words_[w] >> (did & 63) & 1) != 0;
  }
  DocSet& operator&=(const DocSet& o);
  DocSet& operator|=(const DocSet& o);
  DocSet& operator^=(const DocSet& o);
  DocSet& subtract(const DocSet& o);
  Xapian::doccount count() const;
  bool empty() const;

  // Calls fn(docid) for every member, in ascending order.
  template <class Fn>
  void for_each(Fn fn) const {
    for (size_t w = 0; w < words_.size(); ++w) {
      for (uint64_t bits = words_[w]; bits != 0; bits &= bits - 1) {
        fn(static_cast<Xapian::docid>((w << 6) | static_cast<size_t>(__builtin_ctzll(bits))));
      }
    }
  }

 private:
  std::vector<uint64_t> words_;
};

struct MatchSetOptions {
  double time_limit_seconds = 2.0;  // for the parts handed to Xapian's matcher
};

// Every document of `db` that `query` matches.
DocSet match_set(const Xapian::Database& db, const Xapian::Query& query, const MatchSetOptions& options = {});

}  // namespace tonle
