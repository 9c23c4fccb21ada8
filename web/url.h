// url.h — URL query strings for the pages' links: percent-encoding and building shareable search
// URLs from a request (so every page state lives in its URL). Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "searcher/search_types.h"

namespace tonle::web {

using QueryParams = std::vector<std::pair<std::string, std::string>>;

std::string url_encode(std::string_view s);
// "a=1&b=x%20y"
std::string to_query_string(const QueryParams& params);
// The parameters that reproduce a search request (defaults left out), in a stable order.
QueryParams search_params(const SearchRequest& r);
// The same with one facet value toggled, or with page/sort changed.
QueryParams with_page(QueryParams p, size_t page);
QueryParams without(QueryParams p, std::string_view key);

}  // namespace tonle::web
