// org_cues.cc — see org_cues.h.
#include "indexer/entities/org_cues.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "indexer/entities/lexicon.h"
#include "indexer/entities/org_descriptions.h"

namespace tonle::entities {

namespace {

// Words right before a name that say it is an NGO: "rights group Licadho", "the NGO Adhoc",
// "the anti-racism charity Show Racism the Red Card".
constexpr std::array<std::string_view, 9> kNgoCues = {"charity", "federation", "group", "ngo", "ngos",
                                                      "organisation", "organization", "watchdog", "union"};


bool capitalised_name_word(const Word& w) {
  return w.capitalized && !w.headline && !lexicon::is_function_word(w) &&
         !lexicon::is_calendar_word(w);
}

// A company's or a sport's word among the keys: "Ferro Castings", "Harbourside Athletic".
bool business_or_sport(const std::vector<std::string>& keys) {
  return std::any_of(keys.begin(), keys.end(), [](const std::string& k) {
    return lexicon::is_company_word(k) || lexicon::is_sport_word(k);
  });
}

// A name the organisation grammar found but could not tell the kind of (a company-or-club
// mention no gazetteer entry holds), told by what the story says of it: a cue word before it
// or a description after it. Returns true if `m` was such a name, whether or not it was told.
bool tell_unclassified(Scan& scan, const Mention* m, Facet facet, std::string_view rule) {
  if (m == nullptr || m->kind != MentionKind::kOther || m->entry != kNoEntry || m->dropped) {
    return false;
  }
  if (!business_or_sport(keys_of(scan, m->first, m->last))) {
    Mention told = *m;
    told.kind = MentionKind::kEntity;
    told.facet = facet;
    told.rule = rule;
    scan.add(std::move(told));
  }
  return true;
}

}  // namespace

// "for", "of", "the" inside a name, between capitalised words; and their French, Latin,
// Spanish, Portuguese and Irish kin ("Justitia et Pax", "Médecins du Monde", "Médicos del
// Mundo", "Central Única dos Trabalhadores", "Conradh na Gaeilge").
bool name_link_word(const Word& w) {
  static constexpr std::array<std::string_view, 15> kLinks = {
      "da", "das", "de", "del", "des", "do", "dos", "du", "et", "for", "la", "na", "of", "the", "y"};
  return !w.capitalized && std::find(kLinks.begin(), kLinks.end(), w.key) != kLinks.end();
}

bool free_or_place(const Scan& scan, size_t i) {
  const Mention* m = scan.at(i);
  return m == nullptr || m->kind == MentionKind::kPlace || m->kind == MentionKind::kCountry;
}

namespace {

// One to four capitalised words from word i, with one or two link words between ("Friends of the
// Earth Asia"), added as an NGO by `rule`; the last word's index, or nullopt if no name starts
// at i (or it is a person's, a business's or a sport's, or, when `set_off`, no comma follows it).
std::optional<size_t> add_cued_name(Scan& scan, const Gazetteer& g, size_t i, std::string_view rule,
                                    bool set_off = false) {
  const std::vector<Word>& w = scan.words;
  if (!free_or_place(scan, i) || !capitalised_name_word(w[i])) {
    return std::nullopt;
  }
  size_t last = i;
  bool infinitive = false;  // "Centre to Combat ...": its object may be two nouns with "and"
  for (;;) {
    // ("the civic group People's Solidarity for ...": a plural's possessive is inside the name.)
    bool possessive = w[last].possessive && !lexicon::is_people_plural(w[last].key);
    if (last - i >= (infinitive ? 6 : 4) || !joined(w, last) || possessive || last + 1 >= w.size()) {
      break;
    }
    if (free_or_place(scan, last + 1) && capitalised_name_word(w[last + 1])) {
      ++last;
      continue;
    }
    // "Show Racism the Red Card", "Friends of the Earth Asia": one or two links between;
    // "Freedom from Torture", "Doctors without Borders" (not "Licadho from Phnom Penh").
    size_t next = last + 1;
    while (next < w.size() && next <= last + 2 && name_link_word(w[next]) && joined(w, next)) {
      ++next;
    }
    if (next == last + 1 && next + 1 < w.size() && joined(w, next) && !w[next].capitalized &&
        (w[next].key == "from" || w[next].key == "without" || w[next].key == "against") &&
        scan.at(next + 1) == nullptr) {
      ++next;
    }
    // "Campaign to Stop Killer Robots", "Centre to Combat Corruption and Cronyism".
    bool to = next == last + 1 && w[next].key == "to" && !w[next].capitalized;
    bool coordinated = infinitive && next == last + 1 && w[next].key == "and" && !w[next].capitalized;
    if ((to || coordinated) && next + 1 < w.size() && joined(w, next) && scan.at(next + 1) == nullptr) {
      infinitive = true;
      ++next;
    }
    if (next == last + 1 || next >= w.size() || !free_or_place(scan, next) || !capitalised_name_word(w[next])) {
      break;
    }
    last = next;
  }
  if (set_off && w[last].gap_after != kGapComma) {
    return std::nullopt;
  }
  // A person's name after "group" is a member, not the group: "the group Sok Dara founded".
  if (g.is_name_word(w[i].key) && last > i) {
    return std::nullopt;
  }
  std::vector<std::string> keys = keys_of(scan, i, last);
  if (business_or_sport(keys)) {
    return std::nullopt;
  }
  // "rights group Central": written as a name here, as an acronym in the gazetteer (CENTRAL).
  std::string canonical = span_text(scan.text, w, i, last);
  std::optional<size_t> entry = g.find_by_keys(keys);
  if (entry && g.entries()[*entry].kind == Kind::kFacet && g.entries()[*entry].facet == Facet::kNgo) {
    canonical = g.entries()[*entry].canonical;
  }
  scan.add(Mention{.kind = MentionKind::kEntity,
                   .facet = Facet::kNgo,
                   .canonical = canonical,
                   .first = i,
                   .last = last,
                   .rule = rule,  // a literal: Mention::rule is a view
                   .entry = entry.value_or(kNoEntry)});
  return last;
}

}  // namespace

namespace {

// True if word `cue` ends a noun phrase opened by "the" ("the primary teachers' union"): up to
// three lower-case words or possessives between.
bool described_by_the(const std::vector<Word>& w, size_t cue) {
  for (size_t k = cue; k > 0 && k + 4 > cue && joined(w, k - 1); --k) {
    const Word& before = w[k - 1];
    if (before.key == "the" || before.key == "a") {
      return true;
    }
    if (before.capitalized || lexicon::is_function_word(before)) {
      return false;
    }
  }
  return false;
}

}  // namespace

// "rights group Sahmakum Chbab": one to four capitalised words after an NGO cue.
void find_cued_ngos(Scan& scan, const Gazetteer& g) {
  const std::vector<Word>& w = scan.words;
  for (size_t i = 1; i < w.size(); ++i) {
    const Word& cue = w[i - 1];
    // "the group's Asia-Pacific desk": a possessive cue says whose, not what.
    if (cue.possessive || std::find(kNgoCues.begin(), kNgoCues.end(), cue.key) == kNgoCues.end() ||
        (cue.capitalized && !cue.all_caps)) {
      continue;
    }
    // "The primary teachers' union, Tane Kura Roa, said": a name set off by commas after "the"
    // and its cue.
    bool apposition = cue.gap_after == kGapComma && described_by_the(w, i - 1);
    if (!joined(w, i - 1) && !apposition) {
      continue;
    }
    // "the consumer group Fair Skies Coalition": a name the organisation grammar found but could
    // not tell the kind of is told by its cue.
    // ("Dutch retail and services group X": a kind of business up to four words before the cue.)
    // (A union of an industry's workers is still a union: "the engineering union IG Metall".)
    // ("the rap group X", "a dance group": performers, not civil society.)
    bool business = false;
    for (size_t k = i - 1; k > 0 && k + 5 > i && joined(w, k - 1) && !business && cue.key != "union"; --k) {
      business = is_business_kind(w[k - 1].key) || (cue.key == "group" && is_performing_kind(w[k - 1].key));
    }
    if (business || tell_unclassified(scan, scan.mention_starting_at(i), Facet::kNgo, "NGO cue word")) {
      continue;
    }
    if (std::optional<size_t> last = add_cued_name(scan, g, i, "NGO cue word", apposition)) {
      i = *last;
    }
  }
}

void find_unions_named_before_cue(Scan& scan, const Gazetteer& g) {
  const std::vector<Word>& w = scan.words;
  for (size_t u = 2; u < w.size(); ++u) {
    if (w[u].key != "union" || w[u].capitalized || w[u].possessive) {
      continue;
    }
    size_t last = u - 1;
    // "the CUT trade union confederation", "the GMB trade union".
    if (w[last].key == "trade" && !w[last].capitalized && last >= 2 && joined(w, last - 1)) {
      last -= 1;
    }
    // "Comisiones Obreras (CCOO) union": the acronym in brackets between.
    if (w[last].all_caps && last >= 2 && (w[last - 1].gap_after & kGapOpenParen)) {
      last -= 1;
    } else if (!joined(w, last)) {
      continue;
    }
    // Back over up to three capitalised words that no rule has named, to "the".
    size_t first = last + 1;
    while (first > 1 && last + 1 - first < 3 && w[first - 1].capitalized && !w[first - 1].sentence_start &&
           scan.at(first - 1) == nullptr && !lexicon::is_function_word(w[first - 1]) && joined(w, first - 2)) {
      --first;
    }
    // ("the European union", "the Soviet union": a country's or a place's word is no union's name;
    // "the Ford Motor union" is a company's.)
    if (first > last || w[first - 1].key != "the" || g.is_name_word(w[first].key) ||
        business_or_sport(keys_of(scan, first, last))) {
      continue;
    }
    scan.add(Mention{.kind = MentionKind::kEntity,
                     .facet = Facet::kNgo,
                     .canonical = span_text(scan.text, w, first, last),
                     .first = first,
                     .last = last,
                     .rule = "NGO cue word after"});
  }
}

// "Charities including Refugee Action and Freedom from Torture", "groups such as Justice Now,
// Open Fields and the Kep Tenants Union": names listed after a plural cue.
void find_listed_ngos(Scan& scan, const Gazetteer& g) {
  static constexpr std::array<std::string_view, 7> kPluralCues = {
      "charities", "groups", "ngos", "organisations", "organizations", "unions", "federations"};
  const std::vector<Word>& w = scan.words;
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    size_t start = 0;
    const std::string& key = w[i].key;
    if (key.size() != 4 && key.size() != 9) {
      continue;  // (every word passes here: "like", "such" and "including" by their lengths first)
    }
    if (key == "including" || key == "like") {
      start = i + 1;
    } else if (key == "such" && w[i + 1].key == "as") {
      start = i + 2;
    }
    const Word& cue = w[i - 1];
    if (start == 0 || start >= w.size() || !joined(w, i - 1) || !joined(w, start - 1) ||
        std::find(kPluralCues.begin(), kPluralCues.end(), cue.key) == kPluralCues.end() ||
        (i >= 2 && cue.capitalized && joined(w, i - 2) && w[i - 2].capitalized)) {  // "Catholic Charities"
      continue;
    }
    // Each item: a name a rule found, or capitalised words; items joined by ", " or "and".
    for (size_t k = start; k < w.size();) {
      if (w[k].key == "the" && joined(w, k)) {
        ++k;
      }
      size_t last;
      const Mention* known = scan.mention_starting_at(k);
      size_t known_last = known != nullptr ? known->last : 0;  // (telling it may move the mentions)
      if (known != nullptr && known->is_body()) {
        last = known_last;
      } else if (known != nullptr && tell_unclassified(scan, known, Facet::kNgo, "NGO listed after a cue")) {
        last = known_last;  // a name the grammar could not tell the kind of
      } else if (std::optional<size_t> added = add_cued_name(scan, g, k, "NGO listed after a cue")) {
        last = *added;
      } else {
        break;
      }
      size_t next = last + 1;
      if (next < w.size() && w[last].gap_after == kGapComma) {
        k = next;
      } else if (next + 1 < w.size() && joined(w, last) && w[next].key == "and") {
        k = next + 1;
      } else {
        break;
      }
      i = last;
    }
  }
}


// "Land Justice Now, a network of community activists,", "Sangke Women for Water, a local group
// that ...", "Cocoa Growers United, which says it represents 40,000 farmers,", "Fair Vote Lab,
// which trains first-time voters,": a capitalised name
// no other rule knows, described right after it, behind a comma, as a group of civil society or
// a body speaking for people. The name may hold "for", "of", "the" and "and" between its words
// and a place's name.
void find_described_ngos(Scan& scan, const Gazetteer& g) {
  auto connector = [](const Word& w) { return name_link_word(w) || (!w.capitalized && w.key == "and"); };
  const std::vector<Word>& w = scan.words;
  for (size_t last = 0; last + 3 < w.size(); ++last) {
    if (!(w[last].gap_after & kGapComma) || (w[last].gap_after & kGapSentence) || !w[last].capitalized ||
        w[last].headline) {
      continue;
    }
    std::optional<Facet> facet = described_as(scan, last);
    bool by_work = false;  // told only by what it does ("which trains ...")
    if (!facet && represents_people(scan, last)) {
      facet = Facet::kNgo;
    } else if (!facet && does_civic_work(scan, last)) {
      facet = Facet::kNgo;
      by_work = true;
    }
    if (!facet) {
      continue;
    }
    // "Teatro Vivo Forum, which represents 200 arts organisations,": a name the organisation
    // grammar found but could not tell the kind of is told by its description.
    if (tell_unclassified(scan, scan.mention_ending_at(last), *facet,
                          *facet == Facet::kParty ? "party described" : "NGO described")) {
      continue;
    }
    if (!free_or_place(scan, last)) {
      continue;
    }
    // The name: capitalised words back to where the sentence or a lower-case word stops it.
    size_t first = last;
    while (first > 0 && joined(w, first - 1) && !w[first].sentence_start) {
      const Word& prev = w[first - 1];
      // ("The 88 Project": a number after "the" may open the name; "since 2019 Open Dock" no.)
      bool number = !prev.key.empty() && prev.key.size() < 4 && first >= 2 && w[first - 2].key == "the" &&
                    std::all_of(prev.key.begin(), prev.key.end(), [](char c) { return c >= '0' && c <= '9'; });
      bool word = (prev.capitalized || number) && !prev.headline && free_or_place(scan, first - 1);  // "Now"
      bool link = connector(prev) && first >= 2 && joined(w, first - 2) &&
                  capitalised_name_word(w[first - 2]) && free_or_place(scan, first - 2);
      if (!word && !link) {
        break;
      }
      first -= link ? 2 : 1;
    }
    // One word alone may be anything, unless described as civil society; six are a headline.
    // ("(KNCHR), a state-funded watchdog": an acronym in brackets describes the name before it.)
    bool bracketed = first > 0 && (w[first - 1].gap_after & kGapOpenParen);
    bool one_word_ok = last == first && *facet == Facet::kNgo && civic_description(scan, last) &&
                       scan.at(first) == nullptr && !g.is_name_word(w[first].key) && !bracketed;
    bool number_first = last > first && first > 0 && w[first - 1].key == "the" && !w[first].key.empty() &&
                        std::all_of(w[first].key.begin(), w[first].key.end(), [](char c) { return c >= '0' && c <= '9'; });
    if ((last == first && !one_word_ok) || last - first > 5 || !(capitalised_name_word(w[first]) || number_first)) {
      continue;
    }
    // "Sok Dara, a group leader": a given or family name first is a person's name.
    if (g.is_name_word(w[first].key) && scan.at(first) == nullptr && last - first <= 2) {
      continue;
    }
    std::vector<std::string> keys = keys_of(scan, first, last);
    bool all_places = true;
    for (size_t k = first; k <= last; ++k) {
      all_places = all_places && (scan.at(k) != nullptr || connector(w[k]));
    }
    // "TLX Partners", "Continental Associates": an investment firm's name.
    bool firm = keys.back() == "partners" || keys.back() == "associates" || keys.back() == "capital" ||
                keys.back() == "ventures" || keys.back() == "advisors" || keys.back() == "advisers";
    // "the Archaeological Survey of India, which has helped restore ...": a country's own body,
    // which its work alone does not make civil society.
    bool of_country = false;
    for (size_t k = first + 1; k <= last; ++k) {
      of_country = of_country || (w[k - 1].key == "of" && scan.at(k) != nullptr && scan.at(k)->kind == MentionKind::kCountry);
    }
    if (all_places || firm || business_or_sport(keys) || (by_work && of_country)) {
      continue;
    }
    scan.add(Mention{.kind = MentionKind::kEntity,
                     .facet = *facet,
                     .canonical = span_text(scan.text, w, first, last),
                     .first = first,
                     .last = last,
                     .rule = *facet == Facet::kParty ? "party described" : "NGO described"});
  }
}

// "the far-right Chega party", "the ruling Zanu party": one to three capitalised words between a
// political description and a lower-case "party" name a party.
void find_described_parties(Scan& scan) {
  static constexpr std::array<std::string_view, 16> kDescriptions = {
      "right", "left", "wing", "ruling", "opposition", "governing", "nationalist", "populist",
      "conservative", "leftist", "centrist", "islamist", "royalist", "communist", "socialist",
      "separatist"};
  const std::vector<Word>& w = scan.words;
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    const Word& cue = w[i - 1];
    // (Every description has four letters or more: "the", "of" and "and" go at once.)
    if (cue.key.size() < 4 || cue.capitalized || !w[i].capitalized || !joined(w, i - 1) ||
        std::find(kDescriptions.begin(), kDescriptions.end(), cue.key) == kDescriptions.end()) {
      continue;
    }
    size_t last = i;
    while (last < i + 3 && scan.at(last) == nullptr && capitalised_name_word(w[last]) && joined(w, last) &&
           w[last + 1].capitalized) {
      ++last;
    }
    if (last + 1 >= w.size() || w[last + 1].key != "party" || w[last + 1].capitalized ||
        !joined(w, last) || scan.at(last) != nullptr || !capitalised_name_word(w[last]) ||
        w[last].possessive) {
      continue;
    }
    scan.add(Mention{.kind = MentionKind::kEntity,
                     .facet = Facet::kParty,
                     .canonical = span_text(scan.text, w, i, last),
                     .first = i,
                     .last = last,
                     .rule = "party described"});
    i = last + 1;
  }
}

}  // namespace tonle::entities
