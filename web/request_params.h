// request_params.h — HTTP query parameters (already percent-decoded, as plain strings) through
// the one request parser (searcher/request_parser.h) into a SearchRequest, or into an ApiError
// naming the bad parameter; and the one table of error codes and their HTTP statuses, plus the
// article id rule. Pure; thread-safe.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <variant>

#include "searcher/request_parser.h"
#include "searcher/search_types.h"

namespace tonle::web {

using Params = RequestParams;
using Limits = RequestLimits;

struct ApiError {
  int status = 400;
  std::string code;     // "invalid_parameter", "not_found", ...
  std::string message;  // for people
};

ApiError make_error(std::string_view code, std::string message);
// The parser's error with its code's HTTP status.
ApiError api_error(const RequestError& e);

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
