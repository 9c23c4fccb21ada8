// metadata.cc — metadata.json parsing and application.
#include "indexer/metadata.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "indexer/dates.h"

namespace tonle {

namespace {

// The string field `key` of one entry, or "" (with a problem) when it is there but not a string.
std::string text_field(const nlohmann::json& fields, const char* key, const std::string& id,
                       std::vector<std::string>& problems) {
  auto it = fields.find(key);
  if (it == fields.end() || it->is_null()) {
    return "";
  }
  if (!it->is_string()) {
    problems.push_back("\"" + id + "\": \"" + key + "\" is not a string; that field is ignored");
    return "";
  }
  return it->get<std::string>();
}

}  // namespace

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
      out.problems.push_back("\"" + id + "\" is not an object; that entry is ignored");
      continue;
    }
    ArticleMetadata m;
    m.title = text_field(fields, "title", id, out.problems);
    m.source = text_field(fields, "source", id, out.problems);
    m.url = text_field(fields, "url", id, out.problems);
    std::string date = text_field(fields, "date", id, out.problems);
    if (!date.empty()) {
      m.date = parse_date_text(date);
      if (!m.date) {
        out.problems.push_back("\"" + id + "\": date \"" + date +
                               "\" is not a date (use YYYY-MM-DD or ISO 8601); that field is ignored");
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
