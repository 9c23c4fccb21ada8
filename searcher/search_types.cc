// search_types.cc — names of sort orders and match modes, as used in URLs and the CLI.
#include "searcher/search_types.h"

namespace tonle {

std::optional<SortOrder> sort_from_name(std::string_view name) {
  if (name == "relevance" || name.empty()) {
    return SortOrder::kRelevance;
  }
  if (name == "newest") {
    return SortOrder::kNewest;
  }
  if (name == "oldest") {
    return SortOrder::kOldest;
  }
  return std::nullopt;
}

std::string_view sort_name(SortOrder s) {
  switch (s) {
    case SortOrder::kNewest: return "newest";
    case SortOrder::kOldest: return "oldest";
    default: return "relevance";
  }
}

std::optional<MatchMode> mode_from_name(std::string_view name) {
  if (name == "all" || name.empty()) {
    return MatchMode::kAll;
  }
  if (name == "any") {
    return MatchMode::kAny;
  }
  return std::nullopt;
}

std::string_view mode_name(MatchMode m) { return m == MatchMode::kAny ? "any" : "all"; }

}  // namespace tonle
