// org_rules.cc — see org_rules.h.
#include "indexer/entities/org_rules.h"

#include <algorithm>
#include <array>
#include <map>

#include "indexer/entities/lexicon.h"
#include "indexer/entities/org_cues.h"
#include "indexer/entities/org_grammar.h"
#include "indexer/entities/org_lists.h"

namespace tonle::entities {

namespace {

// A name a rule found in the story counts wherever else the same words stand, headlines
// included (where the rules themselves do not fire).
void carry_names(Scan& scan) {
  std::map<std::vector<std::string>, size_t> found;  // keys → a mention of them
  for (size_t m = 0; m < scan.mentions.size(); ++m) {
    const Mention& mention = scan.mentions[m];
    if (mention.is_body() && mention.entry == kNoEntry && mention.last > mention.first) {
      found.emplace(keys_of(scan, mention.first, mention.last), m);
    }
  }
  const std::vector<Word>& w = scan.words;
  for (const auto& [keys, m] : found) {
    for (size_t i = 0; i + keys.size() <= w.size(); ++i) {
      bool match = true;
      for (size_t k = 0; k < keys.size() && match; ++k) {
        match = w[i + k].key == keys[k] && free_or_place(scan, i + k) &&
                (k + 1 == keys.size() || joined(w, i + k));
      }
      if (match && w[i].capitalized) {
        Mention copy = scan.mentions[m];
        copy.first = i;
        copy.last = i + keys.size() - 1;
        copy.rule = "same name elsewhere in the article";
        scan.add(std::move(copy));
        i += keys.size() - 1;
      }
    }
  }
}

// "the Chinese government", "Thailand's government": a country's government (Cambodia's is the
// Royal Government, which the gazetteer names).
void find_governments(Scan& scan, const Gazetteer& g) {
  const std::vector<Word>& w = scan.words;
  for (size_t i = 1; i < w.size(); ++i) {
    const Mention* c = scan.mention_ending_at(i - 1);
    if (w[i].key != "government" || scan.covered(i) || c == nullptr || c->dropped ||
        c->kind != MentionKind::kCountry || !joined(w, i - 1)) {
      continue;
    }
    Mention m{.kind = MentionKind::kEntity, .facet = Facet::kMinistry, .first = i, .last = i,
              .rule = "a country's government", .country = c->canonical};
    if (c->canonical == "Cambodia") {
      std::optional<size_t> rgc = g.find_by_keys({"royal", "government", "of", "cambodia"});
      if (!rgc) {
        continue;
      }
      m.entry = *rgc;
      m.canonical = g.entries()[*rgc].canonical;
    } else {
      m.canonical = government_name(c->canonical);
    }
    scan.add(std::move(m));
  }
}

// "the Ohio Democratic Party": a party's branch named by its place.
void find_party_branches(Scan& scan) {
  const std::vector<Word>& w = scan.words;
  for (size_t m = 0; m < scan.mentions.size(); ++m) {
    const Mention party = scan.mentions[m];
    if (party.dropped || !party.is_body() || party.facet != Facet::kParty || party.first == 0) {
      continue;
    }
    const Mention* place = scan.mention_ending_at(party.first - 1);
    if (place == nullptr || place->kind != MentionKind::kPlace || !joined(w, party.first - 1) ||
        w[place->first].possessive) {
      continue;
    }
    size_t first = place->first;
    scan.add(Mention{.kind = MentionKind::kEntity, .facet = Facet::kParty,
                     .canonical = span_text(scan.text, w, first, party.last), .first = first,
                     .last = party.last, .rule = "a party's branch in a place"});
  }
}

// Bodies written in lower case. "the Chinese embassy": a country's embassy.
// "the Thai foreign ministry", "Vietnam's health ministry": a country's ministry named in lower
// case by its subject; "the foreign ministry" alone, in a story about Cambodia, is Cambodia's (as
// "the Foreign Ministry" is), for a subject every government has a ministry of.
void find_described_bodies(Scan& scan, const Gazetteer& g) {
  static constexpr std::array<std::string_view, 23> kSubjects = {
      "agriculture", "commerce", "culture", "defence", "defense", "economy", "education", "energy",
      "environment", "finance", "foreign", "health", "industry", "information", "interior", "justice",
      "labor", "labour", "land", "planning", "tourism", "trade", "transport"};
  const std::vector<Word>& w = scan.words;
  for (size_t i = 1; i < w.size(); ++i) {
    // "the Chinese embassy", "Thailand's embassy": a country's embassy in lower case.
    const Mention* owner = scan.mention_ending_at(i - 1);
    if (w[i].key == "embassy" && !w[i].capitalized && !scan.covered(i) && owner != nullptr && !owner->dropped &&
        owner->kind == MentionKind::kCountry && owner->entry != kNoEntry && joined(w, i - 1)) {
      scan.add(Mention{.kind = MentionKind::kEntity, .facet = Facet::kMinistry,
                       .canonical = embassy_name(g.entries()[owner->entry].canonical), .first = i,
                       .last = i, .rule = "a country's embassy"});  // the country stays a mention of its own
      continue;
    }
    // "the embassies of France and Germany": each country's embassy (the first one's mention is
    // the word "embassies", the others' their country's name).
    if (w[i].key == "embassies" && !scan.covered(i) && joined(w, i) && i + 2 < w.size() && w[i + 1].key == "of") {
      std::vector<std::pair<std::string, std::pair<size_t, size_t>>> embassies;
      for (size_t k = i + 2; k < w.size();) {
        if (w[k].key == "the" && k + 1 < w.size()) {
          ++k;  // "... and the United Kingdom"
        }
        const Mention* c = scan.mention_starting_at(k);
        if (c == nullptr || c->dropped || c->kind != MentionKind::kCountry || c->entry == kNoEntry) {
          break;
        }
        size_t first = embassies.empty() ? i : c->first;
        size_t last = embassies.empty() ? i : c->last;
        embassies.push_back({embassy_name(g.entries()[c->entry].canonical), {first, last}});
        size_t next = c->last + 1;
        bool comma = w[c->last].gap_after == kGapComma;
        if (!comma && !(joined(w, c->last) && next < w.size() && w[next].key == "and")) {
          break;
        }
        k = comma ? next : next + 1;
      }
      for (const auto& [name, span] : embassies) {
        scan.add(Mention{.kind = MentionKind::kEntity, .facet = Facet::kMinistry, .canonical = name,
                         .first = span.first, .last = span.second, .rule = "countries' embassies"});
      }
      continue;
    }
    // "the Indonesian and Kenyan embassies", "the US, French and German embassies": each
    // country's embassy (the last one's mention is the word "embassies", the others' their
    // country's word).
    if (w[i].key == "embassies" && !w[i].capitalized && !scan.covered(i) && owner != nullptr &&
        !owner->dropped && owner->kind == MentionKind::kCountry && owner->entry != kNoEntry && joined(w, i - 1)) {
      std::vector<const Mention*> countries{owner};
      for (size_t k = owner->first; k >= 2;) {
        bool link = w[k - 1].key == "and" || (w[k - 1].gap_after & kGapComma);
        size_t before = w[k - 1].key == "and" ? k - 2 : k - 1;
        const Mention* c = scan.mention_ending_at(before);
        if (!link || c == nullptr || c->dropped || c->kind != MentionKind::kCountry || c->entry == kNoEntry ||
            (w[before].gap_after & kGapSentence)) {
          break;
        }
        countries.push_back(c);
        k = c->first;
      }
      std::vector<std::pair<std::string, std::pair<size_t, size_t>>> embassies;
      for (size_t n = 0; n < countries.size(); ++n) {
        size_t first = n == 0 ? i : countries[n]->first;
        size_t last = n == 0 ? i : countries[n]->last;
        embassies.push_back({embassy_name(g.entries()[countries[n]->entry].canonical), {first, last}});
      }
      for (const auto& [name, span] : embassies) {
        scan.add(Mention{.kind = MentionKind::kEntity, .facet = Facet::kMinistry, .canonical = name,
                         .first = span.first, .last = span.second, .rule = "countries' embassies"});
      }
      continue;
    }
    if (i < 2) {
      continue;
    }
    const Mention* c = scan.mention_ending_at(i - 2);
    const Word& subject = w[i - 1];
    if (w[i].key != "ministry" || w[i].capitalized || scan.covered(i) || scan.covered(i - 1) ||
        subject.capitalized || !joined(w, i - 1) || lexicon::is_function_word(subject) || !joined(w, i - 2) ||
        !std::all_of(subject.key.begin(), subject.key.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) {
      continue;
    }
    bool country = c != nullptr && !c->dropped && c->kind == MentionKind::kCountry;
    // (In foreign news "In Indonesia, ... the trade ministry" may be any country's: only in a
    // story about Cambodia does the bare form count.)
    bool the_subject = w[i - 2].key == "the" && scan.story_country == "Cambodia" &&
                       std::find(kSubjects.begin(), kSubjects.end(), subject.key) != kSubjects.end();
    if (!country && !the_subject) {
      continue;
    }
    Mention m{.kind = MentionKind::kEntity, .facet = Facet::kMinistry,
              .canonical = ministry_name(subject.key), .first = i - 1, .last = i,
              .rule = "a ministry by its subject", .generic = true};
    // The gazetteer's generic name for it ("~Foreign Ministry"): Cambodia's own when the story is.
    size_t e = g.find_by_keys({subject.key, "ministry"}).value_or(kNoEntry);
    if (e != kNoEntry && g.entries()[e].kind == Kind::kFacet && g.entries()[e].facet == Facet::kMinistry) {
      m.entry = e;
      m.canonical = g.entries()[e].canonical;
    }
    scan.add(std::move(m));
  }
}

// "EPA" after "the Environmental Protection Agency": an acronym no one defined that spells the
// initials of a body the article names. One of three letters or more may come first ("CPP
// spokeswoman X said the Convention People's Party"); two letters spell too many things.
void find_implicit_acronyms(Scan& scan) {
  const std::vector<Word>& w = scan.words;
  std::vector<std::pair<std::string, size_t>> initials;  // initials → a mention of the body
  for (size_t m = 0; m < scan.mentions.size(); ++m) {
    const Mention& mention = scan.mentions[m];
    if (!mention.is_body() || mention.last == mention.first) {
      continue;
    }
    std::string letters;
    for (size_t k = mention.first; k <= mention.last; ++k) {
      if (w[k].capitalized && !w[k].key.empty() && w[k].key != "the") {
        letters += w[k].key[0];
      }
    }
    if (letters.size() >= 2) {
      initials.emplace_back(letters, m);
    }
  }
  for (size_t i = 0; i < w.size(); ++i) {
    if (!w[i].all_caps || w[i].headline || scan.covered(i) || w[i].key.size() < 2 || w[i].key.size() > 6 ||
        std::any_of(scan.learned.begin(), scan.learned.end(),
                    [&](const LearnedAlias& la) { return la.acronym_key == w[i].key; })) {
      continue;  // defined acronyms are find_learned_mentions'
    }
    for (const auto& [letters, m] : initials) {
      if (letters == w[i].key && (scan.mentions[m].first < i || letters.size() >= 3)) {
        Mention copy = scan.mentions[m];
        copy.first = copy.last = i;
        copy.rule = "initials of a name found earlier";
        scan.add(std::move(copy));
        break;
      }
    }
  }
}

}  // namespace

void find_organisations(Scan& scan, const Gazetteer& g) {
  for (size_t i = 0; i < scan.words.size(); ++i) {
    const Mention* known = scan.at(i);
    // Known names stand, but a generic body's may open a longer name ("Senate Banking
    // Committee"), and a non-facet body's too ("EU Delegation").
    bool extendable = known != nullptr && (known->kind == MentionKind::kOther ||
                                           (known->is_body() && known->generic));
    if (known != nullptr && known->kind == MentionKind::kEntity && !extendable) {
      i = known->last;
      continue;
    }
    std::optional<OrgName> org = org_at(scan, g, i);
    // A name the gazetteer lists as no facet value ("European Union", "UN Human Rights
    // Council") stays so unless the rule finds a longer name around it ("EU Delegation").
    bool inside_known = extendable && org && org->last <= known->last;
    if (!org || inside_known) {
      if (extendable) {
        i = known->last;
      }
      continue;
    }
    // "Funan Techo Canal Development Authority": a name that starts inside a place's name
    // ("Funan Techo Canal") takes the whole place.
    if (const Mention* place = scan.at(org->first);
        place != nullptr && place->kind == MentionKind::kPlace && place->first < org->first &&
        org->canonical == span_text(scan.text, scan.words, org->first, org->last)) {
      org->first = place->first;
      org->canonical = span_text(scan.text, scan.words, org->first, org->last);
    }
    // A name the gazetteer knows under this exact form keeps the gazetteer's canonical name,
    // unless the form is generic and the text gives another country ("Kenya Human Rights
    // Commission" is not the Cambodian Human Rights Committee).
    std::vector<std::string> keys = keys_of(scan, org->first, org->last);
    std::optional<size_t> entry = g.find_by_keys(keys);
    if (entry && !org->country.empty() && g.generic_alias(keys) &&
        g.entries()[*entry].country != org->country) {
      entry.reset();
    }
    Mention m{.kind = org->facet ? MentionKind::kEntity : MentionKind::kOther,
              .facet = org->facet.value_or(Facet::kNgo),
              .canonical = org->canonical,
              .first = org->first,
              .last = org->last,
              .rule = org->document                  ? "title of a document"
                      : org->facet == Facet::kMinistry ? "state body name"
                      : org->facet == Facet::kParty  ? "party name"
                      : org->facet == Facet::kNgo    ? "organisation name"
                                                     : "company or club name",
              .generic = org->generic,
              .country = org->country};
    if (entry && g.entries()[*entry].kind == Kind::kFacet) {
      m.canonical = g.entries()[*entry].canonical;
      m.entry = *entry;
      // A name the gazetteer lists as one country's own ("Ministry of Labour and Vocational
      // Training") is that country's body in any story, not a generic name.
      m.generic = m.generic && g.generic_alias(keys);
    }
    scan.add(std::move(m));
    i = org->last;
  }
  find_head_first_names(scan, g);
  find_cued_ngos(scan, g);
  find_unions_named_before_cue(scan, g);
  find_listed_ngos(scan, g);
  find_red_cross_societies(scan);
  find_described_parties(scan);
  find_described_ngos(scan, g);
  find_listed_organisations(scan, g);
  find_governments(scan, g);
  find_described_bodies(scan, g);
  find_party_branches(scan);
  carry_names(scan);
  find_implicit_acronyms(scan);
}

namespace {

// "Senate (United States)" -> {"Senate", "(United States)"}.
std::pair<std::string_view, std::string_view> split_country(std::string_view value) {
  size_t open = value.rfind(" (");
  if (open == std::string_view::npos || value.back() != ')') {
    return {value, {}};
  }
  return {value.substr(0, open), value.substr(open)};
}

}  // namespace

namespace {

// True if `span` writes the body's `name` as it is, or as "X Ministry" for "Ministry of X"
// ("Health Ministry" after "Germany's Federal Ministry of Health").
bool written_as(std::string_view span, std::string_view name) {
  constexpr std::string_view kSuffix = " Ministry";
  constexpr std::string_view kPrefix = "Ministry of ";
  return span == name || (span.ends_with(kSuffix) && name.starts_with(kPrefix) &&
                          name.substr(kPrefix.size()) == span.substr(0, span.size() - kSuffix.size()));
}

}  // namespace

void merge_short_forms(Scan& scan) {
  std::vector<Mention*> bodies;
  for (Mention& m : scan.mentions) {
    if (m.is_body() && !m.canonical.empty()) {
      bodies.push_back(&m);
    }
  }
  for (Mention* shorter : bodies) {
    // "The CGT union" and "the Confédération Générale du Travail": an acronym a rule found is the
    // body of the story whose initials it spells.
    if (shorter->entry == kNoEntry && shorter->first == shorter->last && scan.words[shorter->first].all_caps) {
      const Mention* full = body_with_initials(scan, scan.words[shorter->first].key);
      if (full != nullptr && full != shorter && full->facet == shorter->facet) {
        shorter->canonical = full->canonical;
        continue;
      }
    }
    auto [name, country] = split_country(shorter->canonical);
    // "the Marine Park Authority" after "the Great Barrier Reef Marine Park Authority": a name of
    // two words or more that ends the one full name named before.
    const Mention* ends_full = nullptr;
    bool one = true;
    // (Written as the bare name, no country word in or before it: "the U.S. Supreme Court" after
    // "the Texas Supreme Court" is another court.)
    const Mention* before = shorter->first > 0 ? scan.at(shorter->first - 1) : nullptr;
    bool bare = written_as(span_text(scan.text, scan.words, shorter->first, shorter->last), name) &&
                (before == nullptr || before->kind != MentionKind::kCountry);
    for (const Mention* full : bodies) {
      auto [full_name, full_country] = split_country(full->canonical);
      // (Not a name the gazetteer or a generic rule knows: "the Supreme Court" after "the Ohio
      // Supreme Court" may be the country's own.)
      if (bare && shorter->entry == kNoEntry && shorter->facet != Facet::kParty && full->first < shorter->first &&
          full->facet == shorter->facet && full_country == country &&
          name.find(' ') != std::string_view::npos && full_name.size() > name.size() + 1 &&
          full_name.ends_with(name) && full_name[full_name.size() - name.size() - 1] == ' ') {
        one = one && (ends_full == nullptr || ends_full->canonical == full->canonical);
        ends_full = full;
      }
    }
    if (ends_full != nullptr && one) {
      shorter->canonical = ends_full->canonical;
      shorter->entry = ends_full->entry;
      continue;
    }
    for (const Mention* full : bodies) {
      if (full == shorter || full->facet != shorter->facet || full->first >= shorter->first) {
        continue;
      }
      auto [full_name, full_country] = split_country(full->canonical);
      if (full_country != country || full_name.size() <= name.size() + 4 ||
          full_name.substr(0, name.size()) != name) {
        continue;
      }
      std::string_view rest = full_name.substr(name.size());
      if (rest.starts_with(" of ") || rest.starts_with(", ")) {
        shorter->canonical = full->canonical;
        shorter->entry = full->entry;
        break;
      }
    }
  }
}

namespace {

// "the Liberal Party" in a story about Australia: the party the gazetteer lists as that name
// "of" the story's country ("Liberal Party of Australia"), or as that name with the country in
// brackets ("Workers' Party (Brazil)").
void name_parties_of_story_country(Scan& scan, const Gazetteer& g) {
  if (scan.story_country.empty() || scan.story_country == "international") {
    return;
  }
  for (Mention& m : scan.mentions) {
    // (A name the gazetteer gives another country's party, "Democratic Party" of the United
    // States, is the story's country's when that country has a party of the name.)
    bool foreign = m.entry != kNoEntry && g.entries()[m.entry].country != scan.story_country;
    // (A party's name the grammar took for an NGO's, "the Democratic Centre", too.)
    if (!m.faceted() || (m.facet != Facet::kParty && !(m.facet == Facet::kNgo && m.entry == kNoEntry)) ||
        (m.entry != kNoEntry && !foreign) || m.canonical.find('(') != std::string::npos) {
      continue;
    }
    // The country by its name or another of its names ("Democratic Party of Korea" in a story
    // about South Korea).
    std::vector<std::string> names = {scan.story_country};
    if (std::optional<size_t> c = g.find_by_canonical(scan.story_country); c && g.entries()[*c].kind == Kind::kCountry) {
      names.insert(names.end(), g.entries()[*c].aliases.begin(), g.entries()[*c].aliases.end());
    }
    names.push_back("(" + scan.story_country + ")");
    // ("of the": "Liberal Party of the Philippines".)
    std::vector<std::string> full_names;
    for (const std::string& country : names) {
      if (country.starts_with("(")) {
        full_names.push_back(m.canonical + " " + country);
      } else {
        full_names.push_back(m.canonical + " of " + country);
        full_names.push_back(m.canonical + " of the " + country);
      }
    }
    for (const std::string& full : full_names) {
      std::optional<size_t> e = g.find_by_canonical(full);
      if (e && g.entries()[*e].kind == Kind::kFacet && g.entries()[*e].facet == Facet::kParty &&
          g.entries()[*e].country == scan.story_country) {
        m.canonical = g.entries()[*e].canonical;
        m.entry = *e;
        m.facet = Facet::kParty;
        break;
      }
    }
  }
}

}  // namespace

void find_party_short_names(Scan& scan, const Gazetteer& g) {
  name_parties_of_story_country(scan, g);
  const std::vector<Word>& w = scan.words;
  // Each party with the words of its short name: before "Party" ("Candlelight Party"), or after
  // its country's word ("Australian Greens").
  struct Short {
    Mention party;
    size_t first, end;  // [first, end): the short name's words in the full name
  };
  std::vector<Short> parties;
  for (const Mention& m : scan.mentions) {
    if (!m.faceted() || m.facet != Facet::kParty || m.last == m.first) {
      continue;
    }
    if (w[m.last].key == "party") {
      parties.push_back({m, m.first, m.last});
    } else if (m.entry != kNoEntry && w[m.first].capitalized && g.find_country({w[m.first].key})) {
      parties.push_back({m, m.first + 1, m.last + 1});  // "Australian Greens" -> "Greens"
    }
  }
  for (const Short& sh : parties) {
    const Mention& party = sh.party;
    size_t n = sh.end - sh.first;
    if (n == 0) {
      continue;
    }
    bool distinctive = true, plain = true;
    for (size_t k = sh.first; k < sh.end; ++k) {
      plain = plain && w[k].capitalized && !lexicon::is_function_word(w[k]) &&
              !lexicon::is_civil_society_word(w[k]) && !lexicon::is_state_word(w[k]);
      distinctive = distinctive && !g.is_common_word(w[k].key);
    }
    if (!plain) {
      continue;
    }
    for (size_t i = 0; i + n <= w.size(); ++i) {
      bool same = true;
      for (size_t k = 0; k < n && same; ++k) {
        same = !scan.covered(i + k) && !w[i + k].headline && w[i + k].key == w[sh.first + k].key &&
               (k + 1 == n || joined(w, i + k));
      }
      // ... not followed by "Party" (the full name, found already) or another capitalised word.
      size_t after = i + n;
      if (!same || (after < w.size() && joined(w, after - 1) && w[after].capitalized)) {
        continue;
      }
      // A name of English words ("Candlelight") only before a spokesperson or a role, a
      // portfolio's word or two between: "Candlelight spokesman", "Greens environment spokeswoman".
      bool role_after = false;
      for (size_t r = after; r < w.size() && r <= after + 2 && joined(w, r - 1) && !role_after; ++r) {
        role_after = lexicon::is_spokes_word(w[r]) || lexicon::is_role_noun(w[r]);
        if (w[r].capitalized || lexicon::is_function_word(w[r])) {
          break;
        }
      }
      if (!distinctive && !role_after) {
        continue;
      }
      Mention copy = party;
      copy.first = i;
      copy.last = after - 1;
      copy.rule = "party's short name";
      scan.add(std::move(copy));
      i = after - 1;
    }
  }
}

}  // namespace tonle::entities
