// request_params.cc — see request_params.h.
#include "web/request_params.h"

#include <array>

#include "core/schema.h"
#include "core/text.h"

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

}  // namespace

ApiError make_error(std::string_view code, std::string message) {
  for (const ErrorKind& k : kErrors) {
    if (k.code == code) {
      return ApiError{k.status, std::string(code), std::move(message)};
    }
  }
  return ApiError{500, "internal", std::move(message)};
}

ApiError api_error(const RequestError& e) { return make_error(e.code, e.message()); }

std::variant<SearchRequest, ApiError> parse_search_params(const Params& params, const Limits& limits) {
  auto parsed = parse_search_request(params, limits);
  if (auto* e = std::get_if<RequestError>(&parsed)) {
    return api_error(*e);
  }
  return std::get<SearchRequest>(std::move(parsed));
}

std::variant<FacetValuesRequest, ApiError> parse_facet_values_params(std::string_view facet, const Params& params,
                                                                     const Limits& limits) {
  auto parsed = parse_facet_values_request(facet, params, limits);
  if (auto* e = std::get_if<RequestError>(&parsed)) {
    return api_error(*e);
  }
  return std::get<FacetValuesRequest>(std::move(parsed));
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
