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


// A header block: the site's name among menu items, a breadcrumb, the headline, a standfirst with
// no full stop, the byline, a date under its own label, a share bar and a caption.
constexpr std::string_view kHeaderBlock =
    "Skip to main content\nMekong Ledger\nSearch\nSubscribe\nEconomy\nProvinces\nOpinion\n"
    "Home / Provinces / Fisheries\n"
    "Fisheries office defends ban on night trawling\n"
    "Officers say catches in the gulf have fallen for three years in a row while fleets have grown\n"
    "Reporter : Meas Chanthy\nPublication date\n02 May 2026 | 09:15 ICT\nShare\nFacebook\nCopy link\n"
    "Boats moored at Kep. Hin Pisey\n\n"
    "The provincial fisheries office on Friday defended a ban on trawling at night, saying catches had fallen "
    "for three years in a row.\n\nFishing families said the ban would cut their incomes by half.\n";

TEST_CASE("scraped pages: the headline over a longer standfirst, a date under its own label", "[parse][unit]") {
  ParseOutcome o = parse(kHeaderBlock);
  REQUIRE(o.articles.size() == 1);
  const Article& a = o.articles[0];
  CHECK(a.title == "Fisheries office defends ban on night trawling");
  REQUIRE(a.date);
  CHECK(to_iso(*a.date) == "2026-05-02");
  CHECK(a.body.find("Publication date") == std::string::npos);
  CHECK(a.body.find("Reporter") == std::string::npos);
  // The site's name opens the header block ("Skip to main content" is a link, not a name).
  CHECK(a.source == "Mekong Ledger");
}

TEST_CASE("scraped pages: a teaser under a capitals label stays no headline", "[parse][unit]") {
  ParseOutcome o = parse("Delta Times\nHome\nNews\nSport\nLATEST\nRice exporters meet in Can Tho\n"
                         "Port authority says new container berth will open before the monsoon season ends\n"
                         "Sok Mealea\nMay 4, 2026\n\n"
                         "The port authority said on Monday that its new container berth would open before the monsoon "
                         "season ends, a year later than planned.\n\nShippers welcomed the news.\n");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Port authority says new container berth will open before the monsoon season ends");
}

TEST_CASE("scraped pages: the site's name opens the header block, a section of the menu never names the site",
          "[parse][unit]") {
  // "MATCH CENTRE" is a menu item in capitals, "Motor Sport" the section right over the headline.
  ParseOutcome o = parse("MATCH CENTRE\nCourtside Weekly\nTennis\nGolf\nMotor Sport\n"
                         "Rain delays final day of the coastal open for a second year\n"
                         "By Ana Ruiz\n\n"
                         "Rain delayed the final day of the coastal open on Sunday for the second year running, "
                         "organisers said.\n\nPlay resumes on Monday.\n\n"
                         "Courtside Weekly is not responsible for the content of external sites.\n");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].source == "Courtside Weekly");
  ParseOutcome section = parse("Home\nWorld\nBusiness\nCulture\nIn Pictures\n"
                               "Port strike enters its second week in the south\n\n"
                               "SIHANOUKVILLE, May 4 (Xinhua) -- A strike at the port entered its second week on "
                               "Monday as talks stalled over wages.\n\nUnions said they would go on.\n");
  REQUIRE(section.articles.size() == 1);
  CHECK(section.articles[0].source != "In Pictures");
  // A section deep in the menu that the story names is no site.
  ParseOutcome place = parse("Home\nNational\nBusiness\nSiem Reap\nWorld\nSport\n"
                             "Temple guards fined for charging tourists twice\n\n"
                             "Siem Reap provincial authorities on Monday fined four temple guards who had charged "
                             "tourists twice for entry.\n\nSiem Reap officials said the guards were suspended.\n");
  REQUIRE(place.articles.size() == 1);
  CHECK(place.articles[0].source != "Siem Reap");
}

TEST_CASE("scraped pages: a site's name over its menu and date, then a headline over its standfirst",
          "[parse][unit]") {
  ParseOutcome o = parse("The Quito Ledger \xE2\x80\x94 English news from Ecuador\n"
                         "Politics | Economy | Culture | Sports\nMonday, May 4, 2026\n\n"
                         "Mayor Names Former Judge as Anti-Graft Chief\n"
                         "The appointment ends a six-month vacancy at the city's ethics office\n\n"
                         "May 4, 2026 | 09:10 ECT\n\n"
                         "QUITO \xE2\x80\x94 The mayor of Quito on Monday named a former judge to lead the city's "
                         "anti-corruption office, ending a six-month vacancy.\n\nCouncillors welcomed the choice.\n");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Mayor Names Former Judge as Anti-Graft Chief");
  CHECK(o.articles[0].source == "The Quito Ledger");
}

TEST_CASE("scraped pages: names printed beside the header's date are the outlet's hints and no story",
          "[parse][unit]") {
  // The names beside the date, in one line with it ...
  ParseOutcome o = parse("Ferry fares rise on the Tonle Sap\n\nRiver Ledger | 4 March 2026 | Business\n\n"
                         "Ferry operators raised fares by a fifth on Tuesday.\n\nPassengers complained.\n");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].source_hints == std::vector<std::string>{"River Ledger", "Business"});
  CHECK(o.articles[0].body.starts_with("Ferry operators"));
  // ... on the line over it, with its desk's name, or under it in lower case.
  o = parse("FERRY FARES RISE ON THE TONLE SAP\n\nMekong Radio \xE2\x80\x94 English Service\n"
            "2026.03.04 9:30 a.m. EDT\n\nFerry operators raised fares by a fifth.\n");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].source_hints == std::vector<std::string>{"Mekong Radio", "English Service"});
  CHECK(o.articles[0].body.starts_with("Ferry operators"));
  o = parse("Ferry fares rise on the Tonle Sap\n04.03.2026, 09:30 CET\nmekwire english\n\n"
            "Ferry operators raised fares by a fifth.\n");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].source_hints == std::vector<std::string>{"mekwire english"});
  CHECK(o.articles[0].body.starts_with("Ferry operators"));
  // A hard-wrapped story's first line under the date is the story's.
  o = parse("Ferry fares rise on the Tonle Sap\n04.03.2026, 09:30 CET\nferry operators raised fares\n"
            "by a fifth on Tuesday, the port said.\n");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].body.starts_with("ferry operators raised fares by a fifth"));
}

}  // namespace tonle::parse


namespace tonle::parse {

TEST_CASE("scraped pages: a byline with the reporter's place over the date is no story line", "[parse][unit]") {
  ParseOutcome o = parse("HARBOUR SPORT\nRugby | Cricket | Sailing\n\n"
                         "Wardens edge Millers in a wet derby at the old ground\n\n"
                         "Tomos Prydderch at the Riverside Oval\nSun 4 Oct 2026 18.10 BST\n\n"
                         "A late penalty gave the Wardens a 13-12 win over the Millers on Sunday in rain that turned "
                         "the pitch to mud.\n\nThe Millers stay bottom of the table.\n");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Wardens edge Millers in a wet derby at the old ground");
  CHECK(o.articles[0].body.find("Prydderch") == std::string::npos);
  CHECK(o.articles[0].body.starts_with("A late penalty"));
}

}  // namespace tonle::parse

namespace tonle::parse {

TEST_CASE("scraped pages: a menu block may open with a site name of four or five words", "[parse][unit]") {
  ParseOutcome o = parse("Radio Mekong Delta Service\nAudio\nVideo\nProvinces\nWorld\n\n"
                         "Provinces\nFerry operators in Kratie raise fares by a third\nMay 5, 2026 9:10 AM\n\n"
                         "Boat owners in Kratie raised fares by a third on Monday, saying fuel had doubled since "
                         "March.\n\nPassengers said they would take the bus.\n");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Ferry operators in Kratie raise fares by a third");
  CHECK(o.articles[0].body.starts_with("Boat owners"));
}

}  // namespace tonle::parse
