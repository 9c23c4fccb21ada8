// export.h — result export for journalists' spreadsheets: every hit of a search (up to a cap)
// as CSV (RFC 4180, with spreadsheet-formula cells neutralised) or JSON. Pure apart from the
// Searcher it is handed; the caller owns the Searcher.
#pragma once

#include <string>
#include <vector>

#include "searcher/searcher.h"

namespace tonle::web {

inline constexpr size_t kMaxExportedHits = 1000;

// The hits of `request` from its first page on, up to `max` of them.
std::vector<Hit> collect_hits(Searcher& searcher, SearchRequest request, size_t max);
// id,title,source,date,url,score
std::string hits_csv(const std::vector<Hit>& hits);
// [{"id","title","source","date","url","score"}, ...]
std::string hits_json(const std::vector<Hit>& hits);
// One CSV field, quoted when needed; a leading = + - @ is prefixed with ' so spreadsheets do
// not run it as a formula.
std::string csv_field(std::string_view s);

}  // namespace tonle::web
