// report_text.h — the small text tools the report rules (reports.cc, report_documents.cc) read
// sentences with: sentence spans, words around a position, years and ordinals ("45th",
// "fifty-fourth"). Pure functions over string views; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tonle::entities::report_text {

struct Sentence {
  size_t begin = 0;
  size_t end = 0;
};

// Sentences (and lines) of `text`, as byte spans.
std::vector<Sentence> sentences_of(std::string_view text);
// ASCII lower case.
std::string lower(std::string_view s);
// Up to `n` words of `s` before `at`, nearest first; and from `at` on, in order.
std::vector<std::string_view> words_before(std::string_view s, size_t at, size_t n);
std::vector<std::string_view> words_after(std::string_view s, size_t at, size_t n);
// The word without punctuation at either end.
std::string_view trim_punct(std::string_view w);
// A year 1900-2099 written as a word ("2022," → 2022).
std::optional<int> word_year(std::string_view w);
// "45th" or "fifty-fourth" (lower case) → the number.
std::optional<int> ordinal(std::string_view w);

}  // namespace tonle::entities::report_text
