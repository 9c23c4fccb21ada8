// person_rules.cc — person rules declared in person_rules.h.
#include "indexer/entities/person_rules.h"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_set>
#include <vector>

#include "indexer/entities/org_rules.h"

namespace tonle::entities {

namespace {

// Role and title phrases, as analyzer keys. Honorifics carry no role.
struct Title {
  std::array<std::string_view, 3> keys;
  bool honorific;
};
constexpr std::array<Title, 32> kTitles = {{
    {{"deputy", "prime", "minister"}, false}, {{"prime", "minister", ""}, false},
    {{"secretary", "of", "state"}, false},    {{"minister", "", ""}, false},
    {{"president", "", ""}, false},           {{"chairman", "", ""}, false},
    {{"chairwoman", "", ""}, false},          {{"chairperson", "", ""}, false},
    {{"spokesman", "", ""}, false},           {{"spokeswoman", "", ""}, false},
    {{"spokesperson", "", ""}, false},        {{"director", "", ""}, false},
    {{"ambassador", "", ""}, false},          {{"governor", "", ""}, false},
    {{"senator", "", ""}, false},             {{"lawmaker", "", ""}, false},
    {{"activist", "", ""}, false},            {{"leader", "", ""}, false},
    {{"judge", "", ""}, false},               {{"general", "", ""}, false},
    {{"king", "", ""}, false},                {{"commissioner", "", ""}, false},
    {{"mr", "", ""}, true},                   {{"ms", "", ""}, true},
    {{"mrs", "", ""}, true},                  {{"dr", "", ""}, true},
    {{"samdech", "", ""}, true},              {{"oknha", "", ""}, true},
    {{"excellency", "", ""}, true},           {{"techo", "", ""}, true},
    {{"venerable", "", ""}, true},            {{"lok", "chumteav", ""}, true},
}};

// Nouns that make a phrase after "NAME," a role: "deputy director of …".
constexpr std::array<std::string_view, 30> kRoleNouns = {
    "director",    "spokesman",  "spokeswoman", "spokesperson", "president",   "chairman",
    "chairperson", "head",       "secretary",   "minister",     "researcher",  "founder",
    "lawyer",      "official",   "member",      "investigator", "coordinator", "adviser",
    "advisor",     "analyst",    "professor",   "ambassador",   "monitor",     "chief",
    "leader",      "executive",  "manager",     "officer",      "representative", "governor"};

constexpr std::array<std::string_view, 22> kSpeechVerbs = {
    "said",     "says",      "told",      "added",    "stressed", "explained", "emphasized",
    "emphasised", "noted",   "claimed",   "stated",   "countered", "dismissed", "urged",
    "warned",   "insisted",  "argued",    "responded", "rejected", "denied",   "highlighted",
    "asserted"};

// Capitalised words that never form a person's name.
constexpr std::array<std::string_view, 40> kNeverNames = {
    "the", "a", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "his",
    "her", "their", "our", "its", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
    "september", "october", "november", "december", "covid", "un", "us", "eu", "asean"};
// Words that open clauses; also Khmer family names ("Or", "In", "Ou"), so after a title they
// may start a name ("spokeswoman Or Vandine").
constexpr std::array<std::string_view, 19> kClauseWords = {
    "in", "on", "at", "for", "but", "and", "or", "if", "as", "by", "to", "of", "with", "after",
    "before", "during", "while", "when", "ou"};

bool contains(const auto& list, std::string_view key) {
  return std::find(list.begin(), list.end(), key) != list.end();
}

// Words that can never be part of a person's name: pronouns and months, title and role words
// (organisation heads are checked by is_org_head). Built once (immutable afterwards, so safe to share); name_word runs
// for nearly every word of every article.
const std::unordered_set<std::string_view>& not_name_words() {
  static const std::unordered_set<std::string_view> words = [] {
    std::unordered_set<std::string_view> w(kNeverNames.begin(), kNeverNames.end());
    w.insert(kRoleNouns.begin(), kRoleNouns.end());
    for (const Title& t : kTitles) {
      for (std::string_view k : t.keys) {
        if (!k.empty()) {
          w.insert(k);
        }
      }
    }
    return w;
  }();
  return words;
}

bool contains(const std::unordered_set<std::string_view>& set, std::string_view key) {
  return set.contains(key);
}

bool name_word(const Scan& scan, size_t i, bool after_title = false) {
  if (i >= scan.words.size() || scan.covered(i)) {
    return false;
  }
  const Word& w = scan.words[i];
  if (!w.capitalized || w.all_caps || w.key.size() < 2) {
    return false;
  }
  for (char c : w.key) {
    if (!((c >= 'a' && c <= 'z') || c == '-' || static_cast<unsigned char>(c) >= 0x80)) {
      return false;
    }
  }
  return !contains(not_name_words(), w.key) && (after_title || !contains(kClauseWords, w.key)) &&
         !is_org_head(w.key) && !is_company_suffix(w.key);
}

// A longer name found earlier that ends with these words ("Sam Ath" → "Am Sam Ath").
std::optional<std::string> earlier_full_name(const Scan& scan, size_t first, size_t last) {
  std::vector<std::string> keys = keys_of(scan, first, last);
  for (const Mention& m : scan.mentions) {
    if (m.faceted && m.facet == Facet::kPerson && m.last - m.first + 1 > keys.size()) {
      std::vector<std::string> tail = keys_of(scan, m.last + 1 - keys.size(), m.last);
      if (tail == keys) {
        return m.canonical;
      }
    }
  }
  return std::nullopt;
}

std::string canonical_person(const Scan& scan, const Gazetteer& g, size_t first, size_t last) {
  if (auto full = earlier_full_name(scan, first, last)) {
    return *full;
  }
  if (auto e = g.find_by_keys(keys_of(scan, first, last))) {
    if (g.entries()[*e].kind == Kind::kFacet && g.entries()[*e].facet == Facet::kPerson) {
      return g.entries()[*e].canonical;
    }
  }
  return span_text(scan.text, scan.words, first, last);
}

}  // namespace

size_t add_person(Scan& scan, const Gazetteer& g, size_t first, size_t len, std::string role) {
  return scan.add(Mention{.facet = Facet::kPerson,
                          .canonical = canonical_person(scan, g, first, first + len - 1),
                          .first = first,
                          .last = first + len - 1,
                          .role = std::move(role)});
}

namespace {

// "NAME, deputy director of rights group Licadho": role and affiliation after the name.
void read_apposition(Scan& scan, size_t person) {
  const std::vector<Word>& w = scan.words;
  size_t i = scan.mentions[person].last;
  if (!(w[i].gap_after & kGapComma)) {
    return;
  }
  size_t k = i + 1;
  if (k < w.size() && (w[k].key == "a" || w[k].key == "an" || w[k].key == "the")) {
    ++k;
  }
  size_t role_first = k;
  size_t role_last = k;
  bool found = false;
  for (; k < w.size() && k < role_first + 4 && (k == role_first || joined(w, k - 1)); ++k) {
    if (contains(kRoleNouns, w[k].key)) {
      role_last = k;
      found = true;
    }
  }
  if (!found) {
    return;
  }
  scan.mentions[person].role = span_text(scan.text, w, role_first, role_last);
  for (k = role_last + 1; k < w.size() && k <= role_last + 6 && joined(w, k - 1); ++k) {
    if (const Mention* org = scan.mention_starting_at(k); org && org->faceted &&
                                                           org->facet != Facet::kPerson) {
      scan.mentions[person].affiliations.push_back(org->canonical);
      return;
    }
  }
}

// "The Chairman of the Human Rights Committee, Mr. Keo Remy": role and body before the name.
void read_preceding_role(Scan& scan, size_t person, size_t start) {
  const std::vector<Word>& w = scan.words;
  if (start == 0 || !(w[start - 1].gap_after & kGapComma) || !scan.mentions[person].role.empty()) {
    return;
  }
  const Mention* org = scan.mention_ending_at(start - 1);
  if (org == nullptr || !org->faceted || org->facet == Facet::kPerson || org->first < 2) {
    return;
  }
  size_t k = org->first - 1;
  if (w[k].key == "the" && k > 0) {
    --k;
  }
  if ((w[k].key != "of" && w[k].key != "for") || k == 0 || !contains(kRoleNouns, w[k - 1].key)) {
    return;
  }
  std::string body = org->canonical;
  scan.mentions[person].role = std::string(w[k - 1].surface);
  scan.mentions[person].affiliations.push_back(body);
}

void find_titled_names(Scan& scan, const Gazetteer& g) {
  for (size_t i = 1; i < scan.words.size(); ++i) {
    size_t len = name_length_at(scan, i, /*after_title=*/true);
    if (len == 0) {
      continue;
    }
    std::optional<RolePhrase> title = role_phrase_ending_at(scan, i - 1);
    bool abbreviation_dot = scan.words[i - 1].gap_after == kGapSentence &&
                            scan.words[i - 1].surface.size() <= 3;
    if (!title || !(joined(scan.words, i - 1) || abbreviation_dot)) {
      continue;
    }
    size_t p = add_person(scan, g, i, len, title->role);
    read_apposition(scan, p);
    read_preceding_role(scan, p, title->first);
    // "KYA president Chhan Sokunthea": the body named right before the title.
    if (title->first > 0 && !title->role.empty() && joined(scan.words, title->first - 1)) {
      const Mention* body = scan.mention_ending_at(title->first - 1);
      if (body != nullptr && body->faceted && body->facet != Facet::kPerson) {
        scan.mentions[p].affiliations.push_back(body->canonical);
      }
    }
    i += len - 1;
  }
}

void find_subjects_and_appositions(Scan& scan, const Gazetteer& g) {
  const std::vector<Word>& w = scan.words;
  for (size_t i = 0; i < w.size(); ++i) {
    size_t len = name_length_at(scan, i);
    if (len == 0) {
      continue;
    }
    size_t after = i + len;
    bool clause_start = w[i].sentence_start ||
                        (i > 0 && (w[i - 1].gap_after & (kGapQuote | kGapComma)));
    bool speaks = joined(w, after - 1) && after < w.size() && contains(kSpeechVerbs, w[after].key);
    bool inverted = i > 0 && joined(w, i - 1) && contains(kSpeechVerbs, w[i - 1].key) &&
                    (after >= w.size() || w[after - 1].gap_after != kGapSpace);
    bool apposition = clause_start && (w[after - 1].gap_after & kGapComma);
    if (!((clause_start && speaks) || inverted || apposition)) {
      continue;
    }
    size_t p = add_person(scan, g, i, len, "");
    read_apposition(scan, p);
    if (apposition && scan.mentions[p].role.empty() && !speaks) {
      // "Phnom Penh, the capital": an apposition without a role is no evidence of a person.
      scan.owner[i] = -1;
      for (size_t k = i; k < after; ++k) {
        scan.owner[k] = -1;
      }
      scan.mentions.pop_back();
      continue;
    }
    i = after - 1;
  }
}

// "Sokkhoeurn said" after "An Sokkhoeurn": the last one or two words of a name found earlier.
void resolve_partial_names(Scan& scan) {
  std::map<std::vector<std::string>, std::string> suffixes;  // keys → canonical ("" ambiguous)
  for (const Mention& m : scan.mentions) {
    if (m.facet != Facet::kPerson || !m.faceted || m.last == m.first) {
      continue;
    }
    for (size_t from = m.first + 1; from <= m.last; ++from) {
      auto [it, fresh] = suffixes.emplace(keys_of(scan, from, m.last), m.canonical);
      if (!fresh && it->second != m.canonical) {
        it->second.clear();
      }
    }
  }
  for (size_t i = 0; i < scan.words.size(); ++i) {
    for (size_t len : {2, 1}) {
      if (i + len > scan.words.size() || !name_word(scan, i) ||
          (len == 2 && (!joined(scan.words, i) || !name_word(scan, i + 1)))) {
        continue;
      }
      auto it = suffixes.find(keys_of(scan, i, i + len - 1));
      if (it != suffixes.end() && !it->second.empty()) {
        scan.add(Mention{.facet = Facet::kPerson, .canonical = it->second, .first = i,
                         .last = i + len - 1});
        i += len - 1;
        break;
      }
    }
  }
}

}  // namespace

bool is_spokes_word(std::string_view key) {
  return key == "spokesman" || key == "spokeswoman" || key == "spokesperson" ||
         key == "spokesmen" || key == "spokeswomen" || key == "spokespeople" ||
         key == "spokespersons";
}

std::optional<RolePhrase> role_phrase_ending_at(const Scan& scan, size_t last) {
  for (const Title& t : kTitles) {
    size_t n = t.keys[2].empty() ? (t.keys[1].empty() ? 1 : 2) : 3;
    if (last + 1 < n) {
      continue;
    }
    size_t first = last + 1 - n;
    bool ok = true;
    for (size_t k = 0; k < n && ok; ++k) {
      ok = scan.words[first + k].key == t.keys[k] && (k + 1 == n || joined(scan.words, first + k));
    }
    if (ok && t.keys[0] == "he" && scan.words[first].surface != "H.E") {
      ok = false;
    }
    if (ok) {
      return RolePhrase{.first = first,
                        .role = t.honorific ? "" : span_text(scan.text, scan.words, first, last)};
    }
  }
  return std::nullopt;
}

size_t name_length_at(const Scan& scan, size_t i, bool after_title) {
  size_t n = 0;
  while (n < 3 && name_word(scan, i + n, after_title && n == 0) &&
         (n == 0 || joined(scan.words, i + n - 1))) {
    ++n;
  }
  // A fourth name word means this is no person name we understand ("Angkor Empire Marathon").
  if (n == 3 && joined(scan.words, i + 2) && name_word(scan, i + 3)) {
    return 0;
  }
  return n >= 2 ? n : 0;
}

void find_people(Scan& scan, const Gazetteer& g) {
  // Gazetteer people were matched in the organisation pass; give them their roles too.
  for (size_t m = 0; m < scan.mentions.size(); ++m) {
    if (scan.mentions[m].facet == Facet::kPerson && scan.mentions[m].faceted) {
      size_t first = scan.mentions[m].first;
      if (first > 0) {
        if (auto title = role_phrase_ending_at(scan, first - 1)) {
          scan.mentions[m].role = title->role;
          read_preceding_role(scan, m, title->first);
        }
      }
      read_apposition(scan, m);
    }
  }
  find_titled_names(scan, g);
  find_subjects_and_appositions(scan, g);
  resolve_partial_names(scan);
}

}  // namespace tonle::entities
