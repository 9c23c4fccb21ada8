// metadata.h — per-directory article metadata: a `metadata.json` beside the articles gives each
// article's outlet, publication date, URL (and optionally title) by article id. Metadata, when
// present, wins over what the parser infers. Loaded once per directory; immutable afterwards and
// safe to share read-only between threads.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/article.h"

namespace tonle {

inline constexpr std::string_view kMetadataFileName = "metadata.json";

struct ArticleMetadata {
  std::string title, source, url;
  std::optional<Date> date;
};

struct DirectoryMetadata {
  std::map<std::string, ArticleMetadata> by_id;
};

// Parses metadata JSON: {"articles": {"<id>": {"source", "date", "url", "title"}}}. Throws
// std::runtime_error naming the problem (bad JSON, a date that is not YYYY-MM-DD).
DirectoryMetadata parse_metadata(std::string_view json_text);

// Overwrites the article's fields with the metadata ones that are set.
void apply_metadata(const ArticleMetadata& meta, Article& article);

}  // namespace tonle
