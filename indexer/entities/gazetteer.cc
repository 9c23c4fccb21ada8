// gazetteer.cc — the gazetteer file parser and alias matcher.
#include "indexer/entities/gazetteer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/khmer.h"
#include "core/text.h"
#include "indexer/entities/lexicon.h"

namespace tonle::entities {

namespace {

bool is_all_caps_alias(std::string_view s) {
  int upper = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') {
      return false;
    }
    upper += (c >= 'A' && c <= 'Z') ? 1 : 0;
  }
  return upper >= 2;
}

std::optional<GazetteerEntry> entry_head(std::string_view kind) {
  GazetteerEntry e;
  if (kind == "place" || kind == "other" || kind == "country") {
    e.kind = kind == "place" ? Kind::kPlace : kind == "other" ? Kind::kOther : Kind::kCountry;
    return e;
  }
  auto facet = facet_from_name(kind);
  if (!facet || *facet == Facet::kYear || *facet == Facet::kSpokesperson) {
    return std::nullopt;
  }
  e.facet = *facet;
  return e;
}

}  // namespace

void Gazetteer::add_alias(std::string_view written, size_t entry, const Analyzer& analyzer) {
  Alias a;
  a.entry = entry;
  if (written.starts_with('~')) {
    a.mode = AliasMode::kWeak;
    written.remove_prefix(1);
  } else if (written.starts_with('@')) {
    a.mode = AliasMode::kRoleContext;
    written.remove_prefix(1);
  } else if (written.starts_with('^')) {
    a.mode = AliasMode::kDefinedOnly;
    written.remove_prefix(1);
  }
  std::vector<Token> tokens = analyzer.analyze(written);
  for (size_t k = 0; k < tokens.size(); ++k) {
    a.keys.push_back(tokens[k].term);
    size_t next = k + 1 < tokens.size() ? tokens[k + 1].begin : written.size();
    std::string_view between = written.substr(tokens[k].end, next - tokens[k].end);
    bool mark = between.find_first_of("/&+") != std::string_view::npos && k + 1 < tokens.size();
    a.gap_after.push_back(between.find(',') != std::string_view::npos ? Alias::kComma
                          : mark                                       ? Alias::kMark
                                                                       : Alias::kJoined);
  }
  if (a.keys.empty()) {
    return;
  }
  a.acronym = a.keys.size() == 1 && is_all_caps_alias(written);
  if (a.mode != AliasMode::kRoleContext) {
    entries_[entry].aliases.emplace_back(written);  // role-context words are no names to search
  }
  if (a.mode != AliasMode::kRoleContext && a.mode != AliasMode::kDefinedOnly && has_khmer_letter(written)) {
    add_khmer_spelling(written, entry);
  }
  by_first_key_[a.keys.front()].push_back(aliases_.size());
  aliases_.push_back(std::move(a));
}

void Gazetteer::add_khmer_spelling(std::string_view written, size_t entry) {
  KhmerSpelling k{.entry = entry};
  for (const KhmerSyllable& s : khmer_syllables(written)) {
    k.syllables.push_back(s.key);
  }
  if (k.syllables.size() < 2) {
    return;  // one syllable is part of too many words to name anyone
  }
  std::vector<KhmerSpelling>& list = khmer_by_first_[k.syllables.front()];
  auto at = std::find_if(list.begin(), list.end(),
                         [&](const KhmerSpelling& o) { return o.syllables.size() < k.syllables.size(); });
  list.insert(at, std::move(k));
}

const std::vector<Gazetteer::KhmerSpelling>* Gazetteer::khmer_spellings(const std::string& syllable) const {
  auto it = khmer_by_first_.find(syllable);
  return it == khmer_by_first_.end() ? nullptr : &it->second;
}

void Gazetteer::add_entry(GazetteerEntry e, std::string_view written,
                          const std::vector<std::string>& aliases, const Analyzer& analyzer) {
  size_t index = entries_.size();
  by_canonical_.emplace(e.canonical, index);
  entries_.push_back(std::move(e));
  entries_[index].aliases.clear();
  add_alias(written, index, analyzer);
  for (const std::string& alias : aliases) {
    add_alias(alias, index, analyzer);
  }
}

Gazetteer Gazetteer::parse(std::string_view text, const Analyzer& analyzer,
                           std::string_view dictionary) {
  Gazetteer g;
  g.dictionary_ = std::make_unique<const std::string>(dictionary);
  std::vector<std::string_view> words = split_lines(*g.dictionary_);
  g.common_.reserve(words.size());
  for (std::string_view word : words) {
    if (!word.empty() && word.front() >= 'a' && word.front() <= 'z' &&
        word.find('\'') == std::string_view::npos) {
      g.common_[word] = true;
    }
  }
  size_t line_no = 0;
  for (std::string_view raw : split_lines(text)) {
    ++line_no;
    std::string_view line = trim(raw);
    if (line.starts_with("# version:")) {
      g.version_ = std::string(trim(line.substr(10)));
    }
    if (line.empty() || line.starts_with('#')) {
      continue;
    }
    std::vector<std::string> fields = split(line, '|', true);
    auto fail = [&](const std::string& why) {
      throw std::runtime_error("gazetteer line " + std::to_string(line_no) + ": " + why);
    };
    if (fields.size() >= 3 && fields[0] == "name") {
      for (const std::string& word : split(fields[2], ';')) {
        for (const Token& t : analyzer.analyze(word)) {
          g.names_.insert(t.term);
        }
      }
      continue;
    }
    std::optional<GazetteerEntry> e = fields.size() >= 2 ? entry_head(fields[0]) : std::nullopt;
    if (!e || fields[1].empty()) {
      fail("expected \"kind | canonical name | aliases\" with kind one of ministry, ngo, party, "
           "person, source, place, country, other, name");
    }
    // The canonical name is an alias too, and may carry a mode marker ("~Senate").
    std::string_view written = fields[1];
    e->canonical = std::string(written.find_first_of("~@^") == 0 ? written.substr(1) : written);
    std::vector<std::string> aliases = fields.size() >= 3 ? split(fields[2], ';') : std::vector<std::string>{};
    std::vector<std::string> cities;
    if (fields.size() >= 4 && !fields[3].empty()) {
      std::string_view attribute = fields[3];
      if (e->kind == Kind::kCountry && attribute.starts_with("cities:")) {
        cities = split(attribute.substr(7), ';');
      } else if (attribute.starts_with("country:")) {
        e->country = std::string(trim(attribute.substr(8)));
      } else if (e->kind == Kind::kPlace && trim(attribute) == "level: province") {
        e->province = true;
      } else {
        fail("the fourth field must be \"country: NAME\" (or \"cities: A; B\" for a country, "
             "\"level: province\" for a place)");
      }
    } else if (e->kind == Kind::kFacet && e->facet == Facet::kSource) {
      e->country = "";  // outlets belong to no country for tonle's purposes
    }
    if (e->kind == Kind::kCountry) {
      e->country = e->canonical;
    }
    std::string country = e->country;
    g.add_entry(std::move(*e), written, aliases, analyzer);
    for (const std::string& city : cities) {
      GazetteerEntry place{.kind = Kind::kPlace, .facet = Facet::kNgo, .canonical = city,
                           .country = country, .aliases = {}};
      g.add_entry(std::move(place), city, {}, analyzer);
    }
  }
  g.mark_generic_aliases();
  return g;
}

void Gazetteer::mark_generic_aliases() {
  // Words that make a name Cambodian: Cambodia's own names and its places'.
  std::unordered_set<std::string> cambodian = {"cambodia", "cambodian", "khmer", "kampuchea"};
  for (const Alias& a : aliases_) {
    const GazetteerEntry& e = entries_[a.entry];
    if (e.kind == Kind::kPlace && e.cambodian()) {
      cambodian.insert(a.keys.front());
    }
  }
  for (Alias& a : aliases_) {
    const GazetteerEntry& e = entries_[a.entry];
    bool state_body = e.kind == Kind::kFacet && e.facet == Facet::kMinistry && e.cambodian();
    bool says_cambodia = std::any_of(a.keys.begin(), a.keys.end(),
                                     [&](const std::string& k) { return cambodian.contains(k); });
    a.generic = a.mode == AliasMode::kWeak || (state_body && !a.acronym && !says_cambodia);
  }
}

namespace {

// The shipped gazetteer is under 1 MiB and the word list 1 MiB; a larger file is a wrong path.
constexpr uintmax_t kMaxListBytes = uintmax_t{64} << 20;

std::string read_whole(const std::string& path, std::string_view what) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw std::runtime_error("cannot read " + std::string(what) + " " + path +
                             ": not a regular file");
  }
  if (uintmax_t size = std::filesystem::file_size(path, ec); !ec && size > kMaxListBytes) {
    throw std::runtime_error("cannot read " + std::string(what) + " " + path + ": too large (" +
                             std::to_string(size >> 20) + " MiB; the limit is " +
                             std::to_string(kMaxListBytes >> 20) + " MiB)");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot read " + std::string(what) + " " + path);
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace

Gazetteer Gazetteer::load(const std::string& path, const Analyzer& analyzer,
                          const std::string& dictionary_path) {
  std::string text = read_whole(path, "gazetteer");
  std::string dictionary;
  if (!dictionary_path.empty()) {
    dictionary = read_whole(dictionary_path,
                            "the English word list (Debian package wamerican)");
  }
  try {
    return parse(text, analyzer, dictionary);
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(path + ": " + e.what());
  }
}

std::optional<size_t> Gazetteer::find_country(const std::vector<std::string>& keys) const {
  auto found = find_alias(keys);
  if (found && entries_[found->first].kind == Kind::kCountry) {
    return found->first;
  }
  return std::nullopt;
}

std::optional<AliasMatch> Gazetteer::match_at(const std::vector<Word>& words, size_t i,
                                              bool role_context) const {
  auto it = by_first_key_.find(words[i].key);
  if (it == by_first_key_.end()) {
    return std::nullopt;
  }
  std::optional<AliasMatch> best;
  for (size_t ai : it->second) {
    const Alias& a = aliases_[ai];
    size_t n = a.keys.size();
    if (i + n > words.size() || (best && best->last - best->first + 1 >= n)) {
      continue;
    }
    if (a.mode == AliasMode::kRoleContext && !role_context) {
      continue;
    }
    if (a.acronym ? !words[i].all_caps : !words[i].capitalized) {
      continue;
    }
    // (In a headline every word is capitalised: a comma does not set the name apart there.)
    // (A clause word before it sets it apart like "the": "But Republicans on the committee".)
    if (a.mode == AliasMode::kWeak && i > 0 && words[i - 1].capitalized &&
        (joined(words, i - 1) || words[i].headline) &&
        !words[i].sentence_start && words[i - 1].key != "the" &&
        !(lexicon::is_function_word(words[i - 1]) && !words[i].headline)) {
      continue;
    }
    bool ok = true;
    for (size_t k = 0; k < n && ok; ++k) {
      unsigned gap = words[i + k].gap_after;
      bool linked = a.gap_after[k] == Alias::kComma ? gap == kGapComma
                    : a.gap_after[k] == Alias::kMark ? gap == kGapDash
                                                     : joined(words, i + k);
      ok = words[i + k].key == a.keys[k] && (k + 1 == n || linked);
    }
    // "Duch" is Kaing Guek Eav, but "Duch Piseth" someone else: a one-word name of a person
    // does not match where another capitalised word goes on with it.
    const GazetteerEntry& e = entries_[a.entry];
    if (ok && n == 1 && e.kind == Kind::kFacet && e.facet == Facet::kPerson && joined(words, i) &&
        words[i + 1].capitalized && !words[i + 1].sentence_start) {
      ok = false;
    }
    if (ok) {
      best = AliasMatch{.entry = a.entry, .first = i, .last = i + n - 1, .mode = a.mode,
                        .generic = a.generic};
    }
  }
  return best;
}

std::optional<size_t> Gazetteer::find_by_canonical(std::string_view name) const {
  auto it = by_canonical_.find(std::string(name));
  return it == by_canonical_.end() ? std::nullopt : std::optional<size_t>(it->second);
}

std::optional<size_t> Gazetteer::find_by_keys(const std::vector<std::string>& keys) const {
  auto found = find_alias(keys);
  return found ? std::optional<size_t>(found->first) : std::nullopt;
}

std::optional<size_t> Gazetteer::find_in_facet(const std::vector<std::string>& keys, Facet facet) const {
  auto it = keys.empty() ? by_first_key_.end() : by_first_key_.find(keys.front());
  if (it != by_first_key_.end()) {
    for (size_t ai : it->second) {
      const GazetteerEntry& e = entries_[aliases_[ai].entry];
      if (aliases_[ai].keys == keys && e.kind == Kind::kFacet && e.facet == facet) {
        return aliases_[ai].entry;
      }
    }
  }
  return std::nullopt;
}

std::optional<size_t> Gazetteer::find_in_country(const std::vector<std::string>& keys,
                                                 std::string_view country) const {
  auto it = keys.empty() ? by_first_key_.end() : by_first_key_.find(keys.front());
  if (it != by_first_key_.end()) {
    for (size_t ai : it->second) {
      if (aliases_[ai].keys == keys && entries_[aliases_[ai].entry].country == country) {
        return aliases_[ai].entry;
      }
    }
  }
  return std::nullopt;
}

bool Gazetteer::generic_alias(const std::vector<std::string>& keys) const {
  auto it = keys.empty() ? by_first_key_.end() : by_first_key_.find(keys.front());
  if (it != by_first_key_.end()) {
    for (size_t ai : it->second) {
      if (aliases_[ai].keys == keys) {
        return aliases_[ai].generic;
      }
    }
  }
  return false;
}

std::optional<std::pair<size_t, AliasMode>> Gazetteer::find_alias(
    const std::vector<std::string>& keys) const {
  if (keys.empty()) {
    return std::nullopt;
  }
  auto it = by_first_key_.find(keys.front());
  if (it == by_first_key_.end()) {
    return std::nullopt;
  }
  for (size_t ai : it->second) {
    if (aliases_[ai].keys == keys) {
      return std::make_pair(aliases_[ai].entry, aliases_[ai].mode);
    }
  }
  return std::nullopt;
}

}  // namespace tonle::entities
