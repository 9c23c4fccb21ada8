// feed.h — a search as an Atom 1.0 feed (newest first, each entry linking to the archive's page
// and to the original), and the OpenSearch description that puts tonle in a browser's search
// bar. XML is written here, escaped here. Pure functions; thread-safe.
#pragma once

#include <string>

#include "searcher/search_types.h"

namespace tonle::web {

inline constexpr size_t kFeedEntries = 30;

struct FeedSite {
  std::string base_url;   // "http://127.0.0.1:8080", from the request's Host
  int64_t written_at = 0;  // when the index was written (seconds since 1970): an undated entry's time
};

// The feed of `request` (already sorted newest first) and its result.
std::string render_atom(const SearchRequest& request, const SearchResult& result, const FeedSite& site);
// <OpenSearchDescription> with HTML and Atom templates.
std::string render_opensearch(const FeedSite& site);
// RFC 3339 for Atom: the day at midnight, or its time; the archive's zone (+07:00) when the
// source gave none.
std::string rfc3339(const Date& d);

}  // namespace tonle::web
