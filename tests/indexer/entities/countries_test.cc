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

TEST_CASE("a foreign body the gazetteer lists carries its country unless its name says it",
          "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("The Federal Reserve and the US Department of State disagreed.", "WASHINGTON");
  CHECK(find(es, Facet::kMinistry, "Federal Reserve (United States)") != nullptr);
  CHECK(find(es, Facet::kMinistry, "US Department of State") != nullptr);
}

}  // namespace tonle::entities
