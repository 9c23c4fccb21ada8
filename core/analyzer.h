// analyzer.h — the one text analysis chain of tonle, used for indexing, queries and snippets:
// ICU word breaks (dictionary segmentation for Khmer, Thai, Lao, CJK; plain ASCII stretches split
// without ICU, with the same result, by core/ascii_words.h) → NFKC case folding →
// light normalisation (possessive 's, dotted acronyms, digit grouping, Khmer letter order and
// COENG DA/TA, see core/khmer.h) → optional English stemming. Khmer text is also cut into
// syllables (orthographic clusters), indexed beside the words so that a Khmer word is found
// however the dictionary split the passage. Tokens carry byte offsets into the input, so callers can highlight
// the original text.
//
// Ownership and threads: an Analyzer owns its ICU break iterator and Xapian stemmer, which keep
// per-call state, so one Analyzer must not be used by two threads at once. It is cheap to build
// (well under a millisecond); give each thread its own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/khmer.h"

namespace tonle {

struct Token {
  std::string term;         // normalised word: what goes into the index
  uint32_t position = 0;    // 0-based index among the words of the input
  size_t begin = 0;         // byte offset of the word's first byte in the input
  size_t end = 0;           // byte offset one past the word's last byte
  bool capitalized = false; // first letter is upper case in the input (names, acronyms)
  bool numeric = false;     // a number, not a word
};

struct AnalyzerOptions {
  // Plain ASCII stretches are split by ascii_words (core/ascii_words.h), which finds exactly
  // ICU's words many times faster; off only to compare the two (tests, benchmarks).
  bool ascii_fast_path = true;
};

class Analyzer {
 public:
  // Throws std::runtime_error if ICU cannot build a word break iterator or normaliser.
  explicit Analyzer(AnalyzerOptions options = {});
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Splits UTF-8 text into word tokens. Punctuation and spaces are dropped; ill-formed UTF-8 is
  // tolerated (ICU reads it as U+FFFD) and offsets still point into the original bytes.
  std::vector<Token> analyze(std::string_view utf8) const;

  // The English stem of an already-normalised term; terms that are not plain Latin words
  // (numbers, Khmer, mixed scripts) come back unchanged.
  // The reference stays valid until the next call to stem() (or as long as `term`, for words
  // returned unstemmed): copy it to keep it.
  const std::string& stem(const std::string& term) const;

  // NFKC case-folded form of arbitrary text, with the same normalisation as terms but without
  // splitting: used for facet keys ("Human Rights Watch" → "human rights watch").
  std::string fold(std::string_view utf8) const;

  // A term's letters without their diacritics ("julián" → "julian", "đorđević" unchanged but for
  // its combining marks): for matching names against lists written in plain letters. Only the
  // combining diacritical marks (U+0300–U+036F) go, so other scripts' vowel signs stay.
  std::string strip_accents(std::string_view term) const;

  // The Khmer clusters of `utf8` with their byte offsets, positions counted from
  // `first_position` (see khmer_syllables in core/khmer.h). Stateless.
  std::vector<KhmerSyllable> syllables(std::string_view utf8, uint32_t first_position = 0,
                                       uint32_t* next_position = nullptr) const;

  // Longest term kept; longer "words" (base64 blobs, URLs without breaks) are dropped.
  static constexpr size_t kMaxTermBytes = 64;

 private:
  void add_word(std::string_view utf8, size_t begin, size_t end, bool numeric, uint32_t& position,
                std::vector<Token>& tokens) const;
  void icu_words(std::string_view utf8, size_t from, size_t to, uint32_t& position, std::vector<Token>& tokens) const;

  struct Impl;
  std::unique_ptr<Impl> impl_;
  AnalyzerOptions options_;
};

}  // namespace tonle
