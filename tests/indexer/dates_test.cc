// dates_test.cc — date forms in text and metadata, date lines, and the publication-date choice.
#include <catch2/catch.hpp>

#include "indexer/dates.h"
#include "indexer/parse/article_parser.h"

namespace tonle {

namespace {
Date at(int y, int m, int d, int minute = Date::kNoTime, int zone = Date::kNoZone) {
  return Date{.year = y, .month = m, .day = d, .minute = minute, .utc_offset = zone};
}
}  // namespace

TEST_CASE("full dates in several forms are found in text", "[dates][unit]") {
  auto [text, expected] = GENERATE(table<std::string, Date>({
      {"on the morning of December 22, 2023.", at(2023, 12, 22)},
      {"Publication date 09 April 2021 | 14:09", at(2021, 4, 9)},
      {"seen on Friday (Sep. 14, 2023)", at(2023, 9, 14)},
      {"released 2022-03-20 in Washington", at(2022, 3, 20)},
  }));
  CAPTURE(text);
  std::vector<DateMention> found = find_dates(text, std::nullopt);
  REQUIRE(found.size() == 1);
  CHECK(found[0].date == expected);
  CHECK(found[0].year_given);
}

TEST_CASE("month-day mentions need a known year", "[dates][unit]") {
  CHECK(find_dates("in a March 23 press release", std::nullopt).empty());
  CHECK(find_dates("in a March 23 press release", 2023).at(0).date == at(2023, 3, 23));
  CHECK(find_dates("Marchers may 5 times decide", std::nullopt).empty());
}

TEST_CASE("page dates keep their time, a zone moves them to Cambodia's (UTC+7)", "[dates][unit]") {
  auto [text, expected] = GENERATE(table<std::string, Date>({
      {"2022-11-03T17:40:00+07:00", at(2022, 11, 3, 17 * 60 + 40, 420)},
      {"2022-11-03T10:40:00.000Z", at(2022, 11, 3, 17 * 60 + 40, 420)},
      {"2024-12-31T20:15:00+00:00", at(2025, 1, 1, 3 * 60 + 15, 420)},
      {"2023-07-19 09:15", at(2023, 7, 19, 9 * 60 + 15)},
      {"2024-03-05", at(2024, 3, 5)},
      {"Thu, 03 Nov 2022 17:40:00 +0700", at(2022, 11, 3, 17 * 60 + 40, 420)},
      {"November 3, 2022 5:40 PM", at(2022, 11, 3, 17 * 60 + 40)},
      {"published 2022-11-03 17:40", at(2022, 11, 3, 17 * 60 + 40)},
      {"3 Nov 2022, 9:05 am ICT", at(2022, 11, 3, 9 * 60 + 5, 420)},
      {"Updated: March 4, 2024 at 12:15 a.m. GMT+7", at(2024, 3, 4, 15, 420)},
      {"Updated June 27, 2024 4:05 PM EDT", at(2024, 6, 28, 3 * 60 + 5, 420)},
      {"2025-03-04T23:30:00-05:00", at(2025, 3, 5, 11 * 60 + 30, 420)},
      // Zones of the region and of Europe by their letters.
      {"Sunday, 30 Nov 2025 11:52 PM MYT", at(2025, 11, 30, 22 * 60 + 52, 420)},
      {"2 June 2025 23:30 EEST", at(2025, 6, 3, 3 * 60 + 30, 420)},
      {"2 June 2025 10:00 KST", at(2025, 6, 2, 8 * 60, 420)},
  }));
  CAPTURE(text);
  CHECK(parse_date_text(text) == expected);
}

TEST_CASE("text that holds no full date is no page date", "[dates][unit]") {
  CHECK_FALSE(parse_date_text("last Tuesday"));
  CHECK_FALSE(parse_date_text("March 23"));
  CHECK_FALSE(parse_date_text("in 2023"));
  CHECK_FALSE(parse_date_text("2022-13-40"));
}

TEST_CASE("date lines are furniture that carries the date", "[dates][unit]") {
  CHECK(date_line("Published: 3 November 2022") == at(2022, 11, 3));
  CHECK(date_line("By Sok Vanna | December 5, 2023 | 4 min read") == at(2023, 12, 5));
  CHECK(date_line("Monday, 12 February 2024, 10:30 am") == at(2024, 2, 12, 10 * 60 + 30));
  // A sentence that mentions a date is story, not a date line.
  CHECK_FALSE(date_line("The court adjourned the hearing until March 4, 2024."));
  CHECK_FALSE(date_line("On 3 November 2022 the ministry said the law would pass."));
  // Among short parts split by bars; a publication-date label.
  CHECK(date_line("Friday, March 07, 2008 | By Staff Writer | Printer-friendly version") ==
        at(2008, 3, 7));
  // A time before the date, or in the part after it; a press release's closing place and date.
  CHECK(date_line("Updated 10:40 PM EST, June 2, 2024") == at(2024, 6, 3, 10 * 60 + 40, 420));
  CHECK(date_line("Wire | 2 June 2024 | 20:10 GMT") == at(2024, 6, 3, 3 * 60 + 10, 420));
  CHECK(date_line("Battambang, 2 June 2024") == at(2024, 6, 2));
  CHECK_FALSE(date_line("Battambang, the court said on 2 June 2024 that the case was closed"));
  REQUIRE(date_line("Publication date 2 May 2024 | 08:10 ICT"));
  CHECK(to_iso(*date_line("Publication date 2 May 2024 | 08:10 ICT")) == "2024-05-02");
  CHECK_FALSE(date_line("March 7, 2008 | The ministry said on Friday that it would appeal the ruling"));
  // A dash between the date and its time, and African, Russian and New Zealand zones.
  CHECK(date_line("Tuesday, May 12, 2026 \xE2\x80\x94 11:15 PM EAT") == at(2026, 5, 13, 3 * 60 + 15, 420));
  CHECK(date_line("17.08.2025 \xE2\x80\x93 22:50 CAT") == at(2025, 8, 18, 3 * 60 + 50, 420));
  // South American zones in brackets, with a reading time after them.
  CHECK(date_line("March 3, 2026 - 21:15 (ART) \xC2\xB7 6 min read") == at(2026, 3, 4, 7 * 60 + 15, 420));
  CHECK(date_line("July 2, 2026 23:30 CLT") == at(2026, 7, 3, 10 * 60 + 30, 420));
  // Two dates in one line, the update's with its zone too: the first is the page's.
  CHECK(date_line("Published 6 Nov 2026 21:40 GMT \xC2\xB7 Updated 6 Nov 2026 22:15 GMT") ==
        at(2026, 11, 7, 4 * 60 + 40, 420));
  // North American mountain time, p.m. with its stops, and an update with a time only.
  CHECK(date_line("Published March 9, 2026 at 9:30 p.m. MDT \xC2\xB7 Last updated 11:02 p.m. MDT") ==
        at(2026, 3, 10, 10 * 60 + 30, 420));
  // A byline of a small site's staff after the date; "by" in a sentence is no byline.
  CHECK(date_line("Posted on 21.04.2025 by the editor") == at(2025, 4, 21));
  CHECK_FALSE(date_line("By the way, March 3, 2026"));
  // A writer's name before the date with a dash; a clause before a dash is no byline.
  REQUIRE(date_line("Dewi Lestari \xE2\x80\x93 03/11/2025 21:30 WIB"));
  CHECK(to_iso(*date_line("Dewi Lestari \xE2\x80\x93 03/11/2025 21:30 WIB")) == "2025-11-03");
  CHECK_FALSE(date_line("Officials said \xE2\x80\x93 on 2 June 2024 the court closed"));
  // A month in capitals is a month; "may" in lower case is no month.
  CHECK(date_line("BY SOK DARA | MAY 5, 2025") == at(2025, 5, 5));
  CHECK_FALSE(parse_date_text("they may 5 times"));
}

TEST_CASE("all-number dates in metadata and date lines, day first unless it cannot be",
          "[dates][unit]") {
  CHECK(parse_date_text("2023.07.09") == at(2023, 7, 9));
  CHECK(parse_date_text("2023/07/09") == at(2023, 7, 9));
  CHECK(parse_date_text("09/07/2023") == at(2023, 7, 9));
  CHECK(parse_date_text("09.07.2023") == at(2023, 7, 9));
  CHECK(parse_date_text("07/29/2023") == at(2023, 7, 29));  // the day cannot be a month
  CHECK(date_line("Posted on: 21/11/2024") == at(2024, 11, 21));
  CHECK(date_line("Posted on: 21-11-2024 Views: 1,204") == at(2024, 11, 21));
  CHECK(parse_date_text("2024-11-21") == at(2024, 11, 21));  // ISO, not day first
  CHECK_FALSE(parse_date_text("1.5/2.3"));
  CHECK_FALSE(parse_date_text("Tel: 023 12/34/5678"));
  CHECK_FALSE(parse_date_text("31/13/2023"));
}

TEST_CASE("a lead's full date is the publication date unless a later year is named",
          "[dates][unit]") {
  CHECK(infer_publication_date("Phnom Penh: The court ruled on December 22, 2023.\n\nMore.") ==
        at(2023, 12, 22));
  CHECK(infer_publication_date("The group met on the morning of Friday, 3 May 2024.") ==
        at(2024, 5, 3));
  // The latest date of the lead wins.
  CHECK(infer_publication_date("On September 12, 2023 they wrote; on September 14, 2023 the "
                               "ministry answered.") == at(2023, 9, 14));
  // A date that is no event's day is no publication date.
  CHECK_FALSE(infer_publication_date("The notes, due April 2, 1992, pay 8 pct."));
  CHECK_FALSE(infer_publication_date("A bond maturing on March 25, 1992 was issued."));
  CHECK_FALSE(infer_publication_date("The unit will redeem the notes on June 1, 1987."));
  // A date in the fourth paragraph is no lead date.
  CHECK_FALSE(infer_publication_date("One.\n\nTwo.\n\nThree.\n\nIt began on May 3, 2021."));
  // History, not news: a feature about 1929 written later.
  CHECK_FALSE(infer_publication_date("Savers were ruined on 29 October 1929.\n\n"
                                     "By 2005 the index had recovered many times over."));
  // Bare years and month-day mentions never make a date.
  CHECK_FALSE(infer_publication_date("In 2023 the election took place on July 23."));
}

TEST_CASE("a dateline's day without a year: only a full date of that day in the lead dates the story",
          "[dates][unit]") {
  // "WASHINGTON, March 2 - ... delinquent on December 31, 1986": another day's event.
  CHECK_FALSE(infer_publication_date("Borrowers who were delinquent on December 31, 1986 will be sent letters.",
                                     "March 2"));
  CHECK(infer_publication_date("The board met on March 2, 1987 and raised the rate.", "March 2") ==
        at(1987, 3, 2));
  CHECK(infer_publication_date("The board met on 2 March 1987 and raised the rate.", "Mar. 2") == at(1987, 3, 2));
}

TEST_CASE("the parser keeps a dateline's day when it has no year", "[dates][unit]") {
  parse::ParseOutcome o = parse::parse_article_file(
      "a.txt", "FARM LOANS\n\nWASHINGTON, March 2 - Borrowers delinquent on December 31, 1986 get letters.\n",
      {.default_id = "a"});
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].dateline == "WASHINGTON");
  CHECK(o.articles[0].dateline_day == "March 2");
  CHECK_FALSE(o.articles[0].date);
}

}  // namespace tonle
