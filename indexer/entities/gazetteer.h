// gazetteer.h — the curated list of known entities (ministries, NGOs, parties, people, outlets)
// with their canonical names and aliases, read from the versioned, editable text file
// data/gazetteer.txt (format documented at the top of that file), plus the matcher that finds
// alias mentions in a word stream. Immutable after loading; safe to share between threads.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/analyzer.h"
#include "core/text.h"
#include "core/article.h"
#include "indexer/entities/key_table.h"
#include "indexer/entities/word_stream.h"

namespace tonle::entities {

// Entity kinds the gazetteer knows beyond the facets. Places, countries and other bodies (UN
// organs, intergovernmental bodies) are recognised so that the rules do not mistake them for
// people or NGOs; they become no facet value. A country's aliases include its adjective
// ("Japanese"), which is how foreign bodies are tied to their country.
enum class Kind { kFacet, kPlace, kCountry, kOther };

struct GazetteerEntry {
  Kind kind = Kind::kFacet;
  Facet facet = Facet::kNgo;
  std::string canonical;
  // The country the entity belongs to ("Cambodia" unless the line says otherwise;
  // "international" for bodies of no one country, such as Human Rights Watch).
  std::string country = "Cambodia";
  bool cambodian() const { return country == "Cambodia"; }
  bool province = false;  // a place that is a province or the capital ("level: province")
  std::vector<std::string> aliases;  // canonical first, then aliases as written (markers and
                                     // role-context aliases left out)
};

// How an alias may match.
enum class AliasMode {
  kNormal,       // anywhere its first word is capitalised
  kWeak,         // "~": not right after another capitalised word ("Malaysian Human Rights …")
  kRoleContext,  // "@": only as the body in a role pattern ("Government spokesman")
  kDefinedOnly,  // "^": only once the article has named the entity another way (ambiguous
                 // acronyms: "NEC" is also a company, "GDP" an economic figure)
};

struct AliasMatch {
  size_t entry = 0;      // index into entries()
  size_t first = 0;      // first word of the match
  size_t last = 0;       // last word, inclusive
  AliasMode mode = AliasMode::kNormal;
  // The name as matched could be any country's body: a "~" alias, or a Cambodian state body's
  // name that says nothing Cambodian ("Ministry of Post and Telecommunications", "National
  // Bank"). Such a body is Cambodia's only in a story about Cambodia.
  bool generic = false;
};

class Gazetteer {
 public:
  // The English word list (Debian's wamerican): a name needs a word that is not a common
  // English word, or other evidence.
  static constexpr std::string_view kDictionaryPath = "/usr/share/dict/words";

  // Parses the file format; throws std::runtime_error("gazetteer line N: …") on a bad line.
  // `dictionary` is the text of an English word list, one word per line (may be empty).
  static Gazetteer parse(std::string_view text, const Analyzer& analyzer,
                         std::string_view dictionary = {});
  // Reads and parses a file and the word list; throws std::runtime_error naming the path on
  // failure (also when the word list is missing: install wamerican).
  static Gazetteer load(const std::string& path, const Analyzer& analyzer,
                        const std::string& dictionary_path = std::string(kDictionaryPath));

  const std::string& version() const { return version_; }
  // A word the `name` lines list: a Khmer family name, a common given name, ... (analyzer key).
  bool is_name_word(std::string_view key) const { return names_.contains(key); }
  // A word the English word list holds in lower case ("beach", "budget"; not "sokha").
  bool is_common_word(std::string_view key) const { return common_.contains(key); }
  // The country entry with this canonical name or alias ("Japan", "Japanese"), if any.
  std::optional<size_t> find_country(const std::vector<std::string>& keys) const;
  const std::vector<GazetteerEntry>& entries() const { return entries_; }

  // The longest alias matching at word i, honouring capitalisation and alias modes; role
  // context aliases only when role_context is true.
  std::optional<AliasMatch> match_at(const std::vector<Word>& words, size_t i,
                                     bool role_context = false) const;
  // The entry whose canonical name is exactly `name`, if any.
  std::optional<size_t> find_by_canonical(std::string_view name) const;
  // The entry whose canonical name or alias has these analyzer keys, if any (any mode).
  std::optional<size_t> find_by_keys(const std::vector<std::string>& keys) const;
  // The same, with the mode of the alias that matched.
  std::optional<std::pair<size_t, AliasMode>> find_alias(const std::vector<std::string>& keys) const;
  // The entry of a facet one of whose names has these keys ("dpa" as an outlet, not the NGO DPA).
  std::optional<size_t> find_in_facet(const std::vector<std::string>& keys, Facet facet) const;
  // The entry of the given country with a name of these keys ("Senate" → the United States
  // Senate in an American story), if the gazetteer lists one.
  std::optional<size_t> find_in_country(const std::vector<std::string>& keys,
                                        std::string_view country) const;
  // True when the alias with these keys is generic (see AliasMatch::generic).
  bool generic_alias(const std::vector<std::string>& keys) const;

  // An alias written in Khmer letters, as its syllable keys (core/khmer.h): found in Khmer text
  // however the dictionary split it (khmer_mentions.h).
  struct KhmerSpelling {
    std::vector<std::string> syllables;
    size_t entry = 0;
  };
  // The Khmer spellings of two or more syllables whose first is `syllable`, longest first;
  // nullptr when there is none.
  const std::vector<KhmerSpelling>* khmer_spellings(const std::string& syllable) const;
  bool has_khmer_spellings() const { return !khmer_by_first_.empty(); }

 private:
  struct Alias {
    std::vector<std::string> keys;  // analyzer terms of the alias
    size_t entry = 0;
    AliasMode mode = AliasMode::kNormal;
    bool acronym = false;           // all capitals: must be written in capitals
    enum Gap : uint8_t { kJoined, kComma, kMark };
    std::vector<Gap> gap_after;     // per key: kComma after it ("Land Management, Urban ..."),
                                    // kMark, another mark ("Alliance 90/The Greens", "AT&T")
    bool generic = false;           // see AliasMatch::generic
  };
  void mark_generic_aliases();
  void add_alias(std::string_view written, size_t entry, const Analyzer& analyzer);
  void add_khmer_spelling(std::string_view written, size_t entry);
  void add_entry(GazetteerEntry e, std::string_view written,
                 const std::vector<std::string>& aliases, const Analyzer& analyzer);

  std::string version_;
  std::vector<GazetteerEntry> entries_;
  std::vector<Alias> aliases_;
  std::unordered_map<std::string, std::vector<size_t>> by_first_key_;  // → indexes in aliases_
  std::unordered_map<std::string, size_t> by_canonical_;               // → index in entries_
  std::unordered_map<std::string, std::vector<KhmerSpelling>> khmer_by_first_;
  std::unordered_set<std::string, ViewHash, std::equal_to<>> names_;   // keys of `name` lines
  // Lower-case English words, viewing the word list's text (held here; its buffer does not move
  // when the Gazetteer does).
  std::unique_ptr<const std::string> dictionary_;
  KeyTable<bool> common_;
};

}  // namespace tonle::entities
