// request_params.cc — see request_params.h.
#include "web/request_params.h"

#include <array>
#include <charconv>

#include "core/schema.h"
#include "core/text.h"
#include "searcher/date_range.h"

namespace tonle::web {

namespace {

struct ErrorKind {
  std::string_view code;
  int status;
};
// The one table of error codes.
constexpr std::array<ErrorKind, 7> kErrors = {{
    {"invalid_parameter", 400},
    {"invalid_encoding", 400},
    {"query_too_long", 414},
    {"not_found", 404},
    {"method_not_allowed", 405},
    {"index_unavailable", 503},
    {"internal", 500},
}};

std::optional<size_t> parse_count(std::string_view s, size_t min, size_t max) {
  size_t v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || v < min || v > max) {
    return std::nullopt;
  }
  return v;
}

}  // namespace

ApiError make_error(std::string_view code, std::string message) {
  for (const ErrorKind& k : kErrors) {
    if (k.code == code) {
      return ApiError{k.status, std::string(code), std::move(message)};
    }
  }
  return ApiError{500, "internal", std::move(message)};
}

std::variant<SearchRequest, ApiError> parse_search_params(const Params& params,
                                                          const Limits& limits) {
  SearchRequest r;
  size_t filter_values = 0;
  for (const auto& [key, value] : params) {
    if (!is_valid_utf8(value) || !is_valid_utf8(key)) {
      return make_error("invalid_encoding", "parameter \"" + std::string(is_valid_utf8(key) ? key : "?") +
                                                "\" is not valid UTF-8");
    }
    if (key == "q") {
      if (value.size() > limits.max_query_bytes) {
        return make_error("query_too_long", "the query is " + std::to_string(value.size()) +
                                                " bytes; the limit is " +
                                                std::to_string(limits.max_query_bytes));
      }
      r.query = value;
    } else if (key == "page" || key == "per_page" || key == "facet_limit") {
      // per_page above its cap is capped, not refused; page=0 is the first page (people and
      // 0-based clients write it); the others must be in range.
      size_t max = key == "page" ? SearchRequest::kMaxPage
                   : key == "per_page" ? SearchRequest::kMaxPerPage
                                       : SearchRequest::kMaxFacetLimit;
      auto n = key == "page" && value == "0" ? std::optional<size_t>(1)
                                             : parse_count(value, 1, key == "per_page" ? 1000000 : max);
      if (!n) {
        return make_error("invalid_parameter",
                          key + " must be a whole number from 1 to " + std::to_string(max));
      }
      (key == "page" ? r.page : key == "per_page" ? r.per_page : r.facet_limit) = std::min(*n, max);
    } else if (key == "sort") {
      auto s = sort_from_name(value);
      if (!s) {
        return make_error("invalid_parameter", "sort must be relevance, newest or oldest");
      }
      r.sort = *s;
    } else if (key == "mode") {
      auto m = mode_from_name(value);
      if (!m) {
        return make_error("invalid_parameter", "mode must be all or any");
      }
      r.mode = *m;
    } else if (key == "date_from" || key == "date_to") {
      std::string_view day = trim(value);
      if (!day.empty() && !parse_date_end(day, DateEnd::kStart)) {
        return make_error("invalid_parameter", key + " must be a year, a month or a day (2023, 2023-03 or "
                                                     "2023-03-15), not \"" + value + "\"");
      }
      (key == "date_from" ? r.date_from : r.date_to) = std::string(day);
    } else if (key == "exact") {
      r.exact = value == "1" || value == "true" || value == "on";
    } else if (key == "autocorrect") {
      r.autocorrect = !(value == "0" || value == "false" || value == "off");
    } else if (auto facet = facet_from_name(key)) {
      if (value.size() > limits.max_value_bytes || ++filter_values > limits.max_filter_values) {
        return make_error("invalid_parameter", "too many or too long facet values");
      }
      if (!trim(value).empty()) {
        r.filters[*facet].emplace_back(trim(value));
      }
    }
  }
  return r;
}

std::variant<FacetValuesRequest, ApiError> parse_facet_values_params(std::string_view facet, const Params& params,
                                                                     const Limits& limits) {
  std::optional<Facet> f = facet_from_name(facet);
  if (!f) {
    return make_error("not_found", "no facet \"" + std::string(facet) +
                                       "\": the facets are spokesperson, ministry, ngo, party, person, source and year");
  }
  auto search = parse_search_params(params, limits);
  if (auto* e = std::get_if<ApiError>(&search)) {
    return *e;
  }
  FacetValuesRequest r{.search = std::get<SearchRequest>(std::move(search)), .facet = *f};
  if (auto it = params.find("contains"); it != params.end()) {
    if (it->second.size() > limits.max_value_bytes) {
      return make_error("invalid_parameter", "contains is longer than " + std::to_string(limits.max_value_bytes) +
                                                 " bytes");
    }
    r.contains = it->second;
  }
  if (auto it = params.find("limit"); it != params.end()) {
    auto n = parse_count(it->second, 1, FacetValuesRequest::kMaxLimit);
    if (!n) {
      return make_error("invalid_parameter",
                        "limit must be a whole number from 1 to " + std::to_string(FacetValuesRequest::kMaxLimit));
    }
    r.limit = *n;
  }
  return r;
}

bool valid_article_id(std::string_view id) {
  if (id.empty() || id.size() > schema::kMaxArticleIdBytes || !is_valid_utf8(id) || id.front() == '/' ||
      id.back() == '/') {
    return false;
  }
  for (unsigned char c : id) {
    if (c < 0x20 || c == 0x7F || c == '\\') {
      return false;
    }
  }
  // Folders separate with '/' ("business/001"); no segment may climb or be empty.
  size_t begin = 0;
  while (begin <= id.size()) {
    size_t end = std::min(id.find('/', begin), id.size());
    std::string_view segment = id.substr(begin, end - begin);
    if (segment.empty() || segment == "." || segment == "..") {
      return false;
    }
    begin = end + 1;
  }
  return true;
}

}  // namespace tonle::web
