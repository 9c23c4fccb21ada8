// html_page_test.cc — HTML pages from CMSs tonle has not seen: where the story is, what dates it,
// which outlet published it. Every page is made up.
#include <catch2/catch.hpp>

#include "indexer/parse/article_parser.h"
#include "indexer/parse/pull_quotes.h"

namespace tonle::parse {

namespace {
Article parse_one(std::string_view html) {
  ParseOutcome o = parse_article_file("page.html", html, {.default_id = "doc", .origin = "page.html"});
  REQUIRE(o.problems.empty());
  REQUIRE(o.articles.size() == 1);
  return o.articles[0];
}
}  // namespace

TEST_CASE("a story declared with itemprop=articleBody is found inside furniture-named blocks",
          "[parse][unit]") {
  // Blogger puts every post in <div class="widget Blog">; "widget" alone marks furniture.
  Article a = parse_one(R"(<html><head><title>Riverside Diary: Ferry fares rise</title>
<meta property="og:title" content="Ferry fares rise"></head><body>
<div class="widget Blog"><div class="post hentry">
<h3 class="post-title">Ferry fares rise</h3>
<div class="post-body entry-content" itemprop="description articleBody">
<div>The ferry company raised fares on Monday, saying fuel had doubled in price since March.</div>
<div>Commuters said they would now pay more for the crossing than for lunch, and some will walk.</div>
</div></div></div>
<div class="widget PopularPosts"><ul><li><a href="/x">Older post about boats</a></li></ul></div>
</body></html>)");
  CHECK(a.title == "Ferry fares rise");
  CHECK(a.source == "Riverside Diary");
  CHECK(a.body.starts_with("The ferry company raised fares on Monday"));
  CHECK(a.body.find("Older post") == std::string::npos);
}

TEST_CASE("with no date in the metadata, the date line nearest above the story dates it",
          "[parse][unit]") {
  Article a = parse_one(R"(<html><head><title>Harbour Times | Dredging halted</title></head><body>
<ul class="list"><li>Older: Port opens (May 1, 2019)</li></ul>
<h1>Dredging halted</h1>
<div><span class="x1">Thursday, February 6, 2025 at 8:15 AM</span><span> · </span><span>5 min</span></div>
<div class="x2"><p>The dredging of the river mouth was halted on Wednesday after fishermen protested.</p>
<p>The port authority said work would resume once the fishermen had been heard.</p></div>
</body></html>)");
  REQUIRE(a.date);
  CHECK(to_iso(*a.date) == "2025-02-06");
  CHECK(a.date->minute == 8 * 60 + 15);
  CHECK(a.date_basis == "date line in the page");

  // Old table layouts: date, byline and links on one line, split by bars.
  a = parse_one(R"(<html><head><title>Valley Post :: Dam vote delayed</title></head><body><table>
<tr><td><font size="1">Friday, March 07, 2008 &nbsp;|&nbsp; By Staff Writer &nbsp;|&nbsp;
<a href="/p">Printer-friendly version</a></font></td></tr>
<tr><td><font>The council delayed its vote on the dam on Thursday, saying the study was unfinished and the
money was not there.<br><br>Farmers downstream said they had waited for two years already.</font></td></tr>
</table></body></html>)");
  CHECK(a.title == "Dam vote delayed");
  REQUIRE(a.date);
  CHECK(a.date->year == 2008);
  CHECK(a.date->month == 3);
  CHECK(a.date->day == 7);
}

TEST_CASE("the outlet from a <title> with a section between site and headline", "[parse][unit]") {
  Article a = parse_one(R"(<html><head><title>The Delta Courier &raquo; Print &raquo; Bridge closed for repairs</title></head>
<body><h1>Bridge closed for repairs</h1><p>The old bridge was closed on Sunday for repairs that will take a month.</p>
<p>Drivers will use the ferry until then, the province said.</p></body></html>)");
  CHECK(a.source == "The Delta Courier");
  CHECK(a.title == "Bridge closed for repairs");
}

TEST_CASE("comments under a story are no part of it", "[parse][unit]") {
  Article a = parse_one(R"(<html><head><title>Canal reopens</title></head><body><div class="main">
<h1>Canal reopens</h1>
<p>The canal reopened to boats on Saturday after six weeks of work on its locks and banks.</p>
<p>Boat owners said trade would pick up before the holidays, when traffic usually doubles.</p>
<p><b>Comments (2)</b></p>
<p>riverfan wrote: About time, we waited six weeks for this.</p>
<p>Lena from Ohio wrote: Great news for the town.</p></div></body></html>)");
  CHECK(a.body.find("About time") == std::string::npos);
  CHECK(a.body.find("Boat owners said") != std::string::npos);
}

TEST_CASE("a furniture word run together with a container's names furniture", "[parse][unit]") {
  // Old table layouts: <table class="commentbox">, <div class="sharebar">, <ul class="relatedlist">.
  Article a = parse_one(R"(<html><head><title>Market fire</title></head><body><table><tr><td class="maincol">
<h1>Market fire</h1>
<p>A fire destroyed forty stalls at the central market on Sunday night, the fire brigade said.</p>
<p>Traders said they had lost stock worth thousands of dollars and asked for help to rebuild.</p>
<div class="sharebar">Send to a friend</div>
<ul class="relatedlist"><li>Bus station plan approved by council</li></ul>
<table class="commentbox"><tr><td><b>Have your say</b> Replies are checked before they appear.</td></tr></table>
</td></tr></table></body></html>)");
  CHECK(a.body.find("Traders said") != std::string::npos);
  CHECK(a.body.find("Send to a friend") == std::string::npos);
  CHECK(a.body.find("Bus station plan") == std::string::npos);
  CHECK(a.body.find("Have your say") == std::string::npos);
}

TEST_CASE("a ministry's table-layout release: the heading named title is the headline, other releases are "
          "furniture",
          "[parse][unit]") {
  Article a = parse_one(R"(<html><head><title>MPWT :: Press Release</title></head><body><table><tr>
<td class="content"><p class="doctype"><b>PRESS RELEASE</b></p>
<h2 class="title">Clarification on the Closure of National Road 4 for Repairs</h2>
<p>1. The Ministry of Public Works and Transport wishes to clarify reports about the closure of the road.</p>
<p>2. The road will reopen on 2 June once the bridge at kilometre 40 has been repaired.</p>
<table class="other-news"><tr><td>Other Press Releases</td></tr><tr><td>Ferry timetable for the holidays</td></tr></table>
</td></tr></table></body></html>)");
  CHECK(a.title == "Clarification on the Closure of National Road 4 for Repairs");
  INFO(a.body);
  CHECK(a.body.starts_with("1. The Ministry"));
  CHECK(a.body.find("Ferry timetable") == std::string::npos);
}

TEST_CASE("a hand-made table page: a span styled as the headline, a date row between headline and text",
          "[parse][unit]") {
  Article a = parse_one(R"(<html><head><title>Tonle Sap Times - Latest</title></head><body><table>
<tr><td colspan="2"><b>TONLE SAP TIMES</b><br>News from the lake since 2011</td></tr>
<tr><td width="160"><b>LATEST</b><br><a href="a.html">Ferry fares rise for the holidays</a></td>
<td><table>
<tr><td class="small">Home &gt; Lake &gt; Story</td></tr>
<tr><td><span class="headline">Fisheries Office Says Lake Patrols Will Double Before the Spawning Season</span></td></tr>
<tr><td class="small">Posted: 14/03/2026 09:05 &nbsp;|&nbsp; By Staff Reporter &nbsp;|&nbsp; <a href="p.php">Print</a></td></tr>
<tr><td><font size="2">The provincial fisheries office said on Friday that it would double its patrols on the lake
before the spawning season begins next month.<br><br>A spokesman for the office said fishing lots near the
flooded forest would be closed.</font></td></tr>
</table></td></tr></table></body></html>)");
  CHECK(a.title == "Fisheries Office Says Lake Patrols Will Double Before the Spawning Season");
  REQUIRE(a.date);
  CHECK(to_iso(*a.date) == "2026-03-14");
  CHECK(a.body.starts_with("The provincial fisheries office"));
}

TEST_CASE("a blog's <abbr class=published title=...> dates the post with its zone", "[parse][unit]") {
  Article a = parse_one(R"(<html><head><title>Reel Notes: Film board cuts festival grant</title></head><body>
<h2 class="date-header"><span>Saturday, 14 March 2026</span></h2>
<div class="post"><h3 class="post-title">Film board cuts festival grant</h3>
<div class="post-body"><p>The film board said on Saturday that it would cut its grant to the river festival by a third.</p>
<p>Organisers said the cut would end the free screenings.</p></div>
<div class="post-footer">Posted by Aine at <abbr class="published" itemprop="datePublished"
title="2026-03-14T22:30:00+00:00">22:30</abbr></div></div></body></html>)");
  REQUIRE(a.date);
  CHECK(to_iso(*a.date) == "2026-03-15");  // 05:30 on the 15th in Cambodia
}

TEST_CASE("a release's contact box and a support box are furniture", "[parse][unit]") {
  Article a = parse_one(R"(<html><head><title>Rights group condemns arrests</title></head><body><main>
<h1>Rights group condemns arrests</h1>
<p>The Mekong Rights Centre condemns the arrest of three youth activists in Kratie on Monday.</p>
<p>The centre calls on the authorities to release them without conditions.</p>
<div class="contact-box"><p><strong>For more information, please contact:</strong><br>
Ms. Dara Lim, Advocacy Officer<br>Email: media@mrc.example</p></div>
<div class="block block-support"><div class="support__label">Support Mekong Monitor</div>
<div class="support__text">Independent reporting costs money.</div></div>
</main></body></html>)");
  INFO(a.body);
  CHECK(a.body.find("Advocacy Officer") == std::string::npos);
  CHECK(a.body.find("Support Mekong Monitor") == std::string::npos);
  CHECK(a.body.find("calls on the authorities") != std::string::npos);
}

TEST_CASE("a blog's share title of its name and the post's heading gives both", "[parse][unit]") {
  Article a = parse_one(R"(<html><head><title>Lima Ledger Notes: Congress delays pension vote again</title>
<meta property="og:title" content="Lima Ledger Notes: Congress delays pension vote again"></head><body>
<header><h1 class="title"><a href="/">Lima Ledger Notes</a></h1></header>
<div class="post"><h3 class="post-title entry-title">Congress delays pension vote again</h3>
<div class="post-body"><p>Congress put off the pension vote for a third time on Tuesday.</p>
<p>The finance committee will meet again next week.</p></div></div></body></html>)");
  CHECK(a.title == "Congress delays pension vote again");
  CHECK(a.source == "Lima Ledger Notes");
  // A section's one-word kicker before the heading is no outlet.
  a = parse_one(R"(<html><head><title>Opinion: The pension vote cannot wait</title></head><body>
<article><h2 class="entry-title">The pension vote cannot wait</h2>
<p>Congress has put off the pension vote for a third time, and pensioners are paying for it.</p>
<p>The finance committee must meet again next week.</p></article></body></html>)");
  CHECK(a.title == "The pension vote cannot wait");
  CHECK(a.source != "Opinion");
}

TEST_CASE("a page rendered by script is dated from its page state, Dublin Core's dcterms.date dates a page",
          "[parse][unit]") {
  // The instant is in UTC; the archive's date is Cambodia's (UTC+7): the next day.
  Article a = parse_one(R"(<html><head><title>Boat race crowds | Delta Wire</title>
<meta property="og:title" content="Boat race crowds"></head><body><div id="__next"><main>
<p>Crowds lined the river for the boat races on Sunday, the first since the floods of last year.</p>
<p>Organisers said 40 boats took part, more than in any year since the races began again.</p></main></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"title":"Boat race crowds",
"publishedAt":"2025-11-02T19:45:00.000Z","updatedAt":"2025-11-04T01:00:00.000Z"}}}}</script></body></html>)");
  REQUIRE(a.date);
  CHECK(to_iso(*a.date) == "2025-11-03");
  a = parse_one(R"(<html><head><title>Ferry fares</title><meta name="dcterms.date" content="2025-03-09T08:00:00+07:00">
</head><body><article><h1>Ferry fares</h1><p>Ferry fares rose by a fifth on Monday, operators said, blaming fuel.</p>
<p>Passengers said they would pay it because there was no bridge.</p></article></body></html>)");
  REQUIRE(a.date);
  CHECK(to_iso(*a.date) == "2025-03-09");
}

TEST_CASE("tooltips, inline reading lists and screen-reader labels are furniture", "[parse][unit]") {
  Article a = parse_one(R"(<html><head><title>Port strike ends</title>
<meta name="DC.date.created" content="2023-06-02 09:40:00"></head><body><main>
<h1>Port strike ends</h1>
<div class="story-tools"><button>Save</button><span class="tooltip">Save this story to read it later.</span></div>
<p>Dock workers returned to work on Thursday after the port agreed to raise night-shift pay by a fifth.</p>
<div class="more-on"><h2>Recommended</h2><span class="screen-reader-text">list of 2 items</span>
<ul><li><a href="/a">Harbour fees rise again this spring</a></li><li><a href="/b">A new crane arrives</a></li></ul></div>
<p>The union said it would watch closely whether the promise was kept in the next pay round.</p>
</main></body></html>)");
  CHECK(a.body.find("Save this story") == std::string::npos);
  CHECK(a.body.find("list of 2 items") == std::string::npos);
  CHECK(a.body.find("Harbour fees") == std::string::npos);
  CHECK(a.body.find("The union said") != std::string::npos);
  REQUIRE(a.date);
  CHECK(to_iso(*a.date) == "2023-06-02");
}

TEST_CASE("a story split into sibling blocks, wrapped blocks or repeated posts is read whole",
          "[parse][unit]") {
  // An introduction and an ending around a slideshow.
  Article a = parse_one(R"(<html><head><title>Market fire</title></head><body><div class="photo-story">
<div class="story-intro"><p>Fire destroyed forty stalls at the central market early on Friday, traders said, and no one was hurt.</p>
<p>Firefighters took two hours to put out the blaze, which began in a stall selling cooking gas, the district chief said.</p>
<p>Traders said they had asked the market owner for extinguishers for years, and had been told they were too costly.</p></div>
<div class="slides"><figure><img src="a.jpg"><figcaption>Traders sort what is left.</figcaption></figure></div>
<div class="story-end"><p>The market owner said stalls would be rebuilt within three months and that rents would not rise.</p></div>
</div></body></html>)");
  CHECK(a.body.find("rents would not rise") != std::string::npos);
  CHECK(a.body.find("Traders sort") == std::string::npos);
  // Blocks of one child each, side by side (a site builder's layout).
  a = parse_one(R"(<html><head><title>Budget vote</title></head><body><div class="col">
<div class="block text"><div class="inner"><div class="html"><p>The council passed its budget on Monday by nine votes to four after a long debate about roads.</p>
<p>The mayor said the money for roads would be spent before the rainy season begins in May.</p></div></div></div>
<div class="block image"><div class="inner"><figure><img src="b.jpg"></figure></div></div>
<div class="block text"><div class="inner"><div class="html"><p>Opposition members said schools had been forgotten, and that they would vote against the next one.</p>
<p>The budget now goes to the province for approval, which usually takes a month.</p>
<p>Teachers' representatives said they would protest outside the council on Thursday.</p></div></div></div>
<div class="block newsletter"><div class="inner"><h2>Get our newsletter</h2></div></div></div></body></html>)");
  CHECK(a.body.starts_with("The council passed its budget"));
  CHECK(a.body.find("Teachers' representatives") != std::string::npos);
  CHECK(a.body.find("newsletter") == std::string::npos);
  // A live blog: each post its own block.
  a = parse_one(R"(<html><head><title>Flood updates</title></head><body><div class="feed">
<div class="update" id="u3"><div class="update-body"><h3>Water falls</h3><p>The river fell by ten centimetres overnight, the water office said at seven.</p></div></div>
<div class="update" id="u2"><div class="update-body"><p>Two more villages were evacuated in the afternoon as the water kept rising in the north.</p></div></div>
<div class="update" id="u1"><div class="update-body"><h3>Roads closed</h3><p>Police closed the main road north of the town after it flooded in two places this morning.</p>
<p>Drivers were told to use the old road through the hills, which adds an hour to the trip.</p></div></div>
</div></body></html>)");
  CHECK(a.body.find("The river fell") != std::string::npos);
  CHECK(a.body.find("Two more villages") != std::string::npos);
  CHECK(a.body.find("Roads closed") != std::string::npos);
}

TEST_CASE("microdata headlines, RDFa dates, headings named header, and subscription calls",
          "[parse][unit]") {
  Article a = parse_one(R"(<html><head><title>Dam talks resume - River Times</title></head><body>
<h2 itemprop="headline">Dam talks resume</h2>
<span property="schema:dateCreated" content="2024-08-01T20:00:00+00:00"></span>
<div class="article-body"><p>Talks on the dam resumed on Thursday after a break of two months, officials said.</p>
<h2 class="header-anchor">What was agreed</h2>
<p>Both sides agreed to share water data every week during the dry season, they said.</p>
<div class="callout">River Times is free to read. Get every story in your inbox: sign up here.</div>
<span class="member-badge">Members only</span>
<p class="note">Notes to editors: the talks are held twice a year.</p></div></body></html>)");
  CHECK(a.title == "Dam talks resume");
  CHECK(a.source == "River Times");
  REQUIRE(a.date);
  CHECK(to_iso(*a.date) == "2024-08-02");  // 20:00 UTC is 03:00 the next day in Cambodia
  CHECK(a.body.find("What was agreed") != std::string::npos);
  CHECK(a.body.find("sign up here") == std::string::npos);
  CHECK(a.body.find("Members only") == std::string::npos);
  CHECK(a.body.find("Notes to editors") == std::string::npos);
}

TEST_CASE("page builders' widgets hold stories, a site header's description is no standfirst",
          "[parse][unit]") {
  Article a = parse_one(R"(<html><head><title>Report on land rights</title></head><body>
<header id="top"><p class="description">a small blog about rivers and the people on them</p></header>
<div class="builder builder-page"><div class="builder-widget builder-widget-text-editor"><div class="builder-widget-container">
<p>Phnom Penh, 3 March 2025 – The alliance published a report today on threats against land activists.</p>
<p>The report is based on interviews with 90 activists, family members and lawyers in six provinces.</p></div></div>
<div class="builder-widget builder-widget-heading"><h2>Key findings</h2></div>
<div class="builder-widget builder-widget-text-editor"><div class="builder-widget-container">
<p>Most of the activists said they had been followed or photographed by people they did not know.</p></div></div>
<div class="builder-widget builder-widget-posts"><h3>Related publications</h3><p>Older report on fisheries in the lake</p></div>
</div></body></html>)");
  CHECK(a.body.find("a small blog about rivers") == std::string::npos);
  CHECK(a.body.find("Key findings") != std::string::npos);
  CHECK(a.body.find("followed or photographed") != std::string::npos);
  CHECK(a.body.find("Older report") == std::string::npos);
}

TEST_CASE("a <title> of SITE :: HEADLINE names the site without the colons", "[parse][unit]") {
  Article a = parse_one(R"(<html><head><title>Delta Courier :: Ferry union wins pay rise</title></head>
<body><table><tr><td><h1>Ferry union wins pay rise</h1>
<p>The ferry workers' union won a pay rise on Friday after a week of talks with the operators.</p>
<p>Its leader said members would vote on the offer next week in the provincial town.</p>
</td></tr></table></body></html>)");
  CHECK(a.title == "Ferry union wins pay rise");
  CHECK(a.source == "Delta Courier");
}

TEST_CASE("a share title with the site's short name after it, a share title the heading goes on from",
          "[parse][unit]") {
  // og:site_name "Lotus Wire Asia", og:title ending "| Lotus Wire": the site's leading words.
  Article a = parse_one(R"(<html><head><meta property="og:site_name" content="Lotus Wire Asia">
<meta property="og:title" content="Dam plan shelved after protests | Lotus Wire"></head>
<body><h1>Dam plan shelved after protests</h1>
<p>The provincial government shelved its plan for a dam on Tuesday after a month of protests.</p>
<p>Villagers said they would keep watch until the decision was written down.</p></body></html>)");
  CHECK(a.title == "Dam plan shelved after protests");
  CHECK(a.source == "Lotus Wire Asia");
  // The visible heading says more than the shortened share title: the heading is the headline.
  a = parse_one(R"(<html><head><meta property="og:title" content="Rail strike called off"></head>
<body><h1>Rail Strike Called Off as Union Accepts Pay Offer</h1>
<p>The rail workers' union called off Friday's strike after accepting a pay offer on Thursday.</p>
<p>Trains will run as normal over the weekend, the operator said.</p></body></html>)");
  CHECK(a.title == "Rail Strike Called Off as Union Accepts Pay Offer");
  // A heading that does not go on from the share title (a section's name) is not taken.
  a = parse_one(R"(<html><head><meta property="og:title" content="Rail strike called off"></head>
<body><h1>Rail strikes this year</h1><p>The union called off the strike on Thursday night.</p>
<p>Trains will run as normal over the weekend, the operator said.</p></body></html>)");
  CHECK(a.title == "Rail strike called off");
}

TEST_CASE("WordPress Jetpack's like box is furniture", "[parse][unit]") {
  Article a = parse_one(R"(<html><head><title>Rice prices climb</title></head><body><article>
<h1>Rice prices climb</h1><div class="entry-content">
<p>Rice prices in Battambang rose for a third week as traders held stock ahead of the festival.</p>
<p>Millers said the rise would ease once the new harvest reached the market in November.</p>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3>
<div class="likes-widget-placeholder"><span class="button"><span>Like</span></span>
<span class="loading">Like Loading...</span></div></div>
</div></article></body></html>)");
  CHECK(a.body.find("Millers said") != std::string::npos);
  CHECK(a.body.find("Like this") == std::string::npos);
  CHECK(a.body.find("Loading") == std::string::npos);
}

TEST_CASE("an italic line right after a picture is its caption", "[parse][unit]") {
  Article a = parse_one(R"(<html><head><title>Night ferries return</title></head><body><article>
<h1>Night ferries return</h1><div class="post-body entry-content" itemprop="articleBody">
<div class="separator"><a href="/img/ferry.jpg"><img src="/img/ferry.jpg" width="640"></a></div>
<div class="separator"><i>A ferry leaves the Kep pier after dark, 3 May.</i></div>
<p>Night ferries between Kep and the islands started again this week after a two-year pause.</p>
<p><i>Operators said tickets would cost the same as by day, and boats would carry lights.</i></p>
</div></article></body></html>)");
  CHECK(a.body.find("leaves the Kep pier") == std::string::npos);
  CHECK(a.body.starts_with("Night ferries between Kep"));
  // An italic paragraph after text is story.
  CHECK(a.body.find("Operators said tickets") != std::string::npos);
}

TEST_CASE("a pull quote repeating the story's words is set once", "[parse][unit]") {
  Article a = parse_one(R"(<html><head><title>Budget vote delayed</title></head><body><article>
<h1>Budget vote delayed</h1><div class="gh-content">
<p>The provincial council delayed its budget vote on Tuesday after members asked for more time.</p>
<blockquote>Nobody should vote on a budget they have not been allowed to read.</blockquote>
<p>Councillor Mey Sitha said that nobody should vote on a budget they have not been allowed to read, and that the draft came late.</p>
<blockquote>The vote will be held next month, the council said in a statement on its page.</blockquote>
</div></article></body></html>)");
  CHECK(a.body.find("Nobody should vote") == std::string::npos);
  CHECK(a.body.find("Councillor Mey Sitha said that nobody should vote") != std::string::npos);
  // A quotation the story does not repeat is story.
  CHECK(a.body.find("The vote will be held next month") != std::string::npos);
}

TEST_CASE("wire copy keeps a sentence it repeats, a repeated quotation is a pull quote", "[parse][unit]") {
  std::string body = "Lead paragraph of the story about rice.\n\n"
                     "Exports rose 12 pct to 300,000 tonnes in March, the ministry said.\n\n"
                     "Officials said exports rose 12 pct to 300,000 tonnes in March, the ministry said, and more.";
  std::string kept = body;
  drop_pull_quotes(body, false);
  CHECK(body == kept);
  drop_pull_quotes(body, true);
  CHECK(body.find("\n\nExports rose") == std::string::npos);
  std::string quoted = "Lead paragraph.\n\n\xE2\x80\x9CWe will not pay twice for one road,\xE2\x80\x9D\n\n"
                       "The mayor said: \xE2\x80\x9CWe will not pay twice for one road, and we told them.\xE2\x80\x9D";
  drop_pull_quotes(quoted, false);
  CHECK(quoted == "Lead paragraph.\n\nThe mayor said: \xE2\x80\x9CWe will not pay twice for one road, and we told them.\xE2\x80\x9D");
}

}  // namespace tonle::parse
