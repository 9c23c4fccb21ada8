// acronyms.cc — learns "Long Name (ACR)" definitions from an article (declared in known_mentions.h).
// The long form is the longest capitalised run before the parenthesis whose words can spell the
// acronym: either its letters in order ("ASEAN Network for Free Elections" → ANFREL) or the
// initials of its capitalised words in any order ("Asian Network for Democracy" → ADN), all of
// them when the acronym starts with another letter ("National Electricity Regulatory Entity" →
// ENRE, the name's own language's order).
#include <algorithm>
#include <array>
#include <string>

#include "indexer/entities/known_mentions.h"

namespace tonle::entities {

namespace {

constexpr std::array<std::string_view, 7> kJoiners = {"of", "for", "on", "in", "de", "the", "and"};

bool is_joiner(std::string_view key) {
  return std::find(kJoiners.begin(), kJoiners.end(), key) != kJoiners.end();
}

bool letters_in_order(std::string_view acronym, const std::string& letters) {
  size_t pos = 0;
  for (char c : acronym) {
    pos = letters.find(c, pos);
    if (pos == std::string::npos) {
      return false;
    }
    ++pos;
  }
  return true;
}

bool initials_cover(std::string acronym, std::string initials) {
  std::sort(acronym.begin(), acronym.end());
  std::sort(initials.begin(), initials.end());
  return std::includes(initials.begin(), initials.end(), acronym.begin(), acronym.end());
}

bool spells(const Scan& scan, size_t first, size_t last, const std::string& acronym) {
  std::string letters;
  std::string initials;
  for (size_t k = first; k <= last; ++k) {
    const std::string& key = scan.words[k].key;
    letters += key;
    if (scan.words[k].capitalized && !key.empty()) {
      initials += key[0];
    }
  }
  // An acronym from the name in another language may start elsewhere: "National Electricity
  // Regulatory Entity (ENRE)", from "Ente Nacional Regulador de la Electricidad". Every
  // initial used once, in any order, makes it the name's.
  bool anagram = initials.size() == acronym.size() && acronym.size() >= 3 && initials_cover(acronym, initials);
  if (letters.empty() || (letters[0] != acronym[0] && !anagram)) {
    return false;
  }
  return letters_in_order(acronym, letters) || initials_cover(acronym, initials);
}

// The leftmost word of the capitalised run (joiners allowed) that ends at word `last`.
size_t run_start(const Scan& scan, size_t last) {
  const std::vector<Word>& w = scan.words;
  size_t start = last;
  size_t k = last;
  while (k > 0 && joined(w, k - 1) && !w[k].sentence_start) {
    const Word& prev = w[k - 1];
    if (prev.capitalized) {
      start = k = k - 1;
    } else if (is_joiner(prev.key) && k >= 2 && joined(w, k - 2) && w[k - 2].capitalized) {
      k = k - 1;
    } else {
      break;
    }
  }
  return start;
}

}  // namespace

void learn_acronyms(Scan& scan) {
  const std::vector<Word>& w = scan.words;
  for (size_t j = 2; j < w.size(); ++j) {
    const Word& acr = w[j];
    bool parenthesised = (w[j - 1].gap_after & kGapOpenParen) &&
                         (acr.gap_after & (kGapCloseParen | kGapSentence));
    // ("Ghana Cocoa Board (Cocobod)": a pronounceable acronym may be written as a word.)
    bool acronym_shape = acr.all_caps || (acr.capitalized && acr.key.size() >= 5);
    if (!parenthesised || !acronym_shape || acr.key.size() < 2 || acr.key.size() > 10 ||
        !w[j - 1].capitalized) {
      continue;
    }
    std::string acronym;
    for (char c : acr.key) {
      if (c >= 'a' && c <= 'z') {
        acronym += c;
      }
    }
    if (acronym.size() < 2) {
      continue;
    }
    size_t last = j - 1;
    for (size_t first = run_start(scan, last); first < last; ++first) {
      if (!w[first].capitalized || w[first].key == "the") {
        continue;
      }
      if (spells(scan, first, last, acronym)) {
        scan.learned.push_back(LearnedAlias{.long_form = span_text(scan.text, w, first, last),
                                            .acronym = std::string(acr.surface.substr(
                                                0, acr.surface.find_first_of("'\xE2"))),
                                            .long_keys = keys_of(scan, first, last),
                                            .acronym_key = acr.key});
        break;
      }
    }
  }
}

}  // namespace tonle::entities
