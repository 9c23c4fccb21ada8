// body_kinds_test.cc — which facet a name the gazetteer does not list belongs to when its words
// say whose it is: a trade's associations and councils are neither NGOs nor state bodies.
#include "entities_fixture.h"

namespace tonle::entities {

using testing::find;
using testing::Fixture;
using testing::values;

TEST_CASE("a trade's association or council is no NGO and no state body", "[entities][unit]") {
  Fixture fx;
  for (const char* text : {
           "In Cambodia, the Kampot Pepper Business Association said exports fell by a third.",
           "The Battambang Rice Exporters Association in Cambodia asked for cheaper power.",
           "The Sihanoukville Hotel Industry Council said bookings had recovered.",
           "The Mekong Boat Manufacturers Council said steel prices had doubled.",
           "Officials in Cambodia met the Phnom Penh Employers Association on Monday.",
       }) {
    CAPTURE(text);
    auto es = fx.run(text);
    CHECK(values(es, Facet::kNgo).empty());
    CHECK(values(es, Facet::kMinistry).empty());
  }
}

TEST_CASE("workers and civil society keep their associations and councils", "[entities][unit]") {
  Fixture fx;
  // A union of people who work in a trade is theirs, whatever the trade.
  CHECK(values(fx.run("In Cambodia, the Tourism Industry Workers Union said guides were unpaid."), Facet::kNgo) ==
        std::vector<std::string>{"Tourism Industry Workers Union"});
  CHECK(values(fx.run("The Cambodian Independent Vendors Association said the market fees were too high."),
               Facet::kNgo) == std::vector<std::string>{"Cambodian Independent Vendors Association"});
  // Its members named in an irregular plural: fishermen, seamen, women.
  CHECK(values(fx.run("The Ghana Canoe Fishermen Union (GCFU) said the ban would cost members their boats."),
               Facet::kNgo) == std::vector<std::string>{"Ghana Canoe Fishermen Union"});
  // The state's council keeps its place.
  CHECK(values(fx.run("In Cambodia, the National Council for Rural Roads approved the plan."),
               Facet::kMinistry) == std::vector<std::string>{"National Council for Rural Roads"});
}

TEST_CASE("'X Ministry' after the fuller 'Federal Ministry of X' is the same ministry", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("VIENNA - Austria's Federal Ministry of Transport will close two bridges. Transport Ministry "
                   "spokesman Lukas Brandauer said repairs would take a year.",
                   "VIENNA");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Federal Ministry of Transport (Austria)"});
  const Entity* sp = find(es, Facet::kSpokesperson, "Lukas Brandauer");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Federal Ministry of Transport (Austria)"});
  // Another ministry that ends the same way stays itself.
  es = fx.run("VIENNA - Austria's Federal Ministry of Transport will close two bridges. The Health Ministry "
              "said hospitals were ready.",
              "VIENNA");
  CHECK(values(es, Facet::kMinistry).size() == 2);
}

TEST_CASE("a listed name's item may open with 'the', 'the' and a head open another body", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("WELLINGTON - A spokeswoman for the Ministry of Fisheries, Oceans, the Coast and Harbours, Aroha "
                   "Tane, said the quota would fall.",
                   "WELLINGTON");
  CHECK(values(es, Facet::kMinistry) ==
        std::vector<std::string>{"Ministry of Fisheries, Oceans, the Coast and Harbours (New Zealand)"});
  const Entity* sp = find(es, Facet::kSpokesperson, "Aroha Tane");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Fisheries, Oceans, the Coast and Harbours (New Zealand)"});
  es = fx.run("WELLINGTON - The group includes the Water Authority of Otago, the Harbour Safety Board and others.",
              "WELLINGTON");
  CHECK(values(es, Facet::kMinistry).size() == 2);
}

TEST_CASE("a party named short in a story about its country: 'of the' names too", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("MANILA - Senator Rosa Dimagiba of the Liberal Party said she would file a resolution.", "MANILA");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Liberal Party of the Philippines"});
}

TEST_CASE("a 'top spokesman' is a spokesman, a party's adjective before a portfolio and the role",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("TOKYO - Hiroshi Tanabe, the ministry's top spokesman, said the Ministry of Finance would act.",
                   "TOKYO");
  CHECK(find(es, Facet::kSpokesperson, "Hiroshi Tanabe") != nullptr);
  es = fx.run("LONDON - Liberal Democrat housing spokesperson Nadia Crewe said the plan was late.", "LONDON");
  const Entity* sp = find(es, Facet::kSpokesperson, "Nadia Crewe");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Liberal Democrats"});
}

TEST_CASE("NGOs listed after a plural cue, a federation's cue, a business's cue is no NGO's", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("OTTAWA - Charities including Harbour Light and Shelter from Storms wrote to the minister.", "OTTAWA");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Harbour Light", "Shelter from Storms"});
  es = fx.run("OTTAWA - Groups such as Open Fields, the Kep Tenants Union and Rivers Alive signed it.", "OTTAWA");
  CHECK(values(es, Facet::kNgo).size() == 3);
  es = fx.run("VIENNA - The tenants' federation Mieterschutz Wien said the cap was fair.", "VIENNA");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Mieterschutz Wien"});
  // A kind of business before the cue: a trade body or a company, no NGO...
  es = fx.run("VIENNA - The employers' federation Arbeitgeber Alpen and the industrial group Stahlwerk Nord objected.",
              "VIENNA");
  CHECK(values(es, Facet::kNgo).empty());
  // ... but a union of an industry's workers is a union.
  es = fx.run("VIENNA - The engineering union Metall Nord called a strike.", "VIENNA");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Metall Nord"});
}

TEST_CASE("a federation of unions is an NGO in any story", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("OSLO - Kari Lunde, president of the Nordic Trade Union Confederation, said talks would go on.",
                   "OSLO");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Nordic Trade Union Confederation"});
}

TEST_CASE("an acronym the story defined belongs to the definition's country, not the dateline's", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("MADRID - Peru's National Institute of Coastal Heritage (NICH) said the pieces were stolen. "
                   "NICH spokeswoman Rosa Quispe said the institute had filed a complaint.",
                   "MADRID");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"National Institute of Coastal Heritage (Peru)"});
  const Entity* sp = find(es, Facet::kSpokesperson, "Rosa Quispe");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"National Institute of Coastal Heritage (Peru)"});
}

TEST_CASE("names that put the head first: civil society's, the state's, business's", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("LIMA - The Instituto de Bosques Altos said the fires spread. Fundación Ríos Libres and the "
                   "Verein Wasser und Boden joined the Sindicato de Pescadores Costa Sur in a complaint.",
                   "LIMA");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Instituto de Bosques Altos", "Fundación Ríos Libres",
                                                           "Verein Wasser und Boden",
                                                           "Sindicato de Pescadores Costa Sur"});
  // A state's word after the head; business's words anywhere in the name.
  es = fx.run("LIMA - The Instituto Nacional de Pesca and the Asociación de Empresas Pesqueras met.", "LIMA");
  CHECK(values(es, Facet::kNgo).empty());
  CHECK(values(es, Facet::kMinistry).size() == 1);
}

TEST_CASE("a party's name the grammar takes for an NGO's is the party of the story's country, 'the Greens'",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("BOGOTA - The Democratic Centre opposed the reform; its spokesman, Senator Mateo Rivas, said so.",
                   "BOGOTA");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Democratic Centre (Colombia)"});
  CHECK(values(es, Facet::kNgo).empty());
  es = fx.run("SYDNEY - The Greens' housing spokesperson, Senator Mia Cole, called for a rent freeze.", "SYDNEY");
  const Entity* sp = find(es, Facet::kSpokesperson, "Mia Cole");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Australian Greens"});
}

TEST_CASE("a union named after its description, a police union, a name with 'to' and a verb",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The hospital workers' union, Ngati Care Workers Aotearoa, said strikes would go on.", "WELLINGTON");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Ngati Care Workers Aotearoa"});
  // Not set off by a second comma: no apposition ("A union, Phnom Penh said, ...").
  es = fx.run("A union, Kep Town said on Monday, would be welcome.", "PHNOM PENH");
  CHECK(values(es, Facet::kNgo).empty());
  es = fx.run("The Irish Police Union said the rota plan was unworkable.", "DUBLIN");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Irish Police Union"});
  es = fx.run("The fishers' group Coalition to Save Tonle Sap Fisheries said catches fell by half.", "PHNOM PENH");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Coalition to Save Tonle Sap Fisheries"});
  // "to" before a place is no part of the name.
  es = fx.run("The rights group Kanha Watch to Thailand sent two lawyers.", "PHNOM PENH");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Kanha Watch"});
}

TEST_CASE("a spokesperson with a portfolio before the role, after the name", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Mette Lund Berg, energy spokeswoman for the opposition Conservative Party, said the tax "
                   "was wrong.", "OSLO");
  const Entity* sp = find(es, Facet::kSpokesperson, "Mette Lund Berg");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"H\xC3\xB8yre"});
  es = fx.run("Sok Rotha, land affairs spokesman for the Ministry of Interior, declined to comment.", "PHNOM PENH");
  sp = find(es, Facet::kSpokesperson, "Sok Rotha");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Interior"});
}

}  // namespace tonle::entities

namespace tonle::entities {

TEST_CASE("a known place before a lower-case local hall names that place's administration", "[entities][unit]") {
  testing::Fixture fx;
  auto es = fx.run("In Phnom Penh, 40 families got letters from the Sen Sok district hall on Friday, and the Takeo "
                   "provincial administration sent a truck.");
  CHECK(testing::find(es, Facet::kMinistry, "Sen Sok District Administration") != nullptr);
  CHECK(testing::find(es, Facet::kMinistry, "Takeo Provincial Administration") != nullptr);
  // Without a place before it, a bare "district hall" names nothing.
  es = fx.run("In Phnom Penh, 40 families got letters from the district hall on Friday.");
  CHECK(testing::values(es, Facet::kMinistry).empty());
}

TEST_CASE("a legal form ending a name makes a company, whatever head the name borrows", "[entities][unit]") {
  Fixture fx;
  for (const char* text : {
           "WELLINGTON - Ministry of Cider Co. said its new range would reach 400 bars.",
           "DUBLIN - Shares in Bureau of Puzzles Ltd rose after the Commission of Games Inc bid.",
           "In Cambodia, Department of Noodles Co., Ltd opened a second shop in Kampot.",
       }) {
    CAPTURE(text);
    auto es = fx.run(text);
    CHECK(values(es, Facet::kMinistry).empty());
    CHECK(values(es, Facet::kNgo).empty());
  }
  // A state body whose name holds a company's word is still the state's.
  CHECK(values(fx.run("WELLINGTON - The Fisheries and Trading Commission fined the exporter."), Facet::kMinistry) ==
        std::vector<std::string>{"Fisheries and Trading Commission (New Zealand)"});
}

TEST_CASE("a service that names a state's task is a state body, any other service is no facet's",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("OSLO - The Norwegian Customs Service and the Coast Guard Service searched the ship. Nordlys "
                   "Information Service and Fjord Security Guard Service said nothing. Shares of Polar "
                   "Financial Services rose.");
  CHECK(values(es, Facet::kMinistry) ==
        (std::vector<std::string>{"Norwegian Customs Service", "Coast Guard Service (Norway)"}));
  CHECK(values(es, Facet::kNgo).empty());
}

}  // namespace tonle::entities
