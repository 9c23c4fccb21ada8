// org_rules_test.cc — organisations the gazetteer does not list, found by the name grammar.
#include "entities_fixture.h"

namespace tonle::entities {

using testing::find;
using testing::Fixture;
using testing::values;

TEST_CASE("state bodies the gazetteer does not know", "[entities][unit]") {
  Fixture fx;
  auto [text, body] = GENERATE(table<std::string, std::string>({
      {"In Cambodia, the General Department of Rubber Inspection said prices fell.",
       "General Department of Rubber Inspection"},
      {"The Irrigation Ministry in Phnom Penh denied it.", "Ministry of Irrigation"},
      {"The Stung Treng Provincial Department of Mines said the permit was valid.",
       "Stung Treng Provincial Department of Mines"},
      {"The Kampot Provincial Hall said the road would reopen.", "Kampot Provincial Administration"},
      {"In Cambodia, the Bavet City Hall said the market would reopen.", "Bavet City Administration"},
      {"The Pailin Provincial Military Police detained two men.", "Pailin Provincial Military Police"},
      {"In Cambodia the National Committee for Seed Certification met.",
       "National Committee for Seed Certification"},
      {"In Cambodia, the Ministry of Roads, Bridges and Ferries said the toll would rise.",
       "Ministry of Roads, Bridges and Ferries"},
      // Listed before the head, and a head with "-General".
      {"In Cambodia, the Seed Quality, Pricing and Market Standards Directorate-General said no.",
       "Seed Quality, Pricing and Market Standards Directorate-General"},
      // A numbered unit.
      {"In Cambodia, a soldier from Brigade 52 was questioned.", "Brigade 52"},
      // A part whose own words are generic takes its parent into its name.
      {"In Cambodia, the Standing Committee of the Senate met on the budget.",
       "Standing Committee of the Senate"},
      // Sports words do not unmake a state body.
      {"In Cambodia, the Kep Provincial Department of Youth and Sports opened a pool.",
       "Kep Provincial Department of Youth and Sports"},
      {"The Tongan Police Force said two fans were held after the final.", "Tongan Police Force"},
  }));
  CAPTURE(text);
  CHECK(values(fx.run(text), Facet::kMinistry) == std::vector<std::string>{body});
}

TEST_CASE("weekdays and clause words are never part of a name", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In Cambodia the Ministry of Digital Affairs on Wednesday said the app was safe.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Ministry of Digital Affairs"});
  es = fx.run("But the Khmer Unity Party said the vote was unfair, and the Battambang Provincial "
              "Department of Water said nothing.");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Khmer Unity Party"});
  CHECK(values(es, Facet::kMinistry) ==
        std::vector<std::string>{"Battambang Provincial Department of Water"});
}

TEST_CASE("a name glued to the next sentence's \"The\" makes no body, a name may start with digits",
          "[entities][unit]") {
  Fixture fx;
  // A scraped byline left before the lead: "Chan Pisey The Ministry of ..." is no "Ministry of Chan Pisey The".
  auto es = fx.run("Mao Rithy The Ministry of Tourism in Cambodia said visitor numbers rose.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Ministry of Tourism"});
  es = fx.run("In Cambodia, the 4K Fishers Network and the 9R Youth Association wrote to the governor.");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"4K Fishers Network", "9R Youth Association"});
}

TEST_CASE("a sport's own units, courts and panels are no state bodies", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Cycling Integrity Unit suspended the rider, who said he would appeal to the "
                   "Court of Arbitration for Sport and the Tennis Review Board.", "NAIROBI");
  CHECK(values(es, Facet::kMinistry).empty());
  es = fx.run("The Rowing Anti-Doping Authority banned the rower for two years.", "BRUSSELS");
  CHECK(values(es, Facet::kMinistry).empty());
  es = fx.run("In Cambodia, the Siem Reap Provincial Department of Youth and Sport opened a track.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Siem Reap Provincial Department of Youth and Sport"});
}

TEST_CASE("an advocacy network or a consumers' union is an NGO whatever trade it watches", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Timber Advocacy Network (TAN) said logging rose. The Consumers Union of Peru "
                   "called for a recall.", "LIMA");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Timber Advocacy Network", "Consumers Union of Peru"});
}

TEST_CASE("capitalised words between a political description and a lower-case party are a party",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The cabinet fell after the far-right Vanguardia party walked out, and the ruling "
                   "Unidad party lost its majority. Guests enjoyed the Harbour Club party.", "MADRID");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Vanguardia", "Unidad"});
}

TEST_CASE("a union with an ideology's word in a sentence about politics is a party, a union of "
          "workers stays a union",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Deputies of the opposition Popular Democratic Union voted against the pension bill in "
                   "parliament, and the National Union of Dockworkers backed the government.", "SANTIAGO");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Popular Democratic Union"});
  // "the opposition X Front": the description says it is a party.
  es = fx.run("The opposition Liberation Front blamed the government for the cost of living.", "HARARE");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Liberation Front"});
  // The ideology's word wins over civil society's ("Farmers").
  es = fx.run("The Union of Greens and Farmers won nine seats in parliament in the election.", "VILNIUS");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Union of Greens and Farmers"});
}

TEST_CASE("a country's central bank is the state's, commercial banks and run-on names are not",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Bank of Peru held its rate, and the Chilean Central Bank cut its own. The Central "
                   "Bank of Ecuador said nothing.", "LIMA");
  CHECK(values(es, Facet::kMinistry) ==
        std::vector<std::string>{"Bank of Peru", "Central Bank (Chile)", "Central Bank of Ecuador"});
  es = fx.run("The Central Bank of Marion County and the Bank of America raised fees.", "NEW YORK");
  CHECK(values(es, Facet::kMinistry).empty());
  // A reserve bank is a central bank by another name.
  es = fx.run("The Reserve Bank of Fiji held its rate.", "SUVA");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Reserve Bank of Fiji"});
  es = fx.run("The Reserve Bank of Adams County raised fees.", "DENVER");
  CHECK(values(es, Facet::kMinistry).empty());
  // A role after the country ends the name: "Bank of Peru Governor X".
  es = fx.run("Bank of Peru Governor Rosa Quispe said rates would hold.", "LIMA");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Bank of Peru"});
  CHECK(values(es, Facet::kPerson) == std::vector<std::string>{"Rosa Quispe"});
}

TEST_CASE("a policy institute or centre is a think tank in any story", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Andean Policy Institute said the rate cut came too late.", "LIMA");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Andean Policy Institute"});
}

TEST_CASE("a country's embassy in lower case, a hall is an administration only as a seat of one",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Vietnamese embassy spokeswoman Tran Thi Lan said the workers would fly home. The band "
                   "played at the Albert Hall.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Embassy of Vietnam"});
  const Entity* sp = find(es, Facet::kSpokesperson, "Tran Thi Lan");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Embassy of Vietnam"});
  es = fx.run("The Kampot Provincial Hall said the road would reopen.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Kampot Provincial Administration"});
}

TEST_CASE("a spaced ampersand joins a name's words", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In Cambodia, the Rivers & Reefs Alliance said the sand dredging must stop.");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Rivers & Reefs Alliance"});
}

TEST_CASE("a council of trade unions or of trades is civil society's", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Fiji Council of Trade Unions and the Suva Trades and Labour Council called a strike.", "SUVA");
  CHECK(values(es, Facet::kMinistry).empty());
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Fiji Council of Trade Unions", "Suva Trades and Labour Council"});
}

TEST_CASE("a headline's capitals make no name, names from the story count there too", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Rubber Department Rejects Union Demands\n\nIn Cambodia, officials met the union.");
  CHECK(values(es, Facet::kMinistry).empty());
  es = fx.run("FORMS A NEW EXPLORATION DEPARTMENT\n\nThe company said little.");
  CHECK(values(es, Facet::kMinistry).empty());
  es = fx.run("Pursat Water Department Shuts Canal\n\nThe Pursat Water Department said the canal "
              "would close for a week.");
  REQUIRE(find(es, Facet::kMinistry, "Pursat Water Department") != nullptr);
  CHECK(find(es, Facet::kMinistry, "Pursat Water Department")->mentions == 2);
}

TEST_CASE("NGOs by their head words and cue words, companies, clubs and documents are none",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Kampong Thom Fishers Network and the NGO Sangkhum Chbab met in Cambodia. "
                   "Mekong Rubber Co Ltd and the Phnom Penh Football Federation declined to comment.");
  CHECK(values(es, Facet::kNgo) ==
        std::vector<std::string>{"Kampong Thom Fishers Network", "Sangkhum Chbab"});
  es = fx.run("Groups criticised the Law on Associations and Non-Governmental Organisations in Cambodia.");
  CHECK(values(es, Facet::kNgo).empty());
  // Outside Cambodian news an association needs civil society's words to be an NGO.
  es = fx.run("The American Pecan Growers Association said exports rose.", "WASHINGTON");
  CHECK(values(es, Facet::kNgo).empty());
}

TEST_CASE("a department of a named body stays two bodies, a UN office is the UN's", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In Cambodia, the Anti-Smuggling Department of the National Police raided a shop.");
  CHECK(find(es, Facet::kMinistry, "Anti-Smuggling Department") != nullptr);
  CHECK(find(es, Facet::kMinistry, "National Police") != nullptr);
  es = fx.run("In Cambodia, the Office of the UN Special Envoy and the Office of the United Nations "
              "Resident Coordinator issued a statement.");
  CHECK(values(es, Facet::kMinistry).empty());
  CHECK(values(es, Facet::kNgo).empty());
}

TEST_CASE("unions and advocates of workers, an international checkpoint is no body", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Lucky River Hotel Workers' Union said in Phnom Penh that the Mekong Labour "
                   "Advocates would help. Trucks queued at the Bavet International Checkpoint.");
  CHECK(values(es, Facet::kNgo) ==
        std::vector<std::string>{"Lucky River Hotel Workers' Union", "Mekong Labour Advocates"});
  // A country word before a bureau, court or commission says whose it is.
  es = fx.run("A spokesman for the Lao Customs Bureau said the trucks were cleared.", "VIENTIANE");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Customs Bureau (Laos)"});
}

TEST_CASE("a country's own name before a commission or police is part of the name, national "
          "rights institutions are the state's, rights groups are not", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Uganda Human Rights Commission and the Ghana Police said in Accra that the "
                   "Nigeria National Commission for Refugees had been told.", "ACCRA");
  CHECK(find(es, Facet::kMinistry, "Ghana Police") != nullptr);
  CHECK(find(es, Facet::kMinistry, "Nigeria National Commission for Refugees") != nullptr);
  // "Human Rights Commission" is also the Cambodian committee's generic name: not here.
  CHECK(find(es, Facet::kMinistry, "Cambodian Human Rights Committee") == nullptr);
  CHECK(find(es, Facet::kNgo, "Cambodian Human Rights Committee") == nullptr);
  es = fx.run("The National Human Rights Commission of Peru and the Peruvian Workers Rights Committee met "
              "in Lima.", "LIMA");
  CHECK(find(es, Facet::kMinistry, "National Human Rights Commission of Peru") != nullptr);
  CHECK(find(es, Facet::kNgo, "Peruvian Workers Rights Committee") != nullptr);
}

TEST_CASE("a country's ministry in lower case, a university's centre is no NGO", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Lao finance ministry spokeswoman Vanh Sisouk said the loan was signed.", "VIENTIANE");
  const Entity* sp = find(es, Facet::kSpokesperson, "Vanh Sisouk");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Finance (Laos)"});
  es = fx.run("A fellow at Stanford University's Mekong Center said the Cambodian rule was harsh.");
  CHECK(values(es, Facet::kNgo).empty());
}

TEST_CASE("the words \"the foreign ministry\" in a story about Cambodia is Cambodia's, \"the new ministry\" is none",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Cambodia met EU envoys on Monday. \"We answered every point,\" said Chan Sokha, a spokesman "
                   "for the foreign ministry. The new ministry building opened.");
  CHECK(values(es, Facet::kMinistry) ==
        std::vector<std::string>{"Ministry of Foreign Affairs and International Cooperation"});
  const Entity* sp = find(es, Facet::kSpokesperson, "Chan Sokha");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Foreign Affairs and International Cooperation"});
  // In foreign news the bare form names no country's ministry.
  es = fx.run("In Jakarta, the trade ministry kept the palm oil price unchanged.", "KUALA LUMPUR");
  CHECK(values(es, Facet::kMinistry).empty());
}

TEST_CASE("names in a complement end at \"and the\" and at a role", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Association of Rice Farmers of Takeo and the Union of Fishers of Kampot met in "
                   "Phnom Penh with the Workers' Party of President Heng Dara.");
  CHECK(find(es, Facet::kNgo, "Association of Rice Farmers of Takeo") != nullptr);
  CHECK(find(es, Facet::kNgo, "Union of Fishers of Kampot") != nullptr);
  CHECK(find(es, Facet::kParty, "Workers' Party") != nullptr);
}

TEST_CASE("movements and alliances with a party's words in a sentence about politics are parties",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The opposition National Democratic Movement and the ruling Progressive People's "
                   "Alliance split the vote in parliament.", "LAGOS");
  CHECK(values(es, Facet::kParty) ==
        std::vector<std::string>{"National Democratic Movement", "Progressive People's Alliance"});
  es = fx.run("The Silver Alliance announced a farewell tour with The Velvet Front.", "LONDON");
  CHECK(values(es, Facet::kParty).empty());
}

TEST_CASE("foundations, working groups, red cross societies and church councils are civil society "
          "in any news, trading groups are not", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Harriet Okoro Foundation, the Refugee Working Group, the Ghana Red Cross Society "
                   "and the Coastal Missionary Council met in Accra. Delta Apparel Group declined to comment.",
                   "ACCRA");
  CHECK(values(es, Facet::kNgo) ==
        std::vector<std::string>{"Harriet Okoro Foundation", "Refugee Working Group",
                                 "Ghana Red Cross Society", "Coastal Missionary Council"});
  CHECK(values(es, Facet::kMinistry).empty());
}

TEST_CASE("a party's branch in a place, a police service, a one-word body needs \"the\"",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Texas Republican Party spokesman Jim Hale said the vote was fair.", "AUSTIN");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Texas Republican Party"});
  es = fx.run("The National Police Service said in Accra that two men were held.", "ACCRA");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"National Police Service (Ghana)"});
  es = fx.run("Army unit denies links to loggers\n\nSoldiers in Kratie were questioned in Cambodia.");
  CHECK(values(es, Facet::kMinistry).empty());
}

TEST_CASE("a local level with no place names no body, an adjective before National is part of "
          "the name, a list opens after \"The\"", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Provincial Administration clarifies relocation\n\nThe Municipal Court in "
                   "Cambodia adjourned the case.");
  CHECK(values(es, Facet::kMinistry).empty());
  es = fx.run("The Indonesian National Police said in Jakarta that two men were held.", "JAKARTA");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Indonesian National Police"});
  es = fx.run("The Fairness and Equality Commission said in London that it would write to the "
              "minister.", "LONDON");
  CHECK(values(es, Facet::kMinistry) ==
        std::vector<std::string>{"Fairness and Equality Commission (United Kingdom)"});
}

TEST_CASE("a name described right after it as a party is a party", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Ministry of Interior refused to register Chhneas Thmey, a party founded last year "
                   "by former opposition officials.");
  CHECK(find(es, Facet::kParty, "Chhneas Thmey") != nullptr);
  // A person described by a party role is a person.
  es = fx.run("The court sat in Kampot. Yem Sarun, a party official in Kampot, said the case was weak.");
  CHECK(values(es, Facet::kParty).empty());
}

TEST_CASE("a party needs a political word or a political context", "[entities][unit]") {
  Fixture fx;
  CHECK(values(fx.run("The Rice Farmers Party won three seats in the election."), Facet::kParty) ==
        std::vector<std::string>{"Rice Farmers Party"});
  CHECK(values(fx.run("The Birthday Party played their last concert in 1983."), Facet::kParty).empty());
}

TEST_CASE("a foreign organisation described as a think tank or advocacy group is an NGO", "[entities][unit]") {
  Fixture fx;
  auto [text, ngo] = GENERATE(table<std::string, std::string>({
      {"OSLO - The Nordic Centre for Fiscal Studies, a centre-right think tank, said the budget was loose.",
       "Nordic Centre for Fiscal Studies"},
      {"LIMA - The Andean Mining Network, an advocacy group, said the new pits poisoned two rivers.",
       "Andean Mining Network"},
  }));
  CAPTURE(text);
  auto es = fx.run(text);
  CHECK(find(es, Facet::kNgo, ngo) != nullptr);
}

TEST_CASE("without such a description a foreign centre or network is no NGO", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("OSLO - The Nordic Centre for Fiscal Studies said the budget was loose, and the Andean "
                   "Mining Network said prices fell.");
  CHECK(values(es, Facet::kNgo).empty());
}

TEST_CASE("a name described right after it as a civil-society group is an NGO", "[entities][unit]") {
  Fixture fx;
  // No head word, a place's name inside, "for" inside, a closing word that is a function word.
  auto es = fx.run("Floods reached Kratie on Monday. Kratie Mothers for Clean Wells, a local group "
                   "that runs wells along the Mekong, opened a kitchen. River Voices Now, a network of "
                   "village activists from four provinces, said it would send monitors.");
  CHECK(find(es, Facet::kNgo, "Kratie Mothers for Clean Wells") != nullptr);
  CHECK(find(es, Facet::kNgo, "River Voices Now") != nullptr);
  // A body that says it speaks for people.
  es = fx.run("Rice prices rose in Takeo. Delta Rice Farmers United, which says it represents 12,000 "
              "farmers in four provinces, welcomed the rise.");
  CHECK(find(es, Facet::kNgo, "Delta Rice Farmers United") != nullptr);
  es = fx.run("Sihanoukville Port Porters United, which represents the workers, called a strike.");
  CHECK(find(es, Facet::kNgo, "Sihanoukville Port Porters United") != nullptr);
  CHECK(values(fx.run("Shares rose. Ferro Castings, which represents a big change for the town, fell."),
               Facet::kNgo).empty());
  // A body whose work is civil society's: training, documenting, monitoring.
  es = fx.run("In Kratie, Fair Ballot Lab, which trains first-time voters, said many had no ID cards. Open "
              "Dock Kampot, which has documented evictions since 2019, said nine families left.");
  CHECK(find(es, Facet::kNgo, "Fair Ballot Lab") != nullptr);
  CHECK(find(es, Facet::kNgo, "Open Dock Kampot") != nullptr);
  // ... but not a country's own institute, nor a company.
  es = fx.run("In Vientiane, the Geological Survey of Laos, which has helped map the river, said the bank was "
              "safe. Sunrise Rice Co, which trains farmers, said yields rose.");
  CHECK(values(es, Facet::kNgo).empty());
  // Business groups, counted groups, investment firms and a person's role are none.
  for (const char* text : {
           "Halden Group bid again. Norrvik Capital Partners, a group controlled by two banks, said no.",
           "The bid failed. Save Harbor Value, a shareholder group led by a fund, said it would sue.",
           "Shares fell. Breton Alliance Holdings, a group of companies in Lyon, said profits fell.",
           "Talks went on. Ostmark Energy Pool, a group of about 40 utilities, said prices would rise.",
           "The court sat in Phnom Penh. Sok Dara, a rights group official, said the case was weak."}) {
    CAPTURE(text);
    auto got = fx.run(text);
    CHECK(values(got, Facet::kNgo).empty());
  }
}

TEST_CASE("a described group may have one word, a place-based or 'the' description, a think tank", "[entities][unit]") {
  Fixture fx;
  auto [text, ngo] = GENERATE(table<std::string, std::string>({
      {"Havsvakt, a Bergen-based conservation group, said the farms should close.", "Havsvakt"},
      {"Ceartas na Mara, the Irish-language advocacy group, has started a petition.", "Ceartas na Mara"},
      {"Vote Watch Ghana, a civil society group that deployed 900 observers, said the count was fair.",
       "Vote Watch Ghana"},
      {"Aktion Friedensgeld, a church-backed campaign against the arms trade, said it had 9,000 names.",
       "Aktion Friedensgeld"},
      {"Pemilu Bersih, an election watchdog, said the bill had been rushed.", "Pemilu Bersih"},
      {"Votewatch, an election watchdog, said the bill had been rushed.", "Votewatch"},
      {"Kratie Youth Voice, a student network whose members were questioned, said it would go on.",
       "Kratie Youth Voice"},
      {"Koh Kong Voices, a group of farmers from the islands, has collected land titles.",
       "Koh Kong Voices"},
      {"The more moderate UNSA, France's third union, also joined the march.", "UNSA"},
      {"The Lunar Futures Society, a US-based advocacy group, said the landing showed what small "
       "missions can do.", "Lunar Futures Society"},
      {"Instituto Terra Viva, an environmental think tank in Recife, said it set a precedent.",
       "Instituto Terra Viva"},
      {"Teatro Vivo Forum, which represents more than 150 arts organisations, said the cuts were deep.",
       "Teatro Vivo Forum"},
  }));
  CAPTURE(text);
  CHECK(find(fx.run(text), Facet::kNgo, ngo) != nullptr);
}

TEST_CASE("one word described as a business, a customs union or a group's post is no NGO", "[entities][unit]") {
  Fixture fx;
  for (const char* text : {
           "Shares rose. Kestrel, an aerospace group, said orders doubled.",
           "Trade grew. Andinor, a customs union of four states, cut tariffs.",
           "Nordwind Aero Systems, an aerospace group based in Bremen, said orders doubled.",
           "The court sat. Dara, the group's director, said the case was weak.",
           "Under the 2019 Cooperatives Law, a union must register with the ministry.",
           "Tunde Bakare, a spokesman for the party's campaign council in Ibadan, denied it."}) {
    CAPTURE(text);
    CHECK(values(fx.run(text), Facet::kNgo).empty());
  }
  // A name at the very end of the text, behind its comma, is read without reaching past it.
  CHECK(values(fx.run("They met the Lunar Futures Society,"), Facet::kNgo).empty());
  // An acronym in brackets after a name is the name's, not a one-word group.
  CHECK(find(fx.run("NAIROBI - The Kenya National Rights Commission (KNRC), a state-funded watchdog, "
                    "urged calm."),
             Facet::kNgo, "KNRC") == nullptr);
  // A person's role before the group is not the group's description.
  auto es = fx.run("The court sat in Kratie. Mey Sokhom, the Kratie coordinator for rights group Adhoc, spoke.");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"ADHOC"});
}

TEST_CASE("a charity after its cue word, with linking words inside its name", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The anti-hunger charity Bread for the Hills said it would feed 300 families. The "
                   "Catholic charity Caritas et Lux and the rights group Friends of the River Mekong "
                   "joined it.");
  CHECK(find(es, Facet::kNgo, "Bread for the Hills") != nullptr);
  CHECK(find(es, Facet::kNgo, "Caritas et Lux") != nullptr);
  CHECK(find(es, Facet::kNgo, "Friends of the River Mekong") != nullptr);
}

TEST_CASE("countries' embassies named together in lower case", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Police in Phnom Penh acted after complaints from the Malaysian and Nigerian "
                   "embassies. The British, Dutch and Japanese embassies said nothing.");
  for (const char* e : {"Embassy of Malaysia", "Embassy of Nigeria", "Embassy of the United Kingdom",
                        "Embassy of the Netherlands", "Embassy of Japan"}) {
    CAPTURE(e);
    CHECK(find(es, Facet::kMinistry, e) != nullptr);
  }
  // A list that is no coordination of countries before "embassies" names none.
  CHECK(values(fx.run("Officials from Japan, embassies and banks met in Phnom Penh."), Facet::kMinistry).empty());
  // "the embassies of" a list of countries.
  es = fx.run("Diplomats from the embassies of Sweden, Canada and Brazil watched the trial in Phnom Penh.");
  CHECK(values(es, Facet::kMinistry) ==
        std::vector<std::string>{"Embassy of Sweden", "Embassy of Canada", "Embassy of Brazil"});
  // A country named with "the" in the list.
  es = fx.run("In Phnom Penh the embassies of Norway and the Netherlands and the Czech Republic protested.");
  CHECK(values(es, Facet::kMinistry) ==
        std::vector<std::string>{"Embassy of Norway", "Embassy of the Netherlands", "Embassy of the Czech Republic"});
}

TEST_CASE("a date after a linking word ends a body's name", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In Phnom Penh the draft passed the Senate on Dec. 9 and the Commission on "
                   "Human Rights of the Assembly on Tuesday.");
  CHECK(find(es, Facet::kMinistry, "Senate") != nullptr);
  for (const std::string& v : values(es, Facet::kMinistry)) {
    CAPTURE(v);
    CHECK(v.find(" on Dec") == std::string::npos);
    CHECK(v.find("Tuesday") == std::string::npos);
  }
}

TEST_CASE("a body named in full and then by the start of its name is one body", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("MANILA - The ruling Progressive Party of the Philippines pushed the bill through the "
                   "Senate. Progressive Party spokesperson Ana Reyes said the vote was fair.",
                   "MANILA");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Progressive Party of the Philippines"});
  const Entity* reyes = find(es, Facet::kSpokesperson, "Ana Reyes");
  REQUIRE(reyes != nullptr);
  CHECK(reyes->affiliations == std::vector<std::string>{"Progressive Party of the Philippines"});
  es = fx.run("CANBERRA - The Department of Water, Soils and Coasts said the reef had bleached. A "
              "spokesman for the Department of Water said more surveys were due.",
              "CANBERRA");
  CHECK(values(es, Facet::kMinistry) ==
        std::vector<std::string>{"Department of Water, Soils and Coasts (Australia)"});
  // Another body whose name only starts the same way stays itself.
  es = fx.run("WASHINGTON - The Senate Foreign Relations Committee met. The Senate voted on Tuesday.",
              "WASHINGTON");
  CHECK(values(es, Facet::kMinistry).size() == 2);
}

TEST_CASE("a federation of unions named a congress, and a national Red Cross, are NGOs", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("ACCRA - The Ghana Labour Congress (GLC) gave the government seven days. The Trade Union "
                   "Congress of Ghana said it would join. The Ghanaian Red Cross opened an appeal.",
                   "ACCRA");
  for (const char* ngo : {"Ghana Labour Congress", "Trade Union Congress of Ghana", "Ghanaian Red Cross"}) {
    CAPTURE(ngo);
    CHECK(find(es, Facet::kNgo, ngo) != nullptr);
  }
  // Any other congress is no NGO; a cross that is not red is none, and a surname.
  es = fx.run("LIMA - The Congress of Peru voted on Tuesday. The Southern Cross rose over the hills. "
              "Mining analyst Rosa Cross said prices would fall.", "LIMA");
  CHECK(values(es, Facet::kNgo).empty());
  CHECK(find(es, Facet::kPerson, "Rosa Cross") != nullptr);
}

TEST_CASE("a party named in full is named by its name without 'Party' too", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The opposition Lotus Flower Party won two seats in the commune elections in Kampot. "
                   "Lotus Flower spokesman Nhem Dara said "
                   "the party would file complaints. Lotus Flower officials met on Monday.");
  const Entity* dara = find(es, Facet::kSpokesperson, "Nhem Dara");
  REQUIRE(dara != nullptr);
  CHECK(dara->affiliations == std::vector<std::string>{"Lotus Flower Party"});
  // Common words alone elsewhere, and names with civil-society words, are no party.
  es = fx.run("The Human Rights Party met in Phnom Penh. Human Rights groups said the law was harsh.");
  const Entity* hrp = find(es, Facet::kParty, "Human Rights Party");
  REQUIRE(hrp != nullptr);
  CHECK(hrp->mentions == 1);
}

TEST_CASE("a legislature's chamber and a national congress are state bodies of the story's country",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("QUITO - The bill passed the Chamber of Deputies on Tuesday and goes to the National "
                   "Congress next week. The Chamber of Commerce of Quito and the Merchants Chambers of Commerce "
                   "welcomed it.",
                   "QUITO");
  CHECK(find(es, Facet::kMinistry, "Chamber of Deputies (Ecuador)") != nullptr);
  CHECK(find(es, Facet::kMinistry, "National Congress (Ecuador)") != nullptr);
  CHECK(values(es, Facet::kMinistry).size() == 2);  // a chamber of commerce is business's
}

TEST_CASE("a name listed with parties or NGOs takes their facet", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("ZAGREB - The Green Wave and the Croatian Peasant Party also voted against the budget.",
                   "ZAGREB");
  CHECK(find(es, Facet::kParty, "Green Wave") != nullptr);
  es = fx.run("The statement was signed by LICADHO; ADHOC; Kratie Fishers Solidarity; and Sahmakum Teang Khmer.");
  CHECK(find(es, Facet::kNgo, "Kratie Fishers Solidarity") != nullptr);
  CHECK(find(es, Facet::kNgo, "Sahmakum Teang Khmer") != nullptr);
  // People listed with parties are people; an acronym the article defines is its long name's.
  es = fx.run("ROME - Bettino Craxi, Ciriaco De Mita and the Italian Socialist Party met before the vote.",
              "ROME");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Italian Socialist Party"});
  es = fx.run("Delta Fishers Network (DFN) and LICADHO signed. DFN, LICADHO and ADHOC met again.");
  CHECK(find(es, Facet::kNgo, "DFN") == nullptr);
}

TEST_CASE("a cue word tells a name the grammar could not, a law society and a conservation society are NGOs",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("OTTAWA - Dana Pruitt, director of the consumer group Clear Fares Coalition, said refunds "
                   "were slow. The Law Society of Manitoba and the Prairie Marine Conservation Society "
                   "joined the case.",
                   "OTTAWA");
  for (const char* ngo : {"Clear Fares Coalition", "Law Society of Manitoba", "Prairie Marine Conservation Society"}) {
    CAPTURE(ngo);
    CHECK(find(es, Facet::kNgo, ngo) != nullptr);
  }
  // A business's group is none: "the financial group X".
  es = fx.run("PARIS - The financial group Calvaire International said it would issue bonds.", "PARIS");
  CHECK(values(es, Facet::kNgo).empty());
  // A law's title is still a document, no body.
  es = fx.run("OTTAWA - The Law on Associations passed the Senate on Tuesday.", "OTTAWA");
  CHECK(values(es, Facet::kNgo).empty());
}

TEST_CASE("a description opening a sentence is no part of the party's name", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Opposition Freedom Party MP Lars Henning said the budget was a fraud. Ruling Justice "
                   "and Unity Party whip Ana Costa disagreed.", "OSLO");
  CHECK(find(es, Facet::kParty, "Freedom Party") != nullptr);
  CHECK(find(es, Facet::kParty, "Justice and Unity Party") != nullptr);
  CHECK(find(es, Facet::kParty, "Opposition Freedom Party") == nullptr);
}

TEST_CASE("a party's short name is the party the gazetteer brackets with the story's country",
          "[entities][unit]") {
  Fixture fx;
  // The gazetteer lists "Workers' Party (Brazil)" and "Liberal Party (Brazil)".
  auto es = fx.run("The Workers' Party and the Liberal Party voted against the forest code.", "BRASILIA");
  CHECK(values(es, Facet::kParty) ==
        (std::vector<std::string>{"Workers' Party (Brazil)", "Liberal Party (Brazil)"}));
  // In another country's story the name stays as written.
  es = fx.run("The Workers' Party held its congress in Pyongyang.", "SEOUL");
  CHECK(find(es, Facet::kParty, "Workers' Party (Brazil)") == nullptr);
}


TEST_CASE("unions named for their trades, in a language that puts the head first, and of their members",
          "[entities][unit]") {
  Fixture fx;
  auto [text, ngo] = GENERATE(table<std::string, std::string>({
      {"VIENNA - The Rail and Maritime Union said its members would strike on Friday.", "Rail and Maritime Union"},
      {"OSLO - The Maritime Union called off the stoppage.", "Maritime Union"},
      {"VIENNA - Sorters walked out. The union, Gewerkschaft der Postbediensteten, said pay had lagged.",
       "Gewerkschaft der Postbediensteten"},
      {"DUBLIN - The Irish Jockeys' Association said riders would not race on Sunday.", "Irish Jockeys' Association"},
      {"SYDNEY - The Pilots\xE2\x80\x99 Federation said crews were tired.", "Pilots' Federation"},
  }));
  CAPTURE(text);
  CHECK(values(fx.run(text), Facet::kNgo) == std::vector<std::string>{ngo});
}

TEST_CASE("a body of businesses by their trade and a country's union are no unions of workers",
          "[entities][unit]") {
  Fixture fx;
  for (std::string text : {"MUMBAI - The Goa Timber Traders' Association said prices rose.",
                           "LAGOS - The Haulage Operators' Association met the minister.",
                           "MOSCOW - The Soviet Union was dissolved in 1991.",
                           "The Committee on the Elimination of Racial Discrimination asked Cambodia to reply."}) {
    CAPTURE(text);
    CHECK(values(fx.run(text), Facet::kNgo).empty());
  }
}
TEST_CASE("one word described as a non-governmental or not-for-profit group is an NGO", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("QUITO - Roads were cleared, according to Selvaviva, a Quito-based non-governmental group "
                   "that monitors oil spills. Officials met Aguaclara, a non-profit group. Kestrel, an "
                   "aerospace group, said nothing.");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Selvaviva", "Aguaclara"});
}

}  // namespace tonle::entities
