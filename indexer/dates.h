// dates.h — dates in article text and in page metadata. Three uses:
//  * parse_date_text: a date as a page states it ("2022-11-03T17:40:00+07:00", "Thu, 03 Nov 2022
//    17:40:00 +0700", "November 3, 2022 5:40 PM", "published 2022-11-03 17:40"), time and zone
//    kept when given;
//  * date_line: a short line above or below a story that is only a date ("Published: 3 Nov
//    2022", "Updated March 4, 2024 | 10:15 am"), which is page furniture carrying the date;
//  * infer_publication_date: the fallback when nothing states the date. A news lead reports
//    what happened "on" a day, so a full date with its year that follows "on" in the first two
//    paragraphs is taken ("on the morning of December 22, 2023"), unless the article mentions a
//    later year (then the lead is history, not news). Other dates ("notes due April 2, 1992"),
//    month-day mentions without a year and bare years never make a publication date.
// Pure; thread-safe.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/article.h"

namespace tonle {

struct DateMention {
  Date date;
  bool year_given = false;  // false: the year came from `known_year`
  size_t begin = 0;         // byte offsets of the mention in the text
  size_t end = 0;
};

// Every date the text mentions, in order: "December 22, 2023", "22 December 2023",
// "Dec. 22, 2023", "2023-12-22". Month-day mentions without a year ("on March 23") take
// known_year, or the year of a full date in the same text; they are dropped when neither exists.
std::vector<DateMention> find_dates(std::string_view text, std::optional<int> known_year);

// The archive's home zone, Indochina Time (UTC+7), in minutes.
inline constexpr int kArchiveUtcOffset = 7 * 60;

// A date as a page's metadata or byline writes it, with the time and zone when given; nullopt
// when `s` holds no full date. A time given in UTC ("Z", "+00:00", "GMT") is a CMS's storage
// format rather than the publisher's zone, so it is moved into the archive's zone
// (2024-05-06T18:40Z → 2024-05-07T01:40+07:00); other zones stay as the publisher wrote them.
std::optional<Date> parse_date_text(std::string_view s);
// The same without moving UTC times.
std::optional<Date> parse_date_text_as_written(std::string_view s);

// When `line` is nothing but a date, perhaps with "Published", "Updated", "Posted", "on", a
// reading time or a short byline around it, that date; else nullopt.
std::optional<Date> date_line(std::string_view line);

// The publication date a story's own lead gives (see the file comment), or nullopt. When the
// dateline gave the story's day without its year (`dateline_day`, "March 2"), only a full date
// of that same day is the publication date: "delinquent on December 31, 1986" in a story
// dated "WASHINGTON, March 2" is another day's event.
// Days since 1970-01-01 of a civil date, and back (Howard Hinnant's algorithms); civil_from_days
// sets only out's year, month and day.
long days_from_civil(int y, int m, int d);
void civil_from_days(long z, Date& out);

std::optional<Date> infer_publication_date(std::string_view body, std::string_view dateline_day = {});

}  // namespace tonle
