// minister_ministries.cc — the ministry of a minister's portfolio, declared in
// minister_ministries.h.
#include "indexer/entities/minister_ministries.h"

#include <optional>
#include <string>
#include <vector>

#include "indexer/entities/lexicon.h"
#include "indexer/entities/word_stream.h"

namespace tonle::entities {
namespace {

namespace lx = lexicon;

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

}  // namespace

void find_ministries_of_ministers(Scan& scan, const Gazetteer& g) {
  if (scan.story_country.empty()) {
    return;
  }
  const std::vector<Word>& w = scan.words;
  for (size_t i = 1; i < w.size(); ++i) {
    if (w[i].key != "ministry" || w[i].capitalized || w[i - 1].key != "the" || scan.covered(i)) {
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
