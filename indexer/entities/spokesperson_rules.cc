// spokesperson_rules.cc — spokesperson attribution declared in spokesperson_rules.h.
#include "indexer/entities/spokesperson_rules.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>

#include "indexer/entities/lexicon.h"
#include "indexer/entities/org_grammar.h"
#include "indexer/entities/person_rules.h"
#include "indexer/entities/speaker_bodies.h"

namespace tonle::entities {

namespace {

namespace lx = lexicon;

// A word of a portfolio before a role ("fisheries", "foreign affairs"): lower case, no function
// word, no role.
bool is_portfolio_word(const Word& t) {
  return !t.capitalized && !t.key.empty() && std::isalpha(static_cast<unsigned char>(t.key[0])) &&
         !lx::is_function_word(t) && !lx::is_role_noun(t) &&
         !lx::is_speech_verb(t);
}

// "Ruling party" at [k - 1, k]: a role-context alias of two words ("@Ruling party" on the party
// governing the country the gazetteer lists it for), in a story about that country only; that
// body, or nothing.
std::optional<Body> role_context_pair(const Scan& scan, const Gazetteer& g, size_t k) {
  if (k == 0 || k >= scan.words.size() || !joined(scan.words, k - 1)) {
    return std::nullopt;
  }
  // (In any case: "a ruling party spokesman", "Ruling party spokesman".)
  auto role = g.find_alias({scan.words[k - 1].key, scan.words[k].key});
  if (!role || role->second != AliasMode::kRoleContext) {
    return std::nullopt;
  }
  const GazetteerEntry& e = g.entries()[role->first];
  if (e.kind != Kind::kFacet || e.country != scan.story_country) {
    return std::nullopt;
  }
  return Body{e.facet, e.canonical};
}

// Bodies named right before the role: "CHRC and Ministry of Justice spokesman", "Court
// spokesman", "Licadho's spokesman". Returns the first word of the phrase.
size_t bodies_before(const Scan& scan, const Gazetteer& g, size_t role_first, Speaker& s) {
  if (role_first == 0 || !joined(scan.words, role_first - 1)) {
    return role_first;
  }
  size_t k = role_first - 1;
  size_t start = role_first;
  const Mention* m = scan.mention_ending_at(k);
  // "Greens environment spokeswoman", "Labor foreign affairs spokesman": a party's portfolio, one
  // or two lower-case words between the body and the role.
  for (size_t topic = 1; m == nullptr && topic <= 2 && k >= topic; ++topic) {
    const Word& t = scan.words[k - topic + 1];
    if (!is_portfolio_word(t) || !joined(scan.words, k - topic)) {
      break;
    }
    const Mention* body = scan.mention_ending_at(k - topic);
    if (body != nullptr && body->is_body() && body->facet == Facet::kParty) {
      m = body;
    }
  }
  std::vector<const Mention*> found;
  while (m != nullptr && m->is_body()) {
    found.push_back(m);
    start = m->first;
    size_t before = m->first;
    m = nullptr;
    // "CHRC and", "Committee (CHRC) and": a closing parenthesis may stand before the "and".
    if (before >= 2 && scan.words[before - 1].key == "and" &&
        (scan.words[before - 2].gap_after & ~unsigned{kGapCloseParen}) == 0) {
      m = scan.mention_ending_at(before - 2);
    }
  }
  if (found.empty() && (scan.words[k].key == "its" || scan.words[k].key == "their") &&
      !scan.words[k].possessive) {
    // "its spokesman": the body the sentence (or the one before) is about, named ("The
    // Ministry of Justice said ...") or by its kind ("The ministry says ...").
    if (const Mention* subject = subject_of_sentence_before(scan, k)) {
      found.push_back(subject);
      start = k;
    } else if (const Mention* b = body_nearby(scan, k, 1)) {
      found.push_back(b);
      start = k;
    } else if (const Mention* kind = kind_nearby(scan, k)) {
      found.push_back(kind);
      start = k;
    }
  }
  // "Ruling party spokesman".
  if (std::optional<Body> ruling = found.empty() ? role_context_pair(scan, g, k) : std::nullopt) {
    s.bodies.push_back(*ruling);
    s.body_mentions.push_back(kNoEntry);
    return k - 1;
  }
  if (found.empty()) {
    if (const Mention* b = kind_body(scan, k)) {
      found.push_back(b);
      start = k;
    } else if (const Mention* named = body_named_by_word(scan, k)) {
      found.push_back(named);
      start = k;
    } else if (auto role = g.match_at(scan.words, k, /*role_context=*/true);
               role && role->last == k && role->mode == AliasMode::kRoleContext &&
               g.entries()[role->entry].kind == Kind::kFacet) {
      // Only the role-context aliases ("Government spokesman"): any other alias would have
      // been found with its own conditions ("^NEC" needs the body named) by the known pass.
      for (const Mention& mention : scan.mentions) {  // "Government spokesman"
        if (mention.is_body() && mention.entry == role->entry) {
          found.push_back(&mention);
        }
      }
      // "Government spokesman" is the Royal Government's only in a story about Cambodia; in
      // another country's story, that country's government ("Chief Government Spokesperson X"
      // in a Zambian story).
      const GazetteerEntry& e = g.entries()[role->entry];
      if (found.empty() && e.country == scan.story_country) {
        s.bodies.push_back(Body{e.facet, e.canonical});
        s.body_mentions.push_back(kNoEntry);
      } else if (found.empty() && scan.words[k].key == "government" && !scan.story_country.empty() &&
                 scan.story_country != "international") {
        s.bodies.push_back(Body{Facet::kMinistry, government_name(scan.story_country)});
        s.body_mentions.push_back(kNoEntry);
      }
      start = k;
    }
  }
  std::reverse(found.begin(), found.end());
  for (const Mention* b : found) {
    add_body(s, scan, *b);
  }
  return start;
}

// Where a body's name starts after "for the": past "ruling", "rights group ADHOC", a country word
// ("Cambodia's", "the Australian") that says whose body it is.
size_t body_start(const Scan& scan, size_t k) {
  const std::vector<Word>& w = scan.words;
  for (int n = 0; n < 4 && k < w.size(); ++n) {
    const Mention* m = scan.at(k);
    if (m != nullptr && !m->dropped && m->kind == MentionKind::kCountry && joined(w, m->last)) {
      k = m->last + 1;
      continue;
    }
    // "the rights group ADHOC": a kind noun right before the body's name only describes it.
    const Mention* named = joined(w, k) ? scan.mention_starting_at(k + 1) : nullptr;
    bool describes = named != nullptr && named->is_body();
    bool filler = m == nullptr && !w[k].capitalized && joined(w, k) &&
                  !lx::is_speech_verb(w[k]) && (!is_kind_noun(w[k].key) || describes) &&
                  (!lx::is_function_word(w[k]) || w[k].key == "the");
    if (!filler) {
      break;
    }
    ++k;
  }
  return k;
}

// What follows a spokesperson's word: the phrase's last word, and whether it names a body
// tonle does not know ("for the Swedish retailer Nordvik Hem") or knows as no facet value
// ("for the World Health Organization"), which then is no other's.
struct AfterPhrase {
  size_t end = 0;
  bool unknown_body = false;
};

// "spokesperson for the Ministry of X" / "spokesman of the ministry" / "spokeswoman for the
// Indonesian Embassy in Phnom Penh".
AfterPhrase bodies_after(const Scan& scan, const Gazetteer& g, size_t s, Speaker& sp) {
  const std::vector<Word>& w = scan.words;
  size_t k = s + 1;
  if (!joined(w, s) || k >= w.size() ||
      (w[k].key != "for" && w[k].key != "of" && w[k].key != "at")) {
    return {s};
  }
  if (!joined(w, k)) {
    return {s};
  }
  k = body_start(scan, k + 1);
  bool both = k + 1 < w.size() && w[k].key == "both" && joined(w, k);  // "for both A and B"
  if (both) {
    k = body_start(scan, k + 1);
  }
  if (k >= w.size()) {
    return {s};
  }
  // "for President NAME's United Democratic Alliance": whose body, then the body.
  size_t owner_at = k;
  while (owner_at + 1 < w.size() && joined(w, owner_at) &&
         (lx::is_rank(w[owner_at]) || lx::is_honorific(w[owner_at]) ||
          (w[owner_at].capitalized && lx::is_role_noun(w[owner_at])))) {
    ++owner_at;
  }
  if (const Mention* owner = scan.mention_starting_at(owner_at);
      owner != nullptr && owner->is_person() && w[owner->last].possessive && owner->last + 1 < w.size() &&
      joined(w, owner->last)) {
    k = owner->last + 1;
  }
  size_t end = s;
  bool unknown = false;
  const Mention* m = scan.mention_starting_at(k);
  if (m != nullptr && m->is_body()) {
    add_body(sp, scan, *m);
    end = m->last;
  } else if (m != nullptr && m->kind == MentionKind::kOther) {
    end = m->last;  // "for the World Health Organization": a body that is no facet value
    unknown = true;
  } else {
    // "for the ruling party": the party the gazetteer says governs the story's country.
    if (std::optional<Body> ruling = role_context_pair(scan, g, k)) {
      sp.bodies.push_back(*ruling);
      sp.body_mentions.push_back(kNoEntry);
      return {k};
    }
    // "for the provincial police", "for the ministry".
    size_t noun = k;
    if (!qualifier_before(scan, k + 1).empty() && joined(w, k)) {
      noun = k + 1;
    }
    const Mention* b = kind_body(scan, noun);
    if (b == nullptr) {
      // "for the company", "for the families": someone who is no body the story names.
      if (!w[k].capitalized && !lx::is_function_word(w[k]) && !is_kind_noun(w[noun].key) &&
          w[k].key != "opposition") {
        return {s, true};
      }
      // "for Pro Asyl", "for the retailer Nordvik Hem": a capitalised name no rule knows.
      if (!w[k].capitalized || scan.at(k) != nullptr || w[k].sentence_start) {
        return {s};
      }
      while (k + 1 < w.size() && joined(w, k) && w[k + 1].capitalized && scan.at(k + 1) == nullptr) {
        ++k;
      }
      return {k, true};
    }
    add_body(sp, scan, *b);
    end = noun;
  }
  // "for both the committee and the Ministry of Justice": a second body the text names.
  if (!unknown && joined(w, end) && end + 2 < w.size() && w[end + 1].key == "and" && joined(w, end + 1)) {
    size_t k2 = body_start(scan, end + 2);
    const Mention* m2 = k2 < w.size() ? scan.mention_starting_at(k2) : nullptr;
    const Mention* b2 = m2 != nullptr && m2->is_body() ? m2 : both && k2 < w.size() ? kind_body(scan, k2) : nullptr;
    if (b2 != nullptr) {
      add_body(sp, scan, *b2);
      end = m2 != nullptr && m2->is_body() ? m2->last : k2;
    }
  }
  // "... Embassy in Phnom Penh": where the body sits is part of the phrase.
  if (joined(w, end) && end + 2 < w.size() && (w[end + 1].key == "in" || w[end + 1].key == "to")) {
    const Mention* place = scan.mention_starting_at(end + 2);
    if (place != nullptr && (place->kind == MentionKind::kPlace || place->kind == MentionKind::kCountry)) {
      end = place->last;
    }
  }
  return {end, unknown};
}

bool rank_or_honorific(const Word& w) { return lx::is_rank(w) || lx::is_honorific(w); }

// "spokesperson in Cambodia, NAME", "spokesman at the time, NAME", "spokesperson on sport,
// NAME": a short qualifier between the role and the comma before the name. Returns the word the
// comma follows.
size_t skip_qualifier(const Scan& scan, size_t after) {
  const std::vector<Word>& w = scan.words;
  if (!joined(w, after) || after + 1 >= w.size()) {
    return after;
  }
  const std::string& next = w[after + 1].key;
  if (next != "in" && next != "at" && next != "for" && next != "on") {
    return after;
  }
  for (size_t k = after + 1; k < w.size() && k <= after + 5; ++k) {
    if (w[k].gap_after & kGapComma) {
      return (w[k].gap_after & kGapSentence) ? after : k;
    }
    if (!joined(w, k) || lx::is_speech_verb(w[k])) {
      break;
    }
  }
  return after;
}

// The person named right after word `after` (ranks and honorifics may come between).
const Mention* person_after(const Scan& scan, size_t after, bool comma_ok) {
  const std::vector<Word>& w = scan.words;
  if (comma_ok) {
    after = skip_qualifier(scan, after);
  }
  if (after + 1 >= w.size()) {
    return nullptr;
  }
  bool comma = (w[after].gap_after & kGapComma) && !(w[after].gap_after & kGapSentence);
  if (!joined(w, after) && !(comma_ok && comma)) {
    return nullptr;
  }
  size_t k = after + 1;
  // "spokesman for transport NAME": a portfolio of one or two lower-case words after "for".
  // ("for former President NAME", "for jailed NAME": whose spokesman; no portfolio.)
  auto subject_word = [&](size_t j) {
    return is_portfolio_word(w[j]) && !lx::is_role_modifier(w[j]) && !w[j].key.ends_with("ed");
  };
  bool portfolio = !comma && w[k].key == "for" && joined(w, k) && k + 2 < w.size() && subject_word(k + 1) &&
                   (joined(w, k + 1) && (w[k + 2].capitalized || (subject_word(k + 2) && joined(w, k + 2))));
  if (portfolio) {
    k += subject_word(k + 2) ? 3 : 2;
    if (k < w.size() && w[k].capitalized && lx::is_role_noun(w[k])) {
      return nullptr;  // "spokesman for opposition Leader NAME": a role before the name is whose
    }
  }
  // "spokesperson, senior climatologist Dr NAME, said": what the person is, in lower case, then
  // the name, which a comma closes.
  bool described = false;
  if (comma && !w[k].capitalized) {
    size_t j = k;
    while (j < w.size() && j < k + 3 && (is_portfolio_word(w[j]) || (!w[j].capitalized && lx::is_role_noun(w[j]))) &&
           joined(w, j)) {
      ++j;
    }
    if (j > k && j < w.size() && w[j].capitalized) {
      k = j;
      described = true;
    }
  }
  // "spokesman and secretary of state H.E. NAME": a second role between.
  if (k + 1 < w.size() && w[k].key == "and" && joined(w, k) &&
      (lx::is_role_noun(w[k + 1]) || lx::is_role_modifier(w[k + 1]))) {
    size_t r = k + 1;
    while (r < w.size() && r < k + 6 && joined(w, r) &&
           (lx::is_role_noun(w[r]) || lx::is_role_modifier(w[r]) || w[r].key == "of" ||
            w[r].key == "state")) {
      ++r;
    }
    k = r;
  }
  // "spokesman Col ...", "spokesman Dr. ...", and a capitalised role used as a title:
  // "spokesman Ambassador NAME", "spokesman Additional Superintendent NAME".
  auto title = [&](const Word& x) {
    return rank_or_honorific(x) || (x.capitalized && (lx::is_role_noun(x) || x.key == "additional"));
  };
  while (k < w.size() && title(w[k]) &&
         !scan.covered(k) && (joined(w, k) || (w[k].gap_after & kGapAbbrev))) {
    ++k;
  }
  const Mention* m = scan.mention_starting_at(k);
  if (described && m != nullptr && !(w[m->last].gap_after & kGapComma)) {
    return nullptr;  // "a spokesperson, senior officials said Sok Dara ..." names no spokesperson
  }
  // "a spokeswoman for President NAME's party": whose body it is, not who speaks.
  return m != nullptr && m->is_person() && !w[m->last].possessive ? m : nullptr;
}

// "NAME, a spokesperson for …", "NAME, Justice Ministry spokesman", "NAME, vice-president and
// spokesman of the CHRC": the name before the role's phrase, behind a comma.
const Mention* person_before(const Scan& scan, size_t phrase_first) {
  const std::vector<Word>& w = scan.words;
  size_t k = phrase_first;
  // "NAME, fisheries spokesman for ...", "NAME, foreign affairs spokeswoman": a portfolio of one
  // or two lower-case words right before the role.
  for (int n = 0; n < 2 && k > 1 && joined(w, k - 1) && is_portfolio_word(w[k - 1]); ++n) {
    --k;
  }
  bool passed_and = false;
  for (int n = 0; n < 8 && k > 0 && joined(w, k - 1); ++n) {
    const Word& prev = w[k - 1];
    passed_and = passed_and || prev.key == "and";
    const Mention* m = scan.mention_ending_at(k - 1);
    // A body, or an organisation that is no facet value ("NAME, an IOM spokesperson, said").
    if (m != nullptr && !m->is_person()) {
      k = m->first;
      continue;
    }
    // "NAME, who is also a spokesman for ...": a relative clause before the role.
    // "NAME, then the government's chief spokesman": a time before it.
    // "NAME, a deputy governor who also serves as spokesman for ...": a role it serves as.
    bool relative = prev.key == "who" || prev.key == "is" || prev.key == "was" || prev.key == "also" ||
                    prev.key == "now" || prev.key == "then" || prev.key == "formerly" || prev.key == "previously" ||
                    prev.key == "later" || prev.key == "longtime" || prev.key == "as" || prev.key == "serves" ||
                    prev.key == "served" || prev.key == "acts" || prev.key == "doubles";
    // "NAME, deputy governor of Phnom Penh and spokesman for ...": a role's complement the text
    // knows as a place or a body (passed above), after "of".
    // (Only a role joined to the spokesperson's by "and": "president of the Government
    // Spokesperson Unit" is the unit's president.)
    if (prev.key == "of" && passed_and && k >= 2 && joined(w, k - 2) && lx::is_role_noun(w[k - 2])) {
      --k;
      continue;
    }
    if (prev.key == "a" || prev.key == "an" || prev.key == "the" || prev.key == "its" ||
        prev.key == "and" || relative || lx::is_role_modifier(prev) || lx::is_role_noun(prev) ||
        is_kind_noun(prev.key)) {
      --k;
      continue;
    }
    // "secretary of state and spokesman", "director of public affairs and spokeswoman": a role
    // noun's complement of one or two words.
    bool skipped = false;
    for (size_t words = 1; words <= 2 && !skipped && k >= words + 2; ++words) {
      size_t of = k - 1 - words;
      skipped = w[of].key == "of" && joined(w, of - 1) && lx::is_role_noun(w[of - 1]) &&
                joined(w, of) && (words == 1 || joined(w, of + 1));
      if (skipped) {
        k = of;
      }
    }
    if (!skipped) {
      break;
    }
  }
  if (k == 0 || !(w[k - 1].gap_after & kGapComma) || (w[k - 1].gap_after & kGapSentence)) {
    return nullptr;
  }
  const Mention* m = scan.mention_ending_at(k - 1);
  return m != nullptr && m->is_person() ? m : nullptr;
}

}  // namespace

// "NAME, who speaks for the Ministry of Labour, said": a spokesperson without the word.
void find_speaks_for(Scan& scan, const Gazetteer& g) {
  const std::vector<Word>& w = scan.words;
  for (size_t s = 2; s + 1 < w.size(); ++s) {
    // "who speaks for", "who has spoken for the unit since 2024", "who also speaks for".
    size_t who = s - 1;
    while (who > 0 && (w[who].key == "has" || w[who].key == "also") && joined(w, who - 1)) {
      --who;
    }
    bool verb = w[s].key == "speaks" || (w[s].key == "spoken" && w[s - 1].key == "has");
    if (!verb || w[who].key != "who" || who == 0 || !joined(w, s - 1) ||
        !(w[who - 1].gap_after & kGapComma) || (w[who - 1].gap_after & kGapSentence)) {
      continue;
    }
    const Mention* person = scan.mention_ending_at(who - 1);
    if (person == nullptr || !person->is_person()) {
      continue;
    }
    Speaker speaker{.name = person->canonical, .role = "spokesperson", .bodies = {},
                    .body_mentions = {}, .word = s};
    bodies_after(scan, g, s, speaker);
    if (!speaker.bodies.empty()) {
      scan.speakers.push_back(std::move(speaker));
    }
  }
}

// "A spokesperson for the factory's Hong Kong-based parent company, Golden Thread Holdings,
// Vivian Lau, told reporters": after a long description of whose spokesperson, the name set off
// by commas right before the speech verb.
const Mention* name_before_verb(Scan& scan, const Gazetteer& g, size_t s) {
  const std::vector<Word>& w = scan.words;
  for (size_t k = s + 1; k + 2 < w.size() && k <= s + 20; ++k) {
    if (w[k].gap_after & kGapSentence) {
      return nullptr;
    }
    if (!(w[k].gap_after & kGapComma)) {
      continue;
    }
    const Mention* p = scan.mention_starting_at(k + 1);
    size_t last = 0;
    if (p != nullptr && p->is_person()) {
      last = p->last;
    } else if (size_t len = scan.at(k + 1) == nullptr ? name_length_at(scan, g, k + 1) : 0; len > 0) {
      last = k + len;
    } else {
      continue;
    }
    bool set_off = (w[last].gap_after & kGapComma) && !(w[last].gap_after & kGapSentence);
    if (last + 1 >= w.size() || !set_off || !lx::is_speech_verb(w[last + 1])) {
      continue;
    }
    if (p != nullptr && p->is_person()) {
      return p;
    }
    return &scan.mentions[add_person(scan, g, k + 1, last - k, "", "named before a spokesperson's verb")];
  }
  return nullptr;
}

void find_spokespeople(Scan& scan, const Gazetteer& g) {
  find_speaks_for(scan, g);
  const std::vector<Word>& w = scan.words;
  for (size_t s = 0; s < w.size(); ++s) {
    if (!lx::is_spokes_word(w[s])) {
      continue;
    }
    size_t role_first = s;
    while (role_first > 0 && joined(w, role_first - 1) && lx::is_role_modifier(w[role_first - 1])) {
      --role_first;
    }
    // "Its vice-president and spokesman, NAME": a second role before, joined by "and".
    // ("secretary-general", "vice-president": a role's words, hyphenated or not.)
    auto role_word = [&](size_t k) {
      return !w[k].capitalized && (lx::is_role_noun(w[k]) || lx::is_role_modifier(w[k]));
    };
    if (role_first >= 2 && w[role_first - 1].key == "and" && joined(w, role_first - 1) &&
        joined(w, role_first - 2) && role_word(role_first - 2)) {
      size_t r = role_first - 2;
      while (r > 0 && (joined(w, r - 1) || (w[r - 1].gap_after & kGapHyphen)) && role_word(r - 1)) {
        --r;
      }
      role_first = r;
    }
    Speaker speaker{.name = "", .role = span_text(scan.text, w, role_first, s), .bodies = {},
                    .body_mentions = {}, .word = s};
    size_t phrase_first = bodies_before(scan, g, role_first, speaker);
    AfterPhrase after = bodies_after(scan, g, s, speaker);
    size_t after_end = after.end;
    const Mention* person = person_after(scan, s, /*comma_ok=*/true);
    // ("a spokesman for former President NAME": a role closing the phrase titles whose spokesman.)
    bool titled_principal = after_end > s && w[after_end].capitalized && lx::is_role_noun(w[after_end]) &&
                            joined(w, after_end);
    if (person == nullptr && after_end > s && !titled_principal) {
      // "A spokesman for the Ministry of Justice, Keo Vanna, said": the name after the body.
      person = person_after(scan, after_end, /*comma_ok=*/true);
      if (person == nullptr && (w[after_end].gap_after & kGapComma)) {
        if (size_t len = name_length_at(scan, g, after_end + 1); len > 0) {
          person = &scan.mentions[add_person(scan, g, after_end + 1, len, "", "named after a spokesperson's body")];
        }
      }
    }
    bool described = phrase_first > 0 && (w[phrase_first - 1].key == "a" || w[phrase_first - 1].key == "an" ||
                                          w[phrase_first - 1].key == "the");
    if (person == nullptr && after.unknown_body && after_end == s && described) {
      person = name_before_verb(scan, g, s);
    }
    // "... to Prime Minister Yasuhiro Nakasone, a Treasury spokesman said.": a sentence ending
    // "a spokesman said" quotes an unnamed spokesman; the name before ends the quoted clause.
    bool unnamed_said = after_end + 1 < w.size() && joined(w, after_end) && lx::is_speech_verb(w[after_end + 1]) &&
                        sentence_ends(w, after_end + 1) && phrase_first > 0 &&
                        (w[phrase_first - 1].key == "a" || w[phrase_first - 1].key == "an");
    if (person == nullptr && !unnamed_said) {
      person = person_before(scan, phrase_first);
    }
    // "A Labour Ministry spokesman told reporters ... said the spokesman, Sim Vuthy": the
    // spokesperson named before without a name.
    if (person != nullptr && speaker.bodies.empty() && !after.unknown_body && role_first > 0 &&
        w[role_first - 1].key == "the") {
      for (auto it = scan.speakers.rbegin(); it != scan.speakers.rend(); ++it) {
        if (it->name.empty() && !it->bodies.empty()) {
          speaker.bodies = it->bodies;
          speaker.body_mentions = it->body_mentions;
          break;
        }
      }
    }
    // "A UNICEF spokesperson", "Festival spokeswoman": a word before the role no rule read as a
    // body says whose spokesperson it is, and it is none the story names.
    bool owner_unknown = phrase_first == role_first && role_first > 0 && joined(w, role_first - 1) &&
                         (w[role_first - 1].capitalized || scan.covered(role_first - 1)) &&
                         !lx::is_function_word(w[role_first - 1]);
    // "Opposition environment spokesman X, of the Liberal Party, said": the body after the name.
    if (person != nullptr && speaker.bodies.empty() && !after.unknown_body) {
      if (const Mention* b = body_after_name(scan, person->last)) {
        add_body(speaker, scan, *b);
      }
    }
    if (person != nullptr && speaker.bodies.empty() && !after.unknown_body && !owner_unknown) {
      // "At the State Department, deputy spokesperson X said": a body named earlier in the
      // sentence ("whose spokesperson", "speaking for the Committee, its spokesman"), else
      // earlier in the paragraph ("Interior ministry officials said ... said spokesman X").
      if (const Mention* b = body_in_paragraph(scan, phrase_first)) {
        add_body(speaker, scan, *b);
      } else if (const Mention* kind = kind_earlier_in_sentence(scan, phrase_first)) {
        add_body(speaker, scan, *kind);
      } else if (const Mention* told = bare_role(scan, role_first, s) ? body_the_story_gives(scan, phrase_first, person->last)
                                                                        : nullptr) {
        add_body(speaker, scan, *told);
      }
    }
    // "Spokesmen for the CPP and the Candlelight Party, NAME and NAME, said": each for one, in turn.
    bool plural = w[s].key == "spokesmen" || w[s].key == "spokeswomen" || w[s].key == "spokespeople" ||
                  w[s].key == "spokespersons";
    const Mention* second = nullptr;
    if (plural && person != nullptr && speaker.bodies.size() == 2 && person->last + 2 < w.size() &&
        joined(w, person->last) && w[person->last + 1].key == "and" && joined(w, person->last + 1)) {
      second = scan.mention_starting_at(person->last + 2);
      second = second != nullptr && second->is_person() ? second : nullptr;
    }
    if (second != nullptr) {
      // Each is one spokesperson: "Spokesmen" -> "spokesman".
      std::string_view one = w[s].key == "spokesmen" ? "spokesman" : w[s].key == "spokeswomen" ? "spokeswoman" : "spokesperson";
      speaker.role = speaker.role.substr(0, w[s].begin - w[role_first].begin) + std::string(one);
      Speaker other{.name = second->canonical, .role = speaker.role, .bodies = {speaker.bodies[1]},
                    .body_mentions = {speaker.body_mentions[1]}, .word = s};
      speaker.bodies.resize(1);
      speaker.body_mentions.resize(1);
      size_t p = scan.index_of(second);
      if (scan.mentions[p].role.empty()) {
        scan.mentions[p].role = speaker.role;
      }
      scan.speakers.push_back(std::move(other));
    }
    if (person != nullptr) {
      speaker.name = person->canonical;
      size_t p = scan.index_of(person);
      if (scan.mentions[p].role.empty()) {
        scan.mentions[p].role = speaker.role;
      }
    }
    if (!speaker.name.empty() || !speaker.bodies.empty()) {
      scan.speakers.push_back(std::move(speaker));
    }
  }
}

}  // namespace tonle::entities
