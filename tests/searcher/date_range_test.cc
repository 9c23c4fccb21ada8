// date_range_test.cc — the ends and ranges of dates users write: years, months and days, open
// ends, reversed ranges and what is refused.
#include "searcher/date_range.h"

#include <catch2/catch.hpp>

namespace tonle {
namespace {

std::string iso(const std::optional<Date>& d) { return d ? to_iso(*d) : "none"; }

std::string range(std::string_view text) {
  std::optional<DateRange> r = parse_date_range(text);
  return r ? to_iso(r->from) + ".." + to_iso(r->to) + (r->reversed ? " reversed" : "") : "none";
}

}  // namespace

TEST_CASE("a year or a month is its first day as a start and its last as an end", "[dates][unit]") {
  CHECK(iso(parse_date_end("2023", DateEnd::kStart)) == "2023-01-01");
  CHECK(iso(parse_date_end("2023", DateEnd::kEnd)) == "2023-12-31");
  CHECK(iso(parse_date_end("2024-02", DateEnd::kEnd)) == "2024-02-29");  // leap year
  CHECK(iso(parse_date_end("2023-02", DateEnd::kEnd)) == "2023-02-28");
  CHECK(iso(parse_date_end("2023-09", DateEnd::kEnd)) == "2023-09-30");
  CHECK(iso(parse_date_end("2023-03-15", DateEnd::kEnd)) == "2023-03-15");
}

TEST_CASE("date ends that are not a year, a month or a day are refused", "[dates][unit]") {
  for (const char* bad : {"", "23", "2023-3", "2023-13", "2023-02-30", "2023-04-31", "20230301",
                          "2023-03-15T10:00", "soon", "2023-03-1x", "-2023"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_date_end(bad, DateEnd::kStart));
  }
}

TEST_CASE("date ranges: one end, two ends, open ends and reversed ends", "[dates][unit]") {
  CHECK(range("2023") == "2023-01-01..2023-12-31");
  CHECK(range("2023-03..2023-09") == "2023-03-01..2023-09-30");
  CHECK(range("2022..") == "2022-01-01..9999-12-31");
  CHECK(range("..2021-06") == "0000-01-01..2021-06-30");
  // Written backwards, each end is read as the other one: 2021 up to the end of 2023.
  CHECK(range("2023..2021") == "2021-01-01..2023-12-31 reversed");
  CHECK(range("2023-09-30..2023-09-01") == "2023-09-01..2023-09-30 reversed");
  CHECK(range("..") == "none");
  CHECK(range("2023...2024") == "none");
  CHECK(range("2023..soon") == "none");
}

TEST_CASE("request ends make a range, both empty is everything", "[dates][unit]") {
  std::optional<DateRange> all = date_range_from_ends("", "");
  REQUIRE(all);
  CHECK(to_iso(all->from) == "0000-01-01");
  CHECK(to_iso(all->to) == "9999-12-31");
  std::optional<DateRange> sept = date_range_from_ends("2023-09-01", "");
  REQUIRE(sept);
  CHECK(to_iso(sept->from) == "2023-09-01");
  CHECK_FALSE(date_range_from_ends("2023-09-31", ""));
}

}  // namespace tonle
