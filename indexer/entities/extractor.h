// extractor.h — entity extraction for one article: runs the rule passes over the title and body
// (known names, organisation grammar, countries, people, spokespeople) and folds the mentions
// into one canonical Entity per real entity (acronyms, aliases and partial names merged), each
// with the sentences and rules that found it. Also maps an outlet name or agency tag to its
// canonical outlet.
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
  std::vector<NamedPlace> places;     // Cambodian places, in text order; none in capitals (datelines)
};

// What the extractor may know about the text besides its words.
struct TextContext {
  std::string_view dateline;  // the article's dateline place ("TOKYO"): the story's country
  std::string_view outlet;    // who published it ("The Manila Observer"): a hint of the country
};

class EntityExtractor {
 public:
  EntityExtractor(const Gazetteer& gazetteer, const Analyzer& analyzer)
      : gazetteer_(gazetteer), analyzer_(analyzer) {}

  // Entities of a piece of text (tests, tools). Never throws on odd text.
  Extraction extract_text(std::string_view text, TextContext context = {}) const;
  // Same, on text the caller has already analysed (`tokens` = analyze(text)).
  Extraction extract_text(std::string_view text, const std::vector<Token>& tokens,
                          TextContext context = {}) const;
  // The text an article's entities are read from: the title, a paragraph break, the body.
  // Evidence offsets point into it.
  static std::string article_text(const Article& article);

  // "FN" → "Fresh News", "Phnom Penh Post" → "Phnom Penh Post", a body publishing its own pages
  // "OHCHR" → "Office of the High Commissioner for Human Rights"; unknown names come back as given.
  std::string canonical_source(std::string_view raw) const;
  // The outlet the gazetteer lists under `name` or under its first words ("dpa international" →
  // "Deutsche Presse-Agentur"), "" when it lists none.
  std::string known_outlet(std::string_view name) const;
  // The country a word or name stands for ("Australian", "Japan's" → "Japan"), "" for none.
  std::string country_of(std::string_view word) const;

 private:
  // The analyzer's keys of a name ("Radio Free Asia" → radio, free, asia), as the gazetteer holds them.
  std::vector<std::string> keys_of_name(std::string_view name) const;

  const Gazetteer& gazetteer_;
  const Analyzer& analyzer_;
};

}  // namespace tonle::entities
