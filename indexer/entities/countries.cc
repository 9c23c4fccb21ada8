// countries.cc — see countries.h.
#include "indexer/entities/countries.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"
#include "indexer/entities/org_grammar.h"

namespace tonle::entities {

namespace {

// The country named by the word(s) right before a mention: "Japan's", "Thai", "the US".
std::string modifier_country(const Scan& scan, const Mention& m) {
  if (m.first == 0 || !joined(scan.words, m.first - 1)) {
    return "";
  }
  const Mention* c = scan.mention_ending_at(m.first - 1);
  if (c != nullptr && !c->dropped && c->kind == MentionKind::kCountry) {
    return c->canonical;
  }
  return "";
}

bool word_in(std::string_view text, std::string_view word, bool any_case) {
  std::string t = any_case ? to_lower_ascii(text) : std::string(text);
  std::string w = any_case ? to_lower_ascii(word) : std::string(word);
  for (size_t pos = t.find(w); pos != std::string::npos; pos = t.find(w, pos + 1)) {
    auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    bool start = pos == 0 || !letter(t[pos - 1]);
    bool end = pos + w.size() == t.size() || !letter(t[pos + w.size()]);
    if (start && end) {
      return true;
    }
  }
  return false;
}

// True when the name already says whose it is (the country's name or adjective is in it:
// "US Department of State", "Royal Thai Army").
bool names_country(const Gazetteer& g, std::string_view name, const std::string& country) {
  if (word_in(name, country, true)) {
    return true;
  }
  std::optional<size_t> entry = g.find_by_canonical(country);
  if (entry) {
    for (const std::string& alias : g.entries()[*entry].aliases) {
      bool capitals = std::none_of(alias.begin(), alias.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      if (word_in(name, alias, !capitals)) {
        return true;
      }
    }
  }
  return false;
}

bool all_capitals(std::string_view s) {
  return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// "FINANCE MINISTRY" (a wire headline) → "Finance Ministry".
std::string title_case(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      c = start ? c : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      start = false;
    } else {
      start = c == ' ' || c == '-';
    }
  }
  return out;
}

// The name of a generic body as any country would write it: "Finance Ministry" → "Ministry of
// Finance", "Senate" → "Senate".
std::string generic_name(const Scan& scan, const Mention& m) {
  const std::vector<Word>& w = scan.words;
  size_t first = m.first;
  while (first < m.last && w[first].key == "the") {
    ++first;
  }
  std::string name = w[m.last].key == "ministry" && m.last > first
                         ? ministry_name(span_text(scan.text, w, first, m.last - 1))
                         : span_text(scan.text, w, first, m.last);
  return all_capitals(name) ? title_case(name) : name;
}

}  // namespace

void attribute_countries(Scan& scan, const Gazetteer& g) {
  for (size_t i = 0; i < scan.mentions.size(); ++i) {
    Mention& m = scan.mentions[i];
    if (!m.is_body() || m.facet != Facet::kMinistry) {
      continue;
    }
    std::string country = modifier_country(scan, m);
    if (country.empty()) {
      country = m.country;
    }
    if (country.empty() && m.generic) {
      country = scan.story_country;
    }
    if (country.empty() && m.entry != kNoEntry && !m.generic) {
      country = g.entries()[m.entry].country;
    }
    if (country.empty()) {
      if (m.generic) {
        scan.remove(i);  // whose "Senate"? The story does not say.
      }
      continue;
    }
    m.country = country;
    const GazetteerEntry* e = m.entry != kNoEntry ? &g.entries()[m.entry] : nullptr;
    if (country == "Cambodia" || country == "international") {
      continue;  // the gazetteer's or the rule's name stands
    }
    if (scan.words[m.last].key == "embassy") {
      m.canonical = embassy_name(country);
      continue;
    }
    // A foreign body the gazetteer lists keeps its name; a generic one is named as written.
    bool own = e != nullptr && e->country == country;
    std::string name = e != nullptr && !own ? generic_name(scan, m) : m.canonical;
    if (!names_country(g, name, country)) {
      name += " (" + country + ")";
    }
    m.canonical = std::move(name);
    if (!own) {
      m.entry = kNoEntry;
    }
  }
}

}  // namespace tonle::entities
