// request_parser.h — the one parser of search requests. The HTTP API, the CLI (`tonle search`)
// and the query benchmark all hand it the same name/value parameters ("q", "spokesperson",
// "sort", "date_from", ...; values already percent-decoded) and get a SearchRequest, or a
// RequestError naming the parameter that was wrong and why. Unknown parameters are ignored;
// repeated facet parameters are ORed. Pure functions; thread-safe.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <variant>

#include "searcher/search_types.h"

namespace tonle {

// Parameter name → value, in the order given; a name may repeat.
using RequestParams = std::multimap<std::string, std::string>;

struct RequestLimits {
  size_t max_query_bytes = 4096;
  size_t max_filter_values = 50;
  size_t max_value_bytes = 300;
};

struct RequestError {
  std::string code;       // "invalid_parameter", "invalid_encoding", "query_too_long", "not_found"
  std::string parameter;  // the parameter that was wrong ("date_from"), "" if none in particular
  std::string problem;    // what was wrong with it: "must be a whole number from 1 to 10000"
  // "date_from must be ...": the parameter's name, then the problem.
  std::string message() const { return parameter.empty() ? problem : parameter + " " + problem; }
};

std::variant<SearchRequest, RequestError> parse_search_request(const RequestParams& params,
                                                               const RequestLimits& limits = {});

// A facet's values for a search: the search's parameters plus `contains` (at most
// max_value_bytes) and `limit` (1 to FacetValuesRequest::kMaxLimit, default 100). An unknown
// facet is not_found.
std::variant<FacetValuesRequest, RequestError> parse_facet_values_request(std::string_view facet,
                                                                          const RequestParams& params,
                                                                          const RequestLimits& limits = {});

}  // namespace tonle
