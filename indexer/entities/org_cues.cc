// org_cues.cc — see org_cues.h.
#include "indexer/entities/org_cues.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "indexer/entities/lexicon.h"

namespace tonle::entities {

namespace {

// Words right before a name that say it is an NGO: "rights group Licadho", "the NGO Adhoc",
// "the anti-racism charity Show Racism the Red Card".
constexpr std::array<std::string_view, 8> kNgoCues = {"charity", "group", "ngo", "ngos", "organisation",
                                                      "organization", "watchdog", "union"};

// Kinds of business before a group word: "a shareholder group", "a savings association", "an
// arms and chemicals group", "the financial group X" are business's, not civil society's.
constexpr std::array<std::string_view, 45> kBusiness = {
    "aerospace", "arms", "automotive", "banking", "brewing", "building", "business", "chemical",
    "chemicals", "construction", "credit", "currency", "customs", "defence", "defense", "energy",
    "engineering", "fashion", "financial", "food", "holding", "hotel", "industrial", "industry",
    "insurance", "investment", "investor", "luxury", "maintenance", "media", "mining", "monetary",
    "oil", "pharmaceutical", "property", "publishing", "retail", "savings", "shareholder",
    "shipping", "steel", "stockholder", "technology", "telecoms", "trading"};

// "for", "of", "the" inside a name, between capitalised words; and their French, Latin,
// Spanish, Portuguese and Irish kin ("Justitia et Pax", "Médecins du Monde", "Médicos del
// Mundo", "Central Única dos Trabalhadores", "Conradh na Gaeilge").
bool inner_link(const Word& w) {
  static constexpr std::array<std::string_view, 15> kLinks = {
      "da", "das", "de", "del", "des", "do", "dos", "du", "et", "for", "la", "na", "of", "the", "y"};
  return !w.capitalized && std::find(kLinks.begin(), kLinks.end(), w.key) != kLinks.end();
}

bool capitalised_name_word(const Word& w) {
  return w.capitalized && !w.headline && !lexicon::is_function_word(w) &&
         !lexicon::is_calendar_word(w);
}

}  // namespace

bool free_or_place(const Scan& scan, size_t i) {
  const Mention* m = scan.at(i);
  return m == nullptr || m->kind == MentionKind::kPlace || m->kind == MentionKind::kCountry;
}

// "rights group Sahmakum Chbab": one to four capitalised words after an NGO cue.
void find_cued_ngos(Scan& scan, const Gazetteer& g) {
  const std::vector<Word>& w = scan.words;
  for (size_t i = 1; i < w.size(); ++i) {
    const Word& cue = w[i - 1];
    // "the group's Asia-Pacific desk": a possessive cue says whose, not what.
    if (cue.possessive || std::find(kNgoCues.begin(), kNgoCues.end(), cue.key) == kNgoCues.end() ||
        (cue.capitalized && !cue.all_caps) || !joined(w, i - 1)) {
      continue;
    }
    // "the consumer group Fair Skies Coalition": a name the organisation grammar found but could
    // not tell the kind of is told by its cue.
    // ("Dutch retail and services group X": a kind of business up to four words before the cue.)
    bool business = false;
    for (size_t k = i - 1; k > 0 && k + 5 > i && joined(w, k - 1) && !business; --k) {
      business = std::find(kBusiness.begin(), kBusiness.end(), w[k - 1].key) != kBusiness.end();
    }
    if (const Mention* m = scan.mention_starting_at(i);
        m != nullptr && m->kind == MentionKind::kOther && m->entry == kNoEntry && !m->dropped && !business) {
      std::vector<std::string> keys = keys_of(scan, m->first, m->last);
      if (std::none_of(keys.begin(), keys.end(), [](const std::string& k) {
            return lexicon::is_company_word(k) || lexicon::is_sport_word(k);
          })) {
        Mention told = *m;
        told.kind = MentionKind::kEntity;
        told.facet = Facet::kNgo;
        told.rule = "NGO cue word";
        scan.add(std::move(told));
      }
      continue;
    }
    if (!free_or_place(scan, i) || !capitalised_name_word(w[i])) {
      continue;
    }
    size_t last = i;
    for (;;) {
      if (last - i >= 4 || !joined(w, last) || w[last].possessive || last + 1 >= w.size()) {
        break;
      }
      if (free_or_place(scan, last + 1) && capitalised_name_word(w[last + 1])) {
        ++last;
        continue;
      }
      // "Show Racism the Red Card", "Friends of the Earth Asia": one or two links between.
      size_t next = last + 1;
      while (next < w.size() && next <= last + 2 && inner_link(w[next]) && joined(w, next)) {
        ++next;
      }
      if (next == last + 1 || next >= w.size() || !free_or_place(scan, next) ||
          !capitalised_name_word(w[next])) {
        break;
      }
      last = next;
    }
    // A person's name after "group" is a member, not the group: "the group Sok Dara founded".
    if (g.is_name_word(w[i].key) && last > i) {
      continue;
    }
    std::vector<std::string> keys = keys_of(scan, i, last);
    if (std::any_of(keys.begin(), keys.end(), [](const std::string& k) {
          return lexicon::is_company_word(k) || lexicon::is_sport_word(k);
        })) {
      continue;
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
                     .rule = "NGO cue word",
                     .entry = entry.value_or(kNoEntry)});
    i = last;
  }
}

namespace {

bool in(const auto& list, std::string_view key) {
  return std::find(list.begin(), list.end(), key) != list.end();
}

// ", which says it represents 40,000 farmers": a body speaking for people, right after `last`.
bool represents_people(const Scan& scan, size_t last) {
  static constexpr std::array<std::string_view, 21> kPeople = {
      "associations", "communities", "drivers", "families", "farmers", "fishermen", "fishers",
      "groups", "growers", "members", "nurses", "organisations", "organizations", "people",
      "residents", "teachers", "unions", "vendors", "victims", "villagers", "workers"};
  const std::vector<Word>& w = scan.words;
  size_t k = last + 1;
  if (w[k].key != "which" && w[k].key != "that") {
    return false;
  }
  ++k;
  if (k + 1 < w.size() && w[k].key == "says" && w[k + 1].key == "it") {
    k += 2;  // "which says it represents"
  }
  if (k >= w.size() || (w[k].key != "represents" && w[k].key != "unites")) {
    return false;
  }
  // "which represents more than 200 arts organisations"
  for (size_t n = k + 1; n < w.size() && n <= k + 6; ++n) {
    if (in(kPeople, w[n].key)) {
      return true;
    }
    if (!joined(w, n)) {
      break;
    }
  }
  return false;
}

}  // namespace

// ", a [local, grassroots ...] network of ..." right after word `last`: described, in lower case,
// as a group of civil society (kNgo) or as a party (", a party founded last year by ...",
// kParty); a group "of companies" (or banks, hotels, nations ...), a business's group and a
// person's role ("a rights group official", "a party official") are none.
std::optional<Facet> described_as(const Scan& scan, size_t last) {
  static constexpr std::array<std::string_view, 20> kNouns = {
      "alliance", "association", "campaign", "charity", "coalition", "collective", "federation",
      "foundation", "group", "movement", "network", "ngo", "nonprofit", "organisation",
      "organization", "party", "society", "tank", "union", "watchdog"};
  static constexpr std::array<std::string_view, 28> kNotMembers = {
      "about", "around", "artists", "banks", "brands", "companies", "countries", "firms", "five",
      "four", "funds", "hotels", "insurers", "investors", "islands", "lenders", "more", "musicians",
      "nations", "several", "shareholders", "some", "states", "stockholders", "stores", "three",
      "two", "utilities"};
  const std::vector<Word>& w = scan.words;
  if (last + 2 >= w.size() || !(w[last].gap_after & kGapComma) || (w[last].gap_after & kGapSentence)) {
    return std::nullopt;
  }
  // ", a ...", ", the ...", or a country's possessive: ", France's largest union,".
  const std::string_view article = w[last + 1].key;
  const Mention* country = scan.at(last + 1);
  bool possessive_country = w[last + 1].possessive && country != nullptr &&
                            country->kind == MentionKind::kCountry && country->last == last + 1;
  if (article != "a" && article != "an" && article != "the" && !possessive_country) {
    return std::nullopt;
  }
  // A description's words are in lower case, but for a place's or a country's name ("a
  // Brazilian union") and a name hyphened to the next word ("a Bergen-based group").
  // A person's role, a possessive or a linking word is no part of it ("Sok Dara, the Kratie
  // coordinator for rights group X", "a spokesman for the party's campaign council").
  auto modifier = [&](size_t k) {
    if (w[k].possessive || (!w[k].capitalized && lexicon::is_function_word(w[k])) ||
        lexicon::is_role_noun(w[k]) || lexicon::is_spokes_word(w[k])) {
      return false;
    }
    return !w[k].capitalized || (w[k].gap_after & kGapHyphen) != 0 ||
           (scan.at(k) != nullptr && free_or_place(scan, k));
  };
  size_t noun = last + 2;
  while (noun < w.size() && noun <= last + 5 && !in(kNouns, w[noun].key) && modifier(noun) &&
         joined(w, noun)) {
    ++noun;
  }
  // "a civil society group": the last of two nouns in a row is the head.
  if (noun + 1 < w.size() && joined(w, noun) && in(kNouns, w[noun + 1].key) && !w[noun + 1].capitalized) {
    ++noun;
  }
  if (noun >= w.size() || !in(kNouns, w[noun].key) || w[noun].capitalized ||
      (w[noun].key == "group" && w[noun - 1].key == "working") ||
      (w[noun].key == "tank" && w[noun - 1].key != "think") ||
      (article == "the" && noun == last + 2)) {  // "X, the group said": no description
    return std::nullopt;
  }
  // ... but for a civic word with it: "a private auto industry watchdog group".
  for (size_t k = last + 2; k < noun; ++k) {
    if ((in(kBusiness, w[k].key) && !civic_description(scan, last)) || lexicon::is_company_word(w[k])) {
      return std::nullopt;
    }
  }
  // "a group of four shareholders", "a group of about 40 utilities", "a group controlled by".
  std::string_view after = noun + 1 < w.size() && joined(w, noun) ? std::string_view(w[noun + 1].key) : "";
  // "an association of major Canadian shipping companies": the members, up to three words on.
  bool counted = false;
  for (size_t k = noun + 2; after == "of" && k < w.size() && k <= noun + 5 && joined(w, k - 1) &&
                          (k == noun + 2 || !lexicon::is_function_word(w[k]));
       ++k) {
    std::string_view member = w[k].key;
    counted = counted || in(kNotMembers, member) ||
              (k == noun + 2 && !member.empty() && std::isdigit(static_cast<unsigned char>(member[0])));
  }
  if (counted || after == "controlled" || after == "owned") {
    return std::nullopt;
  }
  // The noun ends the description: a comma, or a word that goes on to say more about the group
  // ("a network of ...", "a local group that ...", "a think tank in Santiago"). Anything else
  // makes it a person's role ("a rights group official", "the miners' federation top leader"),
  // a modifier of another noun ("a credit union data processing concern") or a clause's subject
  // ("Under the Trade Union Law, a union must register").
  static constexpr std::array<std::string_view, 38> kGoesOn = {
      "active", "advocating", "against", "and", "at", "backed", "based", "by", "calling",
      "campaigning", "created", "dedicated", "defending", "established", "fighting", "for",
      "formed", "founded", "from", "helping", "in", "led", "made", "monitoring", "of", "on",
      "operating", "promoting", "representing", "run", "set", "supporting", "that", "which", "who",
      "whose", "with", "working"};
  if (!after.empty() && !in(kGoesOn, after)) {
    return std::nullopt;
  }
  return w[noun].key == "party" ? Facet::kParty : Facet::kNgo;
}

// True if the description after word `last` (", a Bergen-based conservation group") says what
// kind of civil society it is: one word alone may be anything ("Kestrel, an aerospace group"),
// one so described is a group of citizens.
bool civic_description(const Scan& scan, size_t last) {
  static constexpr std::array<std::string_view, 30> kCivic = {
      "activist", "activists", "advocacy", "aid", "campaign", "charity", "civic", "civil",
      "community", "conservation", "environmental", "farmers", "grassroots", "human",
      "humanitarian", "indigenous", "labor", "labour", "ngo", "nonprofit", "rights", "student",
      "students", "think", "union", "watchdog", "wildlife", "women", "workers", "youth"};
  const std::vector<Word>& w = scan.words;
  for (size_t k = last + 2; k < w.size() && k <= last + 6; ++k) {
    if (in(kCivic, w[k].key)) {
      return true;
    }
    if (!joined(w, k)) {
      break;
    }
  }
  return false;
}

// "Land Justice Now, a network of community activists,", "Sangke Women for Water, a local group
// that ...", "Cocoa Growers United, which says it represents 40,000 farmers,": a capitalised name
// no other rule knows, described right after it, behind a comma, as a group of civil society or
// a body speaking for people. The name may hold "for", "of", "the" and "and" between its words
// and a place's name.
void find_described_ngos(Scan& scan, const Gazetteer& g) {
  auto connector = [](const Word& w) { return inner_link(w) || (!w.capitalized && w.key == "and"); };
  const std::vector<Word>& w = scan.words;
  for (size_t last = 0; last + 3 < w.size(); ++last) {
    if (!(w[last].gap_after & kGapComma) || (w[last].gap_after & kGapSentence) || !w[last].capitalized ||
        w[last].headline) {
      continue;
    }
    std::optional<Facet> facet = described_as(scan, last);
    if (!facet && represents_people(scan, last)) {
      facet = Facet::kNgo;
    }
    if (!facet) {
      continue;
    }
    // "Teatro Vivo Forum, which represents 200 arts organisations,": a name the organisation
    // grammar found but could not tell the kind of is told by its description.
    if (const Mention* m = scan.mention_ending_at(last);
        m != nullptr && m->kind == MentionKind::kOther && m->entry == kNoEntry && !m->dropped) {
      std::vector<std::string> keys = keys_of(scan, m->first, m->last);
      if (std::none_of(keys.begin(), keys.end(), [](const std::string& k) {
            return lexicon::is_company_word(k) || lexicon::is_sport_word(k);
          })) {
        Mention told = *m;
        told.kind = MentionKind::kEntity;
        told.facet = *facet;
        told.rule = *facet == Facet::kParty ? "party described" : "NGO described";
        scan.add(std::move(told));
      }
      continue;
    }
    if (!free_or_place(scan, last)) {
      continue;
    }
    // The name: capitalised words back to where the sentence or a lower-case word stops it.
    size_t first = last;
    while (first > 0 && joined(w, first - 1) && !w[first].sentence_start) {
      const Word& prev = w[first - 1];
      bool word = prev.capitalized && !prev.headline && free_or_place(scan, first - 1);  // "Now"
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
    if ((last == first && !one_word_ok) || last - first > 5 || !capitalised_name_word(w[first])) {
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
    if (all_places || firm || std::any_of(keys.begin(), keys.end(), [](const std::string& k) {
          return lexicon::is_company_word(k) || lexicon::is_sport_word(k);
        })) {
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

void find_red_cross_societies(Scan& scan) {
  if (scan.text.find("Red Cr") == std::string_view::npos && scan.text.find("RED CR") == std::string_view::npos) {
    return;  // (most texts: one search instead of a look at every word)
  }
  const std::vector<Word>& w = scan.words;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (w[i].key != "red" || (w[i + 1].key != "cross" && w[i + 1].key != "crescent") || !w[i].capitalized ||
        !w[i + 1].capitalized || !joined(w, i) || scan.covered(i) || scan.covered(i + 1)) {
      continue;
    }
    size_t first = i;
    const Mention* country = i > 0 && joined(w, i - 1) ? scan.at(i - 1) : nullptr;
    if (country != nullptr && country->kind == MentionKind::kCountry && country->last == i - 1 &&
        !w[i - 1].possessive) {
      first = country->first;
    }
    size_t last = i + 1;
    if (last + 1 < w.size() && joined(w, last) && w[last + 1].key == "society" && w[last + 1].capitalized) {
      ++last;
    }
    scan.add(Mention{.kind = MentionKind::kEntity,
                     .facet = Facet::kNgo,
                     .canonical = span_text(scan.text, w, first, last),
                     .first = first,
                     .last = last,
                     .rule = "Red Cross society"});
    i = last;
  }
}

}  // namespace tonle::entities
