// countries_test.cc — foreign bodies belong to their country; generic ones to the story's.
#include "entities_fixture.h"

namespace tonle::entities {

using testing::find;
using testing::Fixture;
using testing::values;

TEST_CASE("a country word before a body says whose it is", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In Phnom Penh, Japan's Finance Ministry and the Thai Foreign Ministry met the "
                   "Vietnamese Embassy and the US Embassy.");
  CHECK(values(es, Facet::kMinistry) ==
        (std::vector<std::string>{"Ministry of Finance (Japan)", "Ministry of Foreign Affairs (Thailand)",
                                  "Embassy of Vietnam", "Embassy of the United States"}));
}

TEST_CASE("a generic body belongs to the story's country", "[entities][unit]") {
  Fixture fx;
  CHECK(values(fx.run("The Finance Ministry said the Senate would vote on the budget.", "SEOUL"),
               Facet::kMinistry) ==
        (std::vector<std::string>{"Ministry of Finance (South Korea)", "Senate (South Korea)"}));
  CHECK(values(fx.run("In Cambodia the Finance Ministry said the Senate would vote."), Facet::kMinistry) ==
        (std::vector<std::string>{"Ministry of Economy and Finance", "Senate"}));
  // A story whose country cannot be told files no generic body at all.
  CHECK(values(fx.run("The Finance Ministry said the Senate would vote."), Facet::kMinistry).empty());
}

TEST_CASE("with no dateline, an outlet named after a place decides between countries named alike",
          "[entities][unit]") {
  Fixture fx;
  // Thailand and Malaysia twice each: the Bangkok outlet's country.
  std::string text = "The Foreign Ministry said two Thai nationals held in Malaysia would be sent "
                     "home from Kuala Lumpur on Friday. Thailand thanked the police.";
  CHECK(values(fx.run(text, "", "The Bangkok Ledger"), Facet::kMinistry) ==
        std::vector<std::string>{"Ministry of Foreign Affairs (Thailand)"});
  CHECK(values(fx.run(text, "", "The Penang Courier"), Facet::kMinistry) ==
        std::vector<std::string>{"Ministry of Foreign Affairs (Malaysia)"});
  // An outlet's country the story never names decides nothing; a dateline wins over the outlet.
  CHECK(values(fx.run("The Election Commission in Bangkok said turnout in Thailand was high.", "",
                      "The Phnom Penh Ledger"), Facet::kMinistry) ==
        std::vector<std::string>{"Election Commission (Thailand)"});
  CHECK(values(fx.run(text, "KUALA LUMPUR", "The Bangkok Ledger"), Facet::kMinistry) ==
        std::vector<std::string>{"Ministry of Foreign Affairs (Malaysia)"});
}

TEST_CASE("a foreign body the gazetteer lists carries its country unless its name says it",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Federal Reserve and the US Department of State disagreed.", "WASHINGTON");
  CHECK(find(es, Facet::kMinistry, "Federal Reserve (United States)") != nullptr);
  CHECK(find(es, Facet::kMinistry, "US Department of State") != nullptr);
}

}  // namespace tonle::entities

namespace tonle::entities {

TEST_CASE("whose a body is: a place after it, its owner, a ministry Cambodia lacks", "[entities][unit]") {
  Fixture fx;
  // "in London", in a story filed from Phnom Penh: the Foreign Office is Britain's.
  auto es = fx.run("The Foreign Office in London said it had raised the case with Cambodia.", "PHNOM PENH");
  CHECK(values(es, Facet::kMinistry) ==
        std::vector<std::string>{"Foreign, Commonwealth and Development Office (United Kingdom)"});
  // Cambodia has no Ministry of Overseas Labour: in a story about Cambodia and Indonesia it is
  // Indonesia's.
  es = fx.run("Indonesia's embassy urged workers in Cambodia to check offers with the Ministry of "
              "Overseas Labour before travelling.", "PHNOM PENH");
  CHECK(find(es, Facet::kMinistry, "Ministry of Overseas Labour (Indonesia)") != nullptr);
  // A body owned by a foreign body ("the Royal Malaysia Police's ...").
  es = fx.run("The Royal Malaysia Police (RMP) sent officers from RMP's Cyber Crime Unit to Phnom Penh.",
              "PHNOM PENH");
  CHECK(find(es, Facet::kMinistry, "Cyber Crime Unit (Malaysia)") != nullptr);
}

TEST_CASE("a country's government", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Vietnamese government and the Cambodian government in Phnom Penh signed the deal.");
  CHECK(values(es, Facet::kMinistry) ==
        (std::vector<std::string>{"Government of Vietnam", "Royal Government of Cambodia"}));
}

TEST_CASE("a generic body named again is the one named before, a listed body keeps its own country",
          "[entities][unit]") {
  Fixture fx;
  // In a Cambodian story, "the Senate" after "the Japanese Senate" is still Japan's.
  auto es = fx.run("In Phnom Penh, officials noted that the Japanese Senate had debated aid. The motion "
                   "asks the government to report to the Senate in May.");
  CHECK(find(es, Facet::kMinistry, "Senate (Japan)") != nullptr);
  CHECK(find(es, Facet::kMinistry, "Senate") == nullptr);
  // A generic name after a longer one that ends with it is that body again.
  es = fx.run("The Texas Senate passed the bill on Monday. Senate leader Ann Moss said it was fair.", "AUSTIN");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Texas Senate (United States)"});
  // The EU's delegation sitting in Phnom Penh is still the EU's.
  es = fx.run("The European Union delegation in Phnom Penh said it was concerned.");
  CHECK(values(es, Facet::kMinistry) ==
        std::vector<std::string>{"Delegation of the European Union to Cambodia"});
}

TEST_CASE("where a spokesperson speaks places a generic body, a body named for two countries is "
          "left to the story", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Vietnam rejected the claims about Khmer monks. Foreign Ministry spokeswoman Le Thi "
                   "Hoa told a briefing in Hanoi that the claims were false. In Phnom Penh, Cambodia "
                   "and Khmer groups were silent.");
  const Entity* sp = find(es, Facet::kSpokesperson, "Le Thi Hoa");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Foreign Affairs (Vietnam)"});
  es = fx.run("The Ministry of Labour and Vocational Training in Phnom Penh met returning workers. "
              "Thailand's Labour Ministry ordered the raids. Labour Ministry spokesman Heng Sour said "
              "the workers were safe.");
  sp = find(es, Facet::kSpokesperson, "Heng Sour");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Labour and Vocational Training"});
}

TEST_CASE("a short name of one subject is the ministry the story named with all its subjects",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Ministry of Mines and Mineral Development said output rose. Mines ministry spokesman "
                   "Chola Banda said exports would follow.", "LUSAKA");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Ministry of Mines and Mineral Development (Zambia)"});
  const Entity* sp = find(es, Facet::kSpokesperson, "Chola Banda");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Mines and Mineral Development (Zambia)"});
  // ... and the one the story named with words before it.
  es = fx.run("The Federal Ministry of the Environment said the river was clean. Environment ministry "
              "spokeswoman Anja Kessler said tests would go on.", "BERLIN");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Federal Ministry of the Environment (Germany)"});
}

TEST_CASE("a foreign ministry's name goes on over \"and\" and common words", "[entities][unit]") {
  Fixture fx;
  auto [text, body] = GENERATE(table<std::string, std::string>({
      {"MANILA - The Ministry of Trade and Industry said the Philippines would cut tariffs.",
       "Ministry of Trade and Industry (Philippines)"},
      {"NAIROBI - Amina Otieno, a spokeswoman for the Ministry of Water and Sanitation, said Kenya "
       "had enough dams.", "Ministry of Water and Sanitation (Kenya)"},
      {"HANOI - The Ministry of Natural Resources and Environment said Vietnam would fine the mine.",
       "Ministry of Natural Resources and Environment (Vietnam)"},
      // A subject that is also a head's word, last in the name.
      {"JAKARTA - Indonesia's Ministry of Creative Economy and Society says piracy losses rose.",
       "Ministry of Creative Economy and Society (Indonesia)"},
  }));
  CAPTURE(text);
  auto es = fx.run(text);
  CHECK(find(es, Facet::kMinistry, body) != nullptr);
}

TEST_CASE("the words \"and\" before a person or another ministry ends a ministry's name", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("PHNOM PENH - The Ministry of Interior and Sok Pisey said Cambodia would review the law, "
                   "and the Ministry of Justice and the Ministry of Finance agreed.");
  CHECK(find(es, Facet::kMinistry, "Ministry of Interior") != nullptr);
  CHECK(find(es, Facet::kMinistry, "Ministry of Justice") != nullptr);
  CHECK(find(es, Facet::kMinistry, "Ministry of Economy and Finance") != nullptr);
}

TEST_CASE("a country word inside a name the article defines an acronym for is part of the name",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("ACCRA - Tariffs approved by the Ghanaian Energy Tariffs Commission (GETC) rose on Monday. "
                   "GETC spokesperson Dr. Ama Owusu said the rise reflected costs.",
                   "ACCRA");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Ghanaian Energy Tariffs Commission"});
  const Entity* owusu = find(es, Facet::kSpokesperson, "Ama Owusu");
  REQUIRE(owusu != nullptr);
  CHECK(owusu->affiliations == std::vector<std::string>{"Ghanaian Energy Tariffs Commission"});
  // Without such a definition the adjective says whose a generic body is ...
  es = fx.run("ACCRA - Prices approved by the Ghanaian Finance Ministry rose on Monday.", "ACCRA");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Ministry of Finance (Ghana)"});
  // ... but a commission with a subject of its own is named with it ("Nigerian Copyright
  // Commission"): see the test below.
}

TEST_CASE("'X Department' is written 'Department of X', as 'X Ministry' is 'Ministry of X'", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("MANILA - The Justice Department said on Monday that the extradition could go ahead. The "
                   "Quezon City Police Department arrested two men.",
                   "MANILA");
  CHECK(find(es, Facet::kMinistry, "Department of Justice (Philippines)") != nullptr);
  CHECK(find(es, Facet::kMinistry, "Department of Police (Philippines)") == nullptr);
}

TEST_CASE("a mission belongs to the country it represents, not the one it sits in", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Royal Embassy of Laos in Hanoi and the Embassy of Japan in Vientiane said the "
                   "students were safe.", "VIENTIANE");
  CHECK(values(es, Facet::kMinistry) == (std::vector<std::string>{"Embassy of Laos", "Embassy of Japan"}));
  es = fx.run("Workers asked the Royal Embassy of Cambodia in Kuala Lumpur for help.", "KUALA LUMPUR");
  CHECK(find(es, Facet::kMinistry, "Embassy of Cambodia") != nullptr);
  // A mission to an organisation: the country before "to" is the one it represents.
  es = fx.run("The reply went through the Permanent Mission of Laos to the United Nations in Geneva.", "GENEVA");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Permanent Mission of Laos to the United Nations"});
}

TEST_CASE("a sentence that opens on a place says whose its generic bodies are", "[entities][unit]") {
  Fixture fx;
  // Filed from Bangkok, but the labour ministry of the sentence that opens "In Phnom Penh," is
  // Cambodia's; the next sentence's is the story's.
  auto es = fx.run("Thai police held 300 migrants, the Thai Ministry of Labour said. In Phnom Penh, the "
                   "Ministry of Labour and Vocational Training asked for their release. The Finance "
                   "Ministry said fines would rise.", "BANGKOK");
  CHECK(values(es, Facet::kMinistry) ==
        (std::vector<std::string>{"Ministry of Labour (Thailand)", "Ministry of Labour and Vocational Training",
                                  "Ministry of Finance (Thailand)"}));
  // The place must open the sentence: "rejected claims made in Phnom Penh, the Finance Ministry"
  // is no such sentence.
  es = fx.run("The Finance Ministry in Seoul rejected claims from Phnom Penh, the agency said.", "SEOUL");
  CHECK(find(es, Facet::kMinistry, "Ministry of Finance (South Korea)") != nullptr);
}

TEST_CASE("a foreign ministry named 'of' its country is written with its country in brackets",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Nurses met officials of the Ministry of Health of Indonesia in Phnom Penh.", "PHNOM PENH");
  CHECK(find(es, Facet::kMinistry, "Ministry of Health (Indonesia)") != nullptr);
  // A name that says its country otherwise keeps it.
  es = fx.run("The Immigration Department of Malaysia deported 40 workers.", "KUALA LUMPUR");
  CHECK(find(es, Facet::kMinistry, "Immigration Department of Malaysia") != nullptr);
}

TEST_CASE("with no dateline, a story naming another country far more than Cambodia is that country's",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Laos's election commission asked the Constitutional Court to ban the Lao Green Party. "
                   "Lao officials in Vientiane said Luang Prabang voters would be told. The Senate will "
                   "debate it after talks with Cambodia.");
  CHECK(find(es, Facet::kMinistry, "Constitutional Court (Laos)") != nullptr);
  CHECK(find(es, Facet::kMinistry, "Senate (Laos)") != nullptr);
  // Named about as often as Cambodia, the other country does not win.
  es = fx.run("Thai and Cambodian officials met in Poipet. The Senate will debate the border deal.");
  CHECK(find(es, Facet::kMinistry, "Senate") != nullptr);
}

TEST_CASE("the headline's country counts for more, a country before a common word counts",
          "[entities][unit]") {
  Fixture fx;
  // The headline (the first paragraph) is about Korea; the body names New Zealand as often.
  auto es = fx.run("Korean satellite lands in remote desert\n\nThe capsule came down near Taupo in New Zealand, "
                   "watched from Seoul. New Zealand police closed the roads. The Science Ministry said "
                   "the data would be shared.");
  CHECK(find(es, Facet::kMinistry, "Ministry of Science (South Korea)") != nullptr);
  // "Ghana Cocoa Board": the country before a common word is the country, not a person's name.
  es = fx.run("Ghana Cocoa Board raises price as smuggling to Togo grows\n\nThe Ghana Cocoa Board raised "
              "the price. Smuggling to Togo surged. The Finance Ministry will fund it.",
              "", "Accra Business Times");
  CHECK(find(es, Facet::kMinistry, "Ministry of Finance (Ghana)") != nullptr);
}

TEST_CASE("an adjective before a commission with a subject of its own is part of its name, a plural's "
          "possessive says whose a body is", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Kenyan Fisheries Commission and the Thai Election Commission met in Nairobi.", "NAIROBI");
  CHECK(find(es, Facet::kMinistry, "Kenyan Fisheries Commission") != nullptr);
  CHECK(find(es, Facet::kMinistry, "Election Commission (Thailand)") != nullptr);
  es = fx.run("The Philippines\xE2\x80\x99 Commission on Human Rights opened an inquiry.", "MANILA");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Commission on Human Rights (Philippines)"});
}

TEST_CASE("a party name many countries share is the story country's party of that name", "[entities][unit]") {
  Fixture fx;
  // The gazetteer's Labour Party is Britain's; in a Norwegian story it is Norway's.
  auto es = fx.run("OSLO: The Labour Party said the fishing quota would be cut next year.", "OSLO");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Norwegian Labour Party"});
  // A shared name no entry holds, in a Swedish story.
  es = fx.run("STOCKHOLM: The Green Party walked out of the budget talks on Tuesday.", "STOCKHOLM");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Green Party (Sweden)"});
  // The gazetteer writes Norway's only as "Green Party (Norway)".
  es = fx.run("OSLO: The Green Party said the oil fund should sell its coal shares.", "OSLO");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Green Party (Norway)"});
  // Britain's own, and one the text ties to Britain, stay British.
  es = fx.run("LONDON: The Labour Party said the rail fares were too high.", "LONDON");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Labour Party"});
  es = fx.run("OSLO: Norway's ministers met the British Labour Party on Monday.", "OSLO");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Labour Party"});
  // "Social Democratic Party" holds another country's "Democratic Party": the whole name is the
  // story country's.
  es = fx.run("HAMBURG: The Social Democratic Party said the port strike should end.", "HAMBURG");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Social Democratic Party of Germany"});
  es = fx.run("PORTO: The Social Democratic Party said the port strike should end.", "PORTO");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Social Democratic Party (Portugal)"});
  es = fx.run("HAMBURG: The strike went on. Social Democratic Party spokesman Jonas Brandt said it should end.",
              "HAMBURG");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Social Democratic Party of Germany"});
}

TEST_CASE("a party's bare short name is the story country's party of that name", "[entities][unit]") {
  Fixture fx;
  // "Labour" alone names Britain's party in the gazetteer; in an Irish story it is Ireland's.
  auto es = fx.run("Labour's housing spokesman, Ciaran Doyle, said rents had doubled in a year.", "DUBLIN");
  const Entity* sp = find(es, Facet::kSpokesperson, "Ciaran Doyle");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Irish Labour Party"});
  // ... but "Labour Minister" is a minister of labour.
  es = fx.run("Labour Minister Colm Brady said the strike would end on Friday.", "DUBLIN");
  CHECK(values(es, Facet::kParty).empty());
  // Two countries' parties share "Greens": the story's country tells which.
  es = fx.run("Greens transport spokesman Jonas Keller said the night line would close.", "BERLIN");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Alliance 90/The Greens"});
  es = fx.run("Greens transport spokesman Jonas Keller said the night line would close.", "CANBERRA");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Australian Greens"});
}


TEST_CASE("a generic name the story gave one foreign country before is that country's again, in a "
          "story about Cambodia", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Lao Foreign Ministry said it would review the arrest of 30 Cambodian fishermen after "
                   "the Cambodian Embassy in Vientiane complained.\n\nForeign Ministry spokesman Phonsavanh "
                   "Keomany told reporters the men would be released.");
  const Entity* sp = find(es, Facet::kSpokesperson, "Phonsavanh Keomany");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Foreign Affairs (Laos)"});
  CHECK(find(es, Facet::kMinistry, "Ministry of Foreign Affairs and International Cooperation") == nullptr);
  // Given two countries before, the words are left to the story's country.
  es = fx.run("The Lao Foreign Ministry and the Thai Foreign Ministry met in Phnom Penh with Cambodian "
              "officials.\n\nForeign Ministry spokesman Chum Sounry said the talks went well.");
  sp = find(es, Facet::kSpokesperson, "Chum Sounry");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Foreign Affairs and International Cooperation"});
}
TEST_CASE("in a story about Cambodia, an unlisted body whose sentence names only another country's "
          "places is that country's", "[entities][unit]") {
  Fixture fx;
  std::string text =
      "Cambodia's Ministry of Labour and Vocational Training said 90 Cambodian workers were held "
      "in Kanchanaburi. They will be handed to the Deportation Bureau at the Ban Laem checkpoint in "
      "Chanthaburi. The Migrant Welfare Office in Phnom Penh will prepare their return. The "
      "Provincial Labour Protection Office said they were owed wages. The Joint Border Commission "
      "will meet in Trat next week.";
  std::vector<std::string> bodies = values(fx.run(text), Facet::kMinistry);
  CHECK(std::ranges::count(bodies, "Deportation Bureau (Thailand)") == 1);
  // Its own sentence names Cambodia, or no place at all: the story's own body.
  CHECK(std::ranges::count(bodies, "Migrant Welfare Office") == 1);
  CHECK(std::ranges::count(bodies, "Provincial Labour Protection Office") == 1);
  // A joint body is both countries'.
  CHECK(std::ranges::count(bodies, "Joint Border Commission") == 1);
}

TEST_CASE("a one-word generic name is the story's one longer name of that country ending with it, "
          "wherever it comes", "[entities][unit]") {
  Fixture fx;
  std::vector<std::string> bodies =
      values(fx.run("Farmers want a vote in Congress on the new tariff. The National Congress meets "
                    "in May.", "BRASILIA"),
             Facet::kMinistry);
  CHECK(bodies == std::vector<std::string>{"National Congress (Brazil)"});
  CHECK(values(fx.run("The bill went to the Senate. The Federal Senate meets in May.", "BRASILIA"),
               Facet::kMinistry) == std::vector<std::string>{"Federal Senate (Brazil)"});
  // Two longer names end with it: which one is meant cannot be told.
  std::vector<std::string> two =
      values(fx.run("The bill went to the Senate. The Federal Senate and the Sao Paulo State Senate met.", "BRASILIA"),
             Facet::kMinistry);
  CHECK(std::ranges::count(two, "Senate (Brazil)") == 1);
}

TEST_CASE("whom a member sits for is no part of a chamber's name", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("ASUNCION - Rosa Benitez, who sits in the Senate for the Colorado Party, said the vote was unfair.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Senate (Paraguay)"});
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Colorado Party"});
}

}  // namespace tonle::entities
