// ascii_words.h — the word segments ICU's root word break rules find in plain ASCII text,
// found without ICU: the analyzer's fast path for the ASCII stretches of a text (most of English
// news), many times cheaper than the break iterator and giving exactly its words. ICU's rules
// (UAX #29 as ICU 72 tailors them) on ASCII reduce to:
//   - letters (and "@", which ICU counts as one), digits and "_" run together;
//   - "." or "'" between two letters, and "." "'" "," ";" between two digits, stay inside
//     ("U.S", "don't", "1,300", "3.5"); ":" is no letter joiner in ICU's root rules;
//   - everything else breaks, and is no word;
//   - a word is a number when it ends with a digit ("1990s" is a word, "a1" a number); "_"
//     after a letter or digit keeps what the word was, a second "_" makes it a word ("1_" is a
//     number, "1__" a word), and a lone "_" is no word.
// The analyzer's tests compare it with ICU on random and real text. Pure; thread-safe.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace tonle {

struct WordSpan {
  size_t begin = 0;  // byte offsets into the text
  size_t end = 0;
  bool numeric = false;
};

// The words of text[begin, end), which must be ASCII, in order.
void ascii_words(std::string_view text, size_t begin, size_t end, std::vector<WordSpan>& out);

}  // namespace tonle
