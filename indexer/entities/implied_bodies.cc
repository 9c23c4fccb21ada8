// implied_bodies.cc — bodies a story names by kind, declared in implied_bodies.h.
#include "indexer/entities/implied_bodies.h"

#include <array>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "indexer/entities/lexicon.h"
#include "indexer/entities/word_stream.h"

namespace tonle::entities {
namespace {

namespace lx = lexicon;

// True if a spokesperson's word ("spokesman", "spokeswoman's") stands within a few words of words
// [first, last] in their sentence: "the ministry's spokesman", "a spokeswoman for the ministry",
// "Provincial administration spokesman". A bare "the ministry" elsewhere is no value of its own.
bool in_spokes_phrase(const Scan& scan, size_t first, size_t last) {
  const std::vector<Word>& w = scan.words;
  constexpr size_t kReach = 6;  // ("spokesman for the Kampong Chhnang provincial administration")
  for (size_t k = first; k > 0 && first - k < kReach && !sentence_ends(w, k - 1);) {
    if (lx::is_spokes_word(w[--k])) {
      return true;
    }
  }
  for (size_t k = last; k + 1 < w.size() && k - last < kReach && !sentence_ends(w, k);) {
    if (lx::is_spokes_word(w[++k])) {
      return true;
    }
  }
  return false;
}

// The gazetteer ministry a facet entry names for these keys, if it is of `country`.
std::optional<size_t> ministry_entry(const Gazetteer& g, const std::vector<std::string>& keys,
                                     const std::string& country) {
  std::optional<size_t> e = g.find_by_keys(keys);
  if (!e) {
    return std::nullopt;
  }
  const GazetteerEntry& entry = g.entries()[*e];
  bool ministry = entry.kind == Kind::kFacet && entry.facet == Facet::kMinistry;
  return ministry && entry.country == country ? e : std::nullopt;
}

// The ministry the title "Minister" at word k names: "Minister of Economy and Finance" (the
// longest portfolio the gazetteer lists) or "Labour Minister", "Foreign Affairs Minister".
std::optional<size_t> portfolio(const Scan& scan, const Gazetteer& g, size_t k) {
  const std::vector<Word>& w = scan.words;
  if (k + 2 < w.size() && w[k + 1].key == "of" && joined(w, k) && joined(w, k + 1)) {
    std::vector<std::string> keys = {"ministry", "of"};
    std::optional<size_t> best;
    for (size_t j = k + 2; j < w.size(); ++j) {
      if (!w[j].capitalized && w[j].key != "and") {
        break;
      }
      keys.push_back(w[j].key);
      if (std::optional<size_t> e = w[j].capitalized ? ministry_entry(g, keys, scan.story_country) : std::nullopt) {
        best = e;
      }
      // ("Land Management, Urban Planning and Construction": a comma may join portfolio words.)
      if (!joined(w, j) && (w[j].gap_after & ~unsigned{kGapComma}) != 0) {
        break;
      }
    }
    return best;
  }
  // "Labour Minister", "Foreign Affairs Minister": one or two capitalised portfolio words.
  std::vector<std::string> keys = {"ministry"};
  for (size_t n = 1; n <= 2 && k >= n && joined(w, k - n); ++n) {
    const Word& word = w[k - n];
    if (!word.capitalized || lx::is_function_word(word) || word.key == "prime" || lx::is_rank(word) ||
        lx::is_role_modifier(word)) {
      break;
    }
    keys.insert(keys.begin(), word.key);
    if (std::optional<size_t> e = ministry_entry(g, keys, scan.story_country)) {
      return e;
    }
  }
  return std::nullopt;
}

// The ministry of the nearest minister's title before word i, if it names one.
std::optional<size_t> nearest_portfolio(const Scan& scan, const Gazetteer& g, size_t i) {
  for (size_t k = i; k > 0;) {
    --k;
    if (scan.words[k].key == "minister" && scan.words[k].capitalized) {
      if (std::optional<size_t> e = portfolio(scan, g, k)) {
        return e;
      }
    }
  }
  return std::nullopt;
}

// True if `name` holds `level` followed by `head` ("Kratie Provincial Court of First Instance").
bool has_words(std::string_view name, std::string_view level, std::string_view head) {
  std::string phrase = std::string(level) + " " + std::string(head);
  return name.find(phrase) != std::string_view::npos;
}

// The Cambodian province a place mention names as one: "Kratie province", "province of Kratie"
// (or an alias that holds the word: "Preah Sihanouk province"), or a place the gazetteer knows
// as a province; "" when it names none.
std::string province_named(const Scan& scan, const Gazetteer& g, const Mention& m) {
  const std::vector<Word>& w = scan.words;
  if (m.kind != MentionKind::kPlace || m.dropped || m.entry == kNoEntry || !g.entries()[m.entry].cambodian()) {
    return "";
  }
  const std::string& name = g.entries()[m.entry].canonical;
  bool own_word = w[m.last].key == "province";
  bool after = joined(w, m.last) && w[m.last + 1].key == "province";
  bool before = m.first >= 2 && w[m.first - 1].key == "of" && w[m.first - 2].key == "province" &&
                joined(w, m.first - 2) && joined(w, m.first - 1);
  // ("In Kampong Chhnang, ...": a place the gazetteer lists a provincial court or
  // administration of is a province.)
  if (own_word || after || before) {
    return name;
  }
  bool known = g.find_by_canonical(name + " Provincial Court") || g.find_by_canonical(name + " Provincial Administration");
  return known ? name : "";
}

// The body a lower-case "provincial X" at word i (its level word) names: "Administration",
// "Court" or "Police"; "" when X is none of them.
std::string_view provincial_head(const Scan& scan, size_t i) {
  constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kHeads = {{
      {"administration", "Administration"}, {"hall", "Administration"}, {"court", "Court"}, {"police", "Police"}}};
  const std::vector<Word>& w = scan.words;
  if (w[i].key != "provincial" || (w[i].capitalized && !w[i].sentence_start) || !joined(w, i) ||
      w[i + 1].capitalized) {
    return "";
  }
  for (const auto& [key, head] : kHeads) {
    if (w[i + 1].key == key) {
      return head;
    }
  }
  return "";
}

}  // namespace

namespace {

// "the Dangkao district hall", "Kratie provincial administration": a Cambodian place the
// gazetteer knows, then a local level and its hall in lower case, name that place's
// administration whatever the sentence is about.
void find_named_halls(Scan& scan, const Gazetteer& g) {
  constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kLevels = {{
      {"provincial", "Provincial"}, {"district", "District"}, {"municipal", "Municipal"}}};
  const std::vector<Word>& w = scan.words;
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    const Mention* place = scan.mention_ending_at(i - 1);
    if (w[i].capitalized || w[i + 1].capitalized || !joined(w, i) || !joined(w, i - 1) ||
        (w[i + 1].key != "hall" && w[i + 1].key != "administration") || scan.covered(i) || place == nullptr ||
        place->kind != MentionKind::kPlace || place->entry == kNoEntry || !g.entries()[place->entry].cambodian()) {
      continue;
    }
    for (const auto& [key, level] : kLevels) {
      if (w[i].key != key) {
        continue;
      }
      std::string canonical = g.entries()[place->entry].canonical + " " + std::string(level) + " Administration";
      std::optional<size_t> e = g.find_by_canonical(canonical);
      scan.add(Mention{.kind = MentionKind::kEntity, .facet = Facet::kMinistry, .canonical = canonical,
                       .first = place->first, .last = i + 1, .rule = "a place's hall in lower case",
                       .entry = e.value_or(kNoEntry), .country = "Cambodia"});
      i += 1;
      break;
    }
  }
}

}  // namespace

void find_provincial_bodies(Scan& scan, const Gazetteer& g) {
  if (scan.story_country != "Cambodia") {
    return;
  }
  find_named_halls(scan, g);
  const std::vector<Word>& w = scan.words;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    std::string_view head = provincial_head(scan, i);
    size_t last = i + 1;
    // "Battambang provincial spokesman X": the provincial administration's spokesman.
    if (head.empty() && w[i].key == "provincial" && !w[i].capitalized && joined(w, i) && lx::is_spokes_word(w[i + 1])) {
      head = "Administration";
      last = i;
    }
    if (head.empty() || scan.covered(i) || scan.covered(last) || !in_spokes_phrase(scan, i, last)) {
      continue;
    }
    size_t sentence = i;
    while (sentence > 0 && !w[sentence].sentence_start) {
      --sentence;
    }
    std::set<std::string> provinces;
    std::string in_sentence;  // "In Kampong Chhnang, provincial administration spokeswoman X"
    size_t in_sentence_last = 0;
    bool named = false;  // a provincial body of this kind named by name before
    std::string named_as;  // the last such name
    for (const Mention& m : scan.mentions) {
      if (m.last >= i) {
        continue;
      }
      if (std::string p = province_named(scan, g, m); !p.empty()) {
        if (m.first >= sentence && m.last >= in_sentence_last) {
          in_sentence = p;
          in_sentence_last = m.last;
        }
        provinces.insert(std::move(p));
      }
      // ("Takeo Provincial Police Commissariat" is the provincial police named.)
      if (m.is_body() && has_words(m.canonical, "Provincial", head)) {
        named = true;
        named_as = m.canonical;
      }
    }
    // The story's own name for it stands, except that "provincial spokesman" speaks for it; of
    // two provinces none can be told.
    bool spokes_only = last == i;
    if ((named && !spokes_only) || (!named && in_sentence.empty() && provinces.size() != 1)) {
      continue;
    }
    std::string canonical = named ? named_as
                                  : (in_sentence.empty() ? *provinces.begin() : in_sentence) + " Provincial " +
                                        std::string(head);
    std::optional<size_t> e = g.find_by_canonical(canonical);
    // "the Kampong Chhnang provincial administration": the province's name right before is part
    // of the body's name.
    size_t first = i;
    if (const Mention* place = i > 0 ? scan.mention_ending_at(i - 1) : nullptr;
        place != nullptr && place->kind == MentionKind::kPlace && joined(w, i - 1) &&
        province_named(scan, g, *place) + " Provincial " + std::string(head) == canonical) {
      first = place->first;
    }
    scan.add(Mention{.kind = MentionKind::kEntity, .facet = Facet::kMinistry, .canonical = canonical,
                     .first = first, .last = last, .rule = "the provincial body of the province named before",
                     .entry = e.value_or(kNoEntry), .country = "Cambodia"});
    i = last;
  }
}

void find_ministries_of_ministers(Scan& scan, const Gazetteer& g) {
  if (scan.story_country.empty()) {
    return;
  }
  const std::vector<Word>& w = scan.words;
  for (size_t i = 1; i < w.size(); ++i) {
    if (w[i].key != "ministry" || w[i].capitalized || w[i - 1].key != "the" || scan.covered(i) ||
        !in_spokes_phrase(scan, i, i)) {
      continue;
    }
    for (const Mention& m : scan.mentions) {
      if (m.is_body() && m.facet == Facet::kMinistry && m.last < i && m.canonical.find("Ministry") != std::string::npos) {
        return;  // "the ministry" is the one named before: the spokesperson rules resolve it
      }
    }
    if (std::optional<size_t> e = nearest_portfolio(scan, g, i)) {
      const GazetteerEntry& entry = g.entries()[*e];
      scan.add(Mention{.kind = MentionKind::kEntity, .facet = Facet::kMinistry, .canonical = entry.canonical,
                       .first = i, .last = i, .rule = "the ministry of a minister named before",
                       .entry = *e, .country = entry.country});
    }
    return;  // later references resolve to the first
  }
}

}  // namespace tonle::entities
