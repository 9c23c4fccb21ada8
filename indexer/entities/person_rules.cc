// person_rules.cc — person rules declared in person_rules.h.
#include "indexer/entities/person_rules.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "indexer/entities/lexicon.h"
#include "indexer/entities/org_grammar.h"

namespace tonle::entities {

namespace {

namespace lx = lexicon;

bool is_number(const Word& w) {
  return !w.key.empty() && std::all_of(w.key.begin(), w.key.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool speech_verb_at(const Scan& scan, size_t i) {
  return i < scan.words.size() && !scan.words[i].capitalized && lx::is_speech_verb(scan.words[i]);
}

// The word after a name and its punctuation: "NAME said", "NAME, 45, said", "NAME (left)".
bool speech_after(const Scan& scan, size_t last) {
  const std::vector<Word>& w = scan.words;
  if (joined(w, last) && speech_verb_at(scan, last + 1)) {
    return true;
  }
  // "NAME, 45, said"
  return (w[last].gap_after & kGapComma) && last + 2 < w.size() && is_number(w[last + 1]) &&
         (w[last + 1].gap_after & kGapComma) && speech_verb_at(scan, last + 2);
}

bool speech_before(const Scan& scan, size_t first) {
  return first > 0 && joined(scan.words, first - 1) && speech_verb_at(scan, first - 1);
}

// "NAME, a researcher at ...", "NAME, deputy director of ...", "NAME, 45,", "NAME, who ...".
bool apposition_after(const Scan& scan, size_t last) {
  const std::vector<Word>& w = scan.words;
  if (!(w[last].gap_after & kGapComma) || last + 1 >= w.size()) {
    return false;
  }
  size_t k = last + 1;
  if (is_number(w[k]) || w[k].key == "who") {
    return true;
  }
  bool clause = false;  // past a clause's opener
  for (size_t n = 0; k < w.size() && n < 8; ++k, ++n) {
    // "... over Werder Bremen, as substitute NAME headed in": after a clause's opener a role
    // before another name is that one's ("NAME, to take over as oil minister" is NAME's).
    static constexpr auto kClauseOpeners = std::to_array<std::string_view>(
        {"after", "although", "as", "because", "before", "but", "since", "though", "until", "when", "where", "while"});
    clause = clause || std::find(kClauseOpeners.begin(), kClauseOpeners.end(), w[k].key) != kClauseOpeners.end();
    if (lx::is_role_noun(w[k]) || lx::is_spokes_word(w[k])) {
      return !(clause && joined(w, k) && k + 1 < w.size() && w[k + 1].capitalized);
    }
    if (!joined(w, k)) {
      break;
    }
  }
  return false;
}

// "The company's human resources manager, Zhang Wei, said": a role noun in the clause before.
bool apposition_before(const Scan& scan, size_t first, size_t last) {
  const std::vector<Word>& w = scan.words;
  if (first == 0 || !(w[first - 1].gap_after & kGapComma)) {
    return false;
  }
  bool closed = (w[last].gap_after & (kGapComma | kGapSentence)) || speech_after(scan, last);
  if (!closed) {
    return false;
  }
  for (size_t k = first - 1, n = 0; n < 7; --k, ++n) {
    if (lx::is_role_noun(w[k]) || lx::is_spokes_word(w[k])) {
      return true;
    }
    if (k == 0 || !joined(w, k - 1)) {
      break;
    }
  }
  return false;
}

bool according_to(const Scan& scan, size_t first) {
  return first >= 2 && scan.words[first - 1].key == "to" && scan.words[first - 2].key == "according";
}

// "Marcos Albuquerque of Republicanos", "Lina Ortiz of the Green Party": a name set before the
// party it belongs to.
bool party_after(const Scan& scan, size_t last) {
  const std::vector<Word>& w = scan.words;
  if (last + 2 >= w.size() || !joined(w, last) || w[last + 1].key != "of" || !joined(w, last + 1)) {
    return false;
  }
  size_t at = last + 2 + (w[last + 2].key == "the" && last + 3 < w.size() ? 1 : 0);
  const Mention* m = scan.mention_starting_at(at);
  return m != nullptr && m->is_body() && m->facet == Facet::kParty;
}

// The name lexicon: a known name word first, and every other word a known name word or no
// common English word ("Hoang Lam Rubber Development" is a company).
bool lexicon_name(const Scan& scan, const Gazetteer& g, size_t first, size_t last) {
  if (!listed_name_word(g, scan.words[first])) {
    return false;
  }
  bool other = false;
  for (size_t k = first + 1; k <= last; ++k) {
    const std::string& key = scan.words[k].key;
    if (key.size() <= 1) {
      continue;  // an initial
    }
    if (g.is_common_word(key) && !listed_name_word(g, scan.words[k])) {
      return false;
    }
    other = true;
  }
  return other;
}

// The canonical form: the gazetteer's, or a longer name found earlier that ends with these
// words ("Sam Ath" → "Am Sam Ath"), or the words as written.
std::string canonical_person(const Scan& scan, const Gazetteer& g, size_t first, size_t last) {
  std::vector<std::string> keys = keys_of(scan, first, last);
  if (auto e = g.find_by_keys(keys)) {
    if (g.entries()[*e].kind == Kind::kFacet && g.entries()[*e].facet == Facet::kPerson) {
      return g.entries()[*e].canonical;
    }
  }
  for (const Mention& m : scan.mentions) {
    if (m.is_person() && m.last - m.first + 1 > keys.size()) {
      if (keys_of(scan, m.last + 1 - keys.size(), m.last) == keys) {
        return m.canonical;
      }
      // "Ahmad Faizal" after "Ahmad Faizal Rahman": the first words of a longer name.
      if (keys.size() >= 2 && keys_of(scan, m.first, m.first + keys.size() - 1) == keys) {
        return m.canonical;
      }
    }
  }
  std::string name = span_text(scan.text, scan.words, first, last);
  // "Ferdinand Marcos Jr.": a generational suffix keeps the full stop it is written with.
  const Word& end = scan.words[last];
  if ((end.key == "jr" || end.key == "sr") && (end.gap_after & kGapAbbrev)) {
    name += '.';
  }
  return name;
}

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
  std::optional<size_t> role_last;
  for (; k < w.size() && k < role_first + 5 && (k == role_first || joined(w, k - 1)); ++k) {
    if (role_last && (w[k].key == "for" || w[k].key == "at")) {
      break;  // "spokeswoman for the National Assembly": the body follows, not more of the role
    }
    if (lx::is_role_noun(w[k]) || lx::is_spokes_word(w[k])) {
      role_last = k;
    }
  }
  if (!role_last) {
    return;
  }
  if (scan.mentions[person].role.empty()) {
    scan.mentions[person].role = span_text(scan.text, w, role_first, *role_last);
  }
  for (k = role_first; k < w.size() && k <= *role_last + 6 && (k == role_first || joined(w, k - 1)); ++k) {
    if (const Mention* org = scan.mention_starting_at(k); org != nullptr && org->is_body()) {
      scan.mentions[person].affiliations.push_back(org->canonical);
      return;
    }
  }
}

void add_titled_body(Scan& scan, size_t person, const RolePhrase& title) {
  // "KYA president Chhan Sokunthea": the body named right before the title.
  if (title.first > 0 && !title.role.empty() && joined(scan.words, title.first - 1)) {
    const Mention* body = scan.mention_ending_at(title.first - 1);
    if (body != nullptr && body->is_body()) {
      scan.mentions[person].affiliations.push_back(body->canonical);
    }
  }
}

// Evidence that the name at [first, last] is a person, by its context ("" if none).
std::string_view context_evidence(const Scan& scan, size_t first, size_t last,
                                  std::optional<RolePhrase>* title) {
  const std::vector<Word>& w = scan.words;
  if (first > 0 && (joined(w, first - 1) || (w[first - 1].gap_after & kGapAbbrev))) {
    *title = role_phrase_ending_at(scan, first - 1);
    if (*title) {
      return "title or role before the name";
    }
  }
  // "Justice Helena Cardoso": a judge's title ("the Justice Ministry" has no name after it).
  if (first > 0 && joined(w, first - 1) && w[first - 1].capitalized && w[first - 1].key == "justice" &&
      last > first) {
    return "title or role before the name";
  }
  if (speech_after(scan, last) || speech_before(scan, first)) {
    return "reported speech";
  }
  if (apposition_after(scan, last) || apposition_before(scan, first, last)) {
    return "apposition with a role";
  }
  if (according_to(scan, first)) {
    return "according to";
  }
  if (party_after(scan, last)) {
    return "a party's member";
  }
  return "";
}

namespace {

// "a spokeswoman", "the party's deputy spokesman", "an embassy spokesperson": an article, up to
// three lower-case words, then a spokesperson's word, from word k.
bool spokes_role_follows(const Scan& scan, size_t k) {
  const std::vector<Word>& w = scan.words;
  if (k >= w.size() || (w[k].key != "a" && w[k].key != "an" && w[k].key != "the")) {
    return false;
  }
  for (size_t n = k + 1; n < w.size() && n <= k + 4 && joined(w, n - 1); ++n) {
    if (lx::is_spokes_word(w[n])) {
      return true;
    }
    if (w[n].capitalized || lx::is_function_word(w[n])) {
      return false;
    }
  }
  return false;
}

bool khmer_place_word(std::string_view key) {
  static constexpr std::array<std::string_view, 9> kPlaceWords = {
      "beng", "boeng", "boeung", "koh", "prek", "stoeng", "steung", "stung", "wat"};
  return std::find(kPlaceWords.begin(), kPlaceWords.end(), key) != kPlaceWords.end();
}

}  // namespace

void find_named_people(Scan& scan, const Gazetteer& g) {
  const std::vector<Word>& w = scan.words;
  for (size_t i = 0; i < w.size(); ++i) {
    size_t len = name_length_at(scan, g, i);
    bool clause_name = false;
    auto complement_word = [](const Word& word) {
      return word.key == "of" || word.key == "for" || word.key == "to";
    };
    // "Ambassador to Cambodia Mariska Vanderhoeven": a role's complement before the name.
    // ("Minister for International Affairs Kenji Morimoto": the name opens with no English word).
    bool after_complement = i >= 3 && w[i - 1].capitalized && (scan.name_shape[i] & kShapeStart) &&
                            (complement_word(w[i - 2]) || complement_word(w[i - 3]));
    bool title_word = i > 0 && (lx::is_role_noun(w[i - 1]) || lx::is_honorific(w[i - 1]) ||
                                lx::is_rank(w[i - 1]) || lx::is_spokes_word(w[i - 1]) ||
                                after_complement);
    if (len == 0 && title_word && !w[i].headline &&
        (joined(w, i - 1) || (w[i - 1].gap_after & kGapAbbrev)) && role_phrase_ending_at(scan, i - 1)) {
      len = name_length_at(scan, g, i, /*relaxed=*/true);  // "Singer Jade Okafor"
    }
    if (len == 0 && i > 0 && (lx::is_spokes_word(w[i - 1]) || lx::is_role_noun(w[i - 1])) &&
        (w[i - 1].gap_after & kGapComma) && !(w[i - 1].gap_after & kGapSentence) && !w[i].headline) {
      // "Its spokesman, Yaw Ofori, said": a name set off by commas right after the role may be
      // made of English words; the closing comma is part of the evidence.
      size_t relaxed = name_length_at(scan, g, i, /*relaxed=*/true);
      size_t end = i + relaxed - 1;
      if (relaxed >= 2 && (w[end].gap_after & kGapComma) && !(w[end].gap_after & kGapSentence)) {
        len = relaxed;
      }
    }
    // (A clause word opening the sentence is no part of it: "But Steve Norwitz, a spokesman".)
    // (A Khmer name that is also a clause word, "But Buntenh", is a name only in a Cambodian story.)
    auto clause_word = [&](size_t k) {
      return (scan.name_shape[k] & kShapeFunction) &&
             (!(scan.name_shape[k] & kShapeNameWord) || scan.story_country != "Cambodia");
    };
    bool function_word = clause_word(i);
    bool after_clause_word = i > 0 && w[i - 1].sentence_start && joined(w, i - 1) && clause_word(i - 1);
    if (len == 0 && w[i].capitalized && !w[i].headline && !function_word &&
        (i == 0 || w[i].sentence_start || after_clause_word)) {
      // "Faith Chebet, a spokeswoman for the ...": a name set off before a spokesperson's role
      // may be made of English words, as one after it may.
      size_t relaxed = name_length_at(scan, g, i, /*relaxed=*/true);
      size_t end = i + relaxed - 1;
      if (relaxed >= 2 && relaxed <= 3 && (w[end].gap_after & kGapComma) && !(w[end].gap_after & kGapSentence) &&
          spokes_role_follows(scan, end + 1)) {
        len = relaxed;
      }
    }
    if (len == 0 && (scan.name_shape[i] & kShapeFunction) && (scan.name_shape[i] & kShapeNameWord)) {
      // "In Channy, executive director of ...": a Khmer family name that is also a function
      // word opens a sentence; only an apposition with a role makes it a name.
      // "But Zoltan Boesze, chief of ...": the name starts after the clause word when the
      // words after it make a name of their own, and in any story not about Cambodia.
      len = name_length_at(scan, g, i, /*relaxed=*/true);
      bool own_name = name_length_at(scan, g, i + 1, /*relaxed=*/true) >= 2 ||
                      scan.story_country != "Cambodia";
      len = own_name ? 0 : len;
      clause_name = len > 0;
    }
    if (len == 0) {
      continue;
    }
    size_t last = i + len - 1;
    // "the Stung Chhay Areng dam", "Prek Sok Leap": a Khmer word for a river, canal, lake,
    // island or pagoda before the words makes them a place's name, however name-like.
    if (i > 0 && joined(w, i - 1) && w[i - 1].capitalized && khmer_place_word(w[i - 1].key)) {
      i = last;
      continue;
    }
    // "the Nelson Mandela Rules", "the Magnitsky Act": a name that titles a document.
    if (last + 1 < w.size() && joined(w, last) && w[last + 1].capitalized &&
        lx::is_document_word(w[last + 1])) {
      i = last + 1;
      continue;
    }
    std::optional<RolePhrase> title;
    std::string_view rule = w[i].headline ? "" : context_evidence(scan, i, last, &title);
    if (clause_name) {
      // Only an apposition makes it a name: "Its spokeswoman, Or Sreymom, told", "In Channy,
      // executive director of ...", "But Sophy, 61, who sells fish" ("In 2023, ..." is none).
      // (A name that ends the text has nothing after it.)
      bool more = last + 1 < w.size();
      bool age = more && is_number(w[last + 1]) && (w[last + 1].gap_after & kGapComma);
      bool role_after = more && apposition_after(scan, last) && !w[last + 1].all_caps &&
                        (!is_number(w[last + 1]) || age);
      if (!apposition_before(scan, i, last) && !role_after) {
        continue;
      }
      rule = "apposition with a role";
    }
    // "Texas Instruments said": a common noun last and no given or family name first is a
    // company speaking, not a person. (Not when set off as someone's spokesperson: "Bethany
    // Marsh, a spokeswoman for the office, said"; a company has a spokesperson, it is none.)
    size_t role_at = last + 2;
    if (role_at < w.size() && (w[role_at].key == "a" || w[role_at].key == "an" || w[role_at].key == "the")) {
      ++role_at;
    }
    // (Whose spokesperson follows: "..., the spokesman added" after a place is reported speech.)
    bool spokesperson_after = (w[last].gap_after & kGapComma) && role_at + 1 < w.size() &&
                              w[role_at].key.starts_with("spokes") &&
                              (w[role_at + 1].key == "for" || w[role_at + 1].key == "of" ||
                               (w[role_at].gap_after & kGapComma));
    if (!title && !rule.empty() && !spokesperson_after && !g.is_name_word(w[i].key) && g.is_common_word(w[last].key) &&
        !g.is_name_word(w[last].key)) {
      rule = "";
    }
    // ("Marine Park Authority": name-shaped words before a body's head word name the body.)
    bool before_head = joined(w, last) && w[last + 1].capitalized &&
                       lx::head_of_classes(w[last + 1].lex) != lx::Head::kNone;
    if (rule.empty() && !before_head && lexicon_name(scan, g, i, last)) {
      rule = "name lexicon";
    }
    if (rule.empty()) {
      continue;
    }
    size_t p = add_person(scan, g, i, len, title ? title->role : "", rule);
    read_apposition(scan, p);
    if (title) {
      add_titled_body(scan, p, *title);
    }
    i = last;
  }
}

// "Sok A, Chan B and Heng C were arrested": names listed with a person are people.
void find_listed_people(Scan& scan, const Gazetteer& g) {
  const std::vector<Word>& w = scan.words;
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t m = 0; m < scan.mentions.size(); ++m) {
      if (!scan.mentions[m].is_person()) {
        continue;
      }
      // Forward: ", NAME" or " and NAME" / ", and NAME".
      size_t last = scan.mentions[m].last;
      size_t k = last + 1;
      bool sep = (w[last].gap_after & kGapComma) && !(w[last].gap_after & kGapSentence);
      if (k < w.size() && w[k].key == "and" && (joined(w, last) || sep)) {
        sep = joined(w, k);
        ++k;
      }
      if (sep && k < w.size() && !w[k].headline) {
        if (size_t len = name_length_at(scan, g, k); len > 0) {
          size_t end = k + len - 1;
          bool listed = (w[end].gap_after & kGapComma) || (joined(w, end) && is_key(scan, end + 1, "and")) ||
                        w[k - 1].key == "and";
          if (listed) {
            add_person(scan, g, k, len, "", "listed with a person");
            changed = true;
          }
        }
      }
      // Backward: "NAME, <person>" or "NAME and <person>".
      size_t first = scan.mentions[m].first;
      if (first >= 3) {
        // "A, B and C": after a comma the list goes on past the person; "the retailer Nordvik
        // Hem, Karin Sjöberg, said" is an apposition, no list.
        size_t pl = scan.mentions[m].last;
        bool goes_on = pl + 1 < w.size() &&
                       ((joined(w, pl) && w[pl + 1].key == "and") ||
                        ((w[pl].gap_after & kGapComma) && !(w[pl].gap_after & kGapSentence) &&
                         (w[pl + 1].capitalized || w[pl + 1].key == "and")));
        bool comma = (w[first - 1].gap_after & kGapComma) && !(w[first - 1].gap_after & kGapSentence) &&
                     goes_on;
        bool and_ = w[first - 1].key == "and" && joined(w, first - 1);
        size_t end = and_ ? first - 2 : first - 1;
        if ((comma || (and_ && (joined(w, end) || (w[end].gap_after & kGapComma)))) && !scan.covered(end)) {
          for (size_t len = 4; len >= 2; --len) {
            if (end + 1 >= len && name_length_at(scan, g, end + 1 - len) == len && !w[end + 1 - len].headline) {
              add_person(scan, g, end + 1 - len, len, "", "listed with a person");
              changed = true;
              break;
            }
          }
        }
      }
    }
  }
}

// The same full name anywhere else in the article (headlines too) is the same person.
void find_repeated_names(Scan& scan) {
  std::unordered_map<std::string, std::string> names;  // joined keys → canonical
  std::unordered_set<std::string_view> first_keys;
  for (const Mention& m : scan.mentions) {
    if (m.is_person() && m.last > m.first) {
      names.emplace(joined_keys(scan, m.first, m.last), m.canonical);
      first_keys.insert(scan.words[m.first].key);
    }
  }
  const std::vector<Word>& w = scan.words;
  for (size_t i = 0; i < w.size(); ++i) {
    if (scan.covered(i) || !w[i].capitalized || !first_keys.contains(w[i].key)) {
      continue;
    }
    for (size_t len = 4; len >= 2; --len) {
      if (i + len > w.size()) {
        continue;
      }
      bool joined_all = true;
      for (size_t k = i; k + 1 < i + len && joined_all; ++k) {
        joined_all = joined(w, k) && !scan.covered(k + 1);
      }
      auto known = joined_all ? names.find(joined_keys(scan, i, i + len - 1)) : names.end();
      if (known != names.end()) {
        scan.add(Mention{.kind = MentionKind::kEntity, .facet = Facet::kPerson,
                         .canonical = known->second, .first = i, .last = i + len - 1,
                         .rule = "same name elsewhere in the article"});
        i += len - 1;
        break;
      }
    }
  }
}

// "Sokkhoeurn said" after "An Sokkhoeurn": the last one or two words of a name found earlier
// (or the first two of a three-word one: "Ahmad Faizal" after "Ahmad Faizal Rahman").
void resolve_partial_names(Scan& scan) {
  std::unordered_map<std::string, std::string> suffixes;  // joined keys → canonical ("" ambiguous)
  for (const Mention& m : scan.mentions) {
    if (!m.is_person() || m.last == m.first) {
      continue;
    }
    for (size_t from = m.first + 1; from <= m.last; ++from) {
      auto [it, fresh] = suffixes.emplace(joined_keys(scan, from, m.last), m.canonical);
      if (!fresh && it->second != m.canonical) {
        it->second.clear();
      }
    }
    // "Ahmad Faizal" for "Ahmad Faizal Rahman": the first two words of a longer name.
    if (m.last - m.first >= 2) {
      auto [it, fresh] = suffixes.emplace(joined_keys(scan, m.first, m.first + 1), m.canonical);
      if (!fresh && it->second != m.canonical) {
        it->second.clear();
      }
    }
  }
  if (suffixes.empty()) {
    return;
  }
  const std::vector<Word>& w = scan.words;
  for (size_t i = 0; i < w.size(); ++i) {
    if (!name_word(scan, i, false) || w[i].key.size() < 2) {
      continue;
    }
    for (size_t len : {2, 1}) {
      if (i + len > w.size() || (len == 2 && (!joined(w, i) || !name_word(scan, i + 1, false)))) {
        continue;
      }
      auto it = suffixes.find(joined_keys(scan, i, i + len - 1));
      if (it != suffixes.end() && !it->second.empty()) {
        scan.add(Mention{.kind = MentionKind::kEntity, .facet = Facet::kPerson,
                         .canonical = it->second, .first = i, .last = i + len - 1,
                         .rule = "part of a name found earlier"});
        i += len - 1;
        break;
      }
    }
  }
}

// "Fly-half Semi Rokotuibau kicked ..." and later "Rokotuibau said": a single word that is no
// English word speaks, so the capitalised name ending with it elsewhere is a person's.
void find_names_by_later_speech(Scan& scan, const Gazetteer& g) {
  const std::vector<Word>& w = scan.words;
  std::unordered_set<std::string_view> speakers;
  for (size_t i = 0; i < w.size(); ++i) {
    bool single = !scan.covered(i) && !w[i].headline && (scan.name_shape[i] & kShapeStart) &&
                  !(scan.name_shape[i] & kShapeFunction) && !g.is_common_word(w[i].key) &&
                  (i == 0 || !joined(w, i - 1) || !w[i - 1].capitalized) &&
                  (i + 1 >= w.size() || !joined(w, i) || !w[i + 1].capitalized);
    if (single && (speech_after(scan, i) || speech_before(scan, i))) {
      speakers.insert(w[i].key);
    }
  }
  if (speakers.empty()) {
    return;
  }
  for (size_t i = 0; i < w.size(); ++i) {
    if (scan.covered(i) || w[i].headline || !(scan.name_shape[i] & kShapeName) ||
        (w[i].gap_after & kGapHyphen) || (i > 0 && (w[i - 1].gap_after & kGapHyphen))) {
      continue;  // "Fly-half Semi Rokotuibau": the name starts after the hyphenated word
    }
    if ((scan.name_shape[i] & kShapeFunction) || (w[i].sentence_start && !(scan.name_shape[i] & kShapeStart))) {
      continue;  // "But Mizrahi", "Winger Tevita Naulumatua": an English word opening the sentence
    }
    size_t len = name_length_at(scan, g, i, /*relaxed=*/true);
    if (len >= 2 && speakers.contains(w[i + len - 1].key) && !scan.covered(i + len - 1)) {
      add_person(scan, g, i, len, "", "named where the surname alone speaks");
      i += len - 1;
    }
  }
}

// Gazetteer people: their roles and affiliations.
void describe_known_people(Scan& scan) {
  for (size_t m = 0; m < scan.mentions.size(); ++m) {
    if (!scan.mentions[m].is_person()) {
      continue;
    }
    size_t first = scan.mentions[m].first;
    if (first > 0 && joined(scan.words, first - 1)) {
      if (auto title = role_phrase_ending_at(scan, first - 1)) {
        scan.mentions[m].role = title->role;
        add_titled_body(scan, m, *title);
      }
    }
    read_apposition(scan, m);
  }
}

}  // namespace

size_t add_person(Scan& scan, const Gazetteer& g, size_t first, size_t len, std::string role,
                  std::string_view rule) {
  return scan.add(Mention{.kind = MentionKind::kEntity,
                          .facet = Facet::kPerson,
                          .canonical = canonical_person(scan, g, first, first + len - 1),
                          .first = first,
                          .last = first + len - 1,
                          .rule = rule,
                          .role = std::move(role)});
}

namespace {

// "Kiri Voan and Tang Samrong communes", "Tang Samrong communes": names listed before a place
// noun in the plural, from word k (the word after a name): places, each of them.
bool listed_before_places(const Scan& scan, size_t k) {
  const std::vector<Word>& w = scan.words;
  for (size_t n = 0; n < 12 && k < w.size() && (joined(w, k - 1) || w[k - 1].gap_after == kGapComma); ++n, ++k) {
    const Word& word = w[k];
    if (!word.capitalized && word.key.size() > 3 && word.key.back() == 's') {
      return lx::is_place_noun(word.key.substr(0, word.key.size() - 1));
    }
    if (!word.capitalized && word.key != "and") {
      return false;
    }
  }
  return false;
}

// "Hun Sen Stung Hav Primary School", "Tran De district", "Chea Sim Boulevard": a name that
// opens the name of a place is no mention of a person.
void drop_names_of_places(Scan& scan) {
  const std::vector<Word>& w = scan.words;
  for (size_t m = 0; m < scan.mentions.size(); ++m) {
    const Mention& p = scan.mentions[m];
    if (p.dropped || !p.is_person()) {
      continue;
    }
    size_t k = p.last + 1;
    for (size_t n = 0; n < 4 && k < w.size() && joined(w, k - 1) && w[k].capitalized &&
                       !lx::is_place_noun(w[k]) &&
                       (scan.at(k) == nullptr || scan.at(k)->kind == MentionKind::kPlace);
         ++n) {
      ++k;
    }
    if (k < w.size() && joined(w, k - 1) && lx::is_place_noun(w[k]) &&
        (w[k].capitalized || k == p.last + 1)) {
      scan.remove(m);
    } else if (k == p.last + 1 && listed_before_places(scan, k)) {
      scan.remove(m);
    }
  }
}

// "Heng Rong Agro" after "Heng Rong Agro Co Ltd": the opening words of a company's (or other
// organisation's) name the article gives are that organisation again, no person.
void drop_short_names_of_organisations(Scan& scan) {
  std::vector<std::string_view> names;
  for (const Mention& m : scan.mentions) {
    if (!m.dropped && m.kind == MentionKind::kOther && m.last > m.first) {
      names.push_back(m.canonical);
    }
  }
  if (names.empty()) {
    return;
  }
  for (size_t m = 0; m < scan.mentions.size(); ++m) {
    const Mention& p = scan.mentions[m];
    // (A known person, or one a title, role or apposition introduced, stays: "Oknha Meas Kimly"
    // beside "Meas Kimly Trading Co Ltd".)
    bool evidence = p.entry != kNoEntry || !p.role.empty() || p.rule == "title or role before the name" ||
                    p.rule == "apposition with a role";
    if (p.dropped || !p.is_person() || evidence) {
      continue;
    }
    for (std::string_view name : names) {
      if (name.size() > p.canonical.size() + 1 && name.starts_with(p.canonical) && name[p.canonical.size()] == ' ') {
        scan.remove(m);
        break;
      }
    }
  }
}

// "Harriet Lowell", "Denise Washington": a known name word and then a one-word place is a
// person's name, not a mention of the place ("in Lowell" and "Lowell Street" stay places).
void release_places_after_names(Scan& scan) {
  const std::vector<Word>& w = scan.words;
  for (size_t m = 0; m < scan.mentions.size(); ++m) {
    const Mention& p = scan.mentions[m];
    size_t k = p.first;
    if (p.dropped || p.kind != MentionKind::kPlace || p.last != k || k == 0 || !joined(w, k - 1) ||
        scan.covered(k - 1) || !w[k - 1].capitalized || w[k - 1].headline) {
      continue;
    }
    uint8_t before = scan.name_shape[k - 1];
    bool name_word = (before & kShapeNameWord) && (before & kShapeStart) && !(before & kShapeFunction);
    bool place_noun_after = k + 1 < w.size() && joined(w, k) && lx::is_place_noun(w[k + 1]);
    // "in Perry Oklahoma": a town and its state after a preposition of place.
    std::string_view prep = k >= 2 ? std::string_view(w[k - 2].key) : std::string_view();
    bool located = prep == "in" || prep == "at" || prep == "from" || prep == "near";
    if (name_word && !place_noun_after && !located) {
      scan.remove(m);
    }
  }
}

}  // namespace

void find_people(Scan& scan, const Gazetteer& g) {
  ensure_shapes(scan, g);
  release_places_after_names(scan);
  describe_known_people(scan);
  find_named_people(scan, g);
  find_listed_people(scan, g);
  find_names_by_later_speech(scan, g);
  find_repeated_names(scan);
  resolve_partial_names(scan);
  drop_names_of_places(scan);
  drop_short_names_of_organisations(scan);
}

}  // namespace tonle::entities
