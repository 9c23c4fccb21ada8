// request_parser.cc — see request_parser.h.
#include "searcher/request_parser.h"

#include <algorithm>
#include <charconv>

#include "core/text.h"
#include "searcher/date_range.h"

namespace tonle {

namespace {

std::optional<size_t> parse_count(std::string_view s, size_t min, size_t max) {
  size_t v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || v < min || v > max) {
    return std::nullopt;
  }
  return v;
}

RequestError invalid(std::string parameter, std::string problem) {
  return RequestError{"invalid_parameter", std::move(parameter), std::move(problem)};
}

// page, per_page and facet_limit: per_page above its cap is capped, not refused; page=0 is the
// first page (people and 0-based clients write it); the others must be in range.
std::optional<RequestError> parse_number(SearchRequest& r, const std::string& key, const std::string& value) {
  size_t max = key == "page" ? SearchRequest::kMaxPage
               : key == "per_page" ? SearchRequest::kMaxPerPage
                                   : SearchRequest::kMaxFacetLimit;
  auto n = key == "page" && value == "0" ? std::optional<size_t>(1)
                                         : parse_count(value, 1, key == "per_page" ? 1000000 : max);
  if (!n) {
    return invalid(key, "must be a whole number from 1 to " + std::to_string(max) + ", not \"" + value + "\"");
  }
  (key == "page" ? r.page : key == "per_page" ? r.per_page : r.facet_limit) = std::min(*n, max);
  return std::nullopt;
}

}  // namespace

std::variant<SearchRequest, RequestError> parse_search_request(const RequestParams& params,
                                                               const RequestLimits& limits) {
  SearchRequest r;
  size_t filter_values = 0;
  for (const auto& [key, value] : params) {
    if (!is_valid_utf8(key)) {
      return RequestError{"invalid_encoding", "", "a parameter's name is not valid UTF-8"};
    }
    if (!is_valid_utf8(value)) {
      return RequestError{"invalid_encoding", key, "is not valid UTF-8"};
    }
    if (key == "q") {
      if (value.size() > limits.max_query_bytes) {
        return RequestError{"query_too_long", "", "the query is " + std::to_string(value.size()) +
                                                      " bytes; the limit is " + std::to_string(limits.max_query_bytes)};
      }
      r.query = value;
    } else if (key == "page" || key == "per_page" || key == "facet_limit") {
      if (auto error = parse_number(r, key, value)) {
        return *error;
      }
    } else if (key == "sort") {
      auto s = sort_from_name(value);
      if (!s) {
        return invalid(key, "must be relevance, newest or oldest, not \"" + value + "\"");
      }
      r.sort = *s;
    } else if (key == "mode") {
      auto m = mode_from_name(value);
      if (!m) {
        return invalid(key, "must be all or any, not \"" + value + "\"");
      }
      r.mode = *m;
    } else if (key == "date_from" || key == "date_to") {
      std::string_view day = trim(value);
      if (!day.empty() && !parse_date_end(day, DateEnd::kStart)) {
        return invalid(key, "must be a year, a month or a day (2023, 2023-03 or 2023-03-15), not \"" + value + "\"");
      }
      (key == "date_from" ? r.date_from : r.date_to) = std::string(day);
    } else if (key == "exact") {
      r.exact = value == "1" || value == "true" || value == "on";
    } else if (key == "collapse") {
      if (value != "story" && value != "" && value != "none") {
        return invalid(key, "must be story or none, not \"" + value + "\"");
      }
      r.collapse_story = value == "story";
    } else if (key == "share") {
      r.timeline_share = value == "1" || value == "true" || value == "on";
    } else if (key == "autocorrect") {
      r.autocorrect = !(value == "0" || value == "false" || value == "off");
    } else if (auto facet = facet_from_name(key)) {
      if (value.size() > limits.max_value_bytes || ++filter_values > limits.max_filter_values) {
        return invalid(key, "has too many or too long values (at most " + std::to_string(limits.max_filter_values) +
                                " values of " + std::to_string(limits.max_value_bytes) + " bytes)");
      }
      if (!trim(value).empty()) {
        r.filters[*facet].emplace_back(trim(value));
      }
    }
  }
  return r;
}

std::variant<FacetValuesRequest, RequestError> parse_facet_values_request(std::string_view facet,
                                                                          const RequestParams& params,
                                                                          const RequestLimits& limits) {
  std::optional<Facet> f = facet_from_name(facet);
  if (!f) {
    return RequestError{"not_found", "", "no facet \"" + std::string(facet) + "\": the facets are " + facet_names_list()};
  }
  auto search = parse_search_request(params, limits);
  if (auto* e = std::get_if<RequestError>(&search)) {
    return *e;
  }
  FacetValuesRequest r{.search = std::get<SearchRequest>(std::move(search)), .facet = *f};
  if (auto it = params.find("contains"); it != params.end()) {
    if (it->second.size() > limits.max_value_bytes) {
      return invalid("contains", "is longer than " + std::to_string(limits.max_value_bytes) + " bytes");
    }
    r.contains = it->second;
  }
  if (auto it = params.find("limit"); it != params.end()) {
    auto n = parse_count(it->second, 1, FacetValuesRequest::kMaxLimit);
    if (!n) {
      return invalid("limit", "must be a whole number from 1 to " + std::to_string(FacetValuesRequest::kMaxLimit));
    }
    r.limit = *n;
  }
  return r;
}

}  // namespace tonle
