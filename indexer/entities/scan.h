// scan.h — the working state of one entity-extraction run over one article: its word stream,
// the mentions found so far, and which words they cover. Owned by EntityExtractor::extract for
// the duration of a call; the rule files (acronyms, org_rules, person_rules, spokesperson_rules)
// read and extend it. Not shared between threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "indexer/entities/gazetteer.h"
#include "indexer/entities/word_stream.h"

namespace tonle::entities {

// One mention of an entity: a span of words and what it refers to.
struct Mention {
  Facet facet = Facet::kNgo;
  bool faceted = true;  // false: a known non-facet body or place (blocks other rules)
  std::string canonical;
  size_t first = 0;
  size_t last = 0;
  std::string role;                       // "deputy director", "Prime Minister", ...
  std::vector<std::string> affiliations;  // canonical bodies
};

// A body that spoke through a spokesperson: named or not.
struct Body {
  Facet facet = Facet::kMinistry;
  std::string canonical;
  friend bool operator==(const Body&, const Body&) = default;
};
struct Speaker {
  std::string name;          // canonical person name, "" when unnamed
  std::string role;          // "spokesman", "spokesperson", ...
  std::vector<Body> bodies;  // the bodies spoken for
};

// An acronym defined in the text: "Human Rights Watch (HRW)".
struct LearnedAlias {
  std::string long_form;                // as written, possessive removed
  std::string acronym;                  // "HRW"
  std::vector<std::string> long_keys;   // analyzer keys of the long form
  std::string acronym_key;              // analyzer key of the acronym ("hrw")
};

struct Scan {
  std::string_view text;
  std::vector<Word> words;
  std::vector<int> owner;  // per word: index into mentions covering it, or -1
  std::vector<Mention> mentions;
  std::vector<Speaker> speakers;
  std::vector<LearnedAlias> learned;

  bool covered(size_t i) const { return owner[i] >= 0; }
  // Records a mention and marks its words; returns its index.
  size_t add(Mention m) {
    size_t index = mentions.size();
    for (size_t k = m.first; k <= m.last; ++k) {
      owner[k] = static_cast<int>(index);
    }
    mentions.push_back(std::move(m));
    return index;
  }
  // The mention whose span ends exactly at word i, if any.
  const Mention* mention_ending_at(size_t i) const {
    return owner[i] >= 0 && mentions[owner[i]].last == i ? &mentions[owner[i]] : nullptr;
  }
  const Mention* mention_starting_at(size_t i) const {
    return i < owner.size() && owner[i] >= 0 && mentions[owner[i]].first == i
               ? &mentions[owner[i]]
               : nullptr;
  }
};

// True if words[i] has the given analyzer key.
inline bool is_key(const Scan& s, size_t i, std::string_view key) {
  return i < s.words.size() && s.words[i].key == key;
}

}  // namespace tonle::entities
