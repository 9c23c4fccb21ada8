// export.h — result export for journalists' spreadsheets: every hit of a search (up to a cap)
// as CSV (RFC 4180, with spreadsheet-formula cells neutralised) or JSON. An export is several
// searches (a page of 100 hits each) within one time budget; the caller supplies the search of
// one page, so it can lend a Searcher per page rather than hold one for the whole export. Pure
// apart from that function; thread-safe.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "searcher/search_types.h"

namespace tonle::web {

inline constexpr size_t kMaxExportedHits = 1000;

struct ExportLimits {
  size_t max_hits = kMaxExportedHits;
  // No page is searched after this; the export is then incomplete.
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
};

struct CollectedHits {
  std::vector<Hit> hits;
  bool complete = true;  // false: the deadline passed before the last page was searched
};

// Searches one page of a request (throws what the searcher throws).
using PageSearch = std::function<SearchResult(const SearchRequest&)>;

// The hits of `request` from its first page on, up to limits.max_hits of them, one page of
// SearchRequest::kMaxPerPage at a time until the deadline.
CollectedHits collect_hits(const PageSearch& search, SearchRequest request, const ExportLimits& limits);
// id,title,source,date,url,score
std::string hits_csv(const std::vector<Hit>& hits);
// [{"id","title","source","date","url","score"}, ...]
std::string hits_json(const std::vector<Hit>& hits);
// One CSV field, quoted when needed; a leading = + - @ is prefixed with ' so spreadsheets do
// not run it as a formula.
std::string csv_field(std::string_view s);

}  // namespace tonle::web
