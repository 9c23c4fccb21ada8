// word_stream.h — the view of an article the entity rules work on: the analyzer's words with
// their surface form, capitalisation, and what punctuation separates each word from the next
// (comma, parentheses, sentence end), plus whether capitalisation is evidence at all: in a
// headline written in Title Case or in capitals every word is capitalised, so there it proves
// nothing. Built once per article; plain values, no ownership of the text (views point into the
// caller's string, which must outlive the stream).
#pragma once

#include <cstdint>
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
  kGapHyphen = 1u << 6,    // a hyphen inside a word ("Anti-Corruption", "Anna-Lena")
  kGapAbbrev = 1u << 7,    // the full stop of an abbreviation or initial ("Gen.", "K.")
  kGapStop = 1u << 8,      // with kGapSentence: a full stop, question or exclamation mark
  kGapParagraph = 1u << 9, // with kGapSentence: a blank line
  kGapQuoteOpens = 1u << 10, // with kGapParagraph: the next paragraph opens with a quotation
};

struct Word {
  std::string_view surface;  // as written, possessive included ("Party’s")
  std::string key;           // analyzer term: folded, possessive stripped ("party")
  std::string plain;         // the key without diacritics when it has any ("julian"), else ""
  size_t begin = 0;          // byte offsets into the text
  size_t end = 0;
  bool capitalized = false;  // first letter upper case
  bool all_caps = false;     // every letter upper case and at least two letters ("HRW")
  bool sentence_start = false;
  bool possessive = false;   // written with 's or ’s ("Japan's")
  bool headline = false;     // in a Title Case or all-capitals line: case is no evidence
  bool quoted = false;       // inside quotation marks (counted within the paragraph)
  uint32_t lex = 0;          // the key's word classes (lexicon::classes), looked up once
  unsigned gap_after = kGapSpace;
};

// Builds the stream from the analyzer's tokens of `text`.
std::vector<Word> make_word_stream(std::string_view text, const std::vector<Token>& tokens);

// The text from word `first` to word `last` inclusive, as written, with a trailing possessive
// removed and curly apostrophes straightened ("Cambodian People’s Party’s" → "Cambodian
// People's Party").
std::string span_text(std::string_view text, const std::vector<Word>& words, size_t first,
                      size_t last);

// True if nothing but spaces, a word-internal hyphen or an abbreviation's full stop separates
// words i and i+1.
inline bool joined(const std::vector<Word>& w, size_t i) {
  return i + 1 < w.size() && (w[i].gap_after & ~unsigned{kGapHyphen | kGapAbbrev}) == 0;
}

// True if a sentence ends between words i and i+1 (or i is the last word).
inline bool sentence_ends(const std::vector<Word>& w, size_t i) {
  return i + 1 >= w.size() || (w[i].gap_after & kGapSentence) != 0;
}

}  // namespace tonle::entities
