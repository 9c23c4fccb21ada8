// spokesperson_rules_test.cc — spokespeople and the bodies they speak for.
#include "entities_fixture.h"

namespace tonle::entities {

using testing::find;
using testing::Fixture;
using testing::values;

TEST_CASE("spokesperson phrases keep the body they speak for", "[entities][unit]") {
  Fixture fx;
  auto [text, name, body] = GENERATE(table<std::string, std::string, std::string>({
      {"Interior Ministry spokesman Khieu Samrith said the march in Phnom Penh was illegal.",
       "Khieu Samrith", "Ministry of Interior"},
      {"Government spokesman Chea Rithy told reporters the Cambodia report was biased.",
       "Chea Rithy", "Royal Government of Cambodia"},
      {"Suon Dalin, a spokesperson for the Ministry of Environment, said the Koh Kong claim was false.",
       "Suon Dalin", "Ministry of Environment"},
      {"Meas Kolab, National Election Committee spokesman, declined to comment in Phnom Penh.",
       "Meas Kolab", "National Election Committee"},
      {"A spokesman for the Ministry of Justice, Keo Rotha, rejected the Cambodia report.",
       "Keo Rotha", "Ministry of Justice"},
      {"Pen Vireak, spokesman of the Kratie Provincial Hall, said the land was state property.",
       "Pen Vireak", "Kratie Provincial Administration"},
      {"Stung Treng Provincial Hall spokesman Pol Col Yin Sopheak said the road was closed.",
       "Yin Sopheak", "Stung Treng Provincial Administration"},
      {"A spokeswoman for the New Zealand Embassy, Ruth Carter, said staff in Phnom Penh were safe.",
       "Ruth Carter", "Embassy of New Zealand"},
      {"EU Delegation spokesperson Marta Lopez said Brussels followed the Cambodia case.",
       "Marta Lopez", "Delegation of the European Union to Cambodia"},
      // The name walks back over a role with its complement.
      {"Khieu Sopheak, secretary of state and spokesman for the Ministry of Interior, said the "
       "Cambodia rule would stay.", "Khieu Sopheak", "Ministry of Interior"},
  }));
  CAPTURE(text);
  auto es = fx.run(text);
  const Entity* sp = find(es, Facet::kSpokesperson, name);
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{body});
  CHECK(find(es, Facet::kMinistry, body) != nullptr);
}

TEST_CASE("its spokesperson after a body named by its kind, a second role in a relative clause",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Ministry of Tourism in Phnom Penh opened a hotline. The ministry says the line "
                   "will run all year. Its spokesman, Or Vathana, told reporters it was free.");
  const Entity* sp = find(es, Facet::kSpokesperson, "Or Vathana");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Tourism"});
  es = fx.run("Sam Nimol, spokesman for the Cambodian Human Rights Committee, spoke in Phnom Penh. "
              "Nimol, who is also a spokesman for the Ministry of Tourism, said the report was old.");
  sp = find(es, Facet::kSpokesperson, "Sam Nimol");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations ==
        std::vector<std::string>{"Cambodian Human Rights Committee", "Ministry of Tourism"});
}

TEST_CASE("the words \"the spokesman, NAME\" is the spokesman named before, a second role before the name",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("A Tourism Ministry spokesman told reporters in Phnom Penh that arrivals rose.\n\n"
                   "\"We are pleased,\" said the spokesman, Heng Vibol, adding that hotels were full.");
  const Entity* sp = find(es, Facet::kSpokesperson, "Heng Vibol");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Tourism"});
  es = fx.run("Ministry of Tourism spokesman and secretary of state H.E. Top Sopheak said in Phnom "
              "Penh that arrivals rose.");
  sp = find(es, Facet::kSpokesperson, "Top Sopheak");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Tourism"});
}

TEST_CASE("a kind noun right before a body's name only describes it", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Cambodia report was cited by Licadho. Ny Sokha, spokesman for the rights "
                   "group ADHOC, said it was fair.");
  const Entity* sp = find(es, Facet::kSpokesperson, "Ny Sokha");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"ADHOC"});
}

TEST_CASE("a spokesperson for a body tonle does not know speaks for no other body", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Cambodian Center for Human Rights welcomed the ruling in Phnom Penh. A "
                   "spokeswoman for the Danish retailer Kvist Bolig, Freja Lund, said the company "
                   "was watching.");
  const Entity* sp = find(es, Facet::kSpokesperson, "Freja Lund");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations.empty());
  CHECK(find(es, Facet::kPerson, "Kvist Bolig") == nullptr);
  es = fx.run("Greenpeace said the plan in Phnom Penh was flawed. Ola Brandt, a spokesman for Vaka "
              "Solidar, said it was cruel.");
  sp = find(es, Facet::kSpokesperson, "Ola Brandt");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations.empty());
}

TEST_CASE("a title between the role and the name, English words as a name between commas",
          "[entities][unit]") {
  Fixture fx;
  // A capitalised role used as a title, and an abbreviated title with its full stop.
  auto es = fx.run("The Ministry of Commerce in Phnom Penh replied on Monday. Ministry spokesman "
                   "Ambassador Heng Sovann said the talks were going well.");
  const Entity* sp = find(es, Facet::kSpokesperson, "Heng Sovann");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Commerce"});
  es = fx.run("The Ministry of Justice in Phnom Penh said the file was complete. Ministry "
              "spokeswoman Atty. Rosa Delgado said the papers went out in March.");
  sp = find(es, Facet::kSpokesperson, "Rosa Delgado");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Justice"});
  // "Its spokesman, NAME," where the name is made of English words.
  es = fx.run("The opposition Harvest Party said prices were too low. Its spokesman, Grant Hope, "
              "said farmers would protest.");
  sp = find(es, Facet::kSpokesperson, "Grant Hope");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Harvest Party"});
  CHECK(find(es, Facet::kSpokesperson, "Its spokesman") == nullptr);
}

TEST_CASE("a spokesperson for a body that is no facet value, with its place, then the name",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Dengue cases rose in Kampong Cham. A spokeswoman for the World Health "
                   "Organization in Phnom Penh, Lena Osei, said the season was longer.");
  const Entity* sp = find(es, Facet::kSpokesperson, "Lena Osei");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations.empty());
  CHECK(find(es, Facet::kPerson, "Lena Osei") != nullptr);
}

TEST_CASE("a body referred to by its kind is the one the story names", "[entities][unit]") {
  Fixture fx;
  // "the ministry" named earlier.
  auto es = fx.run("The Ministry of Health in Phnom Penh denied the report. \"We check every "
                   "clinic,\" said Hem Sophal, a spokesman for the ministry.");
  CHECK(find(es, Facet::kSpokesperson, "Hem Sophal")->affiliations ==
        std::vector<std::string>{"Ministry of Health"});
  // "Court spokesman": the court the story is about, not the one named in passing.
  es = fx.run("The Pursat Provincial Court on Monday jailed two loggers. They had been held at a "
              "police station in Phnom Penh.\n\nCourt spokesman Sok Lina said they could appeal.");
  CHECK(find(es, Facet::kSpokesperson, "Sok Lina")->affiliations ==
        std::vector<std::string>{"Pursat Provincial Court"});
  // "The party's spokesman": the party named before.
  es = fx.run("The Khmer Will Party lost two seats in Cambodia. The party's spokesman, Chhay "
              "Sothy, said the count was wrong.");
  CHECK(find(es, Facet::kSpokesperson, "Chhay Sothy")->affiliations ==
        std::vector<std::string>{"Khmer Will Party"});
}

TEST_CASE("several bodies before one spokesperson", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Anti-Corruption Unit and Council of Ministers spokesman Dy Rathana said the "
                   "Cambodia audit was complete.");
  CHECK(find(es, Facet::kSpokesperson, "Dy Rathana")->affiliations ==
        (std::vector<std::string>{"Anti-Corruption Unit", "Council of Ministers"}));
}

TEST_CASE("an unnamed spokesperson records the body, invents no name", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("A spokesperson for the Ministry of Information said the Phnom Penh outlet "
                   "broke the law.");
  CHECK(values(es, Facet::kSpokesperson).empty());
  CHECK(values(es, Facet::kPerson).empty());
  const Entity* m = find(es, Facet::kMinistry, "Ministry of Information");
  REQUIRE(m != nullptr);
  CHECK(m->role == "spoke through an unnamed spokesperson");
}

}  // namespace tonle::entities

namespace tonle::entities {

TEST_CASE("spokespeople named in other ways", "[entities][unit]") {
  Fixture fx;
  auto [text, name, body] = GENERATE(table<std::string, std::string, std::string>({
      // "its spokesman": the body the sentence is about.
      {"Speaking for the Cambodian Human Rights Committee, its spokesman, Yim Sokha, said the "
       "report was unfair.", "Yim Sokha", "Cambodian Human Rights Committee"},
      // A qualifier between the role and the comma.
      {"The Labour Ministry's spokesman at the time, Ouk Dara, said the strike in Cambodia was "
       "illegal.", "Ouk Dara", "Ministry of Labour and Vocational Training"},
      {"The Candlelight Party's spokesman on land, Heng Sovann, said the Kampot evictions were illegal.",
       "Heng Sovann", "Candlelight Party"},
      // A police rank of South Asia between role and name; "Neak" alone is a name, not a title.
      {"DHAKA - Dhaka Metropolitan Police spokesman Additional Superintendent Nasrin Akter said "
       "officers were attacked.", "Nasrin Akter", "Dhaka Metropolitan Police (Bangladesh)"},
      {"Neak Sophorn, a spokeswoman for the Ministry of Information, said the Phnom Penh licence was revoked.",
       "Neak Sophorn", "Ministry of Information"},
      // A party's portfolio between the party and the role; the party by its short name.
      {"WELLINGTON - The Aotearoa Green Party walked out of the vote on Tuesday. Aotearoa Green health "
       "spokeswoman Mere Tane said the bill was rushed.", "Mere Tane", "Aotearoa Green Party"},
      {"CANBERRA - The Australian Greens opposed the bill in the Senate on Tuesday. Greens environment "
       "spokeswoman Senator Kylie Barnes said the reef was dying.", "Kylie Barnes", "Australian Greens"},
      // A word of a body's name the story gave in full before: "Registry spokesman".
      {"LIMA - The National Registry of Voters said results would come within hours. Registry spokesman "
       "Pablo Huaman said 9,000 stations had passed a test.", "Pablo Huaman", "National Registry of Voters (Peru)"},
      {"IZMIR - The Izmir Metropolitan Municipality offered to pay. Municipality spokeswoman Deniz Arslan "
       "said the city would help.", "Deniz Arslan", "Izmir Metropolitan Municipality (Turkey)"},
      // A body earlier in the sentence.
      {"At the Ministry of Tourism in Phnom Penh, deputy spokesperson Sem Vanna said arrivals rose.",
       "Sem Vanna", "Ministry of Tourism"},
      // "who speaks for".
      {"Chea Lida, who speaks for the Ministry of Health, said the Kampot clinic would reopen.",
       "Chea Lida", "Ministry of Health"},
      // A body earlier in the paragraph, none in the sentence.
      {"Interior ministry officials in Phnom Penh said the men were held. \"They will be sent "
       "home,\" said spokesman Kong Bora.", "Kong Bora", "Ministry of Interior"},
  }));
  CAPTURE(text);
  auto es = fx.run(text);
  const Entity* sp = find(es, Facet::kSpokesperson, name);
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{body});
}

TEST_CASE("a body named in a quotation is no antecedent of a kind noun", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Takeo Provincial Court on Monday jailed three farmers. \"We will take this "
                   "to the Court of Appeal,\" their lawyer said.\n\nCourt spokesman Tep Sophal said "
                   "the trial was fair.");
  CHECK(find(es, Facet::kSpokesperson, "Tep Sophal")->affiliations ==
        std::vector<std::string>{"Takeo Provincial Court"});
}

TEST_CASE("a spokesperson for an organisation that is no facet value is still a spokesperson",
          "[entities][unit]") {
  Fixture fx;
  auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Migrants came home to Cambodia. Priya Raman, an IOM spokesperson in Phnom Penh, said most were young.",
       "Priya Raman"},
      {"Floods hit Cambodia. Sok Lina, a UNICEF spokeswoman, said schools in Kratie were closed.", "Sok Lina"},
      {"Jobs left Cambodia. Tep Vuthy, an ILO spokesman, said the Battambang factories shut.", "Tep Vuthy"},
  }));
  CAPTURE(text);
  auto es = fx.run(text);
  const Entity* sp = find(es, Facet::kSpokesperson, name);
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations.empty());  // UN agencies are no facet value
}

TEST_CASE("a body named after a Cambodian province places the story in Cambodia", "[entities][unit]") {
  Fixture fx;
  // No "Cambodia" and no bare place: only the provincial body says where the story is, so the
  // generic ministry is Cambodia's.
  auto es = fx.run("Kandal Provincial Hall said the march was illegal. Chan Dara, who speaks for the "
                   "Ministry of Public Works and Transport, said rules were being drafted.");
  CHECK(find(es, Facet::kMinistry, "Ministry of Public Works and Transport") != nullptr);
  const Entity* sp = find(es, Facet::kSpokesperson, "Chan Dara");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Public Works and Transport"});
}

TEST_CASE("the words \"the coalition's spokeswoman\" speaks for the coalition named before", "[entities][unit]") {
  Fixture fx;
  auto [text, name, body] = GENERATE(table<std::string, std::string, std::string>({
      {"The Tonle Sap Fishers Coalition filed a complaint in Cambodia. \"We were not asked,\" said Ouk Sina, "
       "the coalition's spokeswoman.", "Ouk Sina", "Tonle Sap Fishers Coalition"},
      {"The Cambodian Youth Network marched in Phnom Penh. Chea Dalin, the network's spokesman, said the "
       "march was peaceful.", "Chea Dalin", "Cambodian Youth Network"},
  }));
  CAPTURE(text);
  auto es = fx.run(text);
  const Entity* sp = find(es, Facet::kSpokesperson, name);
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{body});
}

TEST_CASE("a body its kind names earlier in the spokesperson's sentence", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Ministry of Tourism in Phnom Penh issued new rules for guides.\n\nSpeaking at a "
                   "briefing at the ministry, spokesman and Secretary of State Chea Rotha said guides "
                   "would need a licence.");
  const Entity* sp = find(es, Facet::kSpokesperson, "Chea Rotha");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Tourism"});
  // A quotation opens the sentence: the search stops at it, and does not reach the paragraph
  // before, where another body was named by its kind.
  es = fx.run("The Ministry of Tourism in Phnom Penh issued new rules for guides. The ministry said "
              "they were overdue.\n\n\"We will comply. Guides want clarity,\" said spokesman Pen Savath.");
  sp = find(es, Facet::kSpokesperson, "Pen Savath");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations.empty());
  // A phrase that opens its sentence has nothing before it in the sentence.
  es = fx.run("The Ministry of Tourism in Phnom Penh issued new rules. The ministry said they were "
              "overdue.\n\nSpokesman Pen Savath said guides would comply.");
  sp = find(es, Facet::kSpokesperson, "Pen Savath");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations.empty());
}

TEST_CASE("a sentence ending 'a spokesman said' quotes an unnamed spokesman, not the name before", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("TOKYO - The Treasury said on Monday it would cut rates. The plan was shown to Prime Minister "
                   "Kenji Sato, a Treasury spokesman said.",
                   "TOKYO");
  CHECK(values(es, Facet::kSpokesperson).empty());
}

TEST_CASE("an acronym written as a word, or before its long form, is the body spoken for",
          "[entities][unit]") {
  Fixture fx;
  // A pronounceable acronym defined and then written as a word.
  auto es = fx.run("NAIROBI: The Kenya Sugar Marketing Board (Kesmab) cut the cane price. Kesmab "
                   "spokeswoman Wanjiru Kamau said millers had been told.");
  const Entity* sp = find(es, Facet::kSpokesperson, "Wanjiru Kamau");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Kenya Sugar Marketing Board"});
  CHECK(find(es, Facet::kMinistry, "Kenya Sugar Marketing Board")->mentions == 2);
  // An undefined acronym before the name it spells, which abroad is not Cambodia's CPP.
  es = fx.run("CPP spokesman Mwamba Phiri said the Citizens Progress Party would boycott the vote.",
              "LUSAKA");
  sp = find(es, Facet::kSpokesperson, "Mwamba Phiri");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Citizens Progress Party"});
  CHECK(find(es, Facet::kParty, "Cambodian People's Party") == nullptr);
}

TEST_CASE("the words \"the ministry\" of a story that named only its minister is the minister's ministry",
          "[entities][unit]") {
  Fixture fx;
  auto [text, name, body] = GENERATE(table<std::string, std::string, std::string>({
      {"Labour Minister Ouk Rithy told garment workers in Phnom Penh that wages would rise. The "
       "ministry's spokesman, Chan Sothy, said talks would resume.", "Chan Sothy",
       "Ministry of Labour and Vocational Training"},
      {"Minister of Land Management, Urban Planning and Construction Meas Sokun visited Kampot. A "
       "spokeswoman for the ministry, Ly Chanthou, said titles would follow.", "Ly Chanthou",
       "Ministry of Land Management, Urban Planning and Construction"},
  }));
  CAPTURE(text);
  auto es = fx.run(text);
  const Entity* sp = find(es, Facet::kSpokesperson, name);
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{body});
  CHECK(find(es, Facet::kMinistry, body) != nullptr);
}

TEST_CASE("another country's minister gives \"the ministry\" no Cambodian ministry", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Finance Minister Budi Santoso said the deficit would narrow. The ministry's "
                   "spokeswoman, Dewi Lestari, said bonds would be sold.", "JAKARTA");
  CHECK(values(es, Facet::kMinistry).empty());
}

TEST_CASE("a provincial body by its kind is the one of the province the story named", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Sixty families in Kratie province refused an offer from the provincial hall. "
                   "Provincial administration spokesman Nhem Sovann said the land was state land.");
  const Entity* sp = find(es, Facet::kSpokesperson, "Nhem Sovann");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Kratie Provincial Administration"});
  es = fx.run("Two teachers in the province of Pursat were charged. A spokesman for the provincial "
              "court, Lim Bunthan, said the trial would open in May.");
  sp = find(es, Facet::kSpokesperson, "Lim Bunthan");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Pursat Provincial Court"});
  // Of two provinces, the one the spokesperson's own sentence names; a gazetteer province needs
  // no "province" word.
  es = fx.run("Farmers in Takeo and Kampot provinces lost their crops. In Takeo, provincial "
              "administration spokesman Chhay Rotha said seed would be handed out.");
  sp = find(es, Facet::kSpokesperson, "Chhay Rotha");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Takeo Provincial Administration"});
  // The province named right before "provincial administration" is part of the body's name.
  es = fx.run("Workers in Pursat marched. Sok Vanny, spokesman for the Pursat provincial "
              "administration, said police had been sent.");
  sp = find(es, Facet::kSpokesperson, "Sok Vanny");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Pursat Provincial Administration"});
  // Outside a spokesperson's phrase the bare kind is no value; of two provinces none is told.
  CHECK(values(fx.run("Villagers in Kratie province wrote to the provincial hall."), Facet::kMinistry).empty());
  es = fx.run("Farmers in Kratie province and Stung Treng province marched. Provincial "
              "administration spokesman Nhem Sovann said talks would follow.");
  CHECK(values(es, Facet::kMinistry).empty());
}

TEST_CASE("a bare spokesperson speaks for the body the story gives", "[entities][unit]") {
  Fixture fx;
  auto [text, name, body] = GENERATE(table<std::string, std::string, std::string>({
      // The body that had just spoken.
      {"The Ministry of Tourism in Phnom Penh said on Friday that visas would be free. Deputy "
       "spokeswoman Heng Malis told reporters the rule covered 30 countries.", "Heng Malis", "Ministry of Tourism"},
      // The one body the story's other spokespeople speak for.
      {"Ministry of Commerce spokesman Pen Sovicheat said in Phnom Penh that prices were stable. "
       "Licadho disputed it in a report.\n\n\"Rice is cheaper than last year,\" deputy spokesperson "
       "Chum Sreyroth told reporters.", "Chum Sreyroth", "Ministry of Commerce"},
      // The body a kind noun later in the sentence names.
      {"Spokesman Ros Chanthy said the rule was fair and that the ministry had consulted the "
       "unions. The Ministry of Labour in Phnom Penh drafted it.", "Ros Chanthy",
       "Ministry of Labour and Vocational Training"},
  }));
  CAPTURE(text);
  auto es = fx.run(text);
  const Entity* sp = find(es, Facet::kSpokesperson, name);
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{body});
}

TEST_CASE("a spokesperson of a company, an agency or an event takes no other body", "[entities][unit]") {
  Fixture fx;
  for (std::string_view text : {
           "Ministry of Mines spokesman Ouk Chenda said in Phnom Penh the permits stood. A "
           "spokeswoman for the company, Maria Souza, said work would resume.",
           "Ministry of Health spokesman Ouk Chenda said in Phnom Penh the vaccines arrived. A "
           "UNICEF spokesperson, Maria Souza, said 300 clinics had fridges.",
           "Ministry of Culture spokesman Ouk Chenda said in Phnom Penh the grant stood. Festival "
           "spokeswoman Maria Souza said 60,000 came.",
       }) {
    CAPTURE(text);
    auto es = fx.run(text);
    const Entity* sp = find(es, Facet::kSpokesperson, "Maria Souza");
    REQUIRE(sp != nullptr);
    CHECK(sp->affiliations.empty());
  }
}

TEST_CASE("the words \"the regulator\", \"the board\": a kind noun names the body of its kind named before",
          "[entities][unit]") {
  Fixture fx;
  auto [text, name, body] = GENERATE(table<std::string, std::string, std::string>({
      // A regulator is the state's even when it regulates a sport.
      {"The Independent Cycling Regulator in Britain fined the team. A spokeswoman for the "
       "regulator, Amy Cole, said the rules were clear.", "Amy Cole", "Independent Cycling Regulator (United Kingdom)"},
      {"Kenya's Tea Board cut the price. A spokesman for the board, Otieno Mwangi, said auctions "
       "would resume.", "Otieno Mwangi", "Tea Board (Kenya)"},
  }));
  CAPTURE(text);
  auto es = fx.run(text);
  const Entity* sp = find(es, Facet::kSpokesperson, name);
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{body});
}

TEST_CASE("the words \"NAME, of the BODY,\" after a spokesperson's name is the body spoken for", "[entities][unit]") {
  Fixture fx;
  // In a story about Australia, "the Liberal Party" is the gazetteer's Liberal Party of Australia.
  auto es = fx.run("Opposition health spokeswoman Kylie Dawson, of the Liberal Party, said Australia "
                   "needed more nurses.", "SYDNEY");
  const Entity* sp = find(es, Facet::kSpokesperson, "Kylie Dawson");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Liberal Party of Australia"});
  // The country by another of its names; a name the gazetteer gives another country's party too.
  es = fx.run("In Busan, the Democratic Party said it would block the budget.", "SEOUL");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Democratic Party of Korea"});
  es = fx.run("In Ohio, the Democratic Party said it would block the budget.", "WASHINGTON");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Democratic Party"});
}

TEST_CASE("a spokesperson for a long description is named before the speech verb", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("A spokesman for the mine's Singapore-listed owner, Red River Minerals, Tobias Lindqvist, "
                   "told reporters the company had followed the law.", "VIENTIANE");
  REQUIRE(find(es, Facet::kSpokesperson, "Tobias Lindqvist") != nullptr);
  CHECK(find(es, Facet::kSpokesperson, "Tobias Lindqvist")->affiliations.empty());
  CHECK(find(es, Facet::kSpokesperson, "Red River Minerals") == nullptr);
  // A name set off by commas that no speech verb follows is no spokesperson.
  es = fx.run("A spokeswoman for the hotel chain, which owns sites in Kep, Kampot and Koh Kong, declined "
              "to comment.", "PHNOM PENH");
  CHECK(values(es, Facet::kSpokesperson).empty());
}

TEST_CASE("a rank before 'Government Spokesperson' is the role's, not a body's name", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Chief Government Spokesperson Joseph Mwale said the law would protect children.", "LUSAKA");
  REQUIRE(find(es, Facet::kSpokesperson, "Joseph Mwale") != nullptr);
  CHECK(find(es, Facet::kMinistry, "Chief Government (Zambia)") == nullptr);
  CHECK(find(es, Facet::kSpokesperson, "Joseph Mwale")->affiliations ==
        std::vector<std::string>{"Government of Zambia"});
}

}  // namespace tonle::entities

namespace tonle::entities {

TEST_CASE("'NAME, a spokeswoman for President X's PARTY': NAME speaks for the party, X is its owner",
          "[entities][unit]") {
  testing::Fixture fx;
  // "Hope" and "Grace" are English words: set off before the role, they still make a name.
  auto es = fx.run("In Lusaka, the court ruled. Hope Mwansa, a spokeswoman for President Daniel Banda's United "
                   "Progress Front (UPF), said the ruling was political.");
  const Entity* sp = testing::find(es, Facet::kSpokesperson, "Hope Mwansa");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"United Progress Front"});
  CHECK(testing::find(es, Facet::kSpokesperson, "Daniel Banda") == nullptr);
  es = fx.run("In Lusaka, the court ruled. Grace Phiri, the party's deputy spokeswoman, said so.");
  CHECK(testing::find(es, Facet::kPerson, "Grace Phiri") != nullptr);
}


TEST_CASE("a spokesman for the unit is the unit named before, by the name the story wrote",
          "[entities][unit]") {
  Fixture fx;
  // The Government Spokesperson Unit is written so; its canonical name is the Royal Government's.
  auto es = fx.run("The Cambodian government rejected the report. Mean Rithy, head of the Government "
                   "Spokesperson Unit, called it biased. Ros Vanna, a spokesman for the unit, said the "
                   "authors had not visited.");
  const Entity* sp = find(es, Facet::kSpokesperson, "Ros Vanna");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Royal Government of Cambodia"});
}

TEST_CASE("a time word between a name and its role: \"NAME, then the government's chief spokesman\"",
          "[entities][unit]") {
  Fixture fx;
  for (std::string when : {"then", "formerly", "later"}) {
    auto es = fx.run("The Cambodian government answered the report. The task fell to Nhem Sokun, " + when +
                     " the government's chief spokesman, who called it a lie.");
    CAPTURE(when);
    const Entity* sp = find(es, Facet::kSpokesperson, "Nhem Sokun");
    REQUIRE(sp != nullptr);
    CHECK(sp->affiliations == std::vector<std::string>{"Royal Government of Cambodia"});
  }
}
TEST_CASE("a spokesperson's role after another role's complement, a role served as, and one who has spoken for "
          "a body", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In Cambodia, Ouk Sothea, deputy governor of Kampot and spokesman for the Kampot Provincial "
                   "Administration, said the road would open. Heng Dalis, a deputy governor who also serves as "
                   "spokeswoman for the Takeo Provincial Administration, said the same. Lim Borey, who has spoken "
                   "for the Ministry of Environment since 2023, declined to comment. Keo Vuthy, president of the "
                   "Government Spokesperson Unit, said nothing.");
  const Entity* a = find(es, Facet::kSpokesperson, "Ouk Sothea");
  REQUIRE(a != nullptr);
  CHECK(a->affiliations == std::vector<std::string>{"Kampot Provincial Administration"});
  const Entity* b = find(es, Facet::kSpokesperson, "Heng Dalis");
  REQUIRE(b != nullptr);
  CHECK(b->affiliations == std::vector<std::string>{"Takeo Provincial Administration"});
  const Entity* c = find(es, Facet::kSpokesperson, "Lim Borey");
  REQUIRE(c != nullptr);
  CHECK(c->affiliations == std::vector<std::string>{"Ministry of Environment"});
  CHECK(find(es, Facet::kSpokesperson, "Keo Vuthy") == nullptr);
}

TEST_CASE("spokespeople of two bodies named as a pair speak each for one, in turn", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("In Cambodia, spokesmen for the Cambodian People's Party and the Candlelight Party, Sok Rithy "
                   "and Ly Dara, disagreed. Rithy said turnout was fine.");
  const Entity* a = find(es, Facet::kSpokesperson, "Sok Rithy");
  REQUIRE(a != nullptr);
  CHECK(a->affiliations == std::vector<std::string>{"Cambodian People's Party"});
  CHECK(a->role == "spokesman");
  const Entity* b = find(es, Facet::kSpokesperson, "Ly Dara");
  REQUIRE(b != nullptr);
  CHECK(b->affiliations == std::vector<std::string>{"Candlelight Party"});
}

TEST_CASE("what a spokesperson is, in lower case, or a portfolio after \"for\" stands before the name",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("A National Water Agency spokesperson, senior hydrologist Dr Priya Raman-Holt, said the dams were "
                   "full.", "PERTH");
  const Entity* a = find(es, Facet::kSpokesperson, "Priya Raman-Holt");
  REQUIRE(a != nullptr);
  CHECK(a->affiliations.size() == 1);
  es = fx.run("Green Party spokeswoman for housing Ingrid Solberg-Haug rejected the plan.", "OSLO");
  const Entity* b = find(es, Facet::kSpokesperson, "Ingrid Solberg-Haug");
  REQUIRE(b != nullptr);
  CHECK(b->affiliations.size() == 1);
  // Whose spokesman he is, not who speaks: a role after "for" is no portfolio.
  es = fx.run("A spokesman for opposition leader Sam Rainsy said the party would appeal.");
  CHECK(find(es, Facet::kSpokesperson, "Sam Rainsy") == nullptr);
  es = fx.run("Steven Cheung, a spokesman for former President Donald Trump, said the claim was false.", "WASHINGTON");
  CHECK(find(es, Facet::kSpokesperson, "Donald Trump") == nullptr);
  es = fx.run("A spokesman for jailed Sok Dara said he would appeal.");
  CHECK(find(es, Facet::kSpokesperson, "Sok Dara") == nullptr);
}

TEST_CASE("a possessive 'its' before two roles joined by 'and' is the body the sentence before was about",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("PHNOM PENH: The Khmer Will Party said it had lost votes to the Cambodian People's Party in "
                   "Takeo. Its secretary-general and spokesman, Ouk Phalla, said the count was wrong.");
  const Entity* a = find(es, Facet::kSpokesperson, "Ouk Phalla");
  REQUIRE(a != nullptr);
  CHECK(a->affiliations == std::vector<std::string>{"Khmer Will Party"});
  CHECK(a->role == "secretary-general and spokesman");
}

TEST_CASE("a name of two common English words set off as someone's spokesperson is a person", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Title\n\nRowan Heath, a spokesman for Amnesty International, said the report would be published.");
  const Entity* s = find(es, Facet::kSpokesperson, "Rowan Heath");
  REQUIRE(s != nullptr);
  CHECK(s->affiliations == std::vector<std::string>{"Amnesty International"});
  // Two such words that merely speak are still a company speaking, and a place before ", the
  // spokesman added" is a place.
  CHECK(values(fx.run("Title\n\nGolden Harvest said on Monday that profits fell."), Facet::kPerson).empty());
  CHECK(values(fx.run("Title\n\nThe strike also closed its depot at Wickersham Heights, the spokesman added."),
               Facet::kPerson)
            .empty());
}

}  // namespace tonle::entities


namespace tonle::entities {

TEST_CASE("a body's Khmer spelling in brackets does not part it from the spokesperson named after it", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Title\n\nCambodia answered the council. Spokesman of the Ministry of Environment "
                   "(\xE1\x9E\x80\xE1\x9F\x92\xE1\x9E\x9A\xE1\x9E\x9F\xE1\x9E\xBD\xE1\x9E\x84\xE1\x9E\x94\xE1\x9E\x9A\xE1\x9E\xB7\xE1\x9E\x9F\xE1\x9F\x92\xE1\x9E\x90\xE1\x9E\xB6\xE1\x9E\x93), "
                   "H.E. Sorn Kimleang, said the forest data were old.");
  const Entity* s = find(es, Facet::kSpokesperson, "Sorn Kimleang");
  REQUIRE(s != nullptr);
  CHECK(s->affiliations == std::vector<std::string>{"Ministry of Environment"});
  // Brackets holding Latin letters are no gloss: "(CHRC)" stays a word of the text.
  CHECK(find(fx.run("Title\n\nThe Cambodian Human Rights Committee (CHRC) said on Monday it would reply."),
             Facet::kMinistry, "Cambodian Human Rights Committee") != nullptr);
}

}  // namespace tonle::entities
