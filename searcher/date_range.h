// date_range.h — the date ranges a user can ask for, in the query language (`date:2023-03..2023-09`,
// `year:2021..2023`) and in the request (`date_from`, `date_to`): each end is a year, a month or a
// day ("2023", "2023-03", "2023-03-15"), both ends inclusive, either end may be open. A year or a
// month as the start means its first day and as the end its last day. Pure; thread-safe.
#pragma once

#include <optional>
#include <string_view>

#include "core/article.h"

namespace tonle {

struct DateRange {
  Date from{.year = 0, .month = 1, .day = 1};
  Date to{.year = 9999, .month = 12, .day = 31};
  bool reversed = false;  // the user wrote the later end first; from and to are in order here
};

enum class DateEnd { kStart, kEnd };

// "2023" → 2023-01-01 as a start, 2023-12-31 as an end; "2023-02" → 2023-02-01 / 2023-02-28;
// "2023-03-15" → that day. nullopt for anything else (times and zones are not range ends).
std::optional<Date> parse_date_end(std::string_view text, DateEnd end);

// "2023", "2023-03", "2023-03-15", "A..B", "A..", "..B" (A and B any of the three forms).
// A reversed range is put in order and marked. nullopt if malformed or "..".
std::optional<DateRange> parse_date_range(std::string_view text);

// The range from optional request ends ("" = open); nullopt if an end is malformed. A range
// with both ends open is still a range (everything).
std::optional<DateRange> date_range_from_ends(std::string_view from, std::string_view to);

}  // namespace tonle
