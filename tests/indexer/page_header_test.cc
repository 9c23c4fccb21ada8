// page_header_test.cc — what sits above a scraped page's headline (indexer/parse/page_header.cc):
// the site's name with its tagline, told from a headline with a dash in it.
#include <catch2/catch.hpp>

#include "indexer/parse/article_parser.h"

namespace tonle::parse {

namespace {
ParseOutcome parse(std::string_view bytes) {
  return parse_article_file("s.txt", bytes, {.default_id = "doc", .origin = "s.txt"});
}
}  // namespace

TEST_CASE("scraped pages: a site's name and its tagline about news open the page, over an all-capitals headline",
          "[parse][unit]") {
  ParseOutcome o = parse("Lakeshore Courier \xE2\x80\x94 Independent English-language news from the Great Lakes and "
                         "the Saint Lawrence\n\n"
                         "Home \xE2\x80\xBA Business\n\nPORT AUTHORITY RAISES DOCK FEES FOR FERRIES\n\nBy Mia Holm\n\n"
                         "March 3, 2026 - 21:15 (EST)\n\n"
                         "The port authority on Tuesday raised the fees ferries pay to dock by a fifth, the first rise "
                         "in six years.\n\nFerry operators said fares would follow.\n");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "PORT AUTHORITY RAISES DOCK FEES FOR FERRIES");
  CHECK(o.articles[0].source == "Lakeshore Courier");
  REQUIRE(o.articles[0].date);
  CHECK(to_iso(*o.articles[0].date) == "2026-03-04");
}

TEST_CASE("scraped pages: a headline with a dash and the word news stays the headline", "[parse][unit]") {
  ParseOutcome o = parse("Ministry rejects report \xE2\x80\x94 fake news, spokesman says\n\n"
                         "The ministry on Tuesday rejected a report on land disputes, calling it fake news and saying "
                         "it ignored the courts.\n\nRights groups stood by it.\n");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Ministry rejects report \xE2\x80\x94 fake news, spokesman says");
}

}  // namespace tonle::parse
