// formats_test.cc — each input format, and the bad inputs that must come back as problems.
#include <catch2/catch.hpp>

#include "indexer/parse/article_parser.h"

namespace tonle::parse {

namespace {
ParseOutcome parse(std::string_view path, std::string_view bytes) {
  return parse_article_file(path, bytes, {.default_id = "doc", .origin = std::string(path)});
}
}  // namespace

TEST_CASE("format sniffing", "[parse][unit]") {
  CHECK(sniff_format("a.jsonl", "{}") == Format::kJsonLines);
  CHECK(sniff_format("a.html", "x") == Format::kHtml);
  CHECK(sniff_format("a.txt", "<!DOCTYPE html><html>") == Format::kHtml);
  CHECK(sniff_format("a.txt", "A | B | C |\n\nTitle") == Format::kTickerPage);
  CHECK(sniff_format("a.txt", "Logo of X newspaper X - Title\n") == Format::kPostPage);
  CHECK(sniff_format("a.txt", "Headline\n\nBody") == Format::kPlainText);
}

TEST_CASE("plain text: first line is the headline, front matter wins", "[parse][unit]") {
  ParseOutcome o = parse("a.txt", "Minister responds\nPHNOM PENH: The minister said.\n\nMore.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Minister responds");
  CHECK(o.articles[0].dateline == "PHNOM PENH");
  CHECK(o.articles[0].body == "The minister said.\n\nMore.");
  CHECK(o.articles[0].id == "doc");

  o = parse("b.txt", "---\ntitle: \"Real title\"\ndate: 2022-05-01\nsource: Khmer Times\nurl: "
                     "https://x.example/1\n---\nReal title\n\nBody text here.");
  REQUIRE(o.articles.size() == 1);
  const Article& a = o.articles[0];
  CHECK(a.title == "Real title");
  CHECK(a.body == "Body text here.");
  CHECK(a.source == "Khmer Times");
  CHECK(a.url == "https://x.example/1");
  CHECK(a.date == Date{2022, 5, 1});
}

TEST_CASE("front matter: the names site generators use, in YAML or TOML", "[parse][unit]") {
  // YAML with a CMS exporter's names: headline, published, outlet, permalink.
  ParseOutcome o = parse("c.txt", "---\nheadline: 'Port workers''s strike ends'\npublished: 2025-09-14\n"
                                  "outlet: Gulf Ledger\nauthor: Dana Pike\npermalink: https://gl.example/a\n"
                                  "tags:\n  - labour\n---\n\nDock workers returned on Monday.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Port workers's strike ends");
  CHECK(o.articles[0].date == Date{2025, 9, 14});
  CHECK(o.articles[0].source == "Gulf Ledger");
  CHECK(o.articles[0].url == "https://gl.example/a");
  CHECK(o.articles[0].body == "Dock workers returned on Monday.");
  // TOML between +++ fences (Hugo): `key = value`, a bare datetime, arrays and tables skipped.
  o = parse("d.toml.txt", "+++\ntitle = \"Court delays ruling on mine permit\"\ndate = 2026-02-03T09:15:00+07:00\n"
                          "publication = \"Highland Courier\"\nauthor = \"Ivo Brandt\"\ncategories = [\"Courts\"]\n"
                          "[extra]\nsite = \"not this one\"\n+++\n\nThe provincial court postponed its ruling.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Court delays ruling on mine permit");
  REQUIRE(o.articles[0].date);
  CHECK(to_iso(*o.articles[0].date) == "2026-02-03");
  CHECK(o.articles[0].source == "Highland Courier");
  CHECK(o.articles[0].body == "The provincial court postponed its ruling.");
  // A day-first date and `site:` for the outlet; the first date key wins over a later one.
  o = parse("e.txt", "---\ntitle: Harbour lights\ndate: 4 Mar 2026\npubdate: 2020-01-01\nsite: Coast Review\n---\nBody.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].date == Date{2026, 3, 4});
  CHECK(o.articles[0].source == "Coast Review");
  // No closing fence: not front matter, the text is the article.
  o = parse("f.txt", "+++\ntitle = \"x\"\n\nA story that starts oddly.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].body.find("A story that starts oddly.") != std::string::npos);
}

TEST_CASE("scraped pages: a byline and date line under the headline, a menu line's outlet, a sign-off's agency",
          "[parse][unit]") {
  ParseOutcome o = parse("a.txt", "Mekong Daily - English | Home | Politics | Business\n\n"
                                  "Ferry service resumes\n\nSao Vanny\nPublication date 4 June 2024 | 10:05 ICT\n\n"
                                  "The ferry between the two towns resumed on Monday after repairs.\n\n"
                                  "Passengers said the crossing was faster than before.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].source == "Mekong Daily");
  REQUIRE(o.articles[0].date);
  CHECK(to_iso(*o.articles[0].date) == "2024-06-04");
  CHECK(o.articles[0].body.starts_with("The ferry between"));
  o = parse("b.txt", "Rice exports rise\n\nRice exports rose by a tenth in May, officials said.\n\n==Jiji");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].source == "Jiji");
  CHECK(o.articles[0].body == "Rice exports rose by a tenth in May, officials said.");
}

TEST_CASE("scraped pages: the site's menu above the story is no headline", "[parse][unit]") {
  ParseOutcome o = parse("m.txt", "Skip to content\nRiver Post\nHome\nNews\nBusiness\nSport\n"
                                  "Home \xC2\xBB News \xC2\xBB Courts\n\nTwo fishermen fined for using nets\n\n"
                                  "By Staff\n3 June 2024\n\nThe court fined two fishermen on Monday for using banned nets.\n\n"
                                  "Their lawyer said they would appeal.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Two fishermen fined for using nets");
  CHECK(o.articles[0].body.starts_with("The court fined"));
}

TEST_CASE("scraped pages: a header block without blank lines has its headline as its longest headline",
          "[parse][unit]") {
  // Site name with tagline, menu, a teaser, the headline, byline, date, a share bar, a caption.
  ParseOutcome o = parse("h.txt", "Delta Herald - News from the Delta\nHome\nNational\nTRENDING\n"
                                  "Ferry fares to rise in May\n"
                                  "Fishing families say new dam has halved their catch this season\n"
                                  "Lim Sopheap\n12 March 2026\nShare this:\nFacebook\nX\n"
                                  "A fisherman mends his net in Kratie. Photo supplied\n"
                                  "Fishing families along the river say their catch has fallen by half since the dam "
                                  "upstream closed its gates in January, and several have left for work in Thailand.\n\n"
                                  "The provincial fisheries office said it would survey the river next month.");
  REQUIRE(o.articles.size() == 1);
  const auto& a = o.articles[0];
  CHECK(a.title == "Fishing families say new dam has halved their catch this season");
  CHECK(a.body.find("Ferry fares") == std::string::npos);
  CHECK(a.body.find("mends his net") == std::string::npos);
  CHECK(a.body.find("\nX\n") == std::string::npos);
  CHECK(a.body.find("Fishing families along the river") != std::string::npos);
  CHECK(a.body.find("survey the river next month") != std::string::npos);
}

TEST_CASE("scraped pages: a standfirst under the headline is no headline, however long", "[parse][unit]") {
  ParseOutcome o = parse("f.txt", "River Post\nHome\nNews\nFerry fares to rise\n"
                                  "Operators blame the price of diesel and say the rise will be the last this year.\n"
                                  "By Staff\nThe ferry operators said on Monday that fares would rise by a fifth from "
                                  "June, blaming diesel prices that have doubled since the start of the year.\n\nMore.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Ferry fares to rise");
}

TEST_CASE("scraped pages: the site's name after the headline is no part of it", "[parse][unit]") {
  ParseOutcome o = parse("s.txt", "Council rejects market relocation plan - Lake Voice\nLake Voice\n"
                                  "Home / Politics / Business\nCouncil rejects market relocation plan\n"
                                  "The city council on Tuesday rejected a plan to move the central market, saying "
                                  "vendors had not been consulted about the new site.\n\nVendors welcomed it.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Council rejects market relocation plan");
}

TEST_CASE("scraped pages: the outlet from a sign-off or a copyright line, without its years",
          "[parse][unit]") {
  ParseOutcome cp = parse("c.txt", "Province posts a surplus\n\nThe province posted a surplus on Tuesday, its "
                                   "first in a decade, the treasurer said.\n\nThis report by The Prairie Press was "
                                   "first published March 3, 2026.");
  REQUIRE(cp.articles.size() == 1);
  CHECK(cp.articles[0].source == "The Prairie Press");
  CHECK(cp.articles[0].body.find("first published") == std::string::npos);
  ParseOutcome cr = parse("r.txt", "Wheat crop smaller than forecast\n\nThe wheat crop will be smaller than "
                                   "forecast after a dry winter, the bureau said.\n\n\xC2\xA9 GNA 2026");
  REQUIRE(cr.articles.size() == 1);
  CHECK(cr.articles[0].source == "GNA");
}

TEST_CASE("scraped pages: a byline over the outlet's name and the date is no part of the story, "
          "the copyright holder before the mark is the outlet",
          "[parse][unit]") {
  ParseOutcome o = parse("k.txt", "Lakeside Gazette - News of the Lakes\nHome\nRegion\nTRENDING\n"
                                  "Bridge tender opens next week\n"
                                  "Fishing cooperative says new levy will drive members from the lake\n"
                                  "Chan Pisey\nLakeside Gazette\nMonday, 9 March 2026\n"
                                  "Boats moored at the landing. LG/Chan Pisey\n"
                                  "The Fisheries Administration said yesterday that a levy on nets would start in "
                                  "May, and the cooperative said many of its members could not pay.\n\n"
                                  "More follows.\n\nLakeside Gazette \xC2\xA9 2026. All rights reserved.");
  REQUIRE(o.articles.size() == 1);
  const auto& a = o.articles[0];
  CHECK(a.title == "Fishing cooperative says new levy will drive members from the lake");
  CHECK(a.body.starts_with("The Fisheries Administration said"));
  CHECK(a.source == "Lakeside Gazette");
  REQUIRE(a.date);
  CHECK(to_iso(*a.date) == "2026-03-09");
}

TEST_CASE("scraped pages: the site's name above its menu, a section label, a byline under the date and "
          "a caption with its credit are no headline and no story",
          "[parse][unit]") {
  // Menu block first (the site's name on its first line), then a one-word section label.
  ParseOutcome o = parse("v.txt", "River Voice\nNews\nRegion\nSport\nVideo\nAbout\n\nProvinces\n\n"
                                  "Ferry Operators Promise Refunds After Crossing Closes\n\n"
                                  "May 4, 2025 8:10 AM\nDara Kim\n\n"
                                  "Passengers wait at the landing in Kratie. (Courtesy of Ferry Users Group)\n\n"
                                  "Ferry operators on the Mekong said on Sunday that they would refund tickets after "
                                  "the crossing closed for a week of repairs.\n\nMore follows.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Ferry Operators Promise Refunds After Crossing Closes");
  CHECK(o.articles[0].source == "River Voice");
  CHECK(o.articles[0].body.starts_with("Ferry operators on the Mekong"));
  // A section label of two words joined by an ampersand is a label too.
  o = parse("v2.txt", "RIVER VOICE\nHome   Land & Water   Sport   Opinion\nSearch\n\nLand & Water\n\n"
                      "Ferry Operators Promise Refunds After Crossing Closes\n\n"
                      "Ferry operators on the Mekong said on Sunday that they would refund tickets after "
                      "the crossing closed for a week of repairs.\n\nMore follows.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Ferry Operators Promise Refunds After Crossing Closes");
  // The site's name with its tagline after a dash, over its sign-in and menu lines.
  o = parse("v3.txt", "River Voice \xE2\x80\x94 Independent news from the delta\nSign in | Register\n"
                      "Home  |  Land  |  Sport  |  About\n\nHome \xE2\x80\xBA Land\n\n"
                      "Ferry Operators Promise Refunds After Crossing Closes\n\n"
                      "Ferry operators on the Mekong said on Sunday that they would refund tickets.\n\nMore.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Ferry Operators Promise Refunds After Crossing Closes");
  CHECK(o.articles[0].source == "River Voice");
  // The site's header left after its menu line and a cookie banner go; the name, outlet and date
  // lines of a byline go in any order; "XY/Name" after a caption's sentence is its credit.
  o = parse("w.txt", "THE HILL POST\nNews | Sport | Opinion | Video\n"
                     "We use cookies to improve your experience. Manage preferences | Accept all\n\n"
                     "Opinion\n\nTea growers say new road will open markets in the hills\n\n"
                     "Sam Pich\nThe Hill Post\nMarch 2, 2026 9:00 AM\n\n"
                     "Growers load tea at a farm near the pass. HP/Lina Mao\n\n"
                     "Tea growers in the hills said on Monday that a new road would cut the time to reach "
                     "markets from a day to two hours.\n\nMore follows.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Tea growers say new road will open markets in the hills");
  CHECK(o.articles[0].source == "The Hill Post");  // as the byline writes it
  REQUIRE(o.articles[0].date);
  CHECK(to_iso(*o.articles[0].date) == "2026-03-02");
  CHECK(o.articles[0].body.starts_with("Tea growers in the hills"));
  // The site's name before its edition, a menu set apart by spaces, a tagline, and a date among
  // a credit line's parts under the headline.
  o = parse("y.txt", "MEKONG WIRE | English\nNews from the Mekong in English\n"
                     "Home   Local   World   Business   Video\n\nLocal\n\n"
                     "Court Fines Two Dredging Firms Over Riverbank Collapse\n\n"
                     "May 6, 2025 | By Ros Dara | 3 min read\n\n"
                     "The provincial court fined two dredging companies on Tuesday after riverbanks "
                     "collapsed near their barges.\n\nMore follows.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Court Fines Two Dredging Firms Over Riverbank Collapse");
  CHECK(o.articles[0].source == "MEKONG WIRE");
  REQUIRE(o.articles[0].date);
  CHECK(to_iso(*o.articles[0].date) == "2025-05-06");
  CHECK(o.articles[0].body.starts_with("The provincial court fined"));
  // A ticker labelled "Latest:" goes with the header; a section's label over the headline in one
  // block; a caption credited to the photographer's bare name.
  o = parse("z.txt", "RIVER TIMES\nNews | Politics | Business | Opinion\nLatest: Ferry fares rise | Bridge opens\n\n"
                     "Local\nDredging Firms Fined Over Riverbank Collapse\nBy: Ros Dara\n\n"
                     "Barges on the river near Kratie on Monday. Sok Lina\n\n"
                     "The provincial court fined two dredging companies on Tuesday after riverbanks "
                     "collapsed near their barges.\n\nMore follows.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Dredging Firms Fined Over Riverbank Collapse");
  CHECK(o.articles[0].source == "RIVER TIMES");
  CHECK(o.articles[0].body.starts_with("The provincial court fined"));
  // A two-word headline over a lead sentence is the headline, not a section label.
  o = parse("x.txt", "HEAVY OILS\n\nHOUSTON, April 29 - Output of heavy oils will rise, experts said.\n\nMore.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "HEAVY OILS");
  // The site's name and its tagline on one line over a menu; the name as the text writes it.
  o = parse("w.txt", "PAMPAS POST  |  Farming · Trade · Politics\nHome   Markets   Farming   Opinion\n"
                     "[Subscribe]  [Sign in]\n\nFarming\n\n"
                     "Argentina's soy exporters halt shipments as port workers strike\n\n"
                     "Published 3 Mar 2026 09:10 GMT-3\n\n"
                     "Soy exporters halted shipments from Rosario on Tuesday as port workers began an "
                     "indefinite strike over pay.\n\nGet the Pampas Post morning note. [Sign up]");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Argentina's soy exporters halt shipments as port workers strike");
  CHECK(o.articles[0].source == "Pampas Post");
  CHECK(o.articles[0].body.starts_with("Soy exporters halted"));
  // A comment counter in the header is no end of the story: the story below it is kept whole.
  o = parse("v.txt", "RIVER SPORT\nFootball  Rowing  Tennis  More\nLog in   |   PL / EN\n\nFootball \xE2\x80\xBA League\n\n"
                     "Ministry freezes stadium grant after derby riot\n\n12.03.2026, 21:47\nAuthor: Jan Nowak\n\n"
                     "0 comments\n\n"
                     "The sports ministry on Thursday froze a grant for the city stadium, five days after fans "
                     "threw flares onto the pitch.\n\nThe club said it would appeal.\n\nComments (2)\n\n"
                     "Great news!");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Ministry freezes stadium grant after derby riot");
  CHECK(o.articles[0].body.starts_with("The sports ministry on Thursday froze"));
  CHECK(o.articles[0].body.find("The club said it would appeal.") != std::string::npos);
  CHECK(o.articles[0].body.find("Great news") == std::string::npos);
}

TEST_CASE("plain text: an author's note ends the story, a story's last sentence about a body does not",
          "[parse][unit]") {
  ParseOutcome o = parse("a.txt", "Ferry fares rise\n\nFares rose on Monday.\n\nThe operator blamed fuel.\n\n"
                                  "*Dara Voeun is senior critic of The Deck. Follow him on Mastodon.*");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].body == "Fares rose on Monday.\n\nThe operator blamed fuel.");
  o = parse("b.txt", "Appeal rejected\n\nThe court upheld the verdict.\n\nLawyers will appeal.\n\n"
                     "The Supreme Court is the last avenue of appeal. Lawyers said they would file soon.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].body.ends_with("The Supreme Court is the last avenue of appeal. Lawyers said they would file soon."));
}

TEST_CASE("scraped pages: a reporter's name and where they were, under the date, is no story",
          "[parse][unit]") {
  ParseOutcome o = parse("s.txt", "Home | Sport | Rugby\n\nWales edge Ireland in Cardiff thriller\n\n"
                                  "Sun 8 Mar 2026 17.10 GMT\nOwen Pryce at Principality Stadium\n"
                                  "Share   Comments (88)\n\n"
                                  "Wales beat Ireland 19-18 in Cardiff on Sunday with a penalty in the last minute."
                                  "\n\nMore follows.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].body.starts_with("Wales beat Ireland"));
}

TEST_CASE("plain text: a wire's lower-case byline under the headline is no story, inside it, it is",
          "[parse][unit]") {
  ParseOutcome o = parse("w.txt", "Quake shakes Mindanao\nby Malia Fonoti\nWed 18 Nov 2026 - 06:05 GMT\n\n"
                                  "Manila (AFP) - A strong earthquake shook the southern Philippines on Tuesday.\n\n"
                                  "The order was signed\nby Sok Dara\nlate on Monday.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].body.starts_with("A strong earthquake"));
  CHECK(o.articles[0].dateline == "Manila");
  CHECK(o.articles[0].body.find("signed by Sok Dara late on Monday") != std::string::npos);
  // The byline in a paragraph of its own under the headline.
  o = parse("w2.txt", "Quake shakes Mindanao\n\nby Malia Fonoti\n\nWed 18 Nov 2026 - 06:05 GMT\n\n"
                      "Manila (AFP) - A strong earthquake shook the southern Philippines on Tuesday.\n\nMore.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].body.starts_with("A strong earthquake"));
}

TEST_CASE("JSON Lines: good lines kept, each broken line reported", "[parse][unit]") {
  std::string text =
      "{\"id\":\"a1\",\"title\":\"One\",\"body\":\"First body.\",\"date\":\"2021-02-03\",\"source\":\"AKP\"}\n"
      "{not json}\n"
      "\n"
      "{\"id\":\"a2\",\"title\":\"Two\"}\n"
      "{\"id\":\"../x\",\"title\":\"T\",\"body\":\"B\"}\n"
      "[1,2]\n"
      "{\"id\":7,\"title\":\"Seven\",\"body\":\"Numeric id.\"}\n";
  ParseOutcome o = parse("feed.jsonl", text);
  REQUIRE(o.articles.size() == 2);
  CHECK(o.articles[0].id == "a1");
  CHECK(o.articles[0].date == Date{2021, 2, 3});
  CHECK(o.articles[0].source == "AKP");
  CHECK(o.articles[1].id == "7");
  REQUIRE(o.problems.size() == 4);
  CHECK(o.problems[0] == "line 2: not a JSON object");
  CHECK(o.problems[1].starts_with("line 4: missing \"body\" (looked for \"body\", \"text\""));
  CHECK(o.problems[2].starts_with("line 5: \"id\" must be"));
  CHECK(o.problems[3] == "line 6: not a JSON object");
}

TEST_CASE("JSON Lines: fields under the names other tools export them with", "[parse][unit]") {
  // A dataset's {"headline", "text"} records, a scraper's {"content", "published_at", "link"}.
  std::string text =
      "{\"id\":\"n1\",\"headline\":\"Court fines trawler owners\",\"text\":\"Kep court fined two men.\","
      "\"published\":\"2024-03-12T09:00:00+01:00\",\"outlet\":\"Mekong Wire\",\"link\":\"https://x.example/n1\"}\n"
      "{\"id\":\"n2\",\"title\":\"Dam talks resume\",\"content\":\"Officials met in Vientiane.\","
      "\"published_at\":\"2024-04-01\",\"publication\":\"Lao Ledger\"}\n"
      "{\"id\":\"n3\",\"title\":\"Both\",\"body\":\"The body field wins.\",\"text\":\"Not this.\"}\n"
      // An RSS tool's {"heading", "story", "pubDate", "agency"}, a CMS's {"name", "created_at"}.
      "{\"id\":\"n4\",\"heading\":\"Port fees rise\",\"story\":\"Fees rose.\",\"pubDate\":\"2024-05-02\","
      "\"agency\":\"Delta Wire\"}\n"
      "{\"id\":\"n5\",\"name\":\"Ferry resumes\",\"content\":\"The ferry sailed.\",\"created_at\":\"2024-05-03\"}\n"
      // A schema.org-minded export's {"dateCreated", "provider"}.
      "{\"id\":\"n6\",\"subject\":\"Rice exports up\",\"articleBody\":\"Exports rose.\",\"dateCreated\":"
      "\"2024-05-04\",\"provider\":\"Grain Wire\"}\n";
  ParseOutcome o = parse("export.jsonl", text);
  REQUIRE(o.problems.empty());
  REQUIRE(o.articles.size() == 6);
  CHECK(o.articles[5].date == Date{2024, 5, 4});
  CHECK(o.articles[5].source == "Grain Wire");
  CHECK(o.articles[3].title == "Port fees rise");
  CHECK(o.articles[3].body == "Fees rose.");
  CHECK(o.articles[3].date == Date{2024, 5, 2});
  CHECK(o.articles[3].source == "Delta Wire");
  CHECK(o.articles[4].date == Date{2024, 5, 3});
  CHECK(o.articles[0].title == "Court fines trawler owners");
  CHECK(o.articles[0].body == "Kep court fined two men.");
  REQUIRE(o.articles[0].date);
  CHECK(to_iso(*o.articles[0].date).starts_with("2024-03-12"));
  CHECK(o.articles[0].source == "Mekong Wire");
  CHECK(o.articles[0].url == "https://x.example/n1");
  CHECK(o.articles[1].body == "Officials met in Vientiane.");
  CHECK(o.articles[1].date == Date{2024, 4, 1});
  CHECK(o.articles[1].source == "Lao Ledger");
  CHECK(o.articles[2].body == "The body field wins.");
}

TEST_CASE("JSON Lines: a feed's names, a newsroom's, and a record whose names no list knows", "[parse][unit]") {
  std::string prose =
      "Ferry crews on the Tonle Sap walked off the job on Monday after owners cut their pay for the second "
          "time this year. The crews said they would not sail until the cut was reversed, and passengers waited "
          "on the quay in Chong Kneas for most of the day as the owners met union representatives.";
  std::string text =
      // A JSON Feed item: content_text, date_published, and the feed's title as the outlet.
      "{\"id\":\"f1\",\"title\":\"Bridge reopens\",\"content_text\":\"The bridge reopened.\","
      "\"date_published\":\"2025-08-18T09:30:00+07:00\",\"feed_title\":\"Delta Radio\"}\n"
      // A newsroom's hed and dek, firstPublished and brand.
      "{\"id\":\"f2\",\"hed\":\"Shares jump\",\"dek\":\"A big contract\",\"story\":\"Shares rose.\","
      "\"firstPublished\":\"2026-01-29\",\"brand\":\"Harbour Asia\"}\n"
      // Names no list knows: the longest prose is the body, its first sentence the title.
      "{\"id\":\"f3\",\"ttl_x\":7,\"copy\":\"" + prose + "\"}\n"
      // A name held by an object or a number is passed over, never the record lost.
      "{\"id\":\"f4\",\"title\":\"Port reopens\",\"body\":\"The port reopened.\",\"brand\":{\"name\":\"X\"},"
      "\"publishedOn\":1718000000,\"channel\":\"Harbour Radio\"}\n";
  ParseOutcome o = parse("feed.jsonl", text);
  REQUIRE(o.articles.size() == 4);
  CHECK(o.articles[3].source == "Harbour Radio");
  CHECK(o.articles[0].body == "The bridge reopened.");
  REQUIRE(o.articles[0].date);
  CHECK(to_iso(*o.articles[0].date).starts_with("2025-08-18"));
  CHECK(o.articles[0].source == "Delta Radio");
  CHECK(o.articles[1].title == "Shares jump");
  CHECK(o.articles[1].body == "Shares rose.");
  CHECK(o.articles[1].date == Date{2026, 1, 29});
  CHECK(o.articles[1].source == "Harbour Asia");
  CHECK(o.articles[2].title ==
        "Ferry crews on the Tonle Sap walked off the job on Monday after owners cut their pay for the second time this year");
  CHECK(o.articles[2].body.find("Chong Kneas") != std::string::npos);
  // Each stand-in is said, so the record's owner can name the fields.
  REQUIRE(o.problems.size() == 2);
  CHECK(o.problems[0] == "line 3: no \"body\" field; the longest text of the record is read as its body");
  CHECK(o.problems[1] == "line 3: no \"title\" field; the body's first sentence stands in");
}

TEST_CASE("HTML: metadata from meta tags, body from the article's paragraphs", "[parse][unit]") {
  std::string html = R"(<!DOCTYPE html><html><head><title>Site | Story</title>
<meta property="og:title" content="Ministry answers report">
<meta property="og:site_name" content="Khmer Times">
<meta property="article:published_time" content="2023-09-15T08:00:00+07:00">
<link rel="canonical" href="https://example.org/story"></head>
<body><nav><a href="/">Home</a> | <a href="/x">Politics</a></nav>
<article><h1>Ministry answers report</h1>
<figure><img src="a.jpg"><figcaption>Photo caption</figcaption></figure>
<p>PHNOM PENH: The ministry <b>rejected</b> the report.</p>
<div class="related-stories"><p>Unrelated teaser</p></div>
<p>It said the claims were baseless.</p>
<script>var x = "<p>no</p>";</script></article>
<aside><p>Most read</p></aside></body></html>)";
  ParseOutcome o = parse("story.html", html);
  REQUIRE(o.articles.size() == 1);
  const Article& a = o.articles[0];
  CHECK(a.title == "Ministry answers report");
  CHECK(a.source == "Khmer Times");
  CHECK(a.url == "https://example.org/story");
  REQUIRE(a.date);
  CHECK(to_iso_datetime(*a.date) == "2023-09-15T08:00+07:00");
  CHECK(a.date_basis == "meta article:published_time");
  CHECK(a.dateline == "PHNOM PENH");
  CHECK(a.body == "The ministry rejected the report.\n\nIt said the claims were baseless.");
}

TEST_CASE("deeply nested HTML is refused quickly with a clear reason", "[parse][unit]") {
  std::string html = "<html><body><article>";
  for (int i = 0; i < 200000; ++i) {
    html += "<div>";
  }
  html += "<p>Deep text.</p></article></body></html>";
  ParseOutcome o = parse("deep.html", html);
  CHECK(o.articles.empty());
  REQUIRE(o.problems.size() == 1);
  CHECK(o.problems[0] == "HTML nested 200003 elements deep (the limit is 1000)");
}

TEST_CASE("moderately nested HTML is parsed without recursion", "[parse][unit]") {
  std::string html = "<html><body><article>";
  for (int i = 0; i < 900; ++i) {
    html += "<div>";
  }
  html += "<p>Deep text.</p></article></body></html>";
  ParseOutcome o = parse("deep.html", html);
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].body == "Deep text.");
}

TEST_CASE("bad files are problems, not crashes", "[parse][unit]") {
  auto [bytes, why] = GENERATE(table<std::string, std::string>({
      {"", "empty file"},
      {"  \n\n\t", "file holds only white space"},
      {std::string("abc\0def", 7), "binary file (contains NUL bytes)"},
      {"caf\xE9 au lait", "not UTF-8 (ill-formed byte sequence at offset 3)"},
  }));
  ParseOutcome o = parse("bad.txt", bytes);
  CHECK(o.articles.empty());
  REQUIRE(o.problems.size() == 1);
  CHECK(o.problems[0] == why);
}


TEST_CASE("the outlet's closing note about itself is no part of the story, in any format", "[parse][unit]") {
  ParseOutcome o = parse("a.txt", "---\ntitle: \"Dam talks stall\"\ndate: 2026-01-05\nsource: The Mekong Brief\n---\n"
                                  "Talks on the dam stalled on Monday.\n\nThe next round is in May.\n\n"
                                  "*The Mekong Brief is published by the Mekong Media Trust in Phnom Penh.*");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].body == "Talks on the dam stalled on Monday.\n\nThe next round is in May.");
  // A newsletter written by one person says so, with where to send tips.
  o = parse("w.txt", "---\ntitle: \"Rice prices rise\"\nsource: The Delta Letter\n---\n"
                     "Rice prices rose in March.\n\n_The Delta Letter is written by Mai Tran in Can Tho. Tips: reply "
                     "to this email._");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].body == "Rice prices rose in March.");
  // Its name elsewhere, or a paragraph that only mentions it, stays.
  o = parse("b.txt", "---\ntitle: \"Newsletter wins award\"\nsource: River Notes\n---\n"
                     "The award went to three outlets.\n\nRiver Notes, which has 4,000 readers, won the prize.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].body == "The award went to three outlets.\n\nRiver Notes, which has 4,000 readers, won the prize.");
  // A wire's own name closing a story is story: "Reuters was unable to verify the claims."
  o = parse("c.txt", "---\ntitle: \"Clashes reported\"\nsource: Reuters\n---\n"
                     "Clashes were reported near the border.\n\nReuters was unable to verify the claims.");
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].body == "Clashes were reported near the border.\n\nReuters was unable to verify the claims.");
}

}  // namespace tonle::parse
