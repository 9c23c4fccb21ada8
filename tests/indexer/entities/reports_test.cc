// Tests for indexer/entities/reports: the report an article answers, on made-up sentences with
// other names, years and sessions than the development set's.
#include <catch2/catch.hpp>

#include "indexer/entities/reports.h"

namespace tonle::entities {

namespace {

std::vector<std::string> reports(std::string_view text, std::optional<Date> published = std::nullopt,
                                 std::vector<Entity> entities = {}) {
  ReportContext context{published, std::move(entities), [](std::string_view w) -> std::string {
                          if (w == "Japanese" || w == "Japan") {
                            return "Japan";
                          }
                          if (w == "Norway" || w == "Norwegian") {
                            return "Norway";
                          }
                          return w == "Cambodian" || w == "Cambodia" ? "Cambodia" : "";
                        }};
  std::vector<std::string> out;
  for (const Entity& e : find_reports(text, context)) {
    CHECK(e.facet == Facet::kReport);
    CHECK_FALSE(e.evidence.empty());
    out.push_back(e.value);
  }
  return out;
}

Entity ngo(std::string value) { return Entity{.facet = Facet::kNgo, .value = std::move(value)}; }

}  // namespace

TEST_CASE("a report series names the year it covers, written before or after it", "[entities][reports][unit]") {
  CHECK(reports("Title\n\nThe Foreign Ministry dismissed the 2031 Human Rights Report issued by the US State "
                "Department as biased.") ==
        std::vector<std::string>{"Country Reports on Human Rights Practices for 2031 (US Department of State)"});
  CHECK(reports("Title\n\nOfficials rejected the Country Reports on Human Rights Practices for 2029, which "
                "called the vote unfair.") ==
        std::vector<std::string>{"Country Reports on Human Rights Practices for 2029 (US Department of State)"});
}

TEST_CASE("an edition number gives the year a series covers", "[entities][reports][unit]") {
  // The Nth annual Country Reports covers 1975 + N.
  CHECK(reports("Title\n\nThe answer came after the US Department of State released its 52nd annual human rights "
                "report on Tuesday.") ==
        std::vector<std::string>{"Country Reports on Human Rights Practices for 2027 (US Department of State)"});
}

TEST_CASE("a series without a year takes it from the publication date", "[entities][reports][unit]") {
  Date published{2030, 4, 3};
  // Released in the spring, the Country Reports cover the year before; a World Report is named
  // for the year it is published.
  CHECK(reports("Title\n\nA spokesman called the State Department's human rights report released on Monday "
                "one-sided.",
                published) ==
        std::vector<std::string>{"Country Reports on Human Rights Practices for 2029 (US Department of State)"});
  CHECK(reports("Title\n\nThe government rejected Human Rights Watch's World Report, calling it old news.",
                Date{2031, 1, 17}) == std::vector<std::string>{"World Report 2031 (Human Rights Watch)"});
  CHECK(reports("Title\n\nA spokesman called the State Department's human rights report one-sided.").front() ==
        "Country Reports on Human Rights Practices (US Department of State)");
}

TEST_CASE("a kind of report without its issuer is no series", "[entities][reports][unit]") {
  CHECK(reports("Title\n\nThe garment firm's annual report showed profits up 12 per cent.").empty());
  CHECK(reports("Title\n\nHuman Rights Watch said the arrests were arbitrary.").empty());
  CHECK(reports("Title\n\nThe rice exporters' country report lists new markets.").empty());
}

TEST_CASE("a letter or rapporteur's report to a Council session names the session", "[entities][reports][unit]") {
  CHECK(reports("Title\n\nNineteen groups sent a letter to the 61st session of the UN Human Rights Council on "
                "Monday.") == std::vector<std::string>{"Letter to the 61st session of the UN Human Rights Council"});
  CHECK(reports("Title\n\nThe special rapporteur presented her report to the Council's 63rd session in Geneva. "
                "It was her last for the Human Rights Council.") ==
        std::vector<std::string>{"Special Rapporteur's report to the 63rd session of the UN Human Rights Council"});
}

TEST_CASE("a letter to the Council without a session number went to the session of its days",
          "[entities][reports][unit]") {
  // Three regular sessions a year since the 7th in March 2008: June 2030 is the 74th.
  CHECK(reports("Title\n\nThe committee rejected a joint letter urging the UN Human Rights Council to renew the "
                "expert's mandate.",
                Date{2030, 6, 20}) == std::vector<std::string>{"Letter to the 74th session of the UN Human Rights Council"});
}

TEST_CASE("a letter to one country's lawmakers is named after the country and month", "[entities][reports][unit]") {
  CHECK(reports("Title\n\nCambodia's ministry denounced a letter from nine groups to Japanese lawmakers. The letter, sent "
                "to members of the Diet's foreign affairs committee, asks for sanctions.",
                Date{2029, 5, 8}) == std::vector<std::string>{"Letter to the parliament of Japan, May 2029"});
  CHECK(reports("Title\n\nThe groups sent letters on Cambodia to the parliaments of Norway and Japan.", Date{2029, 5, 8}) ==
        std::vector<std::string>{"Letters to foreign parliaments, May 2029"});
}

TEST_CASE("a report its author gives a title is named by the title", "[entities][reports][unit]") {
  std::vector<Entity> bodies{ngo("Mekong Labour Watch")};
  CHECK(reports("Title\n\nThe ministry rejected a Mekong Labour Watch report on brick kilns. The report, titled "
                "\"Fired Clay: Debt Bondage in the Kilns\", counts 400 families. Mekong Labour Watch's report "
                "was released on Tuesday.",
                Date{2028, 2, 2}, bodies) == std::vector<std::string>{"Fired Clay (Mekong Labour Watch)"});
  CHECK(reports("Title\n\nMekong Labour Watch's report came out on Tuesday.", Date{2028, 2, 2}, bodies).empty());
  // A title set off by commas, without quotes; a body or a person so set off is no title.
  CHECK(reports("Title\n\nMekong Labour Watch put numbers on it. Its 60-page report, Ash in the Rice Fields, "
                "published on Monday, counts 400 families. The ministry said Mekong Labour Watch's report was "
                "false.",
                Date{2028, 2, 2}, bodies) == std::vector<std::string>{"Ash in the Rice Fields (Mekong Labour Watch)"});
  CHECK(reports("Title\n\nIn its report, Mekong Labour Watch, which has studied kilns since 2020, counts 400 "
                "families.", Date{2028, 2, 2}, bodies).empty());
  CHECK(reports("Title\n\nOn Mekong Labour Watch's report, Labour Minister Sok Vanna, speaking in Kandal, said "
                "nothing.", Date{2028, 2, 2}, bodies).empty());
  CHECK(reports("Title\n\nMekong Labour Watch released its findings on Monday. In the report, Chan Sopheap, a "
                "52-year-old farmer, described losing her land.", Date{2028, 2, 2}, bodies).empty());
}

}  // namespace tonle::entities

namespace tonle::entities {

TEST_CASE("a session number written in words counts", "[entities][reports][unit]") {
  CHECK(reports("Title\n\nThe rapporteur presented her report to the council's sixty-second regular session. "
                "The Human Rights Council will vote on Friday.") ==
        std::vector<std::string>{"Special Rapporteur's report to the 62nd session of the UN Human Rights Council"});
  CHECK(reports("Title\n\nTwenty groups have written to members of the UN Human Rights Council before its 61st "
                "session.") == std::vector<std::string>{"Letter to the 61st session of the UN Human Rights Council"});
}

TEST_CASE("a letter to one foreign government is named after its country", "[entities][reports][unit]") {
  CHECK(reports("Title\n\nThe letter, signed by six groups, was addressed to Norway's Minister of International "
                "Development. Cambodia's ministry said the letter changed nothing.",
                Date{2030, 2, 11}) == std::vector<std::string>{"Letter to the government of Norway, February 2030"});
  // A letter to Cambodia's own government is no letter abroad.
  CHECK(reports("Title\n\nThe unions sent a letter to the Cambodian government and the labour minister.",
                Date{2030, 2, 11})
            .empty());
}

TEST_CASE("a treaty body's findings and a European Parliament resolution", "[entities][reports][unit]") {
  CHECK(reports("Title\n\nThe ministry rejected the concluding observations of the Committee against Torture "
                "published in Geneva.",
                Date{2029, 12, 2}) ==
        std::vector<std::string>{"Concluding observations of the UN Committee against Torture on Cambodia, December 2029"});
  CHECK(reports("Title\n\nA spokesman dismissed the resolution adopted by the European Parliament on Thursday.",
                Date{2029, 7, 9}) == std::vector<std::string>{"European Parliament resolution on Cambodia, July 2029"});
  // The government's own committee makes no treaty body.
  CHECK(reports("Title\n\nThe Cambodian Human Rights Committee published its concluding observations on the trial.",
                Date{2029, 7, 9})
            .empty());
}

}  // namespace tonle::entities

namespace tonle::entities {

TEST_CASE("a rapporteur's report to the council without a session number went to the session of its days",
          "[entities][reports][unit]") {
  // September 2031 is the 78th session (the 7th in March 2008, three a year).
  CHECK(reports("Title\n\nThe kingdom answered the Human Rights Council on Tuesday. The UN special rapporteur "
                "presented her yearly report to the council, citing 30 detainees.",
                Date{2031, 9, 24}) ==
        std::vector<std::string>{"Special Rapporteur's report to the 78th session of the UN Human Rights Council"});
  // A city council is no Human Rights Council.
  CHECK(reports("Title\n\nThe rapporteur on housing sent her report to the city council.", Date{2031, 9, 24}).empty());
}

TEST_CASE("a treaty body's conclusions or findings are its concluding observations", "[entities][reports][unit]") {
  CHECK(reports("Title\n\nThe UN Committee on the Rights of the Child, in conclusions released on Monday, urged an "
                "end to child detention.",
                Date{2030, 3, 7}) ==
        std::vector<std::string>{
            "Concluding observations of the UN Committee on the Rights of the Child on Cambodia, March 2030"});
  CHECK(reports("Title\n\nOfficials dismissed the findings of the Human Rights Committee after its review in Geneva.",
                Date{2030, 3, 7}) ==
        std::vector<std::string>{"Concluding observations of the UN Human Rights Committee on Cambodia, March 2030"});
  // A committee named without its findings is no report.
  CHECK(reports("Title\n\nA member of the Committee against Torture visited Phnom Penh.", Date{2030, 3, 7}).empty());
}

TEST_CASE("a World Report names its issuer anywhere in the article and its edition gives the year",
          "[entities][reports][unit]") {
  // Human Rights Watch's first World Report was 1990's; the 41st is World Report 2031.
  CHECK(reports("Title\n\nThe government answered Human Rights Watch on Friday. Officials said little. Our "
                "correspondent asked again. This is the group's 41st World Report, which looks back at 2030.",
                Date{2031, 1, 17}) == std::vector<std::string>{"World Report 2031 (Human Rights Watch)"});
  // Without the issuer in the article, a "world report" is nobody's series.
  CHECK(reports("Title\n\nThe bank's World Report on ports came out on Monday.", Date{2031, 1, 17}).empty());
}

}  // namespace tonle::entities

namespace tonle::entities {

TEST_CASE("groups that have written to a Diet wrote a letter to its country's parliament", "[entities][reports][unit]") {
  CHECK(reports("Title\n\nNine groups have written to members of Japan's National Diet about aid to Cambodia. The letter, "
                "addressed to both houses of the Diet, asks for conditions. The minister said the groups also "
                "fed the US State Department's annual rights report.",
                Date{2031, 5, 2}) == std::vector<std::string>{"Letter to the parliament of Japan, May 2031"});
}

TEST_CASE("a report or letter to the Council named without its session in the sentence takes the session the article names",
          "[entities][reports][unit]") {
  CHECK(reports("Title\n\nThe Special Rapporteur on Cambodia spoke in Geneva. Speaking at the Human Rights Council's "
                "66th session, the ambassador said the report was wrong. He told the Council the report ignored "
                "new schools.",
                Date{2027, 9, 30}) ==
        std::vector<std::string>{"Special Rapporteur's report to the 66th session of the UN Human Rights Council"});
  CHECK(reports("Title\n\nTwelve groups asked members of the UN Human Rights Council to act at its 69th session. In a "
                "joint letter, the groups ask the Council to renew the expert's mandate.",
                Date{2028, 9, 2}) == std::vector<std::string>{"Letter to the 69th session of the UN Human Rights Council"});
}

TEST_CASE("the State Department's report on religious freedom is its own series", "[entities][reports][unit]") {
  CHECK(reports("Title\n\nThe ministry answered the State Department's 2030 Report on International Religious Freedom, "
                "released on Thursday.",
                Date{2031, 6, 28}) ==
        std::vector<std::string>{"Report on International Religious Freedom for 2030 (US Department of State)"});
  CHECK(reports("Title\n\nThe ministry answered a US State Department report on religious freedom.", Date{2031, 6, 28}) ==
        std::vector<std::string>{"Report on International Religious Freedom for 2030 (US Department of State)"});
}

}  // namespace tonle::entities

namespace tonle::entities {

TEST_CASE("a letter to a foreign government is a report answered only in news about Cambodia", "[entities][reports][unit]") {
  CHECK(reports("Title\n\nThe steelmaker wrote to the Japanese government on Monday asking for lower tariffs.",
                Date{2030, 2, 11})
            .empty());
  CHECK(reports("Title\n\nSix groups wrote to the Japanese government on Monday about Cambodia's elections.",
                Date{2030, 2, 11}) == std::vector<std::string>{"Letter to the government of Japan, February 2030"});
}

}  // namespace tonle::entities
