// org_lists.cc — see org_lists.h.
#include "indexer/entities/org_lists.h"

#include <algorithm>
#include <array>
#include <vector>

#include "indexer/entities/lexicon.h"
#include "indexer/entities/org_cues.h"
#include "indexer/entities/org_grammar.h"

namespace tonle::entities {

namespace {

namespace lx = lexicon;

// One item of a list: a mention a rule made, or a capitalised run none did (mention == nullptr).
struct Item {
  size_t first = 0;
  size_t last = 0;
  const Mention* mention = nullptr;
};

// A comma, or a semicolon (a sentence gap with no full stop and no paragraph break).
bool separated(const Word& w) {
  unsigned g = w.gap_after;
  bool comma = (g & kGapComma) && !(g & kGapSentence);
  bool semicolon = (g & kGapSentence) && !(g & (kGapStop | kGapParagraph));
  return comma || semicolon;
}

// A capitalised word no mention holds but a place's or a country's ("Kratie Fishers
// Solidarity", "Sahmakum Teang Khmer").
bool free_name_word(const Scan& scan, size_t k) {
  const Word& w = scan.words[k];
  const Mention* m = scan.at(k);
  bool free = m == nullptr || m->kind == MentionKind::kPlace || m->kind == MentionKind::kCountry;
  return w.capitalized && !w.headline && free && !lx::is_function_word(w) && !lx::is_calendar_word(w);
}

// The item starting at word k, if any: a mention, or capitalised words (with "of", "the" ...
// between them), up to six.
std::optional<Item> item_at(const Scan& scan, size_t k) {
  const std::vector<Word>& w = scan.words;
  if (const Mention* m = scan.mention_starting_at(k);
      m != nullptr && !m->dropped && m->kind != MentionKind::kPlace && m->kind != MentionKind::kCountry) {
    return Item{k, m->last, m};
  }
  if (!free_name_word(scan, k)) {
    return std::nullopt;
  }
  size_t last = k;
  while (last + 1 < w.size() && last - k < 5 && joined(w, last) && !separated(w[last])) {
    if (free_name_word(scan, last + 1)) {
      ++last;
    } else if (name_link_word(w[last + 1]) && last + 2 < w.size() && joined(w, last + 1) &&
               free_name_word(scan, last + 2)) {
      last += 2;
    } else {
      break;
    }
  }
  return Item{k, last, nullptr};
}

// An item no rule classified that may be named by its neighbours. People are named in lists
// of parties too ("Reagan", "Franklin D. Roosevelt", "Ciriaco De Mita"): one word must be an
// acronym the article does not define (a defined one is its long name's), a party's name a word
// of English ("Left Bloc", "Samaki Cheat"), and no item may hold an initial.
bool may_take_facet(const Scan& scan, const Gazetteer& g, const Item& item, Facet facet) {
  const std::vector<Word>& w = scan.words;
  if (item.mention != nullptr) {
    const Mention& m = *item.mention;
    if (m.kind != MentionKind::kOther || m.entry != kNoEntry) {
      return false;  // a place, a person, a known body, or one a rule already gave a facet
    }
  }
  if (w[item.last].possessive || g.is_name_word(w[item.first].key)) {
    return false;  // "Sok Dara": a person's name
  }
  if (item.first == item.last) {
    const Word& only = w[item.first];
    bool defined = std::any_of(scan.learned.begin(), scan.learned.end(),
                               [&](const LearnedAlias& la) { return la.acronym_key == only.key; });
    return only.all_caps && only.key.size() >= 2 && !defined;
  }
  bool english = false;
  for (size_t k = item.first; k <= item.last; ++k) {
    if (lx::is_company_word(w[k]) || lx::is_sport_word(w[k]) || lx::is_role_noun(w[k]) ||
        (w[k].gap_after & kGapAbbrev)) {
      return false;
    }
    english = english || g.is_common_word(w[k].key);
  }
  return english || facet == Facet::kNgo;
}

bool plural_cue_in_sentence(const Scan& scan, size_t first, size_t last) {
  static constexpr std::array<std::string_view, 7> kCues = {
      "groups", "ngos", "organisations", "organizations", "signatories", "unions", "associations"};
  const std::vector<Word>& w = scan.words;
  for (size_t k = first; k <= last; ++k) {
    if (std::find(kCues.begin(), kCues.end(), w[k].key) != kCues.end()) {
      return true;
    }
  }
  return false;
}

void classify_list(Scan& scan, const Gazetteer& g, const std::vector<Item>& items) {
  if (items.size() < 2) {
    return;
  }
  const std::vector<Word>& w = scan.words;
  size_t sentence_first = items.front().first;
  while (sentence_first > 0 && !w[sentence_first].sentence_start) {
    --sentence_first;
  }
  size_t sentence_last = items.back().last;
  while (!sentence_ends(w, sentence_last)) {
    ++sentence_last;
  }
  int parties = 0, ngos = 0, others = 0;
  for (const Item& it : items) {
    const Mention* m = it.mention;
    if (m != nullptr && m->faceted()) {
      parties += m->facet == Facet::kParty ? 1 : 0;
      ngos += m->facet == Facet::kNgo ? 1 : 0;
      others += m->facet != Facet::kParty && m->facet != Facet::kNgo ? 1 : 0;
    }
  }
  std::optional<Facet> facet;
  if (parties > 0 && ngos == 0 && others == 0 &&
      political_sentence(scan, items.front().first, items.back().last)) {
    facet = Facet::kParty;
  } else if (ngos > 0 && parties == 0 && others == 0 &&
             (ngos >= 2 || plural_cue_in_sentence(scan, sentence_first, sentence_last))) {
    facet = Facet::kNgo;
  }
  if (!facet) {
    return;
  }
  // Decided for every item first, added after: adding may move the mentions the items point to.
  std::vector<Mention> named;
  for (const Item& it : items) {
    if ((it.mention != nullptr && it.mention->faceted()) || !may_take_facet(scan, g, it, *facet)) {
      continue;
    }
    named.push_back(Mention{.kind = MentionKind::kEntity,
                            .facet = *facet,
                            .canonical = span_text(scan.text, w, it.first, it.last),
                            .first = it.first,
                            .last = it.last,
                            .rule = *facet == Facet::kParty ? "party in a list of parties" : "NGO in a list of NGOs"});
  }
  for (Mention& m : named) {
    scan.add(std::move(m));
  }
}

}  // namespace

void find_listed_organisations(Scan& scan, const Gazetteer& g) {
  // A list takes its facet from a party or an NGO in it: none in the text, no list to read.
  if (std::none_of(scan.mentions.begin(), scan.mentions.end(), [](const Mention& m) {
        return m.faceted() && (m.facet == Facet::kParty || m.facet == Facet::kNgo);
      })) {
    return;
  }
  const std::vector<Word>& w = scan.words;
  std::vector<Item> items;
  bool open = false;  // after a separator or "and": another item may come
  auto flush = [&] {
    classify_list(scan, g, items);
    items.clear();
    open = false;
  };
  for (size_t k = 0; k < w.size(); ++k) {
    if (!w[k].capitalized) {
      // "and", "or", "the" between items keep the list open: "A, B and the C"; any other
      // lower-case word ends it.
      bool connector = w[k].key == "and" || w[k].key == "or" || w[k].key == "the";
      if (connector && !items.empty() && (open || w[k].key != "the") && !scan.covered(k)) {
        open = true;
      } else if (!items.empty()) {
        flush();
      }
      continue;
    }
    std::optional<Item> item = item_at(scan, k);
    if (!item) {
      flush();
      continue;
    }
    if (!items.empty() && !open) {
      flush();
      item = item_at(scan, k);  // (the flush may have added mentions and moved this one)
      if (!item) {
        continue;
      }
    }
    items.push_back(*item);
    k = item->last;
    // "Housing Rights Task Force (HRTF); LICADHO": the item's acronym in brackets after it.
    if ((w[k].gap_after & kGapOpenParen) && k + 1 < w.size() && w[k + 1].all_caps &&
        (w[k + 1].gap_after & kGapCloseParen)) {
      ++k;
    }
    open = separated(w[k]);
    if (sentence_ends(w, k) && !open) {
      flush();
    }
  }
  flush();
}

}  // namespace tonle::entities
