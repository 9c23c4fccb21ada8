// extractor.h — entity extraction for one article: runs the organisation, person and
// spokesperson rules over the title and body, and folds the mentions into one canonical Entity
// per real entity (acronyms, aliases and partial names merged). Also maps an outlet name or
// agency tag to its canonical outlet.
//
// Ownership and threads: holds references to a Gazetteer and an Analyzer, which must outlive it.
// Because the Analyzer is single-threaded, so is the extractor: build one per thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/analyzer.h"
#include "core/article.h"
#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

struct Extraction {
  std::vector<Entity> entities;       // facet order, then order of first mention
  std::vector<LearnedAlias> aliases;  // acronyms the article defined
};

class EntityExtractor {
 public:
  EntityExtractor(const Gazetteer& gazetteer, const Analyzer& analyzer)
      : gazetteer_(gazetteer), analyzer_(analyzer) {}

  // Entities of the article's title and body. Never throws on odd text.
  Extraction extract(const Article& article) const;
  // Same, on a bare piece of text (tests, tools).
  Extraction extract_text(std::string_view text) const;
  // Same, on text the caller has already analysed (`tokens` = analyze(text)).
  Extraction extract_text(std::string_view text, const std::vector<Token>& tokens) const;
  // The text extract() reads: the title, a paragraph break, the body.
  static std::string article_text(const Article& article);

  // "FN" → "Fresh News", "Phnom Penh Post" → "Phnom Penh Post"; unknown names come back as given.
  std::string canonical_source(std::string_view raw) const;

 private:
  const Gazetteer& gazetteer_;
  const Analyzer& analyzer_;
};

}  // namespace tonle::entities
