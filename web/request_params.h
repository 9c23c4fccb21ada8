// request_params.h — turns HTTP query parameters (already percent-decoded, as plain strings)
// into a SearchRequest, or into an ApiError naming the bad parameter. Unknown parameters are
// ignored; repeated facet parameters are ORed. Also the one table of error codes and their HTTP
// statuses. Pure; thread-safe.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <variant>

#include "searcher/search_types.h"

namespace tonle::web {

using Params = std::multimap<std::string, std::string>;

struct ApiError {
  int status = 400;
  std::string code;     // "invalid_parameter", "not_found", ...
  std::string message;  // for people
};

ApiError make_error(std::string_view code, std::string message);

struct Limits {
  size_t max_query_bytes = 4096;
  size_t max_filter_values = 50;
  size_t max_value_bytes = 300;
};

std::variant<SearchRequest, ApiError> parse_search_params(const Params& params,
                                                          const Limits& limits = {});

// /api/facets/{facet} and /facets/{facet}: the search's parameters plus `contains` (at most
// max_value_bytes) and `limit` (1 to FacetValuesRequest::kMaxLimit, default 100). An unknown
// facet is not_found.
std::variant<FacetValuesRequest, ApiError> parse_facet_values_params(std::string_view facet, const Params& params,
                                                                     const Limits& limits = {});

// Article ids are relative paths without extension ("business/001") or JSON Lines ids:
// printable, segments separated by '/' and none of them "." or "..", at most 200 bytes.
bool valid_article_id(std::string_view id);

}  // namespace tonle::web
