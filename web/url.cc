// url.cc — see url.h.
#include "web/url.h"

#include <algorithm>

namespace tonle::web {

std::string url_encode(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string to_query_string(const QueryParams& params) {
  std::string out;
  for (const auto& [k, v] : params) {
    out += (out.empty() ? "" : "&") + url_encode(k) + "=" + url_encode(v);
  }
  return out;
}

QueryParams search_params(const SearchRequest& r) {
  QueryParams p;
  p.emplace_back("q", r.query);
  for (const auto& [facet, values] : r.filters) {
    for (const std::string& v : values) {
      p.emplace_back(std::string(facet_name(facet)), v);
    }
  }
  if (r.sort != SortOrder::kRelevance) {
    p.emplace_back("sort", std::string(sort_name(r.sort)));
  }
  if (r.mode != MatchMode::kAll) {
    p.emplace_back("mode", std::string(mode_name(r.mode)));
  }
  if (!r.date_from.empty()) {
    p.emplace_back("date_from", r.date_from);
  }
  if (!r.date_to.empty()) {
    p.emplace_back("date_to", r.date_to);
  }
  if (r.exact) {
    p.emplace_back("exact", "1");
  }
  if (!r.autocorrect) {
    p.emplace_back("autocorrect", "0");
  }
  if (r.timeline_share) {
    p.emplace_back("share", "1");
  }
  if (r.collapse_story) {
    p.emplace_back("collapse", "story");
  }
  if (r.per_page != SearchRequest{}.per_page) {
    p.emplace_back("per_page", std::to_string(r.per_page));
  }
  if (r.facet_limit != SearchRequest{}.facet_limit) {
    p.emplace_back("facet_limit", std::to_string(r.facet_limit));
  }
  if (r.page > 1) {
    p.emplace_back("page", std::to_string(r.page));
  }
  return p;
}

QueryParams without(QueryParams p, std::string_view key) {
  std::erase_if(p, [&](const auto& kv) { return kv.first == key; });
  return p;
}

QueryParams with_page(QueryParams p, size_t page) {
  p = without(std::move(p), "page");
  if (page > 1) {
    p.emplace_back("page", std::to_string(page));
  }
  return p;
}

}  // namespace tonle::web
