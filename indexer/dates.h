// dates.h — finds an article's publication date in its text when no metadata gives one:
// full dates ("December 22, 2023", "22 December 2023", "Dec. 22, 2023", "2023-12-22") and
// month-day mentions ("on March 23") once a year is known. Articles report what already
// happened, so the latest date mentioned is taken as the publication date. Pure; thread-safe.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/article.h"

namespace tonle {

struct DateMention {
  Date date;
  bool year_given = false;  // false: the year came from `known_year`
};

// Every date the text mentions, in order. Month-day mentions without a year use known_year, or
// the year of a full date in the same text; they are dropped when neither exists.
std::vector<DateMention> find_dates(std::string_view text, std::optional<int> known_year);

// The latest mentioned date, or nullopt.
std::optional<Date> infer_publication_date(std::string_view text, std::optional<int> known_year);

}  // namespace tonle
