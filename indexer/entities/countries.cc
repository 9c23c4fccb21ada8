// countries.cc — see countries.h.
#include "indexer/entities/countries.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/text.h"
#include "indexer/entities/lexicon.h"
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
bool all_capitals_word(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool names_country(const Gazetteer& g, std::string_view name, const std::string& country) {
  if (word_in(name, country, true)) {
    return true;
  }
  std::optional<size_t> entry = g.find_by_canonical(country);
  if (entry) {
    for (const std::string& alias : g.entries()[*entry].aliases) {
      bool capitals = std::none_of(alias.begin(), alias.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      // "USAID", "UKEF": an acronym that opens with the country's own capitals.
      bool acronym = capitals && alias.size() >= 2 && name.size() > alias.size() + 1 &&
                     all_capitals_word(name) && name.starts_with(alias);
      if (word_in(name, alias, !capitals) || acronym) {
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
std::string generic_name(const Scan& scan, const Gazetteer& g, const Mention& m) {
  const std::vector<Word>& w = scan.words;
  size_t first = m.first;
  size_t last = m.last;
  while (first < last && w[first].key == "the") {
    ++first;
  }
  // "Department of Justice (DOJ)": the name, not the acronym defined after it ...
  for (size_t k = first; k < last; ++k) {
    if (w[k].gap_after & kGapOpenParen) {
      last = k;
      break;
    }
  }
  // ... and "DOJ" alone is the name the article defined it as.
  if (first == last && w[first].all_caps) {
    for (const LearnedAlias& la : scan.learned) {
      if (la.acronym_key == w[first].key) {
        return la.long_form;
      }
    }
    // ... or the story's longer name of a body whose initials it is ("National Election
    // Commission ... NEC spokesman").
    if (const Mention* named = body_with_initials(scan, w[first].key)) {
      return generic_name(scan, g, *named);
    }
  }
  std::optional<std::string> department =
      w[last].key == "department" && last == first + 1 ? department_name(g, w[first]) : std::nullopt;
  std::string name = w[last].key == "ministry" && last > first
                         ? ministry_name(span_text(scan.text, w, first, last - 1))
                         : department.value_or(span_text(scan.text, w, first, last));
  return all_capitals(name) ? title_case(name) : name;
}

}  // namespace

namespace {

// A ministry's name that a shorter one may stand for: one listing subjects ("Ministry of Finance
// and National Planning") or one with words before it ("Federal Ministry of the Interior").
bool longer_ministry_name(std::string_view canonical) {
  size_t at = canonical.find("Ministry of ");
  return at != std::string_view::npos && (at > 0 || canonical.find(" and ") != std::string_view::npos);
}

// "Finance Ministry" after "the Ministry of Finance and National Planning", "Interior ministry"
// after "the Federal Ministry of the Interior": `keys` (a generic ministry's words) name one of
// the subjects the longer name lists.
bool ministry_of_subject(std::string_view canonical, const std::vector<std::string>& keys) {
  if (!longer_ministry_name(canonical)) {
    return false;
  }
  std::string subject;
  for (const std::string& k : keys) {
    if (k != "ministry" && k != "of" && k != "the") {
      subject += subject.empty() ? k : " " + k;
    }
  }
  if (subject.empty()) {
    return false;
  }
  std::string list = to_lower_ascii(canonical.substr(canonical.find("Ministry of ") + 12));
  list = list.substr(0, list.find(" ("));  // "... (Zambia)"
  if (list.starts_with("the ")) {
    list.erase(0, 4);
  }
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(", ", start);
    size_t and_at = list.find(" and ", start);
    size_t end = std::min(comma, and_at);
    if (list.substr(start, end == std::string::npos ? std::string::npos : end - start) == subject) {
      return true;
    }
    if (end == std::string::npos) {
      break;
    }
    start = end + (end == comma ? 2 : 5);
  }
  return false;
}

std::vector<std::string> name_keys(const Scan& scan, const Mention& m) {
  std::vector<std::string> keys;
  for (size_t k = m.first; k <= m.last; ++k) {
    if (scan.words[k].key != "the") {
      keys.push_back(scan.words[k].key);
    }
  }
  return keys;
}

// "the Foreign Office in London", "the Ministry of Health of Indonesia": a place right after
// the name, or its country after "of", says whose it is.
std::string place_after(const Scan& scan, const Gazetteer& g, const Mention& m) {
  const std::vector<Word>& w = scan.words;
  if (!joined(w, m.last) || m.last + 2 >= w.size() || (w[m.last + 1].key != "in" && w[m.last + 1].key != "of")) {
    return "";
  }
  size_t at = m.last + 2 + (w[m.last + 2].key == "the" ? 1 : 0);
  const Mention* p = at < w.size() ? scan.mention_starting_at(at) : nullptr;
  bool of = w[m.last + 1].key == "of";
  if (p != nullptr && !p->dropped && p->entry != kNoEntry &&
      (p->kind == MentionKind::kCountry || (p->kind == MentionKind::kPlace && !of))) {
    return g.entries()[p->entry].country;
  }
  return "";
}

// "Foreign Ministry spokeswoman X told a briefing in Hanoi": the country of a place where the
// body's spokesperson speaks ("in Hanoi", "at Bangkok"), when it is not the story's.
std::string place_in_sentence(const Scan& scan, const Gazetteer& g, const Mention& m) {
  const std::vector<Word>& w = scan.words;
  size_t start = m.last + 1;
  // Only where the body's spokesperson speaks ("... spokeswoman X told a briefing in Hanoi"):
  // "the ministry rejected a report on critics living in Thailand" says nothing about whose.
  if (start >= w.size() || !joined(w, m.last) ||
      !(lexicon::is_spokes_word(w[start]) || lexicon::is_role_noun(w[start]))) {
    return "";
  }
  for (size_t k = start; k + 1 < w.size() && !w[k].sentence_start; ++k) {
    if ((w[k].key != "in" && w[k].key != "at") || !joined(w, k)) {
      continue;
    }
    const Mention* p = scan.mention_starting_at(k + 1);
    if (p != nullptr && !p->dropped && p->entry != kNoEntry &&
        (p->kind == MentionKind::kPlace || p->kind == MentionKind::kCountry) &&
        g.entries()[p->entry].country != scan.story_country) {
      return g.entries()[p->entry].country;
    }
  }
  return "";
}

// "Royal Embassy of Cambodia in Bangkok", "Consulate General of Japan": a mission belongs to the
// country it represents, not to the one it sits in ("" when the name is no mission's).
std::string represented_country(const Gazetteer& g, std::string_view canonical) {
  for (std::string_view prefix : {"Embassy of ", "Royal Embassy of ", "Consulate General of ", "Consulate of ",
                                  "Permanent Mission of "}) {
    if (!canonical.starts_with(prefix)) {
      continue;
    }
    std::string_view rest = canonical.substr(prefix.size());
    // "... of Cambodia (Thailand)", "... of Cambodia to the United Nations in Geneva".
    rest = rest.substr(0, std::min({rest.find(" ("), rest.find(" to "), rest.find(" in ")}));
    if (rest.starts_with("the ")) {
      rest.remove_prefix(4);
    }
    std::optional<size_t> e = g.find_by_canonical(rest);
    return e && g.entries()[*e].kind == Kind::kCountry ? g.entries()[*e].canonical : "";
  }
  return "";
}

// "In Phnom Penh, the Ministry of Labour said ...": a sentence that opens on a place says whose
// the generic bodies in it are.
std::string opening_place(const Scan& scan, const Gazetteer& g, const Mention& m) {
  const std::vector<Word>& w = scan.words;
  size_t s = m.first;
  while (s > 0 && !w[s].sentence_start) {
    --s;
  }
  if (w[s].key != "in" || s + 1 >= m.first) {
    return "";
  }
  const Mention* p = scan.mention_starting_at(s + 1);
  if (p == nullptr || p->dropped || p->entry == kNoEntry || p->last >= m.first ||
      w[p->last].gap_after != kGapComma ||
      (p->kind != MentionKind::kPlace && p->kind != MentionKind::kCountry)) {
    return "";
  }
  return g.entries()[p->entry].country;
}

// "They will be handed to the Immigration Bureau at the checkpoint in Sa Kaeo": the one country
// whose places and names the body's sentence holds, when it is not the story's ("" otherwise).
std::string sentence_country(const Scan& scan, const Gazetteer& g, const Mention& m) {
  const std::vector<Word>& w = scan.words;
  size_t s = m.first;
  while (s > 0 && !w[s].sentence_start) {
    --s;
  }
  std::set<std::string> named;
  for (size_t k = s; k < w.size() && (k == s || !w[k].sentence_start); ++k) {
    const Mention* p = scan.at(k);
    if (p == nullptr || p->dropped || p->first != k || p == &m) {
      continue;
    }
    std::string c;
    if ((p->kind == MentionKind::kPlace || p->kind == MentionKind::kCountry) && p->entry != kNoEntry) {
      c = g.entries()[p->entry].country;
    } else if (p->is_body() && p->facet == Facet::kMinistry) {
      c = p->country.empty() ? scan.story_country : p->country;
    }
    if (!c.empty() && c != "international") {
      named.insert(c);
    }
  }
  return named.size() == 1 && *named.begin() != scan.story_country ? *named.begin() : "";
}

// The country other than Cambodia the story names most ("" if none).
std::string other_country(const Scan& scan, const Gazetteer& g) {
  std::map<std::string, int> named;
  for (const Mention& m : scan.mentions) {
    if (!m.dropped && m.entry != kNoEntry &&
        (m.kind == MentionKind::kCountry || m.kind == MentionKind::kPlace)) {
      const std::string& c = g.entries()[m.entry].country;
      if (!c.empty() && c != "Cambodia" && c != "international") {
        ++named[c];
      }
    }
  }
  auto best = std::max_element(named.begin(), named.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  return best == named.end() ? "" : best->first;
}

// The countries the text gave a generic name so far ("the Thai Foreign Ministry": "foreign
// ministry" → {Thailand}), by the name's words.
using SaidByWords = std::map<std::vector<std::string>, std::set<std::string>>;

// Whose a state body is (see countries.h); "" when it cannot be told. `earlier` holds the words
// and country of each gazetteer entry where the text said whose it was ("the Australian Senate").
std::string country_of(const Scan& scan, const Gazetteer& g, const Mention& m,
                       const std::map<size_t, std::pair<std::vector<std::string>, std::string>>& earlier,
                       const SaidByWords& said_by_words) {
  // A body the gazetteer lists by a name of its own is the listing's: "the European Union
  // delegation in Phnom Penh" stays the EU's delegation, wherever it sits.
  if (m.entry != kNoEntry && !m.generic && !g.entries()[m.entry].country.empty()) {
    return g.entries()[m.entry].country;
  }
  std::string country = represented_country(g, m.canonical);
  if (country.empty()) {
    country = modifier_country(scan, m);
  }
  if (country.empty()) {
    country = place_after(scan, g, m);
  }
  // "PDRM's Commercial Crime Investigation Department": the owner's country.
  if (country.empty() && m.first > 0 && scan.words[m.first - 1].possessive) {
    const Mention* owner = scan.mention_ending_at(m.first - 1);
    if (owner != nullptr && owner->is_body() && !owner->country.empty()) {
      country = owner->country;
    }
  }
  if (country.empty()) {
    country = m.country;
  }
  const GazetteerEntry* e = m.entry != kNoEntry ? &g.entries()[m.entry] : nullptr;
  // "the Australian Senate ... report to the Senate": the same body, named the same way.
  if (country.empty() && m.generic && m.entry != kNoEntry) {
    if (auto it = earlier.find(m.entry); it != earlier.end() && it->second.first == name_keys(scan, m)) {
      country = it->second.second;
    }
  }
  // "The Thai Foreign Ministry said ... Foreign Ministry spokesman X": the one country the text
  // gave these words before.
  if (country.empty() && m.generic) {
    if (auto it = said_by_words.find(name_keys(scan, m)); it != said_by_words.end() && it->second.size() == 1) {
      country = *it->second.begin();
    }
  }
  if (country.empty() && m.generic) {
    country = place_in_sentence(scan, g, m);
  }
  if (country.empty() && m.generic) {
    country = opening_place(scan, g, m);
  }
  bool from_story = false;  // only the story's country says whose it is
  if (country.empty() && m.generic) {
    country = scan.story_country;
    from_story = true;
    // Cambodia's state bodies are all listed: a generic name none of them has is the listing's
    // own country's in a story about Cambodia ("The Foreign Office said ...").
    if (e != nullptr && country == "Cambodia" && e->country != "Cambodia" &&
        !g.find_in_country(name_keys(scan, m), "Cambodia")) {
      country = e->country;
    }
  }
  if (country.empty() && e != nullptr && !m.generic) {
    country = e->country;
  }
  // An unlisted body only the story's country placed, in a story about Cambodia where foreign
  // bodies mix with its own: its sentence's one other country, if any (a joint body, such as a
  // boundary commission, is both countries').
  bool joint = std::ranges::any_of(name_keys(scan, m), [](const std::string& k) { return k == "joint"; });
  if (from_story && e == nullptr && country == "Cambodia" && !joint) {
    if (std::string local = sentence_country(scan, g, m); !local.empty()) {
      country = local;
    }
  }
  // A ministry Cambodia does not have ("Ministry of Human Resources") in a story about Cambodia
  // is the other country's the story is about.
  bool ministry = scan.words[m.last].key == "ministry" || m.canonical.starts_with("Ministry ");
  if (country == "Cambodia" && e == nullptr && ministry) {
    if (std::string other = other_country(scan, g); !other.empty()) {
      country = other;
    }
  }
  return country;
}

// "the farm lobby in Congress ... the National Congress": a one-word generic name is the one
// longer name of the same country the story gives that ends with it, wherever that comes.
void name_short_forms(Scan& scan) {
  for (Mention& m : scan.mentions) {
    std::vector<std::string> keys = name_keys(scan, m);
    if (!m.is_body() || m.facet != Facet::kMinistry || !m.generic || keys.size() != 1 || m.country.empty()) {
      continue;
    }
    std::set<std::string> longer;
    const Mention* named = nullptr;
    for (const Mention& n : scan.mentions) {
      if (&n == &m || !n.is_body() || n.facet != Facet::kMinistry || n.country != m.country) {
        continue;
      }
      std::vector<std::string> nk = name_keys(scan, n);
      if (nk.size() > 1 && nk.back() == keys.front()) {
        longer.insert(n.canonical);
        named = &n;
      }
    }
    if (longer.size() == 1) {
      m.canonical = named->canonical;
      m.entry = named->entry;
    }
  }
}

}  // namespace

void attribute_countries(Scan& scan, const Gazetteer& g) {
  // In text order: an owner ("PDRM's") is placed before what it owns.
  std::vector<size_t> order(scan.mentions.size());
  for (size_t i = 0; i < order.size(); ++i) {
    order[i] = i;
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return scan.mentions[a].first < scan.mentions[b].first;
  });
  // entry → (its words, the country the text gave it)
  std::map<size_t, std::pair<std::vector<std::string>, std::string>> said;
  std::map<size_t, std::set<std::string>> countries_of;  // entry → the countries given it so far
  SaidByWords said_by_words;
  std::vector<size_t> named;  // state bodies named by a longer name so far, in text order
  std::vector<size_t> listing;  // ministries whose names list their subjects, so far
  for (size_t i : order) {
    Mention& m = scan.mentions[i];
    if (!m.is_body() || m.facet != Facet::kMinistry) {
      continue;
    }
    // "the Ohio Senate ... Senate President X": a generic name after a longer name that ends
    // with it is that body again.
    if (m.generic && modifier_country(scan, m).empty()) {
      std::vector<std::string> keys = name_keys(scan, m);
      const Mention* longer = nullptr;
      for (size_t p : named) {
        const Mention& n = scan.mentions[p];
        std::vector<std::string> nk = keys_of(scan, n.first, n.last);
        if (!n.dropped && nk.size() > keys.size() && std::equal(keys.rbegin(), keys.rend(), nk.rbegin())) {
          longer = &n;
        }
      }
      for (size_t p : listing) {
        if (!scan.mentions[p].dropped && ministry_of_subject(scan.mentions[p].canonical, keys)) {
          longer = &scan.mentions[p];
        }
      }
      if (longer != nullptr) {
        m.canonical = longer->canonical;
        m.country = longer->country;
        m.entry = longer->entry;
        m.generic = false;
        continue;
      }
    }
    // "Mexico's National Institute of Anthropology and History (INAH) ... INAH spokeswoman": an
    // acronym the article defined is the body of its definition, in the definition's country.
    if (m.rule == "learned acronym" && modifier_country(scan, m).empty()) {
      const Mention* definition = nullptr;
      for (const Mention& d : scan.mentions) {  // (placed already: it comes first in the text)
        if (d.first < m.first && !d.dropped && !d.country.empty() &&
            d.canonical == m.canonical + " (" + d.country + ")") {
          definition = &d;
        }
      }
      if (definition != nullptr) {
        m.canonical = definition->canonical;
        m.country = definition->country;
        continue;
      }
    }
    if (!m.generic && m.last > m.first) {
      named.push_back(i);
    }
    if (longer_ministry_name(m.canonical)) {
      listing.push_back(i);  // "Ministry of Finance and National Planning", "Federal Ministry of ..."
    }
    size_t entry = m.entry;
    bool modified = !modifier_country(scan, m).empty();
    std::string country = country_of(scan, g, m, said, said_by_words);
    if (m.generic && modified && !country.empty()) {
      said_by_words[name_keys(scan, m)].insert(country);
    }
    if (entry != kNoEntry && !country.empty()) {
      // A body named for two countries ("the Ministry of Labour ... Thailand's Labour
      // Ministry") leaves a later bare name to the story's country.
      countries_of[entry].insert(country);
      if (modified && countries_of[entry].size() == 1) {
        said.emplace(entry, std::make_pair(name_keys(scan, m), country));
      } else if (countries_of[entry].size() > 1) {
        said.erase(entry);
      }
    }
    if (country.empty()) {
      if (m.generic) {
        scan.remove(i);  // whose "Senate"? The story does not say.
      }
      continue;
    }
    m.country = country;
    const GazetteerEntry* e = m.entry != kNoEntry ? &g.entries()[m.entry] : nullptr;
    if (country == "international" || (country == "Cambodia" && (e == nullptr || e->cambodian()))) {
      continue;  // the gazetteer's or the rule's name stands
    }
    if (scan.words[m.last].key == "embassy") {
      m.canonical = embassy_name(country);
      continue;
    }
    // A foreign body the gazetteer lists keeps its name; a generic name the gazetteer knows as
    // that country's body is that body ("Senate" in a US story: the United States Senate).
    if (e != nullptr && e->country != country) {
      if (auto local = g.find_in_country(name_keys(scan, m), country)) {
        m.entry = *local;
        m.canonical = g.entries()[*local].canonical;
        e = &g.entries()[*local];
      }
    }
    bool own = e != nullptr && e->country == country;
    std::string name = e != nullptr && !own ? generic_name(scan, g, m) : m.canonical;
    // "Ministry of Foreign Affairs of Japan" is written as any foreign ministry is: "Ministry of
    // Foreign Affairs (Japan)".
    for (std::string_view tail : {std::string(" of ") + country, std::string(" of the ") + country}) {
      if (name.starts_with("Ministry of ") && name.ends_with(tail) && name.size() > 12 + tail.size()) {
        name.resize(name.size() - tail.size());
        break;
      }
    }
    if (!names_country(g, name, country)) {
      name += " (" + country + ")";
    }
    m.canonical = std::move(name);
    if (!own) {
      m.entry = kNoEntry;
    }
  }
  name_short_forms(scan);
}

}  // namespace tonle::entities
