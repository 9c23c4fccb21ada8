// org_rules.cc — see org_rules.h.
#include "indexer/entities/org_rules.h"

#include <algorithm>
#include <array>
#include <map>

#include "indexer/entities/lexicon.h"
#include "indexer/entities/org_grammar.h"

namespace tonle::entities {

namespace {

// Words right before a name that say it is an NGO: "rights group Licadho", "the NGO Adhoc".
constexpr std::array<std::string_view, 7> kNgoCues = {"group", "ngo", "ngos", "organisation",
                                                      "organization", "watchdog", "union"};

bool capitalised_name_word(const Word& w) {
  return w.capitalized && !w.headline && !lexicon::is_function_word(w.key) &&
         !lexicon::is_calendar_word(w.key);
}

// A word no mention holds, or one of a place's name ("youth group Mekong Green Youth").
bool free_or_place(const Scan& scan, size_t i) {
  const Mention* m = scan.at(i);
  return m == nullptr || m->kind == MentionKind::kPlace || m->kind == MentionKind::kCountry;
}

// "rights group Sahmakum Chbab": one to four capitalised words after an NGO cue.
void find_cued_ngos(Scan& scan, const Gazetteer& g) {
  const std::vector<Word>& w = scan.words;
  for (size_t i = 1; i < w.size(); ++i) {
    const Word& cue = w[i - 1];
    if (std::find(kNgoCues.begin(), kNgoCues.end(), cue.key) == kNgoCues.end() ||
        (cue.capitalized && !cue.all_caps) || !joined(w, i - 1) || !free_or_place(scan, i) ||
        !capitalised_name_word(w[i])) {
      continue;
    }
    size_t last = i;
    while (last - i < 3 && joined(w, last) && !w[last].possessive && free_or_place(scan, last + 1) &&
           capitalised_name_word(w[last + 1])) {
      ++last;
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
    scan.add(Mention{.kind = MentionKind::kEntity,
                     .facet = Facet::kNgo,
                     .canonical = span_text(scan.text, w, i, last),
                     .first = i,
                     .last = last,
                     .rule = "NGO cue word"});
    i = last;
  }
}

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
    // A name the gazetteer knows under this exact form keeps the gazetteer's canonical name.
    std::optional<size_t> entry = g.find_by_keys(keys_of(scan, org->first, org->last));
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
    }
    scan.add(std::move(m));
    i = org->last;
  }
  find_cued_ngos(scan, g);
  carry_names(scan);
}

}  // namespace tonle::entities
