// scan.h — the working state of one entity-extraction run over one article: its word stream,
// the mentions found so far, and which words they cover. Owned by EntityExtractor::extract for
// the duration of a call; the rule passes (known_mentions, org_rules, person_rules,
// spokesperson_rules, countries) read and extend it. Not shared between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "indexer/entities/gazetteer.h"
#include "indexer/entities/word_stream.h"

namespace tonle::entities {

// What a mention is of.
enum class MentionKind {
  kEntity,   // a facet value: body, NGO, party, person
  kPlace,    // a place (blocks name rules; gives the story's country)
  kCountry,  // a country or its adjective ("Japan", "Thai")
  kOther,    // a body that is no facet value: UN organs, companies, outlets
};

inline constexpr size_t kNoEntry = static_cast<size_t>(-1);

// One mention of an entity: a span of words and what it refers to.
struct Mention {
  MentionKind kind = MentionKind::kEntity;
  Facet facet = Facet::kNgo;
  std::string canonical;
  size_t first = 0;
  size_t last = 0;
  std::string_view rule;                  // which rule found it (provenance), a static string
  size_t entry = kNoEntry;                // its gazetteer entry, if any
  bool generic = false;                   // a name any country's body may have ("Senate")
  bool acronym_only = false;              // named only by an acronym the gazetteer knows
  std::string country;                    // bodies: the country it belongs to ("" unknown)
  std::string role;                       // persons: "deputy director", "Prime Minister", ...
  std::vector<std::string> affiliations;  // persons: canonical bodies
  bool dropped = false;                   // superseded by a longer mention

  bool faceted() const { return kind == MentionKind::kEntity && !dropped; }
  bool is_person() const { return faceted() && facet == Facet::kPerson; }
  bool is_body() const { return faceted() && facet != Facet::kPerson; }
};

// A body that spoke through a spokesperson.
struct Body {
  Facet facet = Facet::kMinistry;
  std::string canonical;
  friend bool operator==(const Body&, const Body&) = default;
};
struct Speaker {
  std::string name;          // canonical person name, "" when unnamed
  std::string role;          // "spokesman", "deputy spokesperson", ...
  std::vector<Body> bodies;  // the bodies spoken for
  std::vector<size_t> body_mentions;  // indexes into Scan::mentions, parallel to bodies
  size_t word = 0;           // the spokes word (provenance)
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
  std::string_view dateline;  // the article's dateline place ("TOKYO"), "" if none
  std::string_view outlet;    // the article's outlet ("The Manila Observer"), "" if unknown
  std::vector<Word> words;
  std::vector<int> owner;  // per word: index into mentions covering it, or -1
  std::vector<Mention> mentions;
  std::vector<Speaker> speakers;
  std::vector<LearnedAlias> learned;
  std::string story_country;  // the country the story is about ("" when it cannot be told)
  std::vector<uint8_t> name_shape;  // per word: what the person rules may make of it (cached)

  bool covered(size_t i) const { return owner[i] >= 0; }
  // Records a mention and marks its words (taking them from any mention they belonged to,
  // which is dropped); returns its index.
  size_t add(Mention m) {
    size_t index = mentions.size();
    for (size_t k = m.first; k <= m.last; ++k) {
      if (owner[k] >= 0) {
        mentions[owner[k]].dropped = true;
      }
      owner[k] = static_cast<int>(index);
    }
    mentions.push_back(std::move(m));
    return index;
  }
  // Drops mention `m` and frees its words.
  void remove(size_t m) {
    mentions[m].dropped = true;
    for (size_t k = mentions[m].first; k <= mentions[m].last; ++k) {
      if (owner[k] == static_cast<int>(m)) {
        owner[k] = -1;
      }
    }
  }
  const Mention* at(size_t i) const {
    return i < owner.size() && owner[i] >= 0 ? &mentions[owner[i]] : nullptr;
  }
  // The mention whose span ends exactly at word i, if any.
  const Mention* mention_ending_at(size_t i) const {
    const Mention* m = at(i);
    return m != nullptr && m->last == i ? m : nullptr;
  }
  const Mention* mention_starting_at(size_t i) const {
    const Mention* m = at(i);
    return m != nullptr && m->first == i ? m : nullptr;
  }
  size_t index_of(const Mention* m) const { return static_cast<size_t>(m - mentions.data()); }
};

// True if words[i] has the given analyzer key.
inline bool is_key(const Scan& s, size_t i, std::string_view key) {
  return i < s.words.size() && s.words[i].key == key;
}

// Analyzer keys of words [first, last].
std::vector<std::string> keys_of(const Scan& scan, size_t first, size_t last);
// The first letters of the capitalised words of [first, last], lower case ("National Election
// Commission" → "nec"): what an acronym of that name spells.
std::string initials(const std::vector<Word>& w, size_t first, size_t last);
// The body named in the scan whose initials `key` spells ("cgt" after "Confédération Générale du
// Travail"), or nullptr.
const Mention* body_with_initials(const Scan& scan, std::string_view key);

}  // namespace tonle::entities
