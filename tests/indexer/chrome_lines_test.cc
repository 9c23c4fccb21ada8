// chrome_lines_test.cc — the chrome rules of indexer/parse/chrome_lines.cc on made-up lines: wire
// sign-offs, buttons, rules, newsletter and publisher notes, live-blog labels; story lines beside
// them stay.
#include <catch2/catch.hpp>

#include <string>

#include "indexer/parse/page_text.h"

namespace tonle::parse {

TEST_CASE("wire sign-offs, desk initials, social prompts, sources and contacts are chrome",
          "[parse][unit]") {
  CHECK(sign_off_agency("==Jiji") == "Jiji");
  CHECK(sign_off_agency("-- VNA") == "VNA");
  CHECK(sign_off_agency("\xE2\x80\x94 Antara") == "");  // a dash before a capitalised word may be story
  CHECK(sign_off_agency("-- the end of the matter") == "");
  CHECK(is_desk_initials("kl-dm/jr"));
  CHECK(is_desk_initials("jm/tpr"));  // two desks' initials
  CHECK_FALSE(is_desk_initials("and/or"));
  for (const char* line : {"==Jiji", "kl-dm/jr", "Follow Mekong Daily on Facebook for more stories.",
                           "Source: Reuters and local media",
                           "For more information, please contact: Sao Dara, 012 345 678",
                           "Media contact: press@example.org"}) {
    CAPTURE(line);
    CHECK(is_chrome_line(line));
  }
  CHECK_FALSE(is_chrome_line("Follow-up inspections found that the source of the leak was a pipe."));
  CHECK_FALSE(is_chrome_line("Source: a government official who asked not to be named said the "
                             "ministry had known about the leak for weeks before it acted."));
  // A press release's end mark ends the story; so does a comment thread.
  CHECK(is_trailer_heading("ENDS"));
  CHECK(is_trailer_heading("Comments (14)"));
  CHECK(is_trailer_heading("Leave a Reply"));
  CHECK_FALSE(is_trailer_heading("Ends"));
  CHECK(without_end_mark("The talks resume in May. Enditem") == "The talks resume in May.");
  CHECK(without_end_mark("Enditem sales rose.") == "Enditem sales rose.");
}

TEST_CASE("rules drawn with characters, breadcrumbs and share buttons are chrome", "[parse][unit]") {
  for (const char* line : {"___", "* * *", "Home \xC2\xBB Politics \xC2\xBB Courts", "Home > News", "Copy Link",
                           "Skip to content", "Print   Share   Comments (37)", "Sharing is caring!",
                           "Creative Commons License: reuse our stories for free with credit.",
                           "Rice farmers plant seedlings near Pursat last week. Photo supplied",
                           "Was this article helpful?", "Subscribe at riverpost.example/join.",
                           "This article first appeared in the River Post's Sunday edition.",
                           "Get Mekong Markets alerts on your phone: mekongmarkets.example/app",
                           "More from River Post: \"Ferry fares rise\" \xC2\xB7 \"Floods in Kratie\""}) {
    CAPTURE(line);
    CHECK(is_chrome_line(line));
  }
  CHECK_FALSE(is_chrome_line("Home owners in Kep said the road had flooded twice."));
  CHECK_FALSE(is_chrome_line("Print   runs of the report were sold out."));
  CHECK_FALSE(is_chrome_line("by Sok Dara"));  // a hard-wrapped line inside a sentence
  // Desk sign-offs, short copyright lines, editor lines.
  for (const char* line : {"Copyright afp 2024", "sport desk", "Filed by the Kampot desk", "Editor: Wang Li"}) {
    CAPTURE(line);
    CHECK(is_chrome_line(line));
  }
  CHECK_FALSE(is_chrome_line("Copyright holders said the law was unfair to musicians."));
  CHECK(is_trailer_heading("/ENDS/"));
  CHECK(is_trailer_heading("Enditem"));
  CHECK(is_trailer_heading("Related reports"));
  CHECK(is_trailer_heading("Media contacts"));
  CHECK(is_trailer_heading("More boxing news"));
  CHECK_FALSE(is_trailer_heading("More than 40 people gathered to watch the news"));
  CHECK_FALSE(is_chrome_line("More from the ministry: officials said the fee would stay."));
  CHECK_FALSE(is_trailer_heading("Related talks between the two ministries failed"));
}

TEST_CASE("newsletter sign-offs, republishing notes, a reporter line and a blog's label are chrome",
          "[parse][unit]") {
  for (const char* line : {"Republish this story under a Creative Commons licence.",
                           "Forward this to a friend, or subscribe at mekongbrief.example.",
                           "Thanks for reading. Reply to this email with tips.", "Reporter : Sok Dara",
                           "Published in"}) {
    CAPTURE(line);
    CHECK(is_chrome_line(line));
  }
  CHECK_FALSE(is_chrome_line("Published in 2019, the report found that 40 per cent of workers were unpaid."));
  CHECK_FALSE(is_chrome_line("Thanks to the rain, the harvest in Takeo was the best in a decade."));
  // A contact's line ends with a phone number; a newsletter counts its readers.
  for (const char* line : {"Mey Sokha, Programme Officer, +855 12 345 678",
                           "Press office: 023 880 112 45", "Kep Tide Letter is free. Join 8,500 readers every Monday.",
                           "Join 40k subscribers who get the briefing first.",
                           "[Photo: Vendors pack up at the night market. Kep Daily/Chan Sophea]",
                           "By clicking the subscribe button, you agree to our Terms of Use.", "KPSW ab/cd",
                           "Updated 14:05 ICT", "Published: 9:30 am"}) {
    CAPTURE(line);
    CHECK(is_chrome_line(line));
  }
  CHECK_FALSE(is_chrome_line("Anyone with information should call the hotline on +855 23 990 111."));
  CHECK_FALSE(is_chrome_line("Exports 1,025 1,025 915 915"));  // a table's row
  CHECK_FALSE(is_chrome_line("NGO and/or"));
  CHECK_FALSE(is_chrome_line("Updated figures: 12:30 of them"));
  CHECK_FALSE(is_chrome_line("Published 2:1 by the court"));
  CHECK_FALSE(is_chrome_line("Some 3,000 workers will join 1,200 farmers at the march on Friday."));
  CHECK_FALSE(is_chrome_line("Sokha said the union would join 12 other groups in the complaint."));
  // "More Topic": other stories' teasers follow.
  CHECK(is_trailer_heading("More Topic"));
  CHECK(is_trailer_heading("More topics"));
}

TEST_CASE("buttons between bars, sign-up boxes, sign-offs and an Acknowledgement of Country are chrome",
          "[parse][unit]") {
  for (std::string_view line : {"Sign in | Register", "Log in \xC2\xB7 My account", "Enter your email   Subscribe",
                                "Sponsored: Win a trip to Siem Reap with MekongAir",
                                "Listen: The Paddy Birds \xE2\x80\x93 Monsoon Tapes (album stream)",
                                "We're done for today. If you were forwarded this email, subscribe here.",
                                "\xE2\x80\x94 Sopheap", "\xE2\x80\x93 The editors",
                                "Riverline Media acknowledges the Traditional Custodians of the land on which we report."}) {
    CAPTURE(line);
    CHECK(is_chrome_line(line));
  }
  CHECK_FALSE(is_chrome_line("The traditional owners of the land said the mine would poison the river."));
  CHECK_FALSE(is_chrome_line("\xE2\x80\x94 Yes, he said, the ministry knew."));
  CHECK_FALSE(is_chrome_line("Voters can register at the commune office until Friday."));
  CHECK(is_trailer_heading("More in Politics"));
  CHECK(is_trailer_heading("Trending now"));
  CHECK_FALSE(is_trailer_heading("More in sorrow than in anger, he said."));
}

TEST_CASE("tags, an agency's mark between dashes, appeals to donate and republish, and story links are chrome",
          "[parse][unit]") {
  for (std::string_view line :
       {"#ASEAN #Trade #Mekong", "#rice exports", "\xE2\x80\x93 AKP \xE2\x80\x93", "-- KPL --",
        "Support independent reporting from the delta. Donate to The River Post.", "Donate to keep us going",
        "Lake Herald welcomes republication of this story with credit.", "This article may be republished under licence.",
        "MORE: Striker signs new deal after record season", "Share or comment on this article"}) {
    INFO(line);
    CHECK(is_chrome_line(line));
  }
  for (std::string_view line :
       {"# Background", "The villagers said they would donate to the temple fund.",
        "More than 300 families were moved, the report said.",
        "The court barred the outlet from republishing the photographs."}) {
    INFO(line);
    CHECK_FALSE(is_chrome_line(line));
  }
}

TEST_CASE("a release's contacts, a wire's end mark and copyright, betting notes and calls to subscribe are chrome",
          "[parse][unit]") {
  for (std::string_view line :
       {"Media: Dana Park, Riverbend Cider Ltd", "+44 20 7946 0321", "Please gamble responsibly. 18+ helpline.org",
        "Copyright(c) Harbour News Agency forbids redistribution without consent.",
        "Lakeside Business Daily: companies and markets from Austria. Subscribe for the evening digest.",
        "Sign up for the weekly digest.", "This story was first published in Khmer.",
        "This article was originally published by Mekong Eye.",
        // A call after the purpose it serves.
        "For breaking market alerts, subscribe to Lagoon Trade Wire Plus.",
        "To get every briefing first, sign up for our newsletter."}) {
    INFO(line);
    CHECK(is_chrome_line(line));
  }
  for (std::string_view line :
       {"Media: the ministry said the report was false.", "+5 points were added to the score in 2024, officials said",
        "The union said members would subscribe to the new fund.", "Investors sold shares on Tuesday.",
        "For years, farmers who wanted credit had to subscribe to the cooperative's fund.",
        "To the surprise of analysts, pension funds chose to subscribe to the bond issue.",
        "The central bank's advice to savers was blunt: subscribe to the new government bond before it sells out."}) {
    INFO(line);
    CHECK_FALSE(is_chrome_line(line));
  }
  // What follows a "Contacts" heading or a lone "(END)" is a release's or a wire's trailer.
  for (std::string_view mark : {"Contacts", "(END)", "[END]"}) {
    // (The paragraphs view the text: it must outlive them.)
    std::string text = "Lead.\n\nLast line of the story.\n\n" + std::string(mark) + "\n\nCompany notes for editors.";
    std::vector<Paragraph> p = split_paragraphs(text);
    drop_trailer(p);
    INFO(mark);
    CHECK(p.size() == 2);
  }
}

TEST_CASE("a live blog's labels, a desk's call for tips, an update note and a writer's address are chrome",
          "[parse][unit]") {
  for (std::string_view line :
       {"Key events", "Pinned", "This live blog is now closed.", "Got a news tip? Call the Delta Times desk on 555 0101.",
        "This article was updated at 9pm with the council's reply.",
        "If you know more, you can write to me at riverdesk@example.org. I answer everything."}) {
    INFO(line);
    CHECK(is_chrome_line(line));
  }
  for (std::string_view line :
       {"Key events of the year were the floods and the election.", "The pinned notice was torn down.",
        "She said she would write to me at the office."}) {
    INFO(line);
    CHECK_FALSE(is_chrome_line(line));
  }
}

TEST_CASE("a wire's routing codes, a blog's publication line, a publisher's note on itself and a call for tips are chrome",
          "[parse][unit]") {
  for (std::string_view line : {
           "afp xy k2 zz",
           "Published in Delta Farming Notes",
           "\xE2\x80\xA2 Published in Delta Farming Notes",  // behind a bullet
           "(Harbour Legal Wire is a subscription news service. Reproduction without permission is prohibited.)",
           "Got a tip? Email the city desk. The Eastside Bugle is an independent publication.",
           "The Lakes Gazette is an independent newspaper and is not affiliated with any party.",
           "Skip to main Navigation", "Skip to Search", "Accessibility links", "Print Options:", "Cancel Print",
           "Bookmark", "Republishing this story requires written permission.",
       }) {
    CAPTURE(line);
    CHECK(is_chrome_line(line));
  }
  for (std::string_view story : {
           "Published in 2019, the report found 40 cases of abuse.",
           "He said it was a big day for all of us.",
           "The photographs were reproduced without the family's consent, the court heard.",
           "Got a reply from the ministry? Not yet, she said.",
           "Skip to the end, the judge told the lawyers on Monday.",
       }) {
    CAPTURE(story);
    CHECK_FALSE(is_chrome_line(story));
  }
}

}  // namespace tonle::parse
