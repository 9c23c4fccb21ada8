// dates_test.cc — date forms found in article text and the publication-date choice.
#include <catch2/catch.hpp>

#include "indexer/dates.h"

namespace tonle {

TEST_CASE("full dates in several forms", "[dates][unit]") {
  auto [text, expected] = GENERATE(table<std::string, Date>({
      {"on the morning of December 22, 2023.", Date{2023, 12, 22}},
      {"Publication date 09 April 2021 | 14:09", Date{2021, 4, 9}},
      {"seen on Friday (Sep. 14, 2023)", Date{2023, 9, 14}},
      {"released 2022-03-20 in Washington", Date{2022, 3, 20}},
  }));
  CAPTURE(text);
  CHECK(infer_publication_date(text, std::nullopt) == expected);
}

TEST_CASE("month-day mentions need a known year", "[dates][unit]") {
  CHECK_FALSE(infer_publication_date("in a March 23 press release", std::nullopt));
  CHECK(infer_publication_date("in a March 23 press release", 2023) == Date{2023, 3, 23});
  // A full date elsewhere gives the year.
  CHECK(infer_publication_date("On March 30, 2021 it was published; he spoke on March 31.",
                               std::nullopt) == Date{2021, 3, 31});
}

TEST_CASE("the latest date wins and words that look like months do not count", "[dates][unit]") {
  CHECK(infer_publication_date("On September 12, 2023 ... responded on September 14, 2023",
                               std::nullopt) == Date{2023, 9, 14});
  CHECK_FALSE(infer_publication_date("Marchers may 5 times decide", std::nullopt));
  CHECK_FALSE(infer_publication_date("In 2023 the election took place", std::nullopt));
}

}  // namespace tonle
