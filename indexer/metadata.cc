// metadata.cc — metadata.json parsing and application.
#include "indexer/metadata.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "indexer/dates.h"

namespace tonle {

DirectoryMetadata parse_metadata(std::string_view json_text) {
  using nlohmann::json;
  json j = json::parse(json_text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("articles") ||
      !j["articles"].is_object()) {
    throw std::runtime_error("metadata must be a JSON object with an \"articles\" object");
  }
  DirectoryMetadata out;
  for (const auto& [id, fields] : j["articles"].items()) {
    if (!fields.is_object()) {
      throw std::runtime_error("metadata for \"" + id + "\" is not an object");
    }
    ArticleMetadata m;
    m.title = fields.value("title", "");
    m.source = fields.value("source", "");
    m.url = fields.value("url", "");
    std::string date = fields.value("date", "");
    if (!date.empty()) {
      m.date = parse_date_text(date);
      if (!m.date) {
        throw std::runtime_error("metadata date \"" + date + "\" for \"" + id +
                                 "\" is not a date (use YYYY-MM-DD or ISO 8601)");
      }
    }
    out.by_id.emplace(id, std::move(m));
  }
  return out;
}

void apply_metadata(const ArticleMetadata& meta, Article& article) {
  if (!meta.title.empty()) {
    article.title = meta.title;
  }
  if (!meta.source.empty()) {
    article.source = meta.source;
  }
  if (!meta.url.empty()) {
    article.url = meta.url;
  }
  if (meta.date) {
    article.date = meta.date;
    article.date_basis = "metadata.json";
  }
}

}  // namespace tonle
