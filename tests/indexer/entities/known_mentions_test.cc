// known_mentions_test.cc — gazetteer names, acronyms the article defines, and the story's country.
#include "entities_fixture.h"

namespace tonle::entities {

using testing::find;
using testing::Fixture;
using testing::values;

TEST_CASE("gazetteer aliases fold to one canonical value", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("PHNOM PENH: The Foreign Ministry rejected the claim. Later the Ministry of "
                   "Foreign Affairs and International Cooperation issued a note, and MFAIC repeated it.");
  REQUIRE(values(es, Facet::kMinistry) ==
          std::vector<std::string>{"Ministry of Foreign Affairs and International Cooperation"});
  CHECK(find(es, Facet::kMinistry, "Ministry of Foreign Affairs and International Cooperation")->mentions == 3);
  es = fx.run("The Cambodian Human Rights Commission met. The CHRC said nothing new.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Cambodian Human Rights Committee"});
}

TEST_CASE("an official name with commas matches the gazetteer", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In Cambodia, the Ministry of Land Management, Urban Planning and Construction "
                   "said the plots were state land.");
  CHECK(values(es, Facet::kMinistry) ==
        std::vector<std::string>{"Ministry of Land Management, Urban Planning and Construction"});
}

TEST_CASE("acronyms defined in the text are learned and count once with their long form",
          "[entities][unit]") {
  Fixture fx;
  Extraction x = fx.extractor.extract_text(
      "In Takeo, the Khmer Rice Millers Network (KRMN) criticised the tax. KRMN later met the "
      "Cambodian Dockworkers Union Federation (CDUF).");
  REQUIRE(find(x.entities, Facet::kNgo, "Khmer Rice Millers Network") != nullptr);
  CHECK(find(x.entities, Facet::kNgo, "Khmer Rice Millers Network")->mentions == 2);
  CHECK(find(x.entities, Facet::kNgo, "Cambodian Dockworkers Union Federation") != nullptr);
  REQUIRE(x.aliases.size() == 2);
  CHECK(x.aliases[0].acronym == "KRMN");
}

TEST_CASE("people gathered for a cause, defined with an acronym, are an NGO", "[entities][unit]") {
  Fixture fx;
  Extraction x = fx.extractor.extract_text(
      "Kenyan Nurses for Patient Safety (KNPS) said the strike would go on. KNPS members marched.",
      {.dateline = "NAIROBI"});
  REQUIRE(find(x.entities, Facet::kNgo, "Kenyan Nurses for Patient Safety") != nullptr);
  CHECK(find(x.entities, Facet::kNgo, "Kenyan Nurses for Patient Safety")->mentions == 2);
}

TEST_CASE("ambiguous acronyms count only after the article names the entity", "[entities][unit]") {
  Fixture fx;
  CHECK(values(fx.run("GDP grew 3 pct. NEC said chip sales rose."), Facet::kParty).empty());
  CHECK(values(fx.run("GDP grew 3 pct. NEC said chip sales rose."), Facet::kMinistry).empty());
  auto es = fx.run("The National Election Committee met in Phnom Penh. The NEC said turnout was high.");
  REQUIRE(values(es, Facet::kMinistry) == std::vector<std::string>{"National Election Committee"});
  CHECK(find(es, Facet::kMinistry, "National Election Committee")->mentions == 2);
}

TEST_CASE("a bare \"Amnesty\" is Amnesty International only where the article names it in full",
          "[entities][unit]") {
  Fixture fx;
  CHECK(values(fx.run("Tax Amnesty Nets Record Sum\n\nThe amnesty closed on Friday."), Facet::kNgo).empty());
  auto es = fx.run("Amnesty International said the Kandal verdict was unjust. Amnesty urged a retrial.");
  REQUIRE(find(es, Facet::kNgo, "Amnesty International") != nullptr);
  CHECK(find(es, Facet::kNgo, "Amnesty International")->mentions == 2);
}

TEST_CASE("an article's own acronym beats an ambiguous gazetteer acronym", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The General Department of Customs Inspection (GDP) in Phnom Penh seized the "
                   "shipment. GDP officials said it held timber.");
  CHECK(values(es, Facet::kParty).empty());
  CHECK(find(es, Facet::kMinistry, "General Department of Customs Inspection") != nullptr);
}

TEST_CASE("an acronym alone names a Cambodian body only in a story about Cambodia",
          "[entities][unit]") {
  Fixture fx;
  // Hard red winter wheat, in a story from Kansas City.
  CHECK(values(fx.run("HRW wheat for May delivery rose 4 cents.", "KANSAS CITY"), Facet::kNgo).empty());
  CHECK(values(fx.run("HRW said the Kampot arrests were unlawful."), Facet::kNgo) ==
        std::vector<std::string>{"Human Rights Watch"});
}

TEST_CASE("a story's country comes from Cambodia's own names, then the dateline", "[entities][unit]") {
  Fixture fx;
  // A generic name says nothing about the story: the "Council of Ministers" of a European story.
  auto es = fx.run("The Council of Ministers approved the farm budget on Tuesday.", "BRUSSELS");
  CHECK(find(es, Facet::kMinistry, "Council of Ministers") == nullptr);
  es = fx.run("The Council of Ministers in Phnom Penh approved the farm budget on Tuesday.");
  CHECK(find(es, Facet::kMinistry, "Council of Ministers") != nullptr);
}

TEST_CASE("a story filed abroad about Cambodia is Cambodia's, a dateline's region places it",
          "[entities][unit]") {
  Fixture fx;
  // Filed in Geneva, about Kampot and Phnom Penh: the generic ministry is Cambodia's.
  auto es = fx.run("UN experts urged Cambodia to free five fishers from Kampot. The Ministry of "
                   "Agriculture, Forestry and Fisheries in Phnom Penh said the case was closed.",
                   "GENEVA");
  CHECK(values(es, Facet::kMinistry) ==
        std::vector<std::string>{"Ministry of Agriculture, Forestry and Fisheries"});
  // ... even when its headline and one more sentence name the city it was filed from.
  es = fx.run("Kampot Fishers' Case Raised as Geneva Session Opens\n\nUN experts urged Cambodia to free five "
              "fishers from Kampot. The Interior Ministry said Cambodia would answer in Phnom Penh, not at "
              "a hotel in Geneva. Cambodia has 25 provinces.",
              "GENEVA");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Ministry of Interior"});
  // "SAN JOSE, California" is in the United States, not Costa Rica.
  es = fx.run("The Federal Trade Commission opened an inquiry into the merger.", "SAN JOSE, California");
  CHECK(values(es, Facet::kMinistry) ==
        std::vector<std::string>{"Federal Trade Commission (United States)"});
}

TEST_CASE("a generic party name counts only where the story names its country", "[entities][unit]") {
  Fixture fx;
  // A clause word before it sets the name apart as "the" does.
  CHECK(values(fx.run("In Washington, Democrats backed the bill. But Republicans on the committee "
                      "opposed it."), Facet::kParty) ==
        std::vector<std::string>{"Democratic Party", "Republican Party"});
  // "~Renaissance" is France's party: not in an art story, but in one from Paris.
  CHECK(values(fx.run("The Renaissance painters of Florence drew the crowds."), Facet::kParty).empty());
  CHECK(values(fx.run("In Paris, Renaissance lawmakers said they would abstain."), Facet::kParty) ==
        std::vector<std::string>{"Renaissance"});
}

TEST_CASE("a generic party name before another name is part of that name, before a role it is the party",
          "[entities][unit]") {
  Fixture fx;
  // The story names the United Kingdom, so "Labour" alone could be its party; "Labour Law",
  // "Labour Day" and "Labour Inspection" are not.
  auto es = fx.run("A spokesman for the British Embassy in Phnom Penh said suppliers to UK brands must obey the Labour Law, "
                   "and the march on Labour Day was met by the Department of Labour Inspection.");
  CHECK(values(es, Facet::kParty).empty());
  es = fx.run("In London, Labour MP Jane Reed said the vote was close.");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Labour Party"});
}

TEST_CASE("a listed party's name after another capitalised word ends a longer party's name",
          "[entities][unit]") {
  Fixture fx;
  // "Democratic Party" is listed (the United States'); these are other parties.
  auto es = fx.run("In Lisbon, the Social Democratic Party of Prime Minister Rui Sardo and the Free "
                   "Democratic Party said they would vote for the budget.", "LISBON");
  // (The gazetteer lists Portugal's as "Social Democratic Party (Portugal)".)
  CHECK(values(es, Facet::kParty) ==
        std::vector<std::string>{"Social Democratic Party (Portugal)", "Free Democratic Party"});
  // "the opposition Democratic Party" is the listed party itself.
  es = fx.run("In Washington, the Opposition Democratic Party said it would vote against the bill.");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Democratic Party"});
}

TEST_CASE("a generic ministry's name goes on over a list of subjects up to its \"and\"",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In Nairobi, the Ministry of Agriculture, Livestock and Cooperatives said maize prices "
                   "fell, and the Ministry of Interior, Sok Dara and Mary Wanjiru met.", "NAIROBI");
  CHECK(values(es, Facet::kMinistry) ==
        std::vector<std::string>{"Ministry of Agriculture, Livestock and Cooperatives (Kenya)",
                                 "Ministry of Interior (Kenya)"});
}

TEST_CASE("a one-word generic body's name before a complement is part of a longer name", "[entities][unit]") {
  Fixture fx;
  // "Congress" alone after a country word is that country's; "Kenya Congress of Trade Unions" is not.
  auto es = fx.run("The Kenya Congress of Trade Unions said the budget would hurt workers.", "NAIROBI");
  CHECK(values(es, Facet::kMinistry).empty());
}

TEST_CASE("an alias written with a slash matches the slash", "[entities][unit]") {
  Fixture fx;
  CHECK(values(fx.run("In Berlin, Alliance 90/The Greens voted against."), Facet::kParty) ==
        std::vector<std::string>{"Alliance 90/The Greens"});
}

TEST_CASE("an acronym defined for a foreign body is named by its definition", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Department of Justice (DOJ) in Manila opened an inquiry. The DOJ said the "
                   "officers were suspended.", "MANILA");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Department of Justice (Philippines)"});
}

TEST_CASE("an outlet's name wins over a body's acronym for the outlet", "[entities][unit]") {
  Fixture fx;
  // "DPA" is also a Cambodian NGO's acronym; as an outlet it is the German agency.
  CHECK(fx.extractor.canonical_source("dpa") == "Deutsche Presse-Agentur");
  CHECK(fx.extractor.canonical_source("HRW") == "Human Rights Watch");
  // A name printed beside a date is an outlet only if the gazetteer lists it, or its first words.
  CHECK(fx.extractor.known_outlet("dpa international") == "Deutsche Presse-Agentur");
  CHECK(fx.extractor.known_outlet("Radio Free Asia") == "Radio Free Asia");
  CHECK(fx.extractor.known_outlet("Society") == "");
}

}  // namespace tonle::entities

namespace tonle::entities {

TEST_CASE("an acronym in the name's own language's order is learned when it uses every initial", "[entities][unit]") {
  testing::Fixture fx;
  // "Ente Nacional Regulador del Gas" → ENARGAS-like: here the National Gas Regulatory Entity (ENRG).
  auto es = fx.run("In Buenos Aires, the National Gas Regulatory Entity (ENRG) set new prices. ENRG spokesman Tomás "
                   "Ferreyra said the poorest would pay less.");
  const Entity* sp = testing::find(es, Facet::kSpokesperson, "Tomás Ferreyra");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"National Gas Regulatory Entity (Argentina)"});
  // Letters that are not all the initials stay no definition.
  es = fx.run("In Buenos Aires, the National Gas Regulatory Entity (EGRX) set new prices.");
  CHECK(testing::values(es, Facet::kMinistry) == std::vector<std::string>{"National Gas Regulatory Entity (Argentina)"});
}

TEST_CASE("a foreign body's acronym counts in a story filed from its country, whatever the story is about",
          "[entities][unit]") {
  Fixture fx;
  std::string text = "Cambodia and Cambodia's Interior Ministry will share data on scam compounds. Officers "
                     "of KNPA's Cyber Investigation Bureau will visit Phnom Penh, Cambodian police said.";
  // Filed from Seoul: KNPA is the Korean police, and its bureau is Korea's.
  std::vector<std::string> seoul = values(fx.run(text, "SEOUL"), Facet::kMinistry);
  CHECK(std::ranges::count(seoul, "Korean National Police Agency") == 1);
  CHECK(std::ranges::count(seoul, "Cyber Investigation Bureau (South Korea)") == 1);
  // Filed from Phnom Penh, the acronym alone names no one in a story about Cambodia.
  CHECK(std::ranges::count(values(fx.run(text, "PHNOM PENH"), Facet::kMinistry), "Korean National Police Agency") == 0);
}

TEST_CASE("a one-word generic body named bare after a verb or preposition is named, a building named "
          "after it is not", "[entities][unit]") {
  Fixture fx;
  std::vector<std::string> accra =
      values(fx.run("The finance minister told Parliament on Tuesday that the levy would stay. A bill "
                    "before Parliament would cut it.", "ACCRA"),
             Facet::kMinistry);
  CHECK(std::ranges::count(accra, "Parliament (Ghana)") == 1);
  CHECK(values(fx.run("Nurses marched to Parliament House and gathered outside Parliament Buildings.", "ACCRA"),
               Facet::kMinistry)
            .empty());
  // "In Congress," opening a sentence, "the vote in Congress".
  CHECK(values(fx.run("In Congress, lawmakers asked for calm. The vote in Congress failed.", "QUITO"),
               Facet::kMinistry) == std::vector<std::string>{"Congress (Ecuador)"});
  // At a sentence's start it still needs "the" or a role.
  CHECK(values(fx.run("Senate unit rejects accusation.", "LIMA"), Facet::kMinistry).empty());
}

TEST_CASE("a known NGO's or party's name opening a building's name is the building's", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("NAIROBI - A student was taken outside the Freedom House Apartments in Kilimani. Freedom "
                   "House said it was alarmed.");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Freedom House"});
  CHECK(values(fx.run("NAIROBI - A student was taken outside the Freedom House Apartments in Kilimani."),
               Facet::kNgo)
            .empty());
}

TEST_CASE("a known body's name opening a club's or a business's name is theirs", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In Phnom Penh, fans of Ministry of Justice FC fought at the Senate KTV parlour. Shares of "
                   "the Industrial Bank of Japan Ltd fell. The Ministry of Justice said it regretted the brawl.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Ministry of Justice"});
  // A venue's word up to two capitalised words later: a bar, a lounge, a hotel.
  es = fx.run("In Phnom Penh, deputies dined at Senate Rooftop Bar and met at the Parliament Lounge before "
              "the National Assembly voted.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"National Assembly"});
  // In a headline every word is capitalised: the body stays the body.
  es = fx.run("Senate Approves Casino Tax After Long Debate\n\nPHNOM PENH - Lawmakers on Monday approved a "
              "tax on casinos in Kampot.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Senate"});
}

TEST_CASE("an ambiguous acronym of a body named only by a generic name is that body, of the story's country",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("MANILA, May 2 (PNA) -- The National Election Commission ordered a recount in Cebu. NEC "
                   "spokeswoman Maria Dizon said 900 ballots were misplaced.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"National Election Commission (Philippines)"});
  const Entity* speaker = find(es, Facet::kSpokesperson, "Maria Dizon");
  REQUIRE(speaker != nullptr);
  CHECK(speaker->affiliations == std::vector<std::string>{"National Election Commission (Philippines)"});
}

TEST_CASE("a central bank's and a party's short names count where the story names them in full or in their country",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("WASHINGTON, June 4 (Reuters) - Federal Reserve Governor Ann Lowe spoke in Denver. A Fed "
                   "spokesman, Carl Mott, said she spoke for herself.");
  const Entity* speaker = find(es, Facet::kSpokesperson, "Carl Mott");
  REQUIRE(speaker != nullptr);
  CHECK(speaker->affiliations == std::vector<std::string>{"Federal Reserve (United States)"});
  // ("Fed" alone names no bank: it may be a verb's past in a headline.)
  es = fx.run("WASHINGTON, June 4 (Reuters) - Fed up with delays, growers marched on Monday.");
  CHECK(values(es, Facet::kMinistry).empty());
  es = fx.run("CANBERRA, June 4 (AAP) - Nationals water spokeswoman Jo Pike said the cuts would hurt growers.");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"National Party of Australia"});
  es = fx.run("WASHINGTON, June 4 (AP) - The Nationals beat the Mets 4-2 on Monday.");
  CHECK(values(es, Facet::kParty).empty());
}

}  // namespace tonle::entities
