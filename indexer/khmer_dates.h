// khmer_dates.h — dates written in Khmer, for dates.cc: "ថ្ងៃទី២១ ខែតុលា ឆ្នាំ២០១៩" (day 21, month
// October, year 2019), "២១ តុលា ២០១៩", with Khmer or Latin digits, spaces or zero-width spaces
// between the parts, and the weekday ("ថ្ងៃច័ន្ទ ទី២១ ...") allowed before the day. A Khmer
// news lead says when something happened with "នៅ" (on) or "កាលពី" (last) before the date.
// Pure; thread-safe.
#pragma once

#include <optional>
#include <string_view>

#include "indexer/dates.h"

namespace tonle {

// The Khmer date whose month name ("ខែតុលា" or "តុលា") starts at byte `i` of `text`, with the day
// before it and the year (when given) after it; nullopt when there is no day.
std::optional<DateMention> khmer_date_at(std::string_view text, size_t i);

// True if byte `i` may start a Khmer month name: a cheap test before khmer_date_at.
inline bool may_start_khmer_month(std::string_view text, size_t i) {
  return text[i] == '\xE1' && i + 1 < text.size() && (text[i + 1] == '\x9E' || text[i + 1] == '\x9F');
}

// True if the Khmer date `m` is the day a lead's event happened ("នៅថ្ងៃទី២១ ...").
bool khmer_event_date(std::string_view text, const DateMention& m);

// True if `rest` (a date line without its date) holds only words a Khmer date line has besides
// the date: the weekday, "ម៉ោង" (hour), "ចុះផ្សាយ" (published), the time of day.
bool khmer_date_line_words_only(std::string_view rest);

}  // namespace tonle
