// speaker_bodies_test.cc — the body a spokesperson speaks for when the phrase names it only by a
// pronoun ("Its spokesman, NAME,"), by two names, by a province or by a lower-case subject.
#include "entities_fixture.h"

namespace tonle::entities {

using testing::find;
using testing::Fixture;

TEST_CASE("a sentence-opening 'Its spokesman' speaks for the previous sentence's subject, not the body "
          "named last",
          "[entities][unit]") {
  Fixture fx;
  auto [text, name, body] = GENERATE(table<std::string, std::string, std::string>({
      {"The Candlelight Party wrote to the Ministry of Interior last week about missing voters. "
       "Its spokesman, Ros Vannak, said the reply was late.",
       "Ros Vannak", "Candlelight Party"},
      {"The Ministry of Tourism had asked the Siem Reap Provincial Administration for the figures. "
       "Its spokeswoman, Lim Dara, said they never came.",
       "Lim Dara", "Ministry of Tourism"},
      // Not opening the sentence: the body nearest before it, as before.
      {"In Cambodia, officials from the Ministry of Interior met the Ministry of Tourism, and its "
       "spokesman, Chan Nara, said the talks went well.",
       "Chan Nara", "Ministry of Tourism"},
  }));
  CAPTURE(text);
  auto es = fx.run(text);
  const Entity* sp = find(es, Facet::kSpokesperson, name);
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{body});
}

TEST_CASE("a spokesperson for two bodies, a province's spokesman and a ministry named by its subject",
          "[entities][unit]") {
  Fixture fx;
  auto [text, name, bodies] = GENERATE(table<std::string, std::string, std::vector<std::string>>({
      // "for both A and B", the first named earlier by its kind.
      {"In Phnom Penh the Ministry of Tourism announced the rules. Heng Rotha, spokesman for both the ministry and "
       "the National Assembly, said they were fair.",
       "Heng Rotha", {"Ministry of Tourism", "National Assembly"}},
      {"In Phnom Penh, Mey Sokun, spokeswoman for the Ministry of Commerce and the Senate, said so.",
       "Mey Sokun", {"Ministry of Commerce", "Senate"}},
      // "PROVINCE provincial spokesman": the provincial administration, named before or not.
      {"Farmers in Pursat blocked the road. Pursat provincial spokesman Keo Vibol said talks would follow.",
       "Keo Vibol", {"Pursat Provincial Administration"}},
      {"Villagers wrote to the Kratie Provincial Administration. Kratie provincial spokeswoman Ouk Sreyna "
       "said the letter had arrived.",
       "Ouk Sreyna", {"Kratie Provincial Administration"}},
      // "the land ministry's deputy spokeswoman" in a story about Cambodia.
      {"In Phnom Penh, families marched. Nhem Sokha, the land ministry's deputy spokeswoman, said the "
       "titles were valid.",
       "Nhem Sokha", {"Ministry of Land Management, Urban Planning and Construction"}},
  }));
  CAPTURE(text);
  auto es = fx.run(text);
  const Entity* sp = find(es, Facet::kSpokesperson, name);
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == bodies);
  // The person's role is the role, not the body after "for".
  const Entity* person = find(es, Facet::kPerson, name);
  REQUIRE(person != nullptr);
  CHECK(person->role.find(" for ") == std::string::npos);
}

}  // namespace tonle::entities

namespace tonle::entities {

TEST_CASE("'the federation's spokeswoman' speaks for the federation the story names", "[entities][unit]") {
  Fixture fx;
  auto [text, name, body] = GENERATE(table<std::string, std::string, std::string>({
      {"In Phnom Penh, the Cambodian Garment Workers Federation marched to the ministry. The federation's "
       "spokeswoman, Chea Malis, said wages were late.",
       "Chea Malis", "Cambodian Garment Workers Federation"},
      {"In Battambang, the Farmers Confederation of Cambodia wrote to the governor. Our confederation's deputy "
       "spokesman, Ouk Rithy, said the letter was ignored.",
       "Ouk Rithy", "Farmers Confederation of Cambodia"},
  }));
  CAPTURE(text);
  auto es = fx.run(text);
  const Entity* sp = find(es, Facet::kSpokesperson, name);
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{body});
}

TEST_CASE("'the ruling party' is the party the gazetteer says governs the story's country, in that country's "
          "stories only",
          "[entities][unit]") {
  Fixture fx;
  auto [text, name, body] = GENERATE(table<std::string, std::string, std::string>({
      // The last party named is not the ruling one.
      {"PHNOM PENH - The Candlelight Party filed a complaint. Ruling party spokesman Ouk Sambath said "
       "the opposition could not accept defeat.",
       "Ouk Sambath", "Cambodian People's Party"},
      {"PHNOM PENH - Chan Vuthy, a spokesman for the ruling party, said the count was fair.", "Chan Vuthy",
       "Cambodian People's Party"},
      {"PHNOM PENH - A ruling party spokeswoman, Meas Chanthy, said the count was fair.", "Meas Chanthy",
       "Cambodian People's Party"},
  }));
  CAPTURE(text);
  auto es = fx.run(text);  // (find points into it)
  const Entity* e = find(es, Facet::kSpokesperson, name);
  REQUIRE(e != nullptr);
  CHECK(e->affiliations == std::vector<std::string>{body});
  // Another country's ruling party is not Cambodia's.
  es = fx.run("MANILA, May 3 (AP) - Jose Reyes, a spokesman for the ruling party, said the count was fair.");
  const Entity* abroad = find(es, Facet::kSpokesperson, "Jose Reyes");
  REQUIRE(abroad != nullptr);
  CHECK(abroad->affiliations.empty());
}

}  // namespace tonle::entities
