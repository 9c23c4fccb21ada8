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

// Every document of `db` that `query` matches. If a part handed to Xapian's matcher ran out of
// time, the set holds only what was matched until then and `*complete` (when given) is false.
DocSet match_set(const Xapian::Database& db, const Xapian::Query& query, const MatchSetOptions& options = {},
                 bool* complete = nullptr);

// True if `mset`, asked to check every match, did: Xapian's time limit stops counting early and
// leaves the bounds apart.
bool counted_every_match(const Xapian::MSet& mset);

// True if match_set would hand part of `query` to Xapian's matcher (a phrase, a value range):
// a caller that must run the matcher over the whole query anyway can collect the set there.
bool needs_matcher(const Xapian::Query& query);

// A match spy that adds every document Xapian's matcher visits to a DocSet (which must
// outlive it). Attach it to an Enquire whose get_mset checks every match.
class DocSetCollector : public Xapian::MatchSpy {
 public:
  explicit DocSetCollector(DocSet& into) : into_(into) {}
  void operator()(const Xapian::Document& doc, double) override { into_.add(doc.get_docid()); }

 private:
  DocSet& into_;
};

}  // namespace tonle
