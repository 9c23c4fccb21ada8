// ranking.h — how one search is answered once its query is built (internal to searcher/): the
// page of hits ranked by Xapian, the exact total and every facet's counts, by one of three plans
// chosen by Searcher::search_once:
//   - rank_from_sets: the exact match set from posting lists (match_set), counts from the
//     in-memory facet table, Xapian ranking only the page;
//   - rank_collecting: one ranked pass of Xapian's matcher that also collects the exact set
//     (phrases and ranges need the matcher anyway);
//   - rank_with_spies: Xapian's match spies (remote shards, searches without a facet table).
// Each plan times its stages. Pure functions over the objects passed in; the Xapian objects are
// the caller's (one Searcher per thread).
#pragma once

#include <xapian.h>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "searcher/facet_counter.h"
#include "searcher/facet_table.h"
#include "searcher/search_types.h"

namespace tonle {

using FacetFilters = std::map<Facet, Xapian::Query>;

// `q` restricted by every filter query in `fs` (weightless).
Xapian::Query filtered(const Xapian::Query& q, const std::vector<Xapian::Query>& fs);
// The filter queries of every chosen facet but `skip`.
std::vector<Xapian::Query> filters_except(const FacetFilters& filters, std::optional<Facet> skip);
// BM25 with tonle's parameters, the sort order and Xapian's per-match time limit.
// BM25 with tonle's parameters, the sort order and the time limit. Oldest first puts undated
// articles last through a KeyMaker, which only a local database can run (`local`); remote shards
// sort them first.
void configure(Xapian::Enquire& e, SortOrder sort, double time_limit, bool local = true);

// Milliseconds since it was started or last read.
class Stopwatch {
 public:
  double lap() {
    auto now = std::chrono::steady_clock::now();
    double ms = std::chrono::duration<double, std::milli>(now - start_).count();
    start_ = now;
    return ms;
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// What to fetch: the page of hits, how many values per facet, the per-match time limit.
struct Page {
  Xapian::doccount first = 0;
  Xapian::doccount size = 10;
  size_t facet_limit = 50;  // values kept per facet, the most frequent; 0 keeps them all
  double time_limit = 2.0;
  bool facets = true;  // count them (false: the total and the hits only)
  bool collapse = false;  // the enquire has a collapse key: count the collapsed list exactly
};

// The page of hits, the exact total and every facet's counts.
struct Ranked {
  Xapian::MSet mset;
  Xapian::doccount total = 0;
  bool exact = true;  // every match counted (no time limit cut the count short)
  std::map<Facet, std::vector<FacetValueCount>> counts;
  std::vector<std::pair<uint32_t, Xapian::doccount>> months;  // (YYYYMM, matches), oldest first
  SearchTimings timings;  // match, count and rank
};

Ranked rank_collecting(const Xapian::Database& db, Xapian::Enquire& enquire,
                       const std::shared_ptr<const FacetTable>& table, const Page& page);
Ranked rank_from_sets(const Xapian::Database& db, Xapian::Enquire& enquire,
                      const std::shared_ptr<const FacetTable>& table, const Xapian::Query& query,
                      const FacetFilters& filters, const Page& page);
Ranked rank_with_spies(const Xapian::Database& db, Xapian::Enquire& enquire, const Xapian::Query& query,
                       const FacetFilters& filters, const Page& page);

}  // namespace tonle
