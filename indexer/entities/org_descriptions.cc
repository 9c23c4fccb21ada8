// org_descriptions.cc — see org_descriptions.h.
#include "indexer/entities/org_descriptions.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "indexer/entities/lexicon.h"
#include "indexer/entities/org_cues.h"

namespace tonle::entities {

namespace {

// Kinds of business before a group word: "a shareholder group", "a savings association", "an
// arms and chemicals group", "the financial group X" are business's, not civil society's.
constexpr std::array<std::string_view, 46> kBusiness = {
    "aerospace", "arms", "automotive", "banking", "brewing", "building", "business", "chemical",
    "chemicals", "construction", "credit", "currency", "customs", "defence", "defense", "employers",
    "energy", "engineering", "fashion", "financial", "food", "holding", "hotel", "industrial", "industry",
    "insurance", "investment", "investor", "luxury", "maintenance", "media", "mining", "monetary",
    "oil", "pharmaceutical", "property", "publishing", "retail", "savings", "shareholder",
    "shipping", "steel", "stockholder", "technology", "telecoms", "trading"};

bool in(const auto& list, std::string_view key) {
  return std::find(list.begin(), list.end(), key) != list.end();
}

}  // namespace

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


// ", which trains first-time voters", ", which has monitored courts since 2015": right after
// `last`, a relative clause whose verb is the work of civil society.
bool does_civic_work(const Scan& scan, size_t last) {
  static constexpr std::array<std::string_view, 30> kWork = {
      "advocated", "advocates", "assisted", "assists", "campaigned", "campaigns", "defended", "defends",
      "documented", "documents", "educated", "educates", "helped", "helps", "lends", "lent", "lobbied",
      "lobbies", "monitored", "monitors", "mobilised", "mobilises", "organised", "organises", "organized",
      "organizes", "trained", "trains", "tracked", "tracks"};
  const std::vector<Word>& w = scan.words;
  size_t k = last + 1;
  if (k >= w.size() || w[k].key != "which") {
    return false;
  }
  ++k;
  if (k < w.size() && (w[k].key == "has" || w[k].key == "have") && joined(w, k)) {
    ++k;  // "which has monitored"
  }
  if (k < w.size() && (w[k].key == "long" || w[k].key == "also") && joined(w, k)) {
    ++k;  // "which has long campaigned"
  }
  return k < w.size() && joined(w, k - 1) && in(kWork, w[k].key);
}

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
    // ("a Lima-based non-governmental group", "a not-for-profit group": no one's body.)
    bool non = w[k - 1].key == "non" && (w[k].key == "governmental" || w[k].key == "government" || w[k].key == "profit");
    if (in(kCivic, w[k].key) || w[k].key == "nongovernmental" || non) {
      return true;
    }
    if (!joined(w, k)) {
      break;
    }
  }
  return false;
}

bool is_business_kind(std::string_view key) { return in(kBusiness, key); }

bool is_performing_kind(std::string_view key) {
  static constexpr std::array<std::string_view, 17> kPerforming = {
      "band", "boy", "comedy", "dance", "folk", "girl", "hop", "jazz", "metal", "music", "musical", "pop", "punk",
      "rap", "rock", "singing", "theatre"};
  return in(kPerforming, key);
}

}  // namespace tonle::entities
