// text.h — small, dependency-free string helpers shared by the parser, the entity rules and the
// web layer: trimming, splitting, ASCII case mapping and UTF-8 validation. Pure functions; safe
// from any thread.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tonle {

// Removes ASCII white space and U+00A0 NO-BREAK SPACE from both ends.
std::string_view trim(std::string_view s);
// Splits on '\n', dropping a trailing '\r' from each line.
std::vector<std::string_view> split_lines(std::string_view s);
// Splits on `sep`, trimming each part; empty parts are kept only if keep_empty.
std::vector<std::string> split(std::string_view s, char sep, bool keep_empty = false);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
std::string to_lower_ascii(std::string_view s);
bool iequals_ascii(std::string_view a, std::string_view b);
bool starts_with_ci(std::string_view s, std::string_view prefix);
// Collapses runs of white space (ASCII and NBSP) into one space and trims.
std::string collapse_spaces(std::string_view s);
// Escapes & < > " ' for HTML text and attribute values.
std::string html_escape(std::string_view s);

// True if `s` is well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF).
bool is_valid_utf8(std::string_view s);
// Byte offset of the first ill-formed sequence, or npos if `s` is valid.
size_t first_invalid_utf8(std::string_view s);
// Characters (code points) in UTF-8 text: what a length limit on a line means in a script that
// takes three bytes a letter (Khmer).
size_t utf8_length(std::string_view s);
// The code point whose UTF-8 sequence starts at byte i, and the sequence's length in *len; a
// byte that starts no well-formed sequence reads as U+FFFD of length 1.
char32_t utf8_code_point_at(std::string_view s, size_t i, size_t* len);
// Appends code point `c` as UTF-8.
void append_utf8(char32_t c, std::string& out);
// Length of the well-formed UTF-8 sequence starting at byte i (1 for ASCII), or 0 if there is none.
size_t utf8_sequence_at(std::string_view s, size_t i);
// For messages and logs: control characters and bytes of no UTF-8 sequence written as "\xNN"
// ("caf\xE9-report.txt"), so that a file name cannot break a line or a JSON document.
std::string printable(std::string_view s);
// For keys built from names: the same bytes, '%' and the characters in `also` percent-encoded
// ("caf%E9-report"), so the result is valid UTF-8 and two different names stay different.
std::string percent_escape_unsafe(std::string_view s, std::string_view also = "");

// A string hash that also takes string_views, so an unordered_map<std::string, T, ViewHash,
// std::equal_to<>> can be searched with a view without building a string per lookup.
struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace tonle
