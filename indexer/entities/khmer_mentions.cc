// khmer_mentions.cc — Khmer spellings of gazetteer names (khmer_mentions.h).
#include "indexer/entities/khmer_mentions.h"

#include <algorithm>

#include "core/khmer.h"

namespace tonle::entities {

namespace {

// The Khmer spelling matching at syllable i (consecutive positions), longest first.
const Gazetteer::KhmerSpelling* match_at(const std::vector<KhmerSyllable>& syl, size_t i, const Gazetteer& g) {
  const std::vector<Gazetteer::KhmerSpelling>* candidates = g.khmer_spellings(syl[i].key);
  if (candidates == nullptr) {
    return nullptr;
  }
  for (const Gazetteer::KhmerSpelling& k : *candidates) {
    bool ok = i + k.syllables.size() <= syl.size();
    for (size_t n = 0; ok && n < k.syllables.size(); ++n) {
      ok = syl[i + n].key == k.syllables[n] && syl[i + n].position == syl[i].position + n;
    }
    if (ok) {
      return &k;
    }
  }
  return nullptr;
}

}  // namespace

void find_khmer_mentions(Scan& scan, const Gazetteer& g) {
  if (!g.has_khmer_spellings() || scan.words.empty() || !has_khmer_letter(scan.text)) {
    return;
  }
  std::vector<KhmerSyllable> syl = khmer_syllables(scan.text);
  for (size_t i = 0; i < syl.size(); ++i) {
    const Gazetteer::KhmerSpelling* k = match_at(syl, i, g);
    if (k == nullptr) {
      continue;
    }
    size_t begin = syl[i].begin;
    size_t end = syl[i + k->syllables.size() - 1].end;
    i += k->syllables.size() - 1;
    // The words the spelling covers, however the dictionary cut them.
    auto first = std::partition_point(scan.words.begin(), scan.words.end(), [&](const Word& w) { return w.end <= begin; });
    auto stop = std::partition_point(scan.words.begin(), scan.words.end(), [&](const Word& w) { return w.begin < end; });
    if (first == scan.words.end() || stop == scan.words.begin() || first >= stop) {
      continue;
    }
    size_t f = static_cast<size_t>(first - scan.words.begin());
    size_t l = static_cast<size_t>(stop - scan.words.begin()) - 1;
    bool taken = false;
    for (size_t w = f; w <= l; ++w) {
      taken = taken || scan.covered(w);
    }
    const GazetteerEntry& e = g.entries()[k->entry];
    if (taken || e.kind != Kind::kFacet) {
      continue;
    }
    scan.add(Mention{.kind = MentionKind::kEntity,
                     .facet = e.facet,
                     .canonical = e.canonical,
                     .first = f,
                     .last = l,
                     .rule = "gazetteer: Khmer spelling",
                     .entry = k->entry,
                     .country = e.country});
  }
}

}  // namespace tonle::entities
