// gazetteer.cc — the gazetteer file parser and alias matcher.
#include "indexer/entities/gazetteer.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/text.h"

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
  if (kind == "place" || kind == "other") {
    e.kind = kind == "place" ? Kind::kPlace : Kind::kOther;
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
  for (const Token& t : analyzer.analyze(written)) {
    a.keys.push_back(t.term);
  }
  if (a.keys.empty()) {
    return;
  }
  a.acronym = a.keys.size() == 1 && is_all_caps_alias(written);
  if (a.mode != AliasMode::kRoleContext) {
    entries_[entry].aliases.emplace_back(written);  // role-context words are no names to search
  }
  by_first_key_[a.keys.front()].push_back(aliases_.size());
  aliases_.push_back(std::move(a));
}

Gazetteer Gazetteer::parse(std::string_view text, const Analyzer& analyzer) {
  Gazetteer g;
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
    std::optional<GazetteerEntry> e = fields.size() >= 2 ? entry_head(fields[0]) : std::nullopt;
    if (!e || fields[1].empty()) {
      throw std::runtime_error("gazetteer line " + std::to_string(line_no) +
                               ": expected \"kind | canonical name | aliases\" with kind one of "
                               "ministry, ngo, party, person, source, place, other");
    }
    // The canonical name is an alias too, and may carry a mode marker ("~Senate").
    std::string_view written = fields[1];
    e->canonical = std::string(written.find_first_of("~@^") == 0 ? written.substr(1) : written);
    size_t index = g.entries_.size();
    g.entries_.push_back(std::move(*e));
    g.entries_[index].aliases.clear();
    g.add_alias(written, index, analyzer);
    if (fields.size() >= 3) {
      for (const std::string& alias : split(fields[2], ';')) {
        g.add_alias(alias, index, analyzer);
      }
    }
  }
  return g;
}

Gazetteer Gazetteer::load(const std::string& path, const Analyzer& analyzer) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot read gazetteer " + path);
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  try {
    return parse(buf.str(), analyzer);
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(path + ": " + e.what());
  }
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
    if (a.mode == AliasMode::kWeak && i > 0 && words[i - 1].capitalized &&
        !words[i].sentence_start && words[i - 1].key != "the") {
      continue;
    }
    bool ok = true;
    for (size_t k = 0; k < n && ok; ++k) {
      ok = words[i + k].key == a.keys[k] && (k + 1 == n || joined(words, i + k));
    }
    if (ok) {
      best = AliasMatch{.entry = a.entry, .first = i, .last = i + n - 1, .mode = a.mode};
    }
  }
  return best;
}

std::optional<size_t> Gazetteer::find_by_keys(const std::vector<std::string>& keys) const {
  auto found = find_alias(keys);
  return found ? std::optional<size_t>(found->first) : std::nullopt;
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
