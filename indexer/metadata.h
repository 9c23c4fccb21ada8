// metadata.h — per-directory article metadata: a `metadata.json` beside the articles gives each
// article's outlet, publication date, URL (and optionally title) by article id. Metadata, when
// present, wins over what the parser infers. Loaded once per directory; immutable afterwards and
// safe to share read-only between threads.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/article.h"

namespace tonle {

inline constexpr std::string_view kMetadataFileName = "metadata.json";

struct ArticleMetadata {
  std::string title, source, url;
  std::optional<Date> date;
};

struct DirectoryMetadata {
  std::map<std::string, ArticleMetadata> by_id;
  // One line per entry or field that was left out ("\"003\": \"date\" is not a string"); the rest
  // of the file is used.
  std::vector<std::string> problems;
};

// metadata.json files larger than this are refused whole (a gazetteer-sized limit: 16 MiB holds
// some 100,000 entries).
inline constexpr uintmax_t kMaxMetadataBytes = uintmax_t{16} << 20;

// Parses metadata JSON: {"articles": {"<id>": {"source", "date", "url", "title"}}}. A bad entry
// (not an object) or field (not a string, a date that is not a date) is reported in `problems`
// and left out; throws std::runtime_error only when the file as a whole is unusable.
DirectoryMetadata parse_metadata(std::string_view json_text);

// Overwrites the article's fields with the metadata ones that are set.
void apply_metadata(const ArticleMetadata& meta, Article& article);

}  // namespace tonle
