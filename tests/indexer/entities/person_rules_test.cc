// person_rules_test.cc — people: names with evidence, titles kept out of names.
#include "entities_fixture.h"

namespace tonle::entities {

using testing::find;
using testing::Fixture;
using testing::values;

TEST_CASE("ranks, titles and honorifics stand between a role and a name, never in it",
          "[entities][unit]") {
  Fixture fx;
  auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Provincial police spokesman Brig Gen Mao Sothea said two men fled.", "Mao Sothea"},
      {"Senate spokesman Dr. Ung Chanthol said the bill would pass.", "Ung Chanthol"},
      {"Deputy governor Lok Chumteav Oum Sreyroth opened the market.", "Oum Sreyroth"},
      {"The decree was signed by H.E. Kim Sokvan on Friday.", "Kim Sokvan"},
      {"Defence lawyer Tith Vannak said his client was innocent.", "Tith Vannak"},
      {"Pol. Lt. Gen. Heng Bunthy told reporters the road was closed.", "Heng Bunthy"},
      // Indonesian police ranks, abbreviated with full stops that end no sentence.
      {"Regional police spokesman Sr. Comr. Agus Prasetyo said the road was closed.", "Agus Prasetyo"},
      {"Kombes Dedi Kurniawan told reporters the road was closed.", "Dedi Kurniawan"},
      // A Brazilian police chief's, a Spanish commissioner's and a legislator's title.
      {"Civil Police spokesman Delegado Rafael Moura Lins said the raid was legal.", "Rafael Moura Lins"},
      {"Comisaria Lucia Ferrer Vidal told reporters the border post was closed.", "Lucia Ferrer Vidal"},
      {"The motion was tabled by Rep. Teresa Okonjo on Monday.", "Teresa Okonjo"},
  }));
  CAPTURE(text);
  CHECK(values(fx.run(text), Facet::kPerson) == std::vector<std::string>{name});
}

TEST_CASE("an assistant commissioner's \"ACP\" stands between a spokesman and his name", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Royal Perak Police (RPP) spokesman ACP Farid Osman Rahim said the road was closed.", "IPOH");
  CHECK(values(es, Facet::kSpokesperson) == std::vector<std::string>{"Farid Osman Rahim"});
}

TEST_CASE("a known name word and then a one-word place is a person, a town and its state are places",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("A spokeswoman for the Canadian Embassy, Brenda Boston, said the visa rules were unchanged.");
  CHECK(values(es, Facet::kPerson) == std::vector<std::string>{"Brenda Boston"});
  CHECK(values(es, Facet::kSpokesperson) == std::vector<std::string>{"Brenda Boston"});
  es = fx.run("The bank was bought by a lender in Perry Oklahoma, its chairman said.", "NEW YORK");
  CHECK(values(es, Facet::kPerson).empty());
  // A possessive ends a name, hyphenated surnames included.
  es = fx.run("Prime Minister Dace Ozoliņa-Bērziņa's Green Unity led the count.", "RIGA");
  CHECK(values(es, Facet::kPerson) == std::vector<std::string>{"Dace Ozoliņa-Bērziņa"});
  // A continent is a place: "Cocoafair Africa said" is an organisation speaking.
  es = fx.run("Cocoafair Africa said the price rise was welcome, and traders in Western Europe agreed.", "ACCRA");
  CHECK(values(es, Facet::kPerson).empty());
}

TEST_CASE("names with their evidence elsewhere, and what is never a name", "[entities][unit]") {
  Fixture fx;
  // The surname alone speaks later: the full name earlier is a person's.
  auto es = fx.run("Winger Tevita Naulumatua scored twice in the second half. \"We stayed calm,\" "
                   "Naulumatua said.");
  CHECK(values(es, Facet::kPerson) == std::vector<std::string>{"Tevita Naulumatua"});
  // A role's complement ends with a place before the name.
  es = fx.run("Canadian Ambassador to Laos Pieterjan Oosterhuis met the minister on Monday.");
  CHECK(find(es, Facet::kPerson, "Pieterjan Oosterhuis") != nullptr);
  es = fx.run("Deputy Minister for Regional Affairs Tomasz Wierzbicki told reporters the plan stood.");
  CHECK(values(es, Facet::kPerson) == std::vector<std::string>{"Tomasz Wierzbicki"});
  // Facility nouns end no person's name.
  es = fx.run("At the National Maternity Hospital in Phnom Penh, midwife Dr Sam Ratana said beds "
              "were full.");
  CHECK(values(es, Facet::kPerson) == std::vector<std::string>{"Sam Ratana"});
  // An apposition after a company is no list of people.
  es = fx.run("A spokesman for the Dutch brewer Hollands Gist, Bram de Vries, said sales fell.");
  CHECK(find(es, Facet::kPerson, "Hollands Gist") == nullptr);
}

TEST_CASE("names of schools, districts and companies are no people", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Her children attend Hun Sen Prek Leap High School in Phnom Penh. Monks in Kampong "
                   "Tralach district said the company, Sok Dara Cashew Processing, had left.");
  CHECK(values(es, Facet::kPerson).empty());
}

TEST_CASE("a name that titles a document is no person", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The experts cited the Nelson Mandela Rules and the Sok Dara Act in Phnom Penh.");
  CHECK(values(es, Facet::kPerson).empty());
}

TEST_CASE("a one-word gazetteer name does not take a longer name", "[entities][unit]") {
  Fixture fx;
  // "Duch" names Kaing Guek Eav alone, not the lawyer Duch Sovann.
  auto es = fx.run("The lawyer, Duch Sovann, said his client in Phnom Penh was innocent.");
  CHECK(find(es, Facet::kPerson, "Kaing Guek Eav") == nullptr);
  CHECK(find(es, Facet::kPerson, "Duch Sovann") != nullptr);
}

TEST_CASE("headline capitals are no evidence of a name", "[entities][unit]") {
  Fixture fx;
  CHECK(values(fx.run("Assembly Spokesman Rejects Fuel Tax Criticism\n\nLawmakers met in Phnom Penh."),
               Facet::kPerson)
            .empty());
  CHECK(values(fx.run("MINISTRY SAYS URGES INCREASED CHECKS\n\nNo one spoke."), Facet::kPerson).empty());
}

TEST_CASE("appositions, reported speech and lists give people", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Nget Sovann, 41, a rice farmer, said the water never came. The company's "
                   "finance manager, Liang Qiu, said the dam was safe. \"It will hold,\" said "
                   "Sreng Bunna, director of the Kandal Water Users Network. Touch Samnang, Ros "
                   "Pheap and Kim Nara were arrested in Phnom Penh.");
  for (const char* name : {"Nget Sovann", "Liang Qiu", "Sreng Bunna", "Touch Samnang", "Ros Pheap",
                           "Kim Nara"}) {
    CAPTURE(name);
    CHECK(find(es, Facet::kPerson, name) != nullptr);
  }
  CHECK(find(es, Facet::kPerson, "Sreng Bunna")->role == "director");
}

TEST_CASE("the name lexicon: a family name with a word no English text writes in lower case",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Long Sokunthea and Sun Vuthy joined villagers from Long Beach and staff of Sun "
                   "Life at the hearing in Kratie.");
  CHECK(values(es, Facet::kPerson) == std::vector<std::string>{"Long Sokunthea", "Sun Vuthy"});
}

TEST_CASE("names with initials and hyphens, companies that speak are no people", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Marcus T. Fielding, a researcher, and Marie-Claire Dubois said the report was "
                   "fair. Golden Harvest Mills said profits fell.");
  CHECK(values(es, Facet::kPerson) ==
        std::vector<std::string>{"Marcus T. Fielding", "Marie-Claire Dubois"});
}

TEST_CASE("a later part of a name is the same person", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Prime Minister Hun Manet opened the session. Pech Sopheak, executive director "
                   "of rights group Adhoc, said arrests rose. Sopheak added that Ms. Lim Chanthy agreed.");
  CHECK(find(es, Facet::kPerson, "Hun Manet")->role == "Prime Minister");
  const Entity* p = find(es, Facet::kPerson, "Pech Sopheak");
  REQUIRE(p != nullptr);
  CHECK(p->role == "executive director");
  CHECK(p->affiliations == std::vector<std::string>{"ADHOC"});
  CHECK(p->mentions == 2);
  CHECK(find(es, Facet::kPerson, "Lim Chanthy") != nullptr);
}

TEST_CASE("organisations and places are not people", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Human Rights Watch said the law was harsh. Phnom Penh, the capital, was calm. "
                   "The United States said nothing. In February the Council met in Prey Veng.");
  CHECK(values(es, Facet::kPerson).empty());
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Human Rights Watch"});
}

}  // namespace tonle::entities

namespace tonle::entities {

TEST_CASE("names from other traditions: particles, initials first, hyphens, honours", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Anneke de Groot, a researcher, and R. Subramaniam, an analyst, met Datuk Seri "
                   "Rosli Hamzah and Chan Wai-kit, a lawyer, in Kampot. Rosli Hamzah said the "
                   "talks went well.");
  for (const char* name : {"Anneke de Groot", "R. Subramaniam", "Rosli Hamzah", "Chan Wai-kit"}) {
    CAPTURE(name);
    CHECK(find(es, Facet::kPerson, name) != nullptr);
  }
  CHECK(values(es, Facet::kPerson).size() == 4);
  // Two initials before the name word.
  es = fx.run("In Madurai, union leader T. R. Balasubramanian and the lawyer S. Meena said the order was unfair.");
  CHECK(find(es, Facet::kPerson, "T. R. Balasubramanian") != nullptr);
  CHECK(find(es, Facet::kPerson, "R. Balasubramanian") == nullptr);
  CHECK(find(es, Facet::kPerson, "S. Meena") != nullptr);
  // A hyphenated given name whose first part is also an English word ("Do", "In").
  es = fx.run("Party spokesman Jung Do-yoon said the vote was fair, and Choi In-sook, a lawyer, agreed.", "SEOUL");
  CHECK(find(es, Facet::kPerson, "Jung Do-yoon") != nullptr);
  CHECK(find(es, Facet::kSpokesperson, "Jung Do-yoon") != nullptr);
  CHECK(find(es, Facet::kPerson, "Choi In-sook") != nullptr);
}

TEST_CASE("a Khmer family name that is also a function word", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In Sokunthy, executive director of the Kampot Fishers Network, said catches fell. "
                   "But Dechen said nothing. In Kampot the market was calm.");
  CHECK(values(es, Facet::kPerson) == std::vector<std::string>{"In Sokunthy"});
  // After a comma, with an age or a role in apposition, in a story about Cambodia.
  es = fx.run("At the market in Takeo town, But Sreyleak, 58, who sells rice, said prices rose.");
  CHECK(find(es, Facet::kPerson, "But Sreyleak") != nullptr);
  // A clause word before a full name is no part of it, and outside Cambodian news never is.
  es = fx.run("But Ferenc Hollo, chief of the tax division, told reporters the deficit was too high.",
              "BUDAPEST");
  CHECK(values(es, Facet::kPerson) == std::vector<std::string>{"Ferenc Hollo"});
  es = fx.run("But Kowalczyk, head of the union, said the strike in Gdansk would go on.");
  CHECK(find(es, Facet::kPerson, "But Kowalczyk") == nullptr);
  // After a role the first word may be one English uses: "Singer Ruby Vann".
  CHECK(values(fx.run("Singer Ruby Vann said the concert in Siem Reap was cancelled."), Facet::kPerson) ==
        std::vector<std::string>{"Ruby Vann"});
}

TEST_CASE("a speaker, a comrade and a convenor are titles, not names", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("JAKARTA - The session was chaired by Deputy Speaker Arif Santoso. Union president Comrade "
                   "Bisi Okafor said workers would strike. \"We walk,\" said the group's convenor, Rosa Dimaculangan.",
                   "JAKARTA");
  for (const char* p : {"Arif Santoso", "Bisi Okafor", "Rosa Dimaculangan"}) {
    CAPTURE(p);
    CHECK(find(es, Facet::kPerson, p) != nullptr);
  }
  CHECK(find(es, Facet::kPerson, "Comrade Bisi Okafor") == nullptr);
  CHECK(find(es, Facet::kPerson, "Speaker Arif Santoso") == nullptr);
}

TEST_CASE("names listed before a plural place noun, and a company's short name, are no people",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Families from Prey Khla and Boeung Trach villages said Sok Heng Rubber Co Ltd cleared "
                   "their land. Sok Heng Rubber denied it.");
  CHECK(values(es, Facet::kPerson).empty());
  // A known name or one with a role stays a person beside a company named after someone.
  es = fx.run("Oknha Meas Kimly founded Meas Kimly Trading Co Ltd in Kampot.");
  CHECK(values(es, Facet::kPerson) == std::vector<std::string>{"Meas Kimly"});
}

TEST_CASE("provinces of Cambodia's neighbours are places, not people", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Farmers in Dong Thap and An Giang lost their crops, and troops were sent to Sultan "
                   "Kudarat, officials said.", "HANOI");
  CHECK(values(es, Facet::kPerson).empty());
}

TEST_CASE("a generational suffix keeps its full stop", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Senator Ramon Dizon Jr. opened the hearing. Later, Ramon Dizon Jr. left.", "MANILA");
  CHECK(find(es, Facet::kPerson, "Ramon Dizon Jr.") != nullptr);
  CHECK(find(es, Facet::kPerson, "Ramon Dizon Jr") == nullptr);
}

TEST_CASE("a given name with diacritics is known by its plain letters", "[entities][unit]") {
  Fixture fx;
  // The name list has "Julian", "Zoe" and "Ciaran"; the story writes them with accents.
  auto es = fx.run("The stage went to Arrieta, 41 seconds ahead of Peru's Julián Quispe and Zoë Farrant's team. "
                   "Ciarán Tobin finished third.", "LIMA");
  CHECK(find(es, Facet::kPerson, "Julián Quispe") != nullptr);
  CHECK(find(es, Facet::kPerson, "Ciarán Tobin") != nullptr);
}

}  // namespace tonle::entities

namespace tonle::entities {

// Found by the entity fuzzer: a capitalised word after a clause word at the very end of the text
// was read one word past the end (ASan: heap-buffer-overflow).
TEST_CASE("a name after a clause word at the end of the text", "[entities][unit]") {
  testing::Fixture fx;
  auto es = fx.run("The hearing was adjourned until March.\n\nIn Februarin");
  CHECK(testing::values(es, Facet::kPerson).empty());
  es = fx.run("But Sophy");
  CHECK(testing::values(es, Facet::kPerson).empty());
}

}  // namespace tonle::entities

namespace tonle::entities {

TEST_CASE("a Khmer family name that is also a day's short form opens a name before a given name",
          "[entities][unit]") {
  testing::Fixture fx;
  auto es = fx.run("In Kampot, boats were seized. Sat Rachana, who sells crabs at the pier, said the fines doubled.");
  CHECK(testing::find(es, Facet::kPerson, "Sat Rachana") != nullptr);
}

}  // namespace tonle::entities

namespace tonle::entities {

TEST_CASE("a Khmer river, lake, island or pagoda word before name-like words makes a place", "[entities][unit]") {
  testing::Fixture fx;
  auto es = fx.run("In Phnom Penh, a court jailed him over posts on the Stung Chhay Sreng dam. Families on Koh Sok "
                   "Dara island agreed, and monks at Wat Keo Rithy prayed.");
  CHECK(testing::values(es, Facet::kPerson).empty());
}

TEST_CASE("a clause word opening the sentence is no part of a spokesperson's name set off before the role",
          "[entities][unit]") {
  Fixture fx;
  for (std::string opener : {"But", "And", "Yet"}) {
    auto es = fx.run("Traders blamed the funds for the fall. " + opener +
                     " Martin Glasby, a spokesman for the Rotterdam Port Authority, said volumes were normal.");
    CAPTURE(opener);
    CHECK(find(es, Facet::kSpokesperson, "Martin Glasby") != nullptr);
    CHECK(find(es, Facet::kPerson, opener + " Martin Glasby") == nullptr);
  }
}

TEST_CASE("a name set before the party it belongs to is a person's", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("LIMA - The front-runner is Teodoro Vizcarra of Renovación Popular, who leads the polls. "
                   "Lucía Mendoza of the Purple Party came second. Voters of the Purple Party met.");
  CHECK(values(es, Facet::kPerson) == (std::vector<std::string>{"Teodoro Vizcarra", "Lucía Mendoza"}));
}

TEST_CASE("a judge's \"Justice\", an elder, a substitute: titles and roles before a name", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In a 40-page ruling, Justice Marta Quintela Borges gave the prosecutors 90 days.", "BRASILIA");
  CHECK(values(es, Facet::kPerson) == std::vector<std::string>{"Marta Quintela Borges"});
  es = fx.run("Another villager, elder Chum Sophal, said the land was theirs.");
  CHECK(find(es, Facet::kPerson, "Chum Sophal") != nullptr);
  es = fx.run("Substitute Tomas Okwuosa Lindgren scored the winner in the 90th minute.", "STOCKHOLM");
  CHECK(values(es, Facet::kPerson) == std::vector<std::string>{"Tomas Okwuosa Lindgren"});
  // A role after a new clause's opener is another's: the team is no person.
  es = fx.run("Malmo won 2-1 over Hammarby Fotboll, as substitute Erik Sandvall headed in the winner.", "MALMO");
  CHECK(find(es, Facet::kPerson, "Hammarby Fotboll") == nullptr);
}

}  // namespace tonle::entities
