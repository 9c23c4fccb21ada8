// khmer_mentions_test.cc — names the gazetteer spells in Khmer, found in Khmer text by syllables
// (made-up entries and sentences), and the real gazetteer's Khmer spellings.
#include "entities_fixture.h"

namespace tonle::entities {

using testing::Fixture;
using testing::values;

namespace {

// A gazetteer of made-up entities with Khmer spellings.
struct KhmerFixture {
  Analyzer analyzer;
  Gazetteer gazetteer = Gazetteer::parse(
      "person | Sok Vannak | សុខ វណ្ណៈ\n"
      "ministry | Ministry of Water Resources | ~Water Ministry; ក្រសួងធនធានទឹក; ក្រសួងទឹក\n"
      "ngo | Mekong Fishers Network | បណ្តាញអ្នកនេសាទមេគង្គ\n"
      "party | Lotus Party | គណបក្សផ្កាឈូក\n"
      "person | Lim Ka | លឹម កា\n",
      analyzer);
  EntityExtractor extractor{gazetteer, analyzer};
  std::vector<Entity> run(std::string_view text) { return extractor.extract_text(text).entities; }
};

}  // namespace

TEST_CASE("a Khmer spelling names its entity, with or without spaces, inside longer words",
          "[entities][khmer][unit]") {
  KhmerFixture fx;
  // "Mr Sok Vannak said the Ministry of Water Resources would answer the fishers' network."
  auto es = fx.run("លោក សុខ វណ្ណៈ បាននិយាយថា ក្រសួងធនធានទឹកនឹងឆ្លើយតបទៅបណ្តាញអ្នកនេសាទមេគង្គ។");
  CHECK(values(es, Facet::kPerson) == std::vector<std::string>{"Sok Vannak"});
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Ministry of Water Resources"});
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Mekong Fishers Network"});
  // Written without the space between family and given name, and with a zero-width space.
  es = fx.run("លោកសុខវណ្ណៈ និង\u200Bគណបក្ស\u200Bផ្កាឈូក");
  CHECK(values(es, Facet::kPerson) == std::vector<std::string>{"Sok Vannak"});
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Lotus Party"});
}

TEST_CASE("the longest Khmer spelling wins and an English mention counts with it", "[entities][khmer][unit]") {
  KhmerFixture fx;
  auto es = fx.run("The Water Ministry said so. ក្រសួងធនធានទឹក បានបញ្ជាក់។");
  REQUIRE(values(es, Facet::kMinistry) == std::vector<std::string>{"Ministry of Water Resources"});
  CHECK(testing::find(es, Facet::kMinistry, "Ministry of Water Resources")->mentions == 2);
}

TEST_CASE("a Khmer spelling's letters inside other words are no mention", "[entities][khmer][unit]") {
  KhmerFixture fx;
  // លឹម កា (Lim Ka): "លឹម" before another syllable, or "កា" alone, is not him.
  CHECK(values(fx.run("លឹមខា បានមក"), Facet::kPerson).empty());
  CHECK(values(fx.run("កាបានមក"), Facet::kPerson).empty());
  CHECK(values(fx.run("ទឹកដី"), Facet::kMinistry).empty());
}

TEST_CASE("the gazetteer's Khmer spellings give Khmer articles the English facet values",
          "[entities][khmer][unit]") {
  Fixture fx;
  auto es = fx.run("សម្តេចមហាបវរធិបតី ហ៊ុន ម៉ាណែត បានជួបជាមួយតំណាងក្រសួងមហាផ្ទៃ និងគណបក្សប្រជាជនកម្ពុជា។");
  CHECK(values(es, Facet::kPerson) == std::vector<std::string>{"Hun Manet"});
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Ministry of Interior"});
  CHECK(values(es, Facet::kParty) == std::vector<std::string>{"Cambodian People's Party"});
}

}  // namespace tonle::entities
