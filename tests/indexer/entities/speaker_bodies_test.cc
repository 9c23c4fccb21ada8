// speaker_bodies_test.cc — the body a spokesperson speaks for when the phrase names it only by a
// pronoun ("Its spokesman, NAME,").
#include "entities_fixture.h"

namespace tonle::entities {

using testing::find;
using testing::Fixture;

TEST_CASE("a sentence-opening 'Its spokesman' speaks for the previous sentence's subject, not the body "
          "named last",
          "[entities][unit]") {
  Fixture fx;
  auto [text, name, body] = GENERATE(table<std::string, std::string, std::string>({
      {"The Candlelight Party wrote to the Ministry of Interior last week about missing voters. "
       "Its spokesman, Ros Vannak, said the reply was late.",
       "Ros Vannak", "Candlelight Party"},
      {"The Ministry of Tourism had asked the Siem Reap Provincial Administration for the figures. "
       "Its spokeswoman, Lim Dara, said they never came.",
       "Lim Dara", "Ministry of Tourism"},
      // Not opening the sentence: the body nearest before it, as before.
      {"In Cambodia, officials from the Ministry of Interior met the Ministry of Tourism, and its "
       "spokesman, Chan Nara, said the talks went well.",
       "Chan Nara", "Ministry of Tourism"},
  }));
  CAPTURE(text);
  auto es = fx.run(text);
  const Entity* sp = find(es, Facet::kSpokesperson, name);
  REQUIRE(sp != nullptr);
  CHECK(sp->affiliations == std::vector<std::string>{body});
}

}  // namespace tonle::entities
