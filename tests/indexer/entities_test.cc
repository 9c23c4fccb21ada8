// entities_test.cc — entity rules on small made-up sentences: the rules must hold for articles
// that are not in the corpus, so none of these sentences comes from it.
#include <catch2/catch.hpp>

#include <algorithm>

#include "indexer/entities/extractor.h"
#include "test_support.h"

namespace tonle::entities {

namespace {

struct Fixture {
  Analyzer analyzer;
  Gazetteer gazetteer = Gazetteer::load(testing::gazetteer_path(), analyzer);
  EntityExtractor extractor{gazetteer, analyzer};

  std::vector<Entity> run(std::string_view text) { return extractor.extract_text(text).entities; }
};

const Entity* find(const std::vector<Entity>& es, Facet f, std::string_view value) {
  auto it = std::find_if(es.begin(), es.end(),
                         [&](const Entity& e) { return e.facet == f && e.value == value; });
  return it == es.end() ? nullptr : &*it;
}

std::vector<std::string> values(const std::vector<Entity>& es, Facet f) {
  std::vector<std::string> out;
  for (const Entity& e : es) {
    if (e.facet == f) {
      out.push_back(e.value);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("gazetteer aliases fold to one canonical value", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Foreign Ministry rejected the claim. Later the Ministry of Foreign Affairs "
                   "and International Cooperation issued a note, and MFAIC repeated it.");
  REQUIRE(values(es, Facet::kMinistry) ==
          std::vector<std::string>{"Ministry of Foreign Affairs and International Cooperation"});
  CHECK(find(es, Facet::kMinistry, "Ministry of Foreign Affairs and International Cooperation")->mentions == 3);

  es = fx.run("The Cambodian Human Rights Commission met. The CHRC said nothing new.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Cambodian Human Rights Committee"});
}

TEST_CASE("acronyms defined in the text are learned", "[entities][unit]") {
  Fixture fx;
  Extraction x = fx.extractor.extract_text(
      "The Khmer Youth Network (KYN) criticised the law. KYN later met the Cambodian Labour "
      "Union Federation (CLUF).");
  CHECK(find(x.entities, Facet::kNgo, "Khmer Youth Network") != nullptr);
  CHECK(find(x.entities, Facet::kNgo, "Khmer Youth Network")->mentions == 2);
  CHECK(find(x.entities, Facet::kNgo, "Cambodian Labour Union Federation") != nullptr);
  REQUIRE(x.aliases.size() == 2);
  CHECK(x.aliases[0].long_form == "Khmer Youth Network");
  CHECK(x.aliases[0].acronym == "KYN");
  // A gazetteer acronym maps a differently spelled long form to its canonical name.
  auto es = fx.run("The Asian Network for Democracy (ADN) signed it.");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Asia Democracy Network"});
}

TEST_CASE("rules find ministries, parties and NGOs the gazetteer does not know", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Tourism ministry and the Ministry of Rural Development disagreed. The "
                   "Khmer Unity Party called a rally, and rights group Sahmakum Chbab said so too.");
  CHECK(find(es, Facet::kMinistry, "Ministry of Tourism") != nullptr);
  CHECK(find(es, Facet::kMinistry, "Ministry of Rural Development") != nullptr);
  CHECK(find(es, Facet::kParty, "Khmer Unity Party") != nullptr);
  CHECK(find(es, Facet::kNgo, "Sahmakum Chbab") != nullptr);
  // Determiners and possessives are no ministry names.
  es = fx.run("The ministry said so. Its Ministry officials agreed.");
  CHECK(values(es, Facet::kMinistry).empty());
}

TEST_CASE("a spokesman takes the ministry named before him", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Ministry of Health denied the report. Ministry spokesman Or Vandine said "
                   "it was false. Vandine added that the US State Department was wrong.");
  const Entity* sp = find(es, Facet::kSpokesperson, "Or Vandine");
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{"Ministry of Health"});
  const Entity* person = find(es, Facet::kPerson, "Or Vandine");
  REQUIRE(person != nullptr);
  CHECK(person->mentions == 2);  // "Vandine added" is the same person
}

TEST_CASE("spokesperson patterns keep the body they speak for", "[entities][unit]") {
  Fixture fx;
  auto [text, name, body] = GENERATE(table<std::string, std::string, std::string>({
      {"Interior Ministry spokesman Khieu Sopheak said the march was illegal.", "Khieu Sopheak",
       "Ministry of Interior"},
      {"Government spokesman Pen Bona told reporters the report was biased.", "Pen Bona",
       "Royal Government of Cambodia"},
      {"Sok Dara, a spokesperson for the Ministry of Environment, said it was false.", "Sok Dara",
       "Ministry of Environment"},
      {"Meas Sophea, National Election Committee spokesman, declined to comment.", "Meas Sophea",
       "National Election Committee"},
      {"A spokesman for the Ministry of Justice, Keo Vanna, rejected it.", "Keo Vanna",
       "Ministry of Justice"},
  }));
  CAPTURE(text);
  auto es = fx.run(text);
  const Entity* sp = find(es, Facet::kSpokesperson, name);
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{body});
  CHECK(find(es, Facet::kMinistry, body) != nullptr);
}

TEST_CASE("an unnamed spokesperson records the body, invents no name", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("A spokesperson for the Ministry of Information said the outlet broke the law.");
  CHECK(values(es, Facet::kSpokesperson).empty());
  CHECK(values(es, Facet::kPerson).empty());
  const Entity* m = find(es, Facet::kMinistry, "Ministry of Information");
  REQUIRE(m != nullptr);
  CHECK(m->role == "spoke through an unnamed spokesperson");
}

TEST_CASE("people: titles, appositions, speech verbs and partial names", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Prime Minister Hun Manet opened the session. Chhim Sothy, executive director "
                   "of rights group Adhoc, said arrests rose. Sothy added that Ms. Lim Chanthy "
                   "agreed.");
  CHECK(find(es, Facet::kPerson, "Hun Manet")->role == "Prime Minister");
  const Entity* p = find(es, Facet::kPerson, "Chhim Sothy");
  REQUIRE(p != nullptr);
  CHECK(p->role == "executive director");
  CHECK(p->affiliations == std::vector<std::string>{"ADHOC"});
  CHECK(p->mentions == 2);
  CHECK(find(es, Facet::kPerson, "Lim Chanthy") != nullptr);

  es = fx.run("The Khmer Youth Association (KYA) objected. KYA president Chhan Sokunthea said so.");
  const Entity* president = find(es, Facet::kPerson, "Chhan Sokunthea");
  REQUIRE(president != nullptr);
  CHECK(president->role == "president");
  CHECK(president->affiliations == std::vector<std::string>{"Khmer Youth Association"});
}

TEST_CASE("organisations and places are not people", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Human Rights Watch said the law was harsh. Phnom Penh, the capital, was calm. "
                   "The United States said nothing. In February the Council met.");
  CHECK(values(es, Facet::kPerson).empty());
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Human Rights Watch"});
}

TEST_CASE("a long run never swallows a known name", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The letter was signed by the Asian Forum for Human Rights and Development and "
                   "Amnesty International.");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{
                                       "Asian Forum for Human Rights and Development",
                                       "Amnesty International"});
}

TEST_CASE("outlets resolve to canonical names", "[entities][unit]") {
  Fixture fx;
  CHECK(fx.extractor.canonical_source("FN") == "Fresh News");
  CHECK(fx.extractor.canonical_source("The Phnom Penh Post") == "Phnom Penh Post");
  CHECK(fx.extractor.canonical_source("Some Blog") == "Some Blog");
}

TEST_CASE("the gazetteer reports a bad line with its number", "[entities][unit]") {
  Analyzer a;
  CHECK_THROWS_WITH(Gazetteer::parse("ngo | Human Rights Watch | HRW\nbogus line\n", a),
                    Catch::Contains("gazetteer line 2"));
  CHECK_THROWS_WITH(Gazetteer::parse("planet | Mars\n", a), Catch::Contains("line 1"));
  Gazetteer g = Gazetteer::parse("# version: 7\nngo | X Watch | XW\n", a);
  CHECK(g.version() == "7");
}

}  // namespace tonle::entities

namespace tonle::entities {

TEST_CASE("companies are neither NGOs nor people", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("General Motors Corp said profits fell. The Hanson Trust group Inc agreed. "
                   "Tokyo Electric Co and the Asian Development Bank declined to comment.");
  CHECK(values(es, Facet::kPerson).empty());
  CHECK(values(es, Facet::kNgo).empty());
}

TEST_CASE("ambiguous acronyms count only after the article names the entity", "[entities][unit]") {
  Fixture fx;
  CHECK(values(fx.run("GDP grew 3 pct. NEC said chip sales rose."), Facet::kParty).empty());
  CHECK(values(fx.run("GDP grew 3 pct. NEC said chip sales rose."), Facet::kMinistry).empty());
  auto es = fx.run("The National Election Committee met. The NEC said turnout was high.");
  REQUIRE(values(es, Facet::kMinistry) == std::vector<std::string>{"National Election Committee"});
  CHECK(find(es, Facet::kMinistry, "National Election Committee")->mentions == 2);
}

TEST_CASE("generic ministry names after a foreign name are not Cambodia's", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Japan's Finance Ministry and the Japanese Foreign Ministry disagreed.");
  CHECK(find(es, Facet::kMinistry, "Ministry of Economy and Finance") == nullptr);
  CHECK(find(es, Facet::kMinistry, "Ministry of Foreign Affairs and International Cooperation") == nullptr);
  es = fx.run("The Finance Ministry said the Foreign Ministry agreed.");
  CHECK(find(es, Facet::kMinistry, "Ministry of Economy and Finance") != nullptr);
  CHECK(find(es, Facet::kMinistry, "Ministry of Foreign Affairs and International Cooperation") != nullptr);
}

}  // namespace tonle::entities

namespace tonle::entities {

TEST_CASE("an article's own acronym beats an ambiguous gazetteer acronym", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The ruling Liberal Democratic Party (LDP) lost seats. LDP leaders met.");
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Liberal Democratic Party"});
  CHECK(find(es, Facet::kParty, "Liberal Democratic Party")->mentions == 2);
}

}  // namespace tonle::entities
