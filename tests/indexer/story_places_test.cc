// Tests for indexer/story_places: the places a lead names, on made-up sentences.
#include <catch2/catch.hpp>

#include "indexer/story_places.h"

namespace tonle {

namespace {

std::vector<std::string> names(std::string_view text, bool provinces) {
  std::vector<std::string> out;
  for (const LeadPlace& p : lead_places(text)) {
    if (p.province == provinces) {
      out.push_back(p.name);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("a place is the capitalised name before its noun, a province apart", "[stories][unit]") {
  std::string_view lead =
      "A boat capsized near Koh Sotin district of Kampong Cham province on Sunday, and villagers from "
      "Prek Kak commune joined the search; in Phnom Penh's Tuol Kork district, relatives waited.";
  CHECK(names(lead, false) == std::vector<std::string>{"koh sotin", "prek kak", "tuol kork"});
  CHECK(names(lead, true) == std::vector<std::string>{"kampong cham"});
  // A possessive province, a typographic apostrophe, a Khmer prefix, a town and a headline's case.
  CHECK(names("Workers in Takeo province\xE2\x80\x99s Bati district walked out", false) ==
        std::vector<std::string>{"bati"});
  CHECK(names("Workers in Takeo province\xE2\x80\x99s Bati district walked out", true) ==
        std::vector<std::string>{"takeo"});
  CHECK(names("Stalls burned at a market in Sangkat Tuek Thla overnight", false) ==
        std::vector<std::string>{"tuek thla"});
  CHECK(names("Blaze At Chak Angre Village Market Leaves 40 Homeless", false) ==
        std::vector<std::string>{"chak angre"});
  CHECK(names("Flooding in O'Chrov district and Poipet city", false) == std::vector<std::string>{"o'chrov"});
}

TEST_CASE("words that only look like a place's name are not one", "[stories][unit]") {
  // No name before the noun, a function word or a direction before it, or the noun not a word
  // of its own.
  CHECK(lead_places("Police said the district had no record of the village chief.").empty());
  CHECK(lead_places("In Northern province, and At district level").empty());
  CHECK(lead_places("The Provincial Court and the Districts Office").empty());
  // A name split from its noun by punctuation is not it.
  CHECK(lead_places("They met Sok Dara. District officials declined to comment.").empty());
  // Cities, towns and "Khan" as a name are no places to join stories by.
  CHECK(lead_places("MEXICO CITY (AP) - Aid reached Gaza City and Khan Younis; Manchester City won.").empty());
}

}  // namespace tonle
