// org_grammar_test.cc — where an organisation's name starts and ends: words after the head that
// still belong to it, names that start inside a place's name, and short forms of a name given
// in full before.
#include "entities_fixture.h"

namespace tonle::entities {

using testing::find;
using testing::Fixture;
using testing::values;

TEST_CASE("a force's name goes on after its head with region, command or headquarters", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Thailand's Third Army Region moved troops to the border, Bangkok said.");
  CHECK(find(es, Facet::kMinistry, "Third Army Region (Thailand)") != nullptr);
  es = fx.run("In Poland, the Pomorskie Provincial Police Headquarters in Gdansk banned the march.");
  CHECK(find(es, Facet::kMinistry, "Pomorskie Provincial Police Headquarters (Poland)") != nullptr);
}

TEST_CASE("a cause's capitalised preposition belongs to the name: 'Network Against Land Grabs'", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In Phnom Penh, the Asian Network Against Land Grabs (ANLG), a Manila-based group, said the "
                   "eviction broke the law. The Alliance Without Walls agreed.");
  CHECK(find(es, Facet::kNgo, "Asian Network Against Land Grabs") != nullptr);
  CHECK(find(es, Facet::kNgo, "Asian Network") == nullptr);
  CHECK(find(es, Facet::kNgo, "Alliance Without Walls") != nullptr);
  // An acronym's letters take the place the name rules leave out.
  es = fx.run("In Phnom Penh, the Mekong Alliance Against Dams in Laos (MAADL) wrote to the ministry. MAADL said "
              "it had no answer.");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Mekong Alliance Against Dams in Laos"});
}

TEST_CASE("a head with an unexplained capitalised word after it names something else, bands are no NGOs",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In Phnom Penh, the video was filmed at a show by the hip-hop group Royal Tribunal Kids, "
                   "and the punk group Supreme Council Noise played too. The Provincial Commission Tigers won.");
  CHECK(values(es, Facet::kMinistry).empty());
  CHECK(values(es, Facet::kNgo).empty());
  // A role, a person or a day after the head still ends the name there.
  es = fx.run("In Phnom Penh, the Kampot Provincial Court Prosecutor Yim Sovann charged two men. The Ministry of "
              "Tourism Tuesday said so.");
  CHECK(find(es, Facet::kMinistry, "Kampot Provincial Court") != nullptr);
  CHECK(find(es, Facet::kMinistry, "Ministry of Tourism") != nullptr);
}

TEST_CASE("a name that starts inside a place's name takes the whole place", "[entities][unit]") {
  Fixture fx;
  // "Funan Techo Canal" is a place of the gazetteer ("Techo" an honorific elsewhere); the
  // authority is named after it.
  auto es = fx.run("The Funan Techo Canal Navigation Authority in Phnom Penh said barges could pass.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Funan Techo Canal Navigation Authority"});
}

TEST_CASE("the end of a full name given before is that body again", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Coral Sea Coastal Park Authority in Australia closed two islands. A spokeswoman "
                   "for the Coastal Park Authority, Jenna Marsh, said they would reopen in May.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Coral Sea Coastal Park Authority (Australia)"});
  const Entity* sp = find(es, Facet::kSpokesperson, "Jenna Marsh");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Coral Sea Coastal Park Authority (Australia)"});
}

TEST_CASE("an office named by its holder's title goes on past the possessive", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Chile's Ombudsman's Office warned of violence. The Public Prosecutor's Office of "
                   "Valparaiso opened a case.", "SANTIAGO");
  CHECK(find(es, Facet::kMinistry, "Ombudsman's Office (Chile)") != nullptr);
  CHECK(find(es, Facet::kMinistry, "Public Prosecutor's Office of Valparaiso (Chile)") != nullptr);
  // A possessive still ends other names: the party's office is no body of its own.
  es = fx.run("The Green Party's Office Manager resigned.", "SANTIAGO");
  CHECK(values(es, Facet::kMinistry).empty());
}

TEST_CASE("a short form with its own country word is another body", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Halvorsen Oil said the Nevada State Supreme Court would hear its case, or it "
                   "would go to the U.S. Supreme Court.");
  CHECK(find(es, Facet::kMinistry, "Supreme Court (United States)") != nullptr);
}

TEST_CASE("name-shaped words before a body's head word are no person", "[entities][unit]") {
  Fixture fx;
  // "Park" is a family name, but here it opens the body's name.
  auto es = fx.run("Divers from the Marine Park Authority counted the coral off Queensland.");
  CHECK(values(es, Facet::kPerson).empty());
}

TEST_CASE("a bare head after \"of the\" points back at a named body and is no part of a name",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In Cambodia, the Ministry of Fisheries said claims may be brought to the Bureau of Boat Licences of "
                   "the Ministry for review.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Ministry of Fisheries", "Bureau of Boat Licences"});
  es = fx.run("In Cambodia, the Office of Seed Permits of the Department said nothing.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Office of Seed Permits"});
  // A named parent stays in the name.
  es = fx.run("In Cambodia, the Bureau of Boat Licences of the Ministry of Fisheries met.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Bureau of Boat Licences of the Ministry of Fisheries"});
}


TEST_CASE("a plural's possessive is inside a name a cue word introduces", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In Manila, the civic group Farmers' Alliance for Fair Prices said the rules were unfair.");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Farmers' Alliance for Fair Prices"});
  es = fx.run("In Lima, the rights group Women's Voice for Land Justice marched on Sunday.");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Women's Voice for Land Justice"});
}

TEST_CASE("a union named before a lower-case \"union\", and an association of players, are NGOs",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In Lisbon, the Frente Laboral (FL) union said the fine was too small.");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Frente Laboral"});
  es = fx.run("In Leeds, the Bricklayers Together union called a strike. The Soviet union fell in 1991.");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Bricklayers Together"});
  // An acronym named so is the body of the story whose initials it spells.
  es = fx.run("In Oslo, the Harbour Workers Federation said it would strike. The HWF union said 400 "
              "would walk out.");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Harbour Workers Federation"});
  es = fx.run("In Auckland, the Netball Players Association said the season was too long.");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Netball Players Association"});
  // ... and before "trade union".
  es = fx.run("In Santiago, the FTC trade union confederation said nurses should be paid for the strike days.");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"FTC"});
}

}  // namespace tonle::entities
