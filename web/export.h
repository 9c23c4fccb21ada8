// export.h — result export for journalists' spreadsheets: every hit of a search up to a stated
// cap, as CSV (RFC 4180 with a UTF-8 byte-order mark, so spreadsheets read Khmer; formula cells
// neutralised) or JSON. Columns: id, title, source, date, url, permalink, snippet and one per
// entity facet (values joined by "; "). An export is several searches (a page of 100 hits each)
// within one time budget; the caller supplies the search of one page, so it can lend a Searcher
// per page rather than hold one for the whole export. Pure apart from that function;
// thread-safe.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "searcher/search_types.h"

namespace tonle::web {

inline constexpr size_t kMaxExportedHits = 10000;

struct ExportLimits {
  size_t max_hits = kMaxExportedHits;
  // No page is searched after this; the export is then incomplete.
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
};

struct CollectedHits {
  std::vector<Hit> hits;
  size_t total = 0;       // articles the search matched (hits holds at most max_hits of them)
  bool complete = true;   // false: the deadline passed before the last page was searched
};

// What the file says about itself.
struct ExportInfo {
  std::string query;
  std::string base_url;  // "http://127.0.0.1:8080": permalinks are base_url + "/articles/ID"
  size_t total = 0;
  size_t cap = kMaxExportedHits;
};

// Searches one page of a request (throws what the searcher throws).
using PageSearch = std::function<SearchResult(const SearchRequest&)>;

// The hits of `request` from its first page on, up to limits.max_hits of them, one page of
// SearchRequest::kMaxPerPage at a time until the deadline.
CollectedHits collect_hits(const PageSearch& search, SearchRequest request, const ExportLimits& limits);
// BOM, header row, one row per hit; when the cap cut the list, a last line "# …" says so.
std::string hits_csv(const std::vector<Hit>& hits, const ExportInfo& info);
// {"query","total","exported","capped","hits":[{"id","title","source","date","url","permalink",
//  "snippet","score","entities":{"ngo":[...],...}}]}
std::string hits_json(const std::vector<Hit>& hits, const ExportInfo& info);
// "tonle-human-rights-watch.csv": the query's letters and digits, "tonle-all" without one.
std::string export_file_name(std::string_view query, std::string_view format);
// One CSV field, quoted when needed; a leading = + - @ is prefixed with ' so spreadsheets do
// not run it as a formula.
std::string csv_field(std::string_view s);

}  // namespace tonle::web
