// page_text_test.cc — the chrome rules and the dateline reader, on tables of lines.
#include <catch2/catch.hpp>

#include "indexer/parse/article_parser.h"
#include "indexer/parse/dateline.h"
#include "indexer/parse/page_text.h"

namespace tonle::parse {

TEST_CASE("ticker lines are recognised", "[parse][unit]") {
  CHECK(is_ticker_line("A story | Another story | A third |"));
  CHECK(is_ticker_line("One | Two"  " |"));
  CHECK_FALSE(is_ticker_line("Profit rose 5% | year on year"));
  CHECK_FALSE(is_ticker_line("A plain sentence."));
  // A menu set apart by runs of spaces; a table's figures are none.
  CHECK(is_ticker_line("Home   Local News   World  Business   Sports   \xE1\x9E\x81\xE1\x9F\x92\xE1\x9E\x98\xE1\x9F\x82\xE1\x9E\x9A"));
  CHECK_FALSE(is_ticker_line("Net profit    1,234    5,678    9,012    3,456"));
  CHECK_FALSE(is_ticker_line("He said.  Then the minister left.  Nobody spoke.  It rained."));
  // Headlines set apart by other marks.
  CHECK(is_ticker_line("Port fees rise for barges  ///  Dengue cases fall in Kratie  ///  Riel firm at 4,050"));
  CHECK(is_ticker_line(">>> LATEST: Coach sacked after fifth defeat ... Stars climb to 98th ... Sevens side beat "
                       "Fiji ... Night matches banned <<<"));
  CHECK(is_ticker_line("Rice prices ease \xE2\x80\xA2 Bridge reopens in Kratie \xE2\x80\xA2 Court jails two monks"));
  CHECK(is_ticker_line("Ferry fares cut on the Tonle Sap \xC2\xB7 Pepper growers win award \xC2\xB7 Gold slips in Phnom Penh"));
  CHECK_FALSE(is_ticker_line("The ferry \xC2\xB7 the market \xC2\xB7 and the temple were closed, officials said on Friday."));
  // An ellipsis or two in prose, a quotation with them, a date range.
  CHECK_FALSE(is_ticker_line("The talks went on ... and on ... until the minister left the room on Friday night."));
  CHECK_FALSE(is_ticker_line("\"We waited ... we asked ... we were ignored ... we will march,\" the union leader said."));
  CHECK_FALSE(is_ticker_line("\xE2\x80\x98We waited for hours ... then the water rose ... then the roof went ... and nobody "
                             "came,\xE2\x80\x99 said Sok Dara."));
  CHECK_FALSE(is_ticker_line("We waited for hours ... then the water rose ... then the roof went ... and nobody came."));
}

TEST_CASE("chrome lines and trailer headings are recognised", "[parse][unit]") {
  auto chrome = GENERATE(as<std::string>{}, "Logo of Phnom Penh Post newspaper Phnom Penh Post - x",
                         "Content image - Phnom Penh Post", "Photo: Heng Chivoan", "Advertisement",
                         // A wire's credits, a messaging call, a live ticker, a consent banner.
                         "Reported by Mekong Radio. Translated by Sok Dara. Edited by Jane Roe.",
                         "Join our Telegram channel for the day's top stories.",
                         "LIVE: Riel steady at 4,100 to the dollar",
                         "Cookie settings: We use cookies to measure traffic. Accept all");
  CAPTURE(chrome);
  CHECK(is_chrome_line(chrome));
  CHECK(is_trailer_heading("Related News"));
  CHECK(is_trailer_heading("  Related Stories: "));
  CHECK(is_trailer_heading("MORE FROM KAMPOT"));
  CHECK(is_trailer_heading("More from Business"));
  CHECK(is_trailer_heading("ALSO ON MEKONG BRIEF"));
  CHECK(is_trailer_heading("Comments are closed."));
  CHECK_FALSE(is_trailer_heading("Also on Monday, the court heard two more witnesses from the village."));
  CHECK_FALSE(is_trailer_heading("More from the ministry's statement was read aloud on Monday."));
  CHECK_FALSE(is_chrome_line("Reporters were told the court would sit on Monday."));
  CHECK_FALSE(is_trailer_heading("Related news of the day came from the ministry."));
  CHECK_FALSE(is_chrome_line("Photographers gathered outside the court."));
}

TEST_CASE("logo lines give outlet and headline", "[parse][unit]") {
  LogoLine l = parse_logo_line(
      "Logo of Phnom Penh Post newspaper Phnom Penh Post - US rights report \xE2\x80\x98politically "
      "motivated\xE2\x80\x99");
  CHECK(l.outlet == "Phnom Penh Post");
  CHECK(l.title == "US rights report \xE2\x80\x98politically motivated\xE2\x80\x99");
  CHECK(parse_logo_line("Logos of many kinds").title.empty());
}

TEST_CASE("a teaser list after the story is dropped", "[parse][unit]") {
  std::vector<Paragraph> p = split_paragraphs(
      "Body one.\n\nBody two.\n\n  \xE2\x80\xA2 Teaser headline\n\n    Teaser blurb text\n\n"
      "  \xE2\x80\xA2 Second teaser\n\n    Second blurb");
  drop_trailer(p);
  REQUIRE(p.size() == 2);
  CHECK(paragraph_text(p[1]) == "Body two.");
  // Teasers marked with a guillemet, in one block at the page's end.
  p = split_paragraphs("Body one.\n\nBody two.\n\n\xC2\xBB Cedi slips as importers buy dollars\n"
                       "\xC2\xBB Coach names squad for qualifiers");
  drop_trailer(p);
  REQUIRE(p.size() == 2);
}

TEST_CASE("a \"Related\" heading inside the page's last block ends the story there", "[parse][unit]") {
  std::vector<Paragraph> p = split_paragraphs(
      "Lead.\n\nLast line of the story.\n\nTags: Ferries, Kratie\nRelated\nBus fares rise in Takeo\n"
      "May 3, 2025\nDonate to us");
  drop_trailer(p);
  REQUIRE(p.size() == 3);
  CHECK(paragraph_text(p[2]) == "Tags: Ferries, Kratie");
  CHECK(is_trailer_heading("Related"));
  CHECK(is_trailer_heading("Most Popular"));
  CHECK(is_trailer_heading("READ ALSO:"));
  // A release's boilerplate about its publisher; a story's "About 2,000 workers" is no heading.
  CHECK(is_trailer_heading("About MRDN"));
  CHECK(is_trailer_heading("**About the Mekong Rights Network**"));
  CHECK_FALSE(is_trailer_heading("About 2,000 workers walked out"));
  CHECK_FALSE(is_trailer_heading("About half of them"));
}

TEST_CASE("a page scraped without blank lines ends at its Related heading once prose stands above it",
          "[parse][unit]") {
  std::string text =
      "Home\nNews\nRelated Articles\nFerry fares rise on the Mekong\n"
      "Boat owners in Kratie raised fares by a third on Monday, saying fuel had doubled in price since May.\n"
      "Passengers said they would take the bus.\nRelated Articles\nBus fares rise in Takeo\n"
      "Kratie Daily is an independent news outlet.";
  std::vector<Paragraph> p = split_paragraphs(text);
  REQUIRE(p.size() == 1);
  drop_trailer(p);
  REQUIRE(p.size() == 1);
  CHECK(paragraph_text(p[0]).find("Bus fares") == std::string::npos);
  CHECK(paragraph_text(p[0]).find("Passengers said") != std::string::npos);
  // Above the first prose line the heading is the header's, and the story is still to come.
  CHECK(paragraph_text(p[0]).find("Ferry fares rise") != std::string::npos);
  CHECK(is_trailer_heading("Also worth reading"));
}

TEST_CASE("a section's \"More X\" box of headlines goes, and the story goes on after it", "[parse][unit]") {
  std::string lead = "Lead of the match report, which ends a sentence.\n\n";
  std::string box = "More cricket\nTitans edge Hawks in final-over thriller\nSpinner recalled for second Test\n\n";
  // (The paragraphs view the text: each text must outlive them.)
  std::string page = lead + box + "Comments are closed for this story.";
  std::vector<Paragraph> p = split_paragraphs(page);
  drop_trailer(p);
  REQUIRE(p.size() == 1);
  // Inside the story: only the box goes.
  std::string prose =
      "The visitors needed eleven runs from the last over and scored them with two balls to spare, the "
      "captain said afterwards.\n\nThe two sides meet again in Perth on Saturday, when the home side hopes "
      "to have its opening bowler back from injury.";
  std::string inside = lead + box + prose;
  p = split_paragraphs(inside);
  drop_trailer(p);
  REQUIRE(p.size() == 3);
  CHECK(paragraph_text(p[1]).starts_with("The visitors"));
  // A subheading over one line, or over sentences, is the story's.
  std::string subheading = lead + "More arrests\nPolice detained two more men on Friday.\nBoth were released.";
  p = split_paragraphs(subheading);
  drop_trailer(p);
  CHECK(p.size() == 2);
}

TEST_CASE("a bullet list inside the story is kept", "[parse][unit]") {
  std::vector<Paragraph> p = split_paragraphs(
      "Lead.\n\n\xE2\x80\xA2 first demand\n\n\xE2\x80\xA2 second demand\n\nThe minister replied.");
  drop_trailer(p);
  CHECK(p.size() == 4);
}

TEST_CASE("datelines are read and measured", "[parse][unit]") {
  auto [lead, place, agency, rest] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"PHNOM PENH: A spokesperson said", "PHNOM PENH", "", "A spokesperson said"},
      {"Phnom Penh: Mr. Keo Remy held", "Phnom Penh", "", "Mr. Keo Remy held"},
      {"Phnom Penh (FN), Sep. 15 \xE2\x80\x93 In light of", "Phnom Penh", "FN", "In light of"},
      {"Kampot, May 2, 2025 KPA -- The port reopened", "Kampot", "KPA", "The port reopened"},
      {"CUSCO, Peru, 4 June 2025 (AFP) - The court ruled", "CUSCO", "AFP", "The court ruled"},
      {"PHNOM PENH, March 23 (Xinhua) -- Cambodia said", "PHNOM PENH", "Xinhua", "Cambodia said"},
      {"SIEM REAP, Jan 5 (Reuters) - Tourists", "SIEM REAP", "Reuters", "Tourists"},
      {"OSAKA, Feb. 9 Kyodo - The port reopened", "OSAKA", "Kyodo", "The port reopened"},
  }));
  Dateline d = find_dateline(lead);
  CHECK(d.place == place);
  CHECK(d.agency == agency);
  CHECK(lead.substr(d.length) == rest);
}

TEST_CASE("ordinary leads have no dateline", "[parse][unit]") {
  auto lead = GENERATE(as<std::string>{}, "The Cambodian government has denied claims",
                       "Note: this is not a dateline", "A spokesperson for the Ministry said",
                       "Human Rights Watch said on Monday");
  CAPTURE(lead);
  CHECK(find_dateline(lead).length == 0);
}

}  // namespace tonle::parse

namespace tonle::parse {

TEST_CASE("credit lines, notes and captions are chrome, story lines are not", "[parse][unit]") {
  auto chrome = GENERATE(as<std::string>{},
                         "By Keo Sothea | Khmer Times | 4 min read",
                         "Written by Lach Vanny | 6 min read",
                         "3 hours ago \xC2\xB7 4 min read",
                         "(Pictures by the writer. Share them freely if you name Delta Letter.)",
                         "(Photo: courtesy of the Lake Tonle Fishers Group)",
                         "(Video by Sao Rithy)",
                         "Delta Ledger reads every budget. It is written by Ana Ruiz. Questions or leaks: reply to this email.",
                         "This newsletter is written by Ana Ruiz in Lisbon and sent every Friday.",
                         "Words by Ana Ruiz \xC2\xB7 Photo: Tom Pike",
                         "By Pen Dara for RFA Khmer",
                         "Bangkok correspondent",
                         "Khmer Times / Kampot",
                         "(Reporting by Sok Lim; Editing by Ann Ray)",
                         "Translated by Roth Vanna. Edited by Ben Cole.",
                         "AP writer Jon Lee in Hanoi contributed to this report.",
                         "This story was produced with support from a media fund.",
                         "Published 5 hours ago",
                         "- Advertisement -",
                         "-- XINHUA",
                         "Farmers plant rice near Takeo. Photo: Sok Heng",
                         "Police guard the court in Kandal. (Supplied)",
                         "A boat on the Tonle Sap. (Meng Kroeun/ CamboJA)",
                         "Vendors pack up stalls at the market. PP/Sok Lina",
                         "The minister speaks to reporters in Hanoi. (Joint Press Pool)",
                         "Farmers block a road in Takeo. (Courtesy of Farmers Network)",
                         "Written by: Lim Dara",
                         "Author: Keo Malis",
                         "Reporters at a briefing at the ministry in Phnom Penh. Sok Lina",
                         "Voters queue at a polling centre. \xE2\x80\x94 Picture by Ana Lim",
                         "Get the Mekong Markets briefing every morning. Sign up free.",
                         "Latest: Ferry fares rise | Bridge opens",
                         "Vendors at the night market on Friday. Riverpost/Sok Lina",
                         // A short credit after the caption's sentence; a wire mark on both sides.
                         "Nurses wait outside the provincial hospital on Monday. PHOTO | FILE",
                         "Fishers mend nets on the Mekong in Kratie in 2025. Ledger staff",
                         "--SPK--",
                         "Cookies help us run this site. By using it, you agree to our use of cookies. OK | More info",
                         // A breadcrumb, a row of buttons, a control's mark before its label.
                         "Politics > Cambodia", "World \xE2\x80\xBA Asia \xE2\x80\xBA Mekong",
                         "[Subscribe]  [Sign in]", "\xE2\x96\xB6 Listen to this article (4:10)",
                         "Wir verwenden Cookies / We use cookies. Accept all | Settings",
                         "A livestream from the sawmill in May. Screenshot from Facebook",
                         "Email: press@mekongrights.org | Tel: +855 23 000 000",
                         "Search ...",
                         "dara.lim@mekongledger.com",
                         "PRESS RELEASE",
                         "The quartet on stage in Leeds, photographed by Sam Oduya for Tempo",
                         "We use cookies to improve your experience. Manage preferences | Accept all",
                         // Notices: a support call inside a line, a contact, a desk's byline, a
                         // counter, a banner, a list's heading, comment boxes, a picture's label.
                         "The Delta Voice is free to read. Support our reporting at deltavoice.example",
                         "Field Officer, Mekong Land Watch, Tel: +855 12 000 111",
                         "Herald reporters | Battambang", "3.4K",
                         "*** Nominations for the river awards close Monday ***",
                         "Trending in Kampot", "Comments are closed. Write to the editors.",
                         "Have your say: should the ferry be free? Comment below.",
                         "[image] Fishers haul nets on the river at dawn",
                         "Our morning newsletter brings you the news that matters. Sign up now",
                         "Site by Mekong Web Works. Visitors: 120331",
                         "![Fishers haul nets at dawn in Kratie.](/uploads/2026/03/nets.jpg)",
                         "Video PlayerClose", "Reporter: Sok Dara", "View this email in your browser",
                         "You are receiving this email because you signed up at ourdesk.example.");
  CAPTURE(chrome);
  CHECK(is_chrome_line(chrome));
  auto story = GENERATE(as<std::string>{},
                        "By Friday the ministry had not replied.",
                        // A membership or a subscription in the story, a fraction in brackets.
                        "To become a member, Laos would need the votes of two-thirds of the board. REUTER",
                        "Farmers who subscribe to our cooperative's plan get seed at cost, she said.",
                        "Qtly div 12-1/2 cts vs 10 cts prior (adjusted for a 3/2 split)",
                        "Traders quoted these values for rice at the Kampot mill. (In riel per kilogram)",
                        "Advertisement revenue fell 20 percent, the company said.",
                        "The court adjourned the case (for the third time).",
                        "(By the end of the week, the commune chief said, the road would reopen.)",
                        "The ministry said it would reply to this letter of complaint within a month.",
                        // A newsletter writer's sign-off is the writer's own words.
                        "That is all for this week. As always, reply to this email with tips or corrections.",
                        "Photographers gathered outside the court.",
                        "Residents can sign up for the free flood briefing at the commune hall.",
                        // A sentence about staff is no credit.
                        "The ministry said it would hire more nurses. Hospital staff said wards were full.",
                        "-- the ministry said so --",
                        "Rice exports > 2 million tonnes for the first time, the ministry said.",
                        "<TECHNOLOGY MARKETING INC > SETS CONTRACT",
                        "[The ministry did not reply to questions sent on Monday.]",
                        // A story about supporters, telephones, reporters and trends.
                        "Donors said they would support independent reporting in the provinces.",
                        "Reporters | Editors met on Monday to discuss the strike at the paper.", "2026",
                        "Trending in Kampot this year are pepper farms run by young couples.",
                        // A headline with a slash, and a wire's story code after a sentence.
                        "RELIEF TO U.S. CORN/OATS GROWERS SAID LIKELY",
                        "Traders said the reaffirmation the finance minister is seeking in Washington this week "
                        "will not be enough to stop a further decline of the dollar. (NRAL 2258)");
  CAPTURE(story);
  CHECK_FALSE(is_chrome_line(story));
}

TEST_CASE("a credit line can name the outlet, a copyright line names its holder", "[parse][unit]") {
  CHECK(byline_outlet("By Sam Ruth and Mao Lina | Mekong Ledger") == "Mekong Ledger");
  CHECK(byline_outlet("By Pen Dara for RFA Khmer") == "RFA Khmer");
  CHECK(byline_outlet("By Pen Dara") == "");
  CHECK(copyright_holder("Related News\n\nCopyright \xC2\xA9 2025 Kampot Daily. All rights reserved.") ==
        "Kampot Daily");
  CHECK(copyright_holder("No mark here.") == "");
  CHECK(copyright_holder("Copyright \xC2\xA9 2001-2025, KRT. Used with permission.") == "KRT");
  // A site builder's footer: "©2026 by NAME. Proudly created with ...".
  CHECK(copyright_holder("Contact us\n\xC2\xA9" "2025 by Riverbend Courier. Proudly made with SiteKit") ==
        "Riverbend Courier");
}

TEST_CASE("datelines with a region, a lone place with a date, and no date", "[parse][unit]") {
  Dateline d = find_dateline("PHNOM PENH, Cambodia (AP) \xE2\x80\x94 The court ruled");
  CHECK(d.place == "PHNOM PENH");
  CHECK(d.agency == "AP");
  d = find_dateline("Pursat, June 2, 2024 (AKP) -- The governor said");
  CHECK(d.place == "Pursat");
  CHECK(d.agency == "AKP");
  CHECK(find_dateline("Note: this is no dateline").length == 0);
  d = find_dateline("PORTLAND, Oregon, May 3 (Reuters) - The council voted");
  CHECK(d.place == "PORTLAND");
  CHECK(d.region == "Oregon");
  CHECK(d.day == "May 3");
  // An agency's capitals before the place: "SPK Kampong Cham, ...".
  d = find_dateline("SPK Kampong Cham, April 02, 2031 -- The governor said");
  CHECK(d.place == "Kampong Cham");
  CHECK(d.agency == "SPK");
  d = find_dateline("KUALA LUMPUR, April 2 (Bernama) -- The minister said");
  CHECK(d.place == "KUALA LUMPUR");
}

TEST_CASE("a menu line that opens with the site's name gives the outlet", "[parse][unit]") {
  CHECK(menu_line_outlet("Mekong Daily - English | Home | Politics | Business") == "Mekong Daily");
  CHECK(menu_line_outlet("Home | Politics | Business | Sport") == "");
  CHECK(menu_line_outlet("Court jails two | Rice prices rise | Floods in Kratie") == "");
}


TEST_CASE("a Khmer text written one paragraph per line keeps its paragraphs", "[parse][unit]") {
  std::vector<Paragraph> p = split_paragraphs(
      "ក្រសួងព័ត៌មានបានឆ្លើយតបនឹងរបាយការណ៍នៅថ្ងៃច័ន្ទ។\n"
      "លោក សុខ វណ្ណា អ្នកនាំពាក្យក្រសួង បាននិយាយថា របាយការណ៍នោះមិនត្រឹមត្រូវ។\n"
      "An English line wrapped\nat a width stays one paragraph.");
  REQUIRE(p.size() == 3);
  CHECK(paragraph_text(p[2]) == "An English line wrapped at a width stays one paragraph.");
}

TEST_CASE("a short Khmer line is text, not a rule drawn with marks", "[parse][unit]") {
  CHECK_FALSE(is_chrome_line("ខ្ញុំឈ្មោះសុភា"));
  CHECK_FALSE(is_chrome_line("លោកជាគ្រូបង្រៀន។"));
  CHECK_FALSE(is_chrome_line("Ελλάδα σήμερα"));
  CHECK(is_chrome_line("* * *"));
  CHECK(is_chrome_line("\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94"));  // ———
  CHECK(is_chrome_line("\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80"));  // ────
}

TEST_CASE("a logo line naming the outlet twice around what it is", "[parse][unit]") {
  LogoLine l = parse_logo_line("Logo of Kampot Daily news portal Kampot Daily - Court fines two reporters");
  CHECK(l.outlet == "Kampot Daily");
  CHECK(l.title == "Court fines two reporters");
}


TEST_CASE("a \"Read more\" box inside a story goes with its teaser, and the story goes on", "[parse][unit]") {
  std::string lead =
      "Pepper Farmers Count Losses\n\n"
      "Pepper farmers in Kampot said on Tuesday that heavy rain in April had destroyed a third of this year's "
      "harvest across the province.\n\n";
  std::string rest =
      "Chhim Bopha, who farms two hectares near Tuk Chhou, said she had lost most of her vines and had no money "
      "left to replant them this year.\n\n"
      "The provincial agriculture department said it would survey the damage and ask the ministry for seedlings "
      "to hand out before the next season.\n\n";
  // The teaser in the heading's paragraph, and in a paragraph of its own.
  for (std::string box : {"READ MORE\nKampot salt makers fear early rains", "Read more:\n\nKampot salt makers fear early rains"}) {
    ParseOutcome o = parse_article_file("p.txt", lead + box + "\n\n" + rest, {.default_id = "p", .origin = "p.txt"});
    REQUIRE(o.articles.size() == 1);
    const std::string& body = o.articles[0].body;
    CHECK(body.find("salt makers") == std::string::npos);
    CHECK(body.find("Chhim Bopha") != std::string::npos);
    CHECK(body.find("seedlings to hand out") != std::string::npos);
  }
  // At the page's end the heading still ends the story: teaser headlines end no sentence.
  ParseOutcome end = parse_article_file(
      "p.txt", lead + rest + "Related:\nKampot salt makers fear early rains\nDurian prices fall in Kep\nPhotos\n",
      {.default_id = "p", .origin = "p.txt"});
  REQUIRE(end.articles.size() == 1);
  CHECK(end.articles[0].body.find("Durian") == std::string::npos);
  CHECK(end.articles[0].body.find("salt makers") == std::string::npos);
  CHECK(end.articles[0].body.find("seedlings to hand out") != std::string::npos);
}

TEST_CASE("a scraped page's \"Published\" date wins over the masthead's date above it", "[parse][unit]") {
  std::string page =
      "KAMPOT DAILY\nThursday, March 6, 2031\nHome | National | Provinces | Sport\n\n"
      "Salt Farmers Fear Early Rains\n\nBy Chan Dara | Published: 4 Mar 2031, 18:20 | Updated: 5 Mar 2031\n\n"
      "Salt farmers in Kampot said on Tuesday that early rains had cut this year's harvest by a third, and that "
      "many would not be able to repay their loans.\n\nThe provincial department said it would survey the fields.";
  ParseOutcome o = parse_article_file("p.txt", page, {.default_id = "p", .origin = "p.txt"});
  REQUIRE(o.articles.size() == 1);
  REQUIRE(o.articles[0].date);
  CHECK(to_iso(*o.articles[0].date) == "2031-03-04");
  // Without a "Published" line the masthead's date is all the page gives.
  std::string bare = page;
  bare.replace(bare.find("By Chan Dara"), std::string("By Chan Dara | Published: 4 Mar 2031, 18:20 | Updated: 5 Mar 2031").size(),
               "By Chan Dara");
  o = parse_article_file("p.txt", bare, {.default_id = "p", .origin = "p.txt"});
  REQUIRE(o.articles.size() == 1);
  REQUIRE(o.articles[0].date);
  CHECK(to_iso(*o.articles[0].date) == "2031-03-06");
}

TEST_CASE("under the headline, one name alone over the date is the outlet's", "[parse][unit]") {
  std::string page =
      "Dengue Cases Double in Kratie\n\nMekongeye\n12 March 2031\n\n"
      "Dengue cases in Kratie province doubled in the first two months of the year, the provincial health "
      "department said on Monday.\n\nThe department said it would spray the worst-hit villages.";
  ParseOutcome o = parse_article_file("p.txt", page, {.default_id = "p", .origin = "p.txt"});
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Dengue Cases Double in Kratie");
  CHECK(o.articles[0].source_hints == std::vector<std::string>{"Mekongeye"});
  CHECK(o.articles[0].body.find("Mekongeye") == std::string::npos);
}

}  // namespace tonle::parse
