// Tests for indexer/stories: signatures, the same-story rules and grouping, on made-up articles.
#include <catch2/catch.hpp>

#include "core/analyzer.h"
#include "indexer/stories.h"

namespace tonle {

namespace {

Entity entity(Facet f, std::string value, size_t at = 0) {
  return Entity{.facet = f, .value = std::move(value), .evidence = {{"test", at, at + 10}}};
}

StorySignature sign(const std::string& outlet, Date date, const std::string& title, const std::string& body,
                    std::vector<Entity> entities = {}, std::vector<NamedPlace> places = {}) {
  static const Analyzer analyzer;
  Article a{.id = outlet + "-" + title, .title = title, .body = body, .source = outlet, .date = date};
  a.entities = std::move(entities);
  a.places = std::move(places);
  return sign_story(a, analyzer.analyze(title), analyzer.analyze(body));
}

const std::string kArrest =
    "Police in Stung Treng detained the river activist Vong Dalin on Tuesday after she filmed sand barges "
    "dredging near the Sekong bridge. Rights workers said she was taken to the provincial police station "
    "and questioned for six hours about her videos of the dredging.";
const std::string kArrestRetold =
    "Vong Dalin, who campaigns against sand mining on the Mekong, spent Tuesday night in custody in Stung "
    "Treng. Her brother said officers wanted the names of fishermen who had helped her film the barges.";

}  // namespace

TEST_CASE("a story signature survives the value slot's bytes", "[stories][unit]") {
  StorySignature s = sign("Delta Wire", {2031, 5, 6}, "Activist detained", kArrest,
                          {entity(Facet::kPerson, "Vong Dalin", 0), entity(Facet::kNgo, "River Watch", 400)});
  CHECK(s.keys.size() == 2);
  CHECK(s.subjects.size() == 1);  // named in the lead, not as a spokesperson
  std::optional<StorySignature> back = decode_signature(encode_signature(s));
  REQUIRE(back);
  CHECK(*back == s);
  CHECK_FALSE(decode_signature("not a signature"));
  CHECK_FALSE(decode_signature(encode_signature(s).substr(0, 30)));
}

TEST_CASE("two outlets' accounts of one arrest are one story", "[stories][unit]") {
  std::vector<Entity> people{entity(Facet::kPerson, "Vong Dalin", 40)};
  StorySignature a = sign("Delta Wire", {2031, 5, 6}, "Activist detained over dredging videos", kArrest, people);
  StorySignature b = sign("Sekong Times", {2031, 5, 7}, "Police hold river activist", kArrestRetold, people);
  CHECK(same_story(a, b));
  SECTION("not when weeks apart") {
    StorySignature later = sign("Sekong Times", {2031, 6, 7}, "Police hold river activist", kArrestRetold, people);
    CHECK_FALSE(same_story(a, later));
  }
  SECTION("not when the same outlet tells it again in other words") {
    StorySignature again = sign("Delta Wire", {2031, 5, 7}, "Police hold river activist", kArrestRetold, people);
    CHECK_FALSE(same_story(a, again));
  }
  SECTION("not about another person") {
    std::vector<Entity> other{entity(Facet::kPerson, "Chan Rotha", 40)};
    StorySignature c = sign("Sekong Times", {2031, 5, 7}, "Police hold river activist", kArrestRetold, other);
    CHECK_FALSE(same_story(a, c));
  }
  SECTION("a spokesperson named in both leads is not what the story is about") {
    std::vector<Entity> spoke{entity(Facet::kSpokesperson, "Vong Dalin", 40), entity(Facet::kPerson, "Vong Dalin", 40)};
    StorySignature c = sign("Delta Wire", {2031, 5, 6}, "x", kArrest, spoke);
    CHECK(c.subjects.empty());
  }
}

TEST_CASE("answers to different reports are different stories however alike", "[stories][unit]") {
  const std::string body =
      "The Foreign Ministry rejected the US report on human rights as biased and politically motivated, "
      "saying it relied on foreign-funded groups and ignored progress on schools and roads.";
  auto with_report = [&](const std::string& outlet, Date d, const std::string& report) {
    return sign(outlet, d, "Ministry rejects US rights report", body,
                {entity(Facet::kMinistry, "Ministry of Foreign Affairs"), entity(Facet::kReport, report)});
  };
  StorySignature a = with_report("Delta Wire", {2031, 4, 2}, "Country Reports on Human Rights Practices for 2030");
  StorySignature b = with_report("Sekong Times", {2031, 4, 3}, "Country Reports on Human Rights Practices for 2030");
  StorySignature c = with_report("Sekong Times", {2031, 4, 3}, "Trafficking in Persons Report 2031");
  CHECK(same_story(a, b));
  CHECK(text_similarity(a, c) > 0.9);  // word for word the same ...
  CHECK(same_story(a, c));             // ... is a near copy: one story whatever the rules read
  StorySignature d = sign("Sekong Times", {2031, 4, 3}, "Ministry answers trafficking ranking",
                          "The ministry said the trafficking ranking ignored new shelters and prosecutions.",
                          {entity(Facet::kMinistry, "Ministry of Foreign Affairs"),
                           entity(Facet::kReport, "Trafficking in Persons Report 2031")});
  CHECK_FALSE(same_story(a, d));
}

TEST_CASE("undated articles join a story only as near copies", "[stories][unit]") {
  StorySignature a = sign("Delta Wire", {2031, 5, 6}, "Activist detained", kArrest);
  StorySignature copy = sign("Sekong Times", {2031, 5, 6}, "Activist detained", kArrest);
  copy.day = StorySignature::kUndated;
  StorySignature retold = sign("Sekong Times", {2031, 5, 6}, "Police hold river activist", kArrestRetold);
  retold.day = StorySignature::kUndated;
  CHECK(same_story(a, copy));
  CHECK_FALSE(same_story(a, retold));
}

TEST_CASE("grouping is transitive and names a story after its earliest article", "[stories][unit]") {
  std::vector<Entity> people{entity(Facet::kPerson, "Vong Dalin", 40)};
  std::vector<StoryInput> in{
      {"c-third", sign("Kratie Post", {2031, 5, 8}, "Activist freed on bail", kArrestRetold, people), ""},
      {"a-first", sign("Delta Wire", {2031, 5, 6}, "Activist detained", kArrest, people), ""},
      {"b-second", sign("Sekong Times", {2031, 5, 7}, "Police hold river activist", kArrestRetold, people), ""},
      {"d-alone", sign("Sport Daily", {2031, 5, 7}, "Angkor Tigers win", "The club won the league on Sunday."), ""},
  };
  std::vector<std::string> stories = group_stories(in);
  REQUIRE(stories.size() == 4);
  CHECK(!stories[1].empty());
  CHECK(stories[0] == stories[1]);
  CHECK(stories[2] == stories[1]);
  CHECK(stories[3].empty());
  CHECK(stories[1].size() == 9);
  CHECK(stories[1][0] == 's');
  SECTION("the id depends on the earliest article, not on the input order") {
    std::vector<StoryInput> reordered{in[2], in[3], in[1], in[0]};
    CHECK(group_stories(reordered)[0] == stories[1]);
  }
  SECTION("a story that has an id keeps it when an article joins") {
    in[1].story = "s0000beef";
    in[2].story = "s0000beef";
    std::vector<std::string> again = group_stories(in);
    CHECK(again[0] == "s0000beef");
    CHECK(again[1] == "s0000beef");
  }
}

}  // namespace tonle

namespace tonle {

TEST_CASE("one outlet's template items are not one story, its duplicate the same day is", "[stories][unit]") {
  auto balances = [](Date d, const std::string& day, const std::string& change) {
    return sign("Metro Wire", d, "Treasury balances at central bank " + change + " on " + day,
                "Treasury balances at the central bank " + change + " to 3.412 billion riel on " + day +
                    " from 3.118 billion the day before, the bank said in its daily statement.");
  };
  StorySignature mon = balances({2031, 3, 3}, "March 2", "fell");
  StorySignature tue = balances({2031, 3, 4}, "March 3", "rose");
  CHECK_FALSE(same_story(mon, tue));
  StorySignature again = balances({2031, 3, 3}, "March 2", "fell");
  CHECK(same_story(mon, again));  // the wire ran the same item twice
  StorySignature later = balances({2031, 3, 5}, "March 2", "fell");
  CHECK_FALSE(same_story(mon, later));  // the same words two days on: the next day's item
}

TEST_CASE("a short text is a near copy only when it is a duplicate", "[stories][unit]") {
  StorySignature a = sign("Delta Wire", {2031, 5, 6}, "Rice price steady", "Rice prices held at 1,200 riel a kilo.");
  StorySignature b = sign("Sekong Times", {2031, 5, 6}, "Rice price steady", "Rice prices held at 1,250 riel a kilo on Monday.");
  CHECK(a.words < 30);
  CHECK_FALSE(same_story(a, b));
}

TEST_CASE("an event in one district told by two outlets is one story but not across provinces", "[stories][unit]") {
  // Two outlets' accounts of a flood with few words in common and no names in common.
  const std::string flood =
      "Floodwater from the Sangker river swept through Ek Phnom district of Battambang province overnight, "
      "forcing about three hundred families onto the road with their cattle and rice.";
  const std::string retold =
      "Residents of Ek Phnom district spent Thursday on raised ground after the river burst its banks, "
      "village chiefs said, and boats from the provincial authority brought drinking water.";
  StorySignature a = sign("Delta Wire", {2031, 9, 3}, "River floods villages", flood);
  StorySignature b = sign("Sekong Times", {2031, 9, 4}, "Families wait on the road", retold);
  REQUIRE(a.places.size() == 1);
  CHECK(a.provinces.size() == 1);
  CHECK(decode_signature(encode_signature(a)) == a);
  CHECK(same_story(a, b));
  SECTION("not a week apart") {
    StorySignature later = sign("Sekong Times", {2031, 9, 6}, "Families wait on the road", retold);
    CHECK_FALSE(same_story(a, later));
  }
  SECTION("not in another province, however many names they share") {
    std::vector<Entity> same_bodies{entity(Facet::kMinistry, "Ministry of Water Resources and Meteorology", 300),
                                    entity(Facet::kNgo, "River Watch", 320), entity(Facet::kPerson, "Keo Sam", 340)};
    const std::string elsewhere =
        "Floodwater swept through Kampong Leav district of Prey Veng province overnight, forcing families onto "
        "the road with their cattle and rice.";
    StorySignature c = sign("Delta Wire", {2031, 9, 3}, "River floods villages", flood, same_bodies);
    StorySignature d = sign("Sekong Times", {2031, 9, 3}, "River floods villages", elsewhere, same_bodies);
    CHECK_FALSE(same_story(c, d));
  }
}

namespace {

// The gazetteer's province `name` where `body` names it, as the indexer reports it (offsets
// count the title and the blank line after it).
NamedPlace province_in(const std::string& title, const std::string& body, const std::string& name) {
  return NamedPlace{.name = name, .begin = title.size() + 2 + body.find(name), .province = true};
}

}  // namespace

TEST_CASE("an event in one province the gazetteer knows is one story the next day, unless about other people",
          "[stories][unit]") {
  // No district, no name and few words in common: only the province ties them.
  const std::string t1 = "Blaze guts shoe factory";
  const std::string fire =
      "A fire tore through a shoe factory warehouse in Kampong Cham on Friday night, and two guards were taken "
      "to hospital with burns, a provincial fire officer said.";
  const std::string t2 = "Two dead after warehouse fire";
  const std::string toll =
      "The toll from the warehouse fire in Kampong Cham rose to two on Saturday as one of the guards died in "
      "hospital; workers said the fire exits had been chained shut.";
  StorySignature a = sign("Delta Wire", {2031, 3, 7}, t1, fire, {}, {province_in(t1, fire, "Kampong Cham")});
  StorySignature b = sign("Sekong Times", {2031, 3, 8}, t2, toll, {}, {province_in(t2, toll, "Kampong Cham")});
  REQUIRE(a.provinces.size() == 1);
  CHECK(a.provinces == b.provinces);
  CHECK(same_story(a, b));
  CHECK_FALSE(same_story(sign("Delta Wire", {2031, 3, 7}, t1, fire), sign("Sekong Times", {2031, 3, 8}, t2, toll)));
  SECTION("and grouping compares them though they share no name") {
    std::vector<std::string> ids = group_stories({{"a", a, ""}, {"b", b, ""}});
    CHECK(!ids[0].empty());
    CHECK(ids[0] == ids[1]);
  }
  SECTION("not when each lead names another person") {
    StorySignature c = sign("Delta Wire", {2031, 3, 7}, t1, fire, {entity(Facet::kPerson, "Meas Sokun", 60)},
                            {province_in(t1, fire, "Kampong Cham")});
    StorySignature d = sign("Sekong Times", {2031, 3, 8}, t2, toll, {entity(Facet::kPerson, "Prak Dina", 60)},
                            {province_in(t2, toll, "Kampong Cham")});
    CHECK_FALSE(same_story(c, d));
  }
  SECTION("not when the gazetteer puts them in two provinces") {
    std::string elsewhere = toll;
    elsewhere.replace(elsewhere.find("Kampong Cham"), 12, "Svay Rieng");
    StorySignature e = sign("Sekong Times", {2031, 3, 8}, t2, elsewhere, {}, {province_in(t2, elsewhere, "Svay Rieng")});
    CHECK_FALSE(same_story(a, e));
  }
}

}  // namespace tonle

namespace tonle {

TEST_CASE("many shared names join two stories only when they share a tenth of their words", "[stories][unit]") {
  // Two factory stories in one province days apart quote the same ministry, spokesman and union:
  // names alone are no evidence they are one event.
  auto signature = [](uint32_t outlet, int same_bins) {
    StorySignature s;
    s.day = 20000;
    s.outlet = outlet;
    s.words = 200;
    s.keys = {1, 2, 3, outlet * 100};
    for (size_t i = 0; i < StorySignature::kBins; ++i) {
      s.bins[i] = static_cast<uint16_t>(static_cast<int>(i) < same_bins ? i : outlet * 1000 + i);
    }
    return s;
  };
  StorySignature a = signature(7, 4);
  StorySignature b = signature(9, 4);
  b.day += 2;
  REQUIRE(entity_similarity(a, b) >= 0.5);
  CHECK(text_similarity(a, b) < 0.10);
  CHECK_FALSE(same_story(a, b));
  StorySignature c = signature(7, 6);
  StorySignature d = signature(9, 6);
  d.day += 2;
  CHECK(text_similarity(c, d) >= 0.10);
  CHECK(same_story(c, d));
}

}  // namespace tonle

namespace tonle {

TEST_CASE("a province named as a point of reference or abroad is not where a story happened", "[stories][unit]") {
  const std::string title = "Workers block highway";
  const std::string body =
      "Workers of a garment factory west of Phnom Penh blocked the highway on Monday. The factory in Kandal "
      "closed last week.";
  StorySignature s = sign("Delta Wire", {2031, 3, 7}, title, body, {},
                          {province_in(title, body, "Phnom Penh"), province_in(title, body, "Kandal")});
  StorySignature kandal = sign("Delta Wire", {2031, 3, 7}, title, body, {}, {province_in(title, body, "Kandal")});
  CHECK(s.provinces == kandal.provinces);
  // Vietnam's province, in an article that names Cambodian places the gazetteer knows.
  const std::string border =
      "Guards took four farmers from a field in Memot to Tay Ninh province on Friday, relatives said.";
  NamedPlace memot{.name = "Memot", .begin = title.size() + 2 + border.find("Memot"), .province = false};
  CHECK(sign("Delta Wire", {2031, 3, 7}, title, border, {}, {memot}).provinces.empty());
  // With no Cambodian place named, a marked province still tells a foreign story from another.
  CHECK(sign("Delta Wire", {2031, 3, 7}, title, border).provinces.size() == 1);
}

}  // namespace tonle
