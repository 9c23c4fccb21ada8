// prepare.h — the per-file half of an index run, which needs no database: read → parse →
// apply metadata → canonical outlet → publication date → entities → Xapian documents.
// Runs on worker threads: each thread owns a Preparer (its own Analyzer and EntityExtractor);
// the Gazetteer is shared read-only.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/analyzer.h"
#include "indexer/document_builder.h"
#include "indexer/entities/extractor.h"
#include "indexer/entities/gazetteer.h"
#include "indexer/source_files.h"

namespace tonle {

struct PreparedFile {
  const SourceFile* file = nullptr;
  std::string content_hash;  // of the bytes read (source_files.h), "" if unreadable
  std::vector<BuiltDocument> documents;
  std::vector<std::string> problems;  // without the file name
  std::vector<std::string> notes;     // without the file name: not problems ("read as windows-1252")
  std::vector<entities::LearnedAlias> aliases;
  bool usable() const { return !documents.empty(); }
};

// A JSON Lines file is prepared this many bytes at a time, so its size bounds no memory.
inline constexpr size_t kJsonLinesPartBytes = size_t{8} << 20;

// Longest article text indexed; the rest of a longer one is dropped with a problem line (no news
// article comes near it, and it bounds the memory one article can take).
inline constexpr size_t kMaxArticleBytes = size_t{1} << 20;

class Preparer {
 public:
  // `gazetteer` and `inputs` must outlive the Preparer.
  Preparer(const entities::Gazetteer& gazetteer, const InputSet& inputs, uintmax_t max_file_bytes);

  PreparedFile prepare(const SourceFile& file) const;
  // The same in parts of bounded size: a JSON Lines file of any length is read and prepared
  // kJsonLinesPartBytes at a time, each part handed to `sink` (the last with `last` set and the
  // whole file's content hash); any other file is one part.
  void prepare_each(const SourceFile& file,
                    const std::function<void(PreparedFile&& part, bool last)>& sink) const;
  // True if prepare_each hands `file` over in more than one part.
  static bool in_parts(const SourceFile& file);

  // The first half of prepare(): the file's articles, cleaned and enriched (metadata, outlet,
  // date, entities), with the analyzer tokens of each (EntityExtractor::article_text), so the
  // caller can build documents without a second analysis. Used by prepare() and by the
  // development-set scorer (bench/devset_score), which must see exactly what gets indexed.
  struct ReadArticles {
    std::vector<Article> articles;
    std::vector<std::vector<Token>> tokens;  // parallel to articles
    std::vector<std::string> problems;
    std::vector<std::string> notes;
    std::vector<entities::LearnedAlias> aliases;
    std::string content_hash;
  };
  ReadArticles read_articles(const SourceFile& file) const;
  // The enrichment steps on an already parsed article (also used by tests). Returns the
  // analyzer's tokens of the article's text (EntityExtractor::article_text), for indexing.
  std::vector<Token> enrich(Article& article, std::vector<entities::LearnedAlias>* aliases) const;

 private:
  // Parses bytes of `file` (all of it, or a part of a JSON Lines file starting at `first_line`)
  // into out's articles, problems and notes.
  void articles_from(const SourceFile& file, std::string bytes, size_t first_line, ReadArticles& out) const;
  PreparedFile build(const SourceFile& file, ReadArticles&& read) const;

  Analyzer analyzer_;
  entities::EntityExtractor extractor_;
  const InputSet& inputs_;
  uintmax_t max_file_bytes_;
};

}  // namespace tonle
