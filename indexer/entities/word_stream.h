// word_stream.h — the view of an article the entity rules work on: the analyzer's words with
// their surface form, capitalisation, and what punctuation separates each word from the next
// (comma, parentheses, sentence end). Built once per article; plain values, no ownership of the
// text (views point into the caller's string, which must outlive the stream).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/analyzer.h"

namespace tonle::entities {

// What stands between a word and the next one.
enum Gap : unsigned {
  kGapSpace = 0,
  kGapComma = 1u << 0,
  kGapOpenParen = 1u << 1,
  kGapCloseParen = 1u << 2,
  kGapSentence = 1u << 3,  // . ! ? ; : or a paragraph break
  kGapQuote = 1u << 4,
  kGapDash = 1u << 5,      // a spaced dash or any other punctuation
};

struct Word {
  std::string_view surface;  // as written, possessive included ("Party’s")
  std::string key;           // analyzer term: folded, possessive stripped ("party")
  size_t begin = 0;          // byte offsets into the text
  size_t end = 0;
  bool capitalized = false;  // first letter upper case
  bool all_caps = false;     // every letter upper case and at least two letters ("HRW")
  bool sentence_start = false;
  unsigned gap_after = kGapSpace;
};

std::vector<Word> make_word_stream(std::string_view text, const Analyzer& analyzer);
// Same, from the analyzer's tokens of `text` (when the caller needs them for indexing too).
std::vector<Word> make_word_stream(std::string_view text, const std::vector<Token>& tokens);

// The text from word `first` to word `last` inclusive, as written, with a trailing possessive
// removed and curly apostrophes straightened ("Cambodian People’s Party’s" → "Cambodian
// People's Party").
std::string span_text(std::string_view text, const std::vector<Word>& words, size_t first,
                      size_t last);

// True if nothing but spaces separates words i and i+1.
inline bool joined(const std::vector<Word>& w, size_t i) {
  return i + 1 < w.size() && w[i].gap_after == kGapSpace;
}

}  // namespace tonle::entities
