// gazetteer.h — the curated list of known entities (ministries, NGOs, parties, people, outlets)
// with their canonical names and aliases, read from the versioned, editable text file
// data/gazetteer.txt (format documented at the top of that file), plus the matcher that finds
// alias mentions in a word stream. Immutable after loading; safe to share between threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/analyzer.h"
#include "core/article.h"
#include "indexer/entities/word_stream.h"

namespace tonle::entities {

// Entity kinds the gazetteer knows beyond the facets. Places and other bodies (UN organs,
// foreign parliaments) are recognised so that the rules do not mistake them for people or NGOs;
// they become no facet value.
enum class Kind { kFacet, kPlace, kOther };

struct GazetteerEntry {
  Kind kind = Kind::kFacet;
  Facet facet = Facet::kNgo;
  std::string canonical;
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
};

class Gazetteer {
 public:
  // Parses the file format; throws std::runtime_error("gazetteer line N: …") on a bad line.
  static Gazetteer parse(std::string_view text, const Analyzer& analyzer);
  // Reads and parses a file; throws std::runtime_error naming the path on failure.
  static Gazetteer load(const std::string& path, const Analyzer& analyzer);

  const std::string& version() const { return version_; }
  const std::vector<GazetteerEntry>& entries() const { return entries_; }

  // The longest alias matching at word i, honouring capitalisation and alias modes; role
  // context aliases only when role_context is true.
  std::optional<AliasMatch> match_at(const std::vector<Word>& words, size_t i,
                                     bool role_context = false) const;
  // The entry whose canonical name or alias has these analyzer keys, if any (any mode).
  std::optional<size_t> find_by_keys(const std::vector<std::string>& keys) const;
  // The same, with the mode of the alias that matched.
  std::optional<std::pair<size_t, AliasMode>> find_alias(const std::vector<std::string>& keys) const;

 private:
  struct Alias {
    std::vector<std::string> keys;  // analyzer terms of the alias
    size_t entry = 0;
    AliasMode mode = AliasMode::kNormal;
    bool acronym = false;           // all capitals: must be written in capitals
  };
  void add_alias(std::string_view written, size_t entry, const Analyzer& analyzer);

  std::string version_;
  std::vector<GazetteerEntry> entries_;
  std::vector<Alias> aliases_;
  std::unordered_map<std::string, std::vector<size_t>> by_first_key_;  // → indexes in aliases_
};

}  // namespace tonle::entities
