// html_app_data.cc — see html_app_data.h.
#include "indexer/parse/html_app_data.h"

#include <nlohmann/json.hpp>

#include <array>
#include <deque>
#include <utility>

namespace tonle::parse::html {

namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 7> kPublishedKeys = {
    "publishedAt", "datePublished", "publishDate", "published_at", "publicationDate",
    "firstPublishedAt", "publishedDate"};
constexpr size_t kMaxDepth = 8;
constexpr size_t kMaxValues = 20000;

}  // namespace

bool is_app_state_script(const char* id) {
  return id != nullptr && (std::string_view(id) == "__NEXT_DATA__" || std::string_view(id) == "__NUXT_DATA__");
}

std::string published_in_app_state(std::string_view state) {
  json root = json::parse(state, nullptr, false);
  if (root.is_discarded()) {
    return "";
  }
  std::deque<std::pair<const json*, size_t>> queue = {{&root, 0}};
  size_t seen = 0;
  while (!queue.empty() && seen++ < kMaxValues) {
    auto [j, depth] = queue.front();
    queue.pop_front();
    if (j->is_object()) {
      for (std::string_view key : kPublishedKeys) {
        auto it = j->find(std::string(key));
        if (it != j->end() && it->is_string() && !it->get_ref<const std::string&>().empty()) {
          return it->get<std::string>();
        }
      }
    }
    if (depth + 1 > kMaxDepth || !j->is_structured()) {
      continue;
    }
    for (const json& child : *j) {
      queue.emplace_back(&child, depth + 1);
    }
  }
  return "";
}

}  // namespace tonle::parse::html
