// known_mentions.cc — gazetteer and learned names (known_mentions.h); the story's country is story_country.cc's.
#include "indexer/entities/known_mentions.h"

#include <algorithm>
#include <array>
#include <set>

#include "core/text.h"
#include "indexer/entities/lexicon.h"
#include "indexer/entities/org_grammar.h"

namespace tonle::entities {

namespace {

MentionKind kind_of(const GazetteerEntry& e) {
  switch (e.kind) {
    case Kind::kPlace: return MentionKind::kPlace;
    case Kind::kCountry: return MentionKind::kCountry;
    case Kind::kOther: return MentionKind::kOther;
    case Kind::kFacet: return e.facet == Facet::kSource ? MentionKind::kOther : MentionKind::kEntity;
  }
  return MentionKind::kOther;
}

// A word after which a one-word body is named without "the": "told Parliament", "a bill
// before Parliament", "dissolved Parliament", "In Congress, lawmakers ...".
bool is_bare_body_cue(std::string_view key) {
  static constexpr std::array<std::string_view, 13> kWords = {"addressed", "before", "dissolve", "dissolved", "in",
                                                              "into", "outside", "through", "to", "told",
                                                              "tells", "tell", "by"};
  return std::ranges::find(kWords, key) != kWords.end();
}

struct Candidate {
  Mention mention;
  bool acronym_only = false;  // named by an all-capitals alias that is not its own name
  bool defined_only = false;  // a "^" alias: needs the entity named another way
};

Mention from_entry(const Gazetteer& g, size_t entry, size_t first, size_t last, bool generic,
                   std::string_view rule) {
  const GazetteerEntry& e = g.entries()[entry];
  return Mention{.kind = kind_of(e),
                 .facet = e.facet,
                 .canonical = e.canonical,
                 .first = first,
                 .last = last,
                 .rule = rule,
                 .entry = entry,
                 .generic = generic,
                 .country = generic ? "" : e.country};
}

// A learned long form or acronym at word i: returns the last word matched.
std::optional<size_t> match_learned(const Scan& scan, const LearnedAlias& la, size_t i) {
  const std::vector<Word>& w = scan.words;
  // Pronounceable acronyms are often written as words ("Cocobod", "Unicef"); from five letters
  // a capitalised word spelling one is it.
  if (w[i].key == la.acronym_key && (w[i].all_caps || (w[i].capitalized && w[i].key.size() >= 5))) {
    return i;
  }
  size_t n = la.long_keys.size();
  if (!w[i].capitalized || i + n > w.size()) {
    return std::nullopt;
  }
  for (size_t k = 0; k < n; ++k) {
    if (w[i + k].key != la.long_keys[k] || (k + 1 < n && !joined(w, i + k))) {
      return std::nullopt;
    }
  }
  return i + n - 1;
}

// What each learned definition names in the gazetteer: the entry of its long form (or of its
// acronym, when that is no ambiguous one). Names the gazetteer lacks are find_learned_mentions'.
struct LearnedName {
  const LearnedAlias* alias;
  std::optional<size_t> entry;
  bool generic = false;       // the long form names no one country's body ("Ministry of Posts ...")
  bool by_acronym = false;    // only the acronym is the gazetteer's: another body may share it
};

std::vector<LearnedName> resolve_learned(const Scan& scan, const Gazetteer& g) {
  std::vector<LearnedName> out;
  for (const LearnedAlias& la : scan.learned) {
    std::optional<size_t> entry = g.find_by_keys(la.long_keys);
    bool by_acronym = false;
    if (!entry) {
      if (auto acronym = g.find_alias({la.acronym_key});
          acronym && acronym->second != AliasMode::kDefinedOnly) {
        entry = acronym->first;
        by_acronym = true;
      }
    }
    out.push_back({&la, entry, entry && g.generic_alias(la.long_keys), by_acronym});
  }
  return out;
}

// "Ministry of Energy and Mineral Resources", "Ministry of Labour and Employment": a generic
// ministry's name goes on over "and" and up to three capitalised common words ("Ministry of
// Energy and Hun Sen" or "... and Ministry of Finance" do not). Returns the name's last word.
size_t generic_name_end(const Scan& scan, const Gazetteer& g, const AliasMatch& m) {
  const std::vector<Word>& w = scan.words;
  const GazetteerEntry& e = g.entries()[m.entry];
  bool ministry_of = e.kind == Kind::kFacet && e.facet == Facet::kMinistry && w[m.first].key == "ministry" &&
                     m.last > m.first;
  if (!ministry_of) {
    return m.last;
  }
  // "Ministry of Health, Labour and Welfare": items after commas, up to the "and".
  size_t item_end = m.last;
  while (w[item_end].gap_after == kGapComma) {
    size_t k = item_end + 1;
    size_t end = item_end;
    for (; k < w.size() && k <= item_end + 3; ++k) {
      // A subject's word: capitalised, and no person's name word ("Labour", "Welfare", "Fisheries").
      bool subject = w[k].capitalized && !w[k].all_caps && !g.is_name_word(w[k].key) &&
                     w[k].key != "ministry" && w[k].key != "and";
      if (!subject) {
        break;
      }
      end = k;
      if (!joined(w, k)) {
        break;
      }
    }
    if (end == item_end) {
      break;
    }
    item_end = end;
  }
  size_t and_at = item_end + 1;
  if (and_at + 1 >= w.size() || w[and_at].key != "and" || !joined(w, item_end) || !joined(w, and_at)) {
    return m.last;  // a list without "and" is no name's
  }
  size_t end = and_at;
  for (size_t k = and_at + 1; k < w.size() && k <= and_at + 3; ++k) {
    bool common = w[k].capitalized && !w[k].all_caps && g.is_common_word(w[k].key) && w[k].key != "ministry";
    if (!common) {
      break;
    }
    end = k;
    if (!joined(w, k)) {
      break;
    }
  }
  return end > and_at ? end : m.last;
}

std::optional<Candidate> best_at(const Scan& scan, const Gazetteer& g,
                                 const std::vector<LearnedName>& learned, size_t i) {
  const std::vector<Word>& w = scan.words;
  std::optional<Candidate> best;
  // A generic alias right after a country word still matches: "Thai Foreign Ministry".
  bool after_country = i > 0 && scan.at(i - 1) != nullptr &&
                       scan.at(i - 1)->kind == MentionKind::kCountry;
  std::optional<AliasMatch> m = g.match_at(w, i);
  if (!m && after_country) {
    std::vector<Word> probe(w.begin() + static_cast<std::ptrdiff_t>(i), w.end());
    probe.front().sentence_start = true;  // match as if the country word were not there
    if (auto again = g.match_at(probe, 0)) {
      m = AliasMatch{.entry = again->entry, .first = i, .last = i + again->last,
                     .mode = again->mode, .generic = again->generic};
    }
  }
  // A one-word generic state body ("Senate", "Army") is named with "the", a country word or a role
  // after it ("the Senate", "Thai Army", "Senate spokesman"); "Army unit rejects accusation"
  // opening a subheading is no mention of one.
  if (m && m->generic && m->first == m->last && g.entries()[m->entry].kind == Kind::kFacet &&
      g.entries()[m->entry].facet == Facet::kMinistry) {
    size_t k = m->first;
    // "the Zambia Congress of Trade Unions": a complement after it makes a longer name.
    bool complement = k + 2 < w.size() && joined(w, k) && w[k + 1].key == "of" && joined(w, k + 1) &&
                      w[k + 2].capitalized;
    bool determined = ((k > 0 && (w[k - 1].key == "the" || w[k - 1].possessive)) || after_country) && !complement;
    // ("Parliament House", "Senate Square": a building or a place, not the body.)
    bool role_after = k + 1 < w.size() && joined(w, k) &&
                      (lexicon::is_role_noun(w[k + 1]) || lexicon::is_spokes_word(w[k + 1]) ||
                       (w[k + 1].capitalized && !lexicon::is_building_word(w[k + 1].key)));
    // "told Parliament", "a bill before Parliament": Commonwealth English names it bare.
    bool bare = k > 0 && !w[k].sentence_start && joined(w, k - 1) && (!w[k - 1].capitalized || w[k - 1].sentence_start) &&
                is_bare_body_cue(w[k - 1].key) && !(k + 1 < w.size() && joined(w, k) && w[k + 1].capitalized);
    if (!determined && !role_after && !bare) {
      m.reset();
    }
  }
  // A one-word generic party or NGO name ("Labour", "Renaissance") before another capitalised
  // word is part of that word's name ("Labour Law", "Labour Day", "Renaissance Hotel"), unless
  // the word is a role ("Labour MP", "Labour spokesman") other than a minister's.
  if (m && m->generic && m->first == m->last && g.entries()[m->entry].kind == Kind::kFacet &&
      g.entries()[m->entry].facet != Facet::kMinistry) {
    size_t k = m->first;
    bool before_name = k + 1 < w.size() && joined(w, k) && w[k + 1].capitalized &&
                       !lexicon::is_role_noun(w[k + 1]) && !lexicon::is_spokes_word(w[k + 1]) &&
                       !lexicon::is_rank(w[k + 1]) && !lexicon::is_honorific(w[k + 1]);
    // "Labour Minister X", "Labour Secretary": a ministry's subject, not the party.
    bool portfolio = k + 1 < w.size() && joined(w, k) && w[k + 1].capitalized &&
                     (w[k + 1].key == "minister" || w[k + 1].key == "ministry" || w[k + 1].key == "secretary" ||
                      w[k + 1].key == "department");
    if (before_name || portfolio) {
      m.reset();
    }
  }
  // "Social Democratic Party", "New Democratic Party": a party's listed name after another
  // capitalised word inside a sentence (no country, place, article or title) ends a longer name.
  if (m && !m->generic && m->first > 0 && g.entries()[m->entry].kind == Kind::kFacet &&
      g.entries()[m->entry].facet == Facet::kParty) {
    size_t k = m->first - 1;
    const Word& before = w[k];
    // (At a sentence's start a capital says nothing, but a word parties put before "Democratic"
    // does: "Social Democratic Party spokesman ...".)
    static constexpr auto kPartyModifiers = std::to_array<std::string_view>(
        {"christian", "free", "liberal", "national", "new", "popular", "progressive", "radical", "social", "united"});
    bool modifier = std::find(kPartyModifiers.begin(), kPartyModifiers.end(), before.key) != kPartyModifiers.end();
    bool longer = joined(w, k) && before.capitalized && !before.all_caps && (!before.sentence_start || modifier) &&
                  !before.headline && !after_country &&
                  scan.at(k) == nullptr && !lexicon::is_function_word(before) &&
                  !lexicon::is_role_noun(before) && !lexicon::is_honorific(before) &&
                  !lexicon::is_rank(before) && !lexicon::is_calendar_word(before) &&
                  before.key != "opposition" && before.key != "ruling" && before.key != "governing";
    if (longer) {
      m.reset();
    }
  }
  // "Freedom House Apartments", "Labour Party Hotel": an NGO's or party's name opening a
  // building's is the building's; "Ministry of Interior FC", "Senate KTV": any body's name
  // opening a club's or a business's is theirs.
  if (m && g.entries()[m->entry].kind == Kind::kFacet && m->last + 1 < w.size() && joined(w, m->last) &&
      w[m->last + 1].capitalized &&
      ((g.entries()[m->entry].facet != Facet::kMinistry && lexicon::is_building_word(w[m->last + 1].key)) ||
       lexicon::is_business_mark(w[m->last + 1].key))) {
    m.reset();
  }
  // "the Senate Lounge, a bar", "Senate Sky Bar": a name ending in a venue's word up to two
  // capitalised words later is the venue's. (Not in a headline, where every word is capitalised:
  // "National Assembly Approves Casino Law".)
  if (m && g.entries()[m->entry].kind == Kind::kFacet) {
    for (size_t k = m->last; k + 1 < w.size() && k < m->last + 3 && joined(w, k) && w[k + 1].capitalized &&
                             !w[k + 1].headline;
         ++k) {
      if (lexicon::is_venue_word(w[k + 1].key)) {
        m.reset();
        break;
      }
    }
  }
  if (m && m->generic) {
    m->last = generic_name_end(scan, g, *m);
  }
  if (m) {
    const GazetteerEntry& e = g.entries()[m->entry];
    std::string written = span_text(scan.text, w, m->first, m->last);
    bool own_name = to_lower_ascii(written) == to_lower_ascii(e.canonical);
    Candidate c{from_entry(g, m->entry, m->first, m->last, m->generic, "gazetteer"),
                w[m->first].all_caps && m->first == m->last && !own_name,
                m->mode == AliasMode::kDefinedOnly};
    best = std::move(c);
  }
  for (const LearnedName& ln : learned) {
    std::optional<size_t> end = match_learned(scan, *ln.alias, i);
    // The article's own definition wins a tie: "General Department of Prisons (GDP)".
    if (!end || (best && *end < best->mention.last) || !ln.entry) {
      continue;
    }
    best = Candidate{from_entry(g, *ln.entry, i, *end, ln.generic, "learned acronym"),
                     ln.by_acronym, false};
  }
  return best;
}

// "Human Rights Watch (HRW)": the acronym right after its long form is part of that mention,
// not a second one.
bool extends_previous(Scan& scan, const Mention& m) {
  if (m.first < 2 || scan.mentions.empty()) {
    return false;
  }
  const Mention* prev = scan.mention_ending_at(m.first - 1);
  if (prev == nullptr || prev->canonical != m.canonical ||
      !(scan.words[m.first - 1].gap_after & kGapOpenParen)) {
    return false;
  }
  size_t index = scan.index_of(prev);
  for (size_t k = m.first; k <= m.last; ++k) {
    scan.owner[k] = static_cast<int>(index);
  }
  scan.mentions[index].last = m.last;
  return true;
}

}  // namespace

void find_known_mentions(Scan& scan, const Gazetteer& g) {
  std::vector<LearnedName> learned = resolve_learned(scan, g);
  std::vector<Candidate> found;
  std::set<size_t> named;  // entries the article names by a name that needs no other
  std::set<size_t> named_own;  // ... and by one that is no generic one
  for (size_t i = 0; i < scan.words.size(); ++i) {
    const Word& w = scan.words[i];
    if (!w.capitalized || scan.covered(i)) {
      continue;
    }
    std::optional<Candidate> c = best_at(scan, g, learned, i);
    if (!c) {
      continue;
    }
    if (c->mention.entry != kNoEntry && !c->defined_only && !c->acronym_only) {
      named.insert(c->mention.entry);
      if (!c->mention.generic) {
        named_own.insert(c->mention.entry);
      }
    }
    i = c->mention.last;
    // Country words are marked at once: a generic name may follow them ("Thai Foreign Ministry").
    if (c->mention.kind == MentionKind::kCountry) {
      scan.add(c->mention);
      continue;
    }
    found.push_back(std::move(*c));
  }
  for (Candidate& c : found) {
    if (c.defined_only && !named.contains(c.mention.entry)) {
      continue;  // "GDP" in an article that never names the Grassroots Democratic Party
    }
    // "The National Election Commission ... NEC spokesman": a Cambodian body named only by a
    // generic name, its acronym is as generic, whichever country's the story makes the long form.
    // (A foreign body's acronym keeps its country: "SEC" in a story with no dateline.)
    if (c.defined_only && !named_own.contains(c.mention.entry) && g.entries()[c.mention.entry].cambodian()) {
      c.mention.generic = true;
      c.mention.country.clear();
    }
    // Checked against the story's country once it is known (decide_story_country).
    c.mention.acronym_only = c.acronym_only && !named.contains(c.mention.entry);
    if (extends_previous(scan, c.mention)) {
      continue;
    }
    scan.add(std::move(c.mention));
  }
}

namespace {

// True if no word of [first, last] is an organisation's head word: "Thai Lawyers for Human
// Rights" (a country word may open such a name; "Saudi Finance Ministry and ..." is a list).
bool headless(const Scan& scan, size_t first, size_t last) {
  for (size_t k = first; k <= last; ++k) {
    if (lexicon::head_of_classes(scan.words[k].lex) != lexicon::Head::kNone) {
      return false;
    }
  }
  return true;
}

}  // namespace

namespace {

// Words [from, to] are "in" or "of" and then only a country or place: "in Cambodia".
bool only_place_after(const Scan& scan, size_t from, size_t to) {
  const std::vector<Word>& w = scan.words;
  if (from >= to || w[from].capitalized || (w[from].key != "in" && w[from].key != "of")) {
    return false;
  }
  for (size_t k = from + 1; k <= to; ++k) {
    const Mention* m = scan.at(k);
    if (m == nullptr || (m->kind != MentionKind::kCountry && m->kind != MentionKind::kPlace)) {
      return false;
    }
  }
  return true;
}

}  // namespace

void find_learned_mentions(Scan& scan, const Gazetteer& g) {
  for (const LearnedName& ln : resolve_learned(scan, g)) {
    if (ln.entry) {
      continue;  // matched with the gazetteer's names
    }
    const LearnedAlias& la = *ln.alias;
    // What the article's definition names: the body a rule found there, or what its words make.
    std::optional<Mention> named;
    for (size_t i = 0; i < scan.words.size() && !named; ++i) {
      std::optional<size_t> end = match_learned(scan, la, i);
      if (!end || *end == i) {
        continue;
      }
      const Mention* m = scan.at(*end);
      // ("Nigerian Electricity Regulatory Commission (NERC)": the country word the rules set
      // apart as whose the body is belongs to the definition too.)
      const Mention* before = m != nullptr && m->first > i ? scan.at(i) : nullptr;
      bool country_first = before != nullptr && before->kind == MentionKind::kCountry &&
                           before->first == i && before->last + 1 == m->first;
      // ("Coalition Against Forced Labour in Cambodia (CAFLC)": the letters take the place the
      // rules leave out of a name.)
      const Mention* inner = scan.at(i);
      bool place_left_out = inner != nullptr && inner->is_body() && inner->first == i && inner->last < *end &&
                            only_place_after(scan, inner->last + 1, *end);
      if (m != nullptr && m->is_body() && (m->first <= i || country_first)) {
        named = *m;
      } else if (place_left_out) {
        Mention longer = *inner;
        longer.last = *end;
        longer.canonical = la.long_form;
        longer.rule = "learned acronym";
        named = longer;
        scan.add(std::move(longer));
      } else if (std::optional<Facet> facet = classify_org(scan, g, i, *end);
                 facet && (!scan.covered(i) || (scan.at(i)->kind == MentionKind::kCountry && headless(scan, i, *end)))) {
        named = Mention{.kind = MentionKind::kEntity, .facet = *facet, .canonical = la.long_form,
                        .first = i, .last = *end, .rule = "learned acronym"};
        scan.add(*named);
      }
    }
    if (!named) {
      continue;
    }
    for (size_t i = 0; i < scan.words.size(); ++i) {
      std::optional<size_t> end = scan.covered(i) ? std::nullopt : match_learned(scan, la, i);
      if (!end) {
        continue;
      }
      Mention copy = *named;
      copy.first = i;
      copy.last = *end;
      copy.rule = "learned acronym";
      if (!extends_previous(scan, copy)) {
        scan.add(std::move(copy));
      }
      i = *end;
    }
  }
}

}  // namespace tonle::entities
