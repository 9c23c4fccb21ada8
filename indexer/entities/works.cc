// works.cc — see works.h.
#include "indexer/entities/works.h"

#include <array>
#include <set>
#include <string>
#include <string_view>

#include "indexer/entities/org_descriptions.h"
#include "indexer/entities/word_stream.h"

namespace tonle::entities {

namespace {

// Nouns that introduce a band, a work or a vessel by name (no verbs: "figures show", "to
// record").
constexpr std::array<std::string_view, 15> kWorkNouns = {
    "band", "duo", "trio", "quartet", "quintet", "piece", "album", "song", "film", "movie",
    "novel", "musical", "documentary", "opera", "rapper"};
// ... and a vessel's ("the trawler Senate"; "its seven-ship Middle East Task Force" counts ships).
constexpr std::array<std::string_view, 7> kVesselNouns = {"ship", "vessel", "boat", "trawler", "ferry", "yacht",
                                                          "racehorse"};

// The noun at k: a work's, or "group" after an art's word ("hip-hop group", "pop group"; "rights
// group" names an NGO).
bool work_noun(const std::vector<Word>& w, size_t k, bool appositive = false) {
  if (w[k].capitalized) {
    return false;  // "Piece", "Film" opening a name of their own
  }
  for (std::string_view n : kWorkNouns) {
    if (w[k].key == n) {
      return true;
    }
  }
  // (Only right before the name: "Sea-Watch, the charity operating the ship," is no vessel.)
  for (std::string_view n : kVesselNouns) {
    if (w[k].key == n) {
      return !appositive && (k == 0 || !(w[k - 1].gap_after & kGapHyphen));
    }
  }
  return w[k].key == "group" && k > 0 && (joined(w, k - 1) || (w[k - 1].gap_after & kGapHyphen)) &&
         is_performing_kind(w[k - 1].key);
}

// "duo Velvet Union", "five-piece The National Assembly": the noun right before the name.
bool introduced_before(const Scan& scan, const Mention& m) {
  const std::vector<Word>& w = scan.words;
  size_t k = m.first;
  if (k > 0 && w[k - 1].key == "the" && w[k - 1].capitalized) {
    --k;  // "The National Assembly" written with its article
  }
  return k > 0 && joined(w, k - 1) && work_noun(w, k - 1);
}

// "Brass Workers Federation, a 12-piece brass band from Leeds": an apposition of a few words
// that ends in such a noun.
bool introduced_after(const Scan& scan, const Mention& m) {
  const std::vector<Word>& w = scan.words;
  if (m.last + 2 >= w.size() || !(w[m.last].gap_after & kGapComma) ||
      (w[m.last + 1].key != "a" && w[m.last + 1].key != "an" && w[m.last + 1].key != "the")) {
    return false;
  }
  for (size_t k = m.last + 2; k < w.size() && k <= m.last + 6; ++k) {
    if (work_noun(w, k, /*appositive=*/true)) {
      return true;
    }
    if (!joined(w, k) && !(w[k].gap_after & kGapHyphen)) {
      return false;
    }
  }
  return false;
}

}  // namespace

void drop_bands_and_works(Scan& scan) {
  std::set<std::string> works;
  for (const Mention& m : scan.mentions) {
    if (!m.dropped && m.is_body() && (introduced_before(scan, m) || introduced_after(scan, m))) {
      works.insert(m.canonical);
    }
  }
  if (works.empty()) {
    return;
  }
  for (size_t i = 0; i < scan.mentions.size(); ++i) {
    if (!scan.mentions[i].dropped && scan.mentions[i].is_body() && works.contains(scan.mentions[i].canonical)) {
      scan.remove(i);
    }
  }
}

}  // namespace tonle::entities
