// gazetteer_test.cc — the gazetteer file: its format, errors, and what it makes of names.
#include "entities_fixture.h"

namespace tonle::entities {

using testing::Fixture;
using testing::values;

TEST_CASE("the gazetteer reports a bad line with its number", "[entities][unit]") {
  Analyzer a;
  CHECK_THROWS_WITH(Gazetteer::parse("ngo | Human Rights Watch | HRW\nbogus line\n", a),
                    Catch::Contains("gazetteer line 2"));
  CHECK_THROWS_WITH(Gazetteer::parse("planet | Mars\n", a), Catch::Contains("line 1"));
  CHECK_THROWS_WITH(Gazetteer::parse("ngo | X Watch | XW | colour: red\n", a),
                    Catch::Contains("line 1"));
  Gazetteer g = Gazetteer::parse("# version: 7\nngo | X Watch | XW\n", a);
  CHECK(g.version() == "7");
}

TEST_CASE("a gazetteer path that is a folder, a device or too large is refused by name", "[entities][unit]") {
  Analyzer a;
  ::tonle::testing::TempDir tmp;
  CHECK_THROWS_WITH(Gazetteer::load(tmp.path().string(), a), Catch::Contains("not a regular file"));
  CHECK_THROWS_WITH(Gazetteer::load("/dev/zero", a), Catch::Contains("/dev/zero: not a regular file"));
  std::filesystem::path big = tmp.path() / "big.txt";
  ::tonle::testing::write_file(big, "ngo | X Watch | XW\n");
  std::filesystem::resize_file(big, uintmax_t{65} << 20);  // sparse: no disk used
  CHECK_THROWS_WITH(Gazetteer::load(big.string(), a), Catch::Contains("too large (65 MiB; the limit is 64 MiB)"));
}

TEST_CASE("country lines give adjectives and cities, name lines give name words", "[entities][unit]") {
  Analyzer a;
  Gazetteer g = Gazetteer::parse(
      "country | Laos | Lao; Laotian | cities: Vientiane; Luang Prabang\n"
      "name | family | Sokh; Vong\n"
      "ngo | Mekong Watch | | country: international\n",
      a, "beach\nbudget\n");
  REQUIRE(g.find_country({"laotian"}));
  CHECK(g.entries()[*g.find_country({"laotian"})].canonical == "Laos");
  auto city = g.find_by_keys({"luang", "prabang"});
  REQUIRE(city);
  CHECK(g.entries()[*city].kind == Kind::kPlace);
  CHECK(g.entries()[*city].country == "Laos");
  CHECK(g.is_name_word("vong"));
  CHECK(g.is_common_word("beach"));
  CHECK_FALSE(g.is_common_word("sokh"));
  CHECK(g.entries()[*g.find_by_canonical("Mekong Watch")].country == "international");
}

TEST_CASE("a missing word list is an error that names it", "[entities][unit]") {
  Analyzer a;
  CHECK_THROWS_WITH(Gazetteer::load(tonle::testing::gazetteer_path(), a, "/nonexistent/words"),
                    Catch::Contains("wamerican"));
  CHECK_THROWS_WITH(Gazetteer::load("/tmp", a), Catch::Contains("not a regular file"));
}

TEST_CASE("outlets resolve to canonical names", "[entities][unit]") {
  Fixture fx;
  CHECK(fx.extractor.canonical_source("FN") == "Fresh News");
  CHECK(fx.extractor.canonical_source("The Phnom Penh Post") == "Phnom Penh Post");
  CHECK(fx.extractor.canonical_source("Some Blog") == "Some Blog");
}

TEST_CASE("a long run never swallows a known name", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The letter was signed by the Asian Forum for Human Rights and Development and "
                   "Amnesty International.");
  CHECK(values(es, Facet::kNgo) ==
        std::vector<std::string>{"Asian Forum for Human Rights and Development", "Amnesty International"});
}

TEST_CASE("companies are neither NGOs nor people", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("General Motors Corp said profits fell. The Hanson Trust group Inc agreed. "
                   "Tokyo Electric Co and the Asian Development Bank declined to comment.");
  CHECK(values(es, Facet::kPerson).empty());
  CHECK(values(es, Facet::kNgo).empty());
}

}  // namespace tonle::entities

namespace tonle::entities {

TEST_CASE("a place line may say it is a province, and the extractor reports the places a text names",
          "[entities][unit]") {
  Analyzer a;
  Gazetteer small = Gazetteer::parse("place | Kratie | Kracheh | level: province\nplace | Chhlong\n", a);
  CHECK(small.entries()[*small.find_by_canonical("Kratie")].province);
  CHECK_FALSE(small.entries()[*small.find_by_canonical("Chhlong")].province);
  CHECK_THROWS_WITH(Gazetteer::parse("ngo | X Watch | | level: province\n", a), Catch::Contains("line 1"));

  testing::Fixture fx;
  std::string text =
      "STUNG TRENG, Cambodia - Villagers from Kracheh blocked a road in Kampot on Monday before the Kampot "
      "Provincial Court heard the case.";
  std::vector<NamedPlace> places = fx.extractor.extract_text(text).places;
  std::vector<std::string> names;
  for (const NamedPlace& p : places) {
    names.push_back(p.name);
    CHECK(p.province);
    CHECK(text.substr(p.begin, 3) == p.name.substr(0, 3));
  }
  // The dateline in capitals is where the reporter was; a court's seat is not where it happened.
  CHECK(names == std::vector<std::string>{"Kratie", "Kampot"});
}

}  // namespace tonle::entities
