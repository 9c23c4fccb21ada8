// khmer_dates_test.cc — dates written in Khmer (indexer/khmer_dates.h), through dates.h's readers.
#include <catch2/catch.hpp>

#include "indexer/dates.h"
#include "indexer/parse/article_parser.h"

namespace tonle {

namespace {
Date day(int y, int m, int d) { return Date{.year = y, .month = m, .day = d}; }
}  // namespace

TEST_CASE("Khmer dates: day, month name and year in Khmer or Latin digits", "[dates][khmer]") {
  std::string text = "នៅថ្ងៃទី២១ ខែតុលា ឆ្នាំ២០១៩នេះ ក្រសួងបានប្រកាស";
  auto found = find_dates(text, std::nullopt);
  REQUIRE(found.size() == 1);
  CHECK(found[0].date == day(2019, 10, 21));
  CHECK(found[0].year_given);
  CHECK(text.substr(found[0].begin).starts_with("ថ្ងៃទី"));

  found = find_dates("កាលពីថ្ងៃទី 5 ខែមីនា ឆ្នាំ 2023", std::nullopt);
  REQUIRE(found.size() == 1);
  CHECK(found[0].date == day(2023, 3, 5));
  // Zero-width spaces between the parts, February with its final sign.
  found = find_dates("ថ្ងៃ\u200Bទី\u200B៣\u200B ខែ\u200Bកុម្ភៈ\u200B ឆ្នាំ\u200B២០២៤", std::nullopt);
  REQUIRE(found.size() == 1);
  CHECK(found[0].date == day(2024, 2, 3));
  // The short form, without the words for day, month and year.
  found = find_dates("១៧ ធ្នូ ២០២២", std::nullopt);
  REQUIRE(found.size() == 1);
  CHECK(found[0].date == day(2022, 12, 17));
}

TEST_CASE("Khmer dates: a word that begins like a month is no month", "[dates][khmer]") {
  // តុលាការ (court) begins with តុលា (October); a number before it is a count of courts.
  CHECK(find_dates("មាន ១២ តុលាការ ក្នុងខេត្ត", std::nullopt).empty());
  // A month without a day is no date.
  CHECK(find_dates("ក្នុងខែមេសា ឆ្នាំ២០២១", std::nullopt).empty());
}

TEST_CASE("Khmer date lines: only the date and date-line words", "[dates][khmer]") {
  CHECK(date_line("ថ្ងៃអង្គារ ទី១៤ ខែមីនា ឆ្នាំ២០២៣ ម៉ោង ១០:៣០") == day(2023, 3, 14));
  CHECK(date_line("ចុះផ្សាយ៖ ០៨ ឧសភា ២០២៥") == day(2025, 5, 8));
  CHECK_FALSE(date_line("នៅថ្ងៃទី២១ ខែតុលា ឆ្នាំ២០១៩ ក្រសួងបានប្រកាស"));
}

TEST_CASE("a Khmer lead's event date is the publication date, another date is not", "[dates][khmer]") {
  CHECK(infer_publication_date("(ភ្នំពេញ)៖ នៅថ្ងៃទី២១ ខែតុលា ឆ្នាំ២០១៩ ក្រសួងបរិស្ថានបានប្រកាសថា") ==
        day(2019, 10, 21));
  CHECK(infer_publication_date("នៅព្រឹកថ្ងៃច័ន្ទ ទី៩ ខែកញ្ញា ឆ្នាំ២០២៤ លោកបានថ្លែង") == day(2024, 9, 9));
  CHECK(infer_publication_date("នៅថ្ងៃច័ន្ទ ទី៩ ខែកញ្ញា ឆ្នាំ២០២៤ លោកបានថ្លែង") == day(2024, 9, 9));
  CHECK_FALSE(infer_publication_date("ច្បាប់ដែលអនុម័តថ្ងៃទី២ ខែមករា ឆ្នាំ២០១០ បានកំណត់"));
}

TEST_CASE("a Khmer text article gets its date from its date line and keeps its paragraphs", "[dates][khmer][parse]") {
  parse::ParseOutcome o = parse::parse_article_file(
      "kh.txt",
      "ក្រសួងឆ្លើយតបនឹងរបាយការណ៍សិទ្ធិមនុស្ស\n"
      "ថ្ងៃពុធ ទី១៥ ខែមីនា ឆ្នាំ២០២៣\n\n"
      "ក្រសួងការបរទេសបានច្រានចោលរបាយការណ៍នោះ។\n"
      "លោក ជា វិចិត្រ អ្នកនាំពាក្យ បាននិយាយថា របាយការណ៍មិនត្រឹមត្រូវ។\n",
      {.default_id = "kh", .origin = "kh.txt"});
  REQUIRE(o.articles.size() == 1);
  const Article& a = o.articles[0];
  CHECK(a.title == "ក្រសួងឆ្លើយតបនឹងរបាយការណ៍សិទ្ធិមនុស្ស");
  CHECK(a.date == day(2023, 3, 15));
  CHECK(a.body == "ក្រសួងការបរទេសបានច្រានចោលរបាយការណ៍នោះ។\n\nលោក ជា វិចិត្រ អ្នកនាំពាក្យ បាននិយាយថា របាយការណ៍មិនត្រឹមត្រូវ។");
}

}  // namespace tonle
