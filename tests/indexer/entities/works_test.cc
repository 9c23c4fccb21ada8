// works_test.cc — bands and works named like bodies are no bodies; bodies beside such nouns stay.
#include "entities_fixture.h"

namespace tonle::entities {

using testing::Fixture;
using testing::values;

TEST_CASE("a name the story introduces as a band or a work is no body anywhere in it", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Indie quartet The Federal Senate will headline the Riverside Festival, and the rap duo "
                   "Green Party People will open it. The Federal Senate last toured in 2019. Their album "
                   "Workers Union Blues reached the top ten. Also on the bill is Harbour Teachers Association, "
                   "a six-piece brass band from Hull.", "LONDON");
  CHECK(values(es, Facet::kMinistry).empty());
  CHECK(values(es, Facet::kParty).empty());
  CHECK(values(es, Facet::kNgo).empty());
}

TEST_CASE("a body beside a verb or a capitalised noun is still a body", "[entities][unit]") {
  Fixture fx;
  // "figures show", "to film" are verbs; "Film Board" names a body of its own.
  auto es = fx.run("In Cambodia, figures show the Ministry of Tourism expects more visitors, and the Cambodian "
                   "Film Board said crews may film the Senate.");
  CHECK(values(es, Facet::kMinistry) ==
        std::vector<std::string>{"Ministry of Tourism", "Cambodian Film Board", "Senate"});
}

TEST_CASE("a group of an art and a vessel are introduced like a band but a rights group is an NGO", "[entities][unit]") {
  Fixture fx;
  auto es = fx.run("Before the match, Lagos hip-hop group Human Rights Watch played, and the trawler Senate sailed "
                   "for Apapa.", "LAGOS");
  CHECK(values(es, Facet::kNgo).empty());
  CHECK(values(es, Facet::kMinistry).empty());
  es = fx.run("The rights group Human Rights Watch said fans were safe.", "LAGOS");
  CHECK(values(es, Facet::kNgo) == std::vector<std::string>{"Human Rights Watch"});
  // A vessel in an apposition is what the body did, not what it is.
  es = fx.run("In Cambodia, the Fisheries Administration, the agency that seized the boat, said the nets were "
              "illegal.");
  CHECK(values(es, Facet::kMinistry) == std::vector<std::string>{"Fisheries Administration"});
}

}  // namespace tonle::entities
