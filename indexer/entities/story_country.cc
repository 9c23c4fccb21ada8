// story_country.cc — decide_story_country (story_country.h): which country a story is about,
// and what that makes of its acronyms and generic party names.
#include "indexer/entities/story_country.h"

#include <algorithm>
#include <map>

#include "core/text.h"
#include "indexer/entities/party_countries.h"

namespace tonle::entities {

namespace {

// "Phnom Penh Capital Administration", "Takeo Provincial Court": a body named after a Cambodian
// city or province is Cambodia's, which says where the story is as plainly as the place would.
bool named_after_cambodian_place(const Gazetteer& g, const std::string& canonical) {
  std::vector<std::string> words = split(to_lower_ascii(canonical), ' ');
  for (size_t i = 0; i < words.size(); ++i) {
    for (size_t n = 1; n <= 3 && i + n <= words.size(); ++n) {
      auto entry = g.find_by_keys({words.begin() + i, words.begin() + i + n});
      if (entry && g.entries()[*entry].kind == Kind::kPlace && g.entries()[*entry].cambodian()) {
        return true;
      }
    }
  }
  return false;
}

// The country of the first place an outlet's name holds ("The Manila Observer" -> Philippines,
// "Bangkok Post" -> Thailand), "" when it names none.
std::string outlet_country(std::string_view outlet, const Gazetteer& g) {
  std::vector<std::string> words = split(to_lower_ascii(outlet), ' ');
  for (size_t i = 0; i < words.size(); ++i) {
    for (size_t n = std::min<size_t>(3, words.size() - i); n >= 1; --n) {
      std::vector<std::string> keys(words.begin() + static_cast<long>(i), words.begin() + static_cast<long>(i + n));
      auto entry = g.find_by_keys(keys);
      if (entry && (g.entries()[*entry].kind == Kind::kPlace || g.entries()[*entry].kind == Kind::kCountry) &&
          !g.entries()[*entry].country.empty()) {
        return g.entries()[*entry].country;
      }
    }
  }
  return "";
}

}  // namespace

void decide_story_country(Scan& scan, const Gazetteer& g) {
  std::map<std::string, int> named;
  bool cambodian = false;
  // The headline (the text's first paragraph) says what the story is about: a country it names
  // counts twice ("Japanese probe returns samples" over a landing in the Australian desert).
  size_t title_end = 0;
  while (title_end + 1 < scan.words.size() && !(scan.words[title_end].gap_after & kGapParagraph)) {
    ++title_end;
  }
  for (const Mention& m : scan.mentions) {
    if (m.dropped || m.entry == kNoEntry || m.acronym_only) {
      continue;
    }
    const GazetteerEntry& e = g.entries()[m.entry];
    bool place = m.kind == MentionKind::kCountry || m.kind == MentionKind::kPlace;
    // "Takeo Arakawa": a one-word place before a capitalised word may be a person's name; not
    // before a common word ("Ghana Cocoa Board", "Takeo Provincial Court").
    if (place && m.first == m.last && joined(scan.words, m.last) &&
        scan.words[m.last + 1].capitalized && !scan.covered(m.last + 1) &&
        !g.is_common_word(scan.words[m.last + 1].key)) {
      continue;
    }
    // Cambodia itself, a Cambodian place, or a body whose very name says Cambodia ("Royal
    // Government of Cambodia", "Cambodian People's Party"): bodies with names any country could
    // use ("Council of Ministers") say nothing.
    bool named_entity = m.kind == MentionKind::kEntity && !m.generic;
    auto says_cambodia = [&] {
      return e.canonical.find("Cambodia") != std::string::npos || e.canonical.find("Khmer") != std::string::npos ||
             named_after_cambodian_place(g, e.canonical);
    };
    if (e.cambodian() && (place || (named_entity && says_cambodia()))) {
      cambodian = true;
    }
    if (place && !e.country.empty()) {
      named[e.country] += m.last <= title_end ? 2 : 1;
    }
    // "the Philippine Senate": a body whose own name says whose it is counts for that country.
    if (named_entity && m.is_body() && e.kind == Kind::kFacet && !e.country.empty() &&
        e.country != "international" && !place) {
      ++named[e.country];
    }
  }
  // The dateline first: a story filed from Kuala Lumpur about scams in Cambodia has Malaysia's
  // ministries; then Cambodia, when the story names it.
  std::string dateline_country;  // where the story was filed, when its dateline says
  if (!scan.dateline.empty()) {
    // "SAN JOSE, California": the region says more than the city (San José is Costa Rica's).
    std::vector<std::string> parts = split(scan.dateline, ',');
    for (auto part = parts.rbegin(); part != parts.rend() && scan.story_country.empty(); ++part) {
      std::vector<std::string> keys = split(to_lower_ascii(trim(*part)), ' ');
      auto entry = g.find_by_keys(keys);
      bool place = entry && (g.entries()[*entry].kind == Kind::kPlace ||
                             g.entries()[*entry].kind == Kind::kCountry);
      if (place && !g.entries()[*entry].country.empty()) {
        scan.story_country = g.entries()[*entry].country;
      }
    }
    dateline_country = scan.story_country;
    // ... unless the story is plainly about Cambodia wherever it was filed: a GENEVA press
    // release naming Cambodia and its provinces throughout, never Switzerland again.
    auto count = [&](const std::string& c) { return named.contains(c) ? named.at(c) : 0; };
    if (cambodian && !scan.story_country.empty() && scan.story_country != "Cambodia" &&
        count("Cambodia") >= 2 && count("Cambodia") > 2 * count(scan.story_country) &&
        count(scan.story_country) <= 3) {
      scan.story_country = "Cambodia";
    }
  }
  // An outlet named after a place ("The Manila Observer", "Berlin Briefing") mostly reports its
  // own country: worth two more mentions of it when the story's own places decide, if the story
  // names that country at all (the Phnom Penh Post's story on a Thai election stays Thai).
  std::string outlet = scan.story_country.empty() ? outlet_country(scan.outlet, g) : std::string();
  if (!outlet.empty() && named.contains(outlet)) {
    named[outlet] += 2;
  }
  if (scan.story_country.empty() && cambodian) {
    scan.story_country = "Cambodia";
    // ... unless another country is named far more: a Thai story on a party's dissolution that
    // ends "... boundary talks with Cambodia" is Thailand's.
    int home = named.contains("Cambodia") ? named.at("Cambodia") : 0;
    int most = std::max(4, 3 * home + 1);  // the other country named most, if that often
    for (const auto& [country, n] : named) {
      if (country != "Cambodia" && country != "international" && n >= most) {
        scan.story_country = country;
        most = n + 1;
      }
    }
  }
  if (scan.story_country.empty() && !named.empty()) {
    // The most named; of equals, the outlet's own.
    scan.story_country = std::max_element(named.begin(), named.end(), [&](const auto& a, const auto& b) {
                           return a.second < b.second || (a.second == b.second && b.first == outlet);
                         })->first;
  }
  for (size_t m = 0; m < scan.mentions.size(); ++m) {
    Mention& mention = scan.mentions[m];
    // An acronym alone names an entity only in a story about its country ("EPA" in a US
    // story; "HRW", an international body Cambodian news names, only in a story about Cambodia);
    // a generic name of a party or NGO ("Democrats", "Renaissance") in a story about or naming
    // its country. A generic state
    // body's country is decided later, by attribute_countries.
    bool generic_name = mention.generic && mention.is_body() && mention.facet != Facet::kMinistry &&
                        mention.entry != kNoEntry;
    if ((mention.acronym_only || generic_name) && !mention.dropped) {
      const std::string& own = g.entries()[mention.entry].country;
      bool home = own == scan.story_country ||
                  (scan.story_country == "Cambodia" && own == "international") ||
                  (generic_name && named.contains(own)) ||  // "In Bangkok, ... the People's Party"
                  (mention.acronym_only && own == dateline_country);  // "KUALA LUMPUR - ... PDRM's"
      std::optional<size_t> local;
      // "Greens" in a German story: the German party of that name, not the Australian one.
      if (!home && generic_name && !scan.story_country.empty()) {
        local = g.find_in_country(keys_of(scan, mention.first, mention.last), scan.story_country);
      }
      // "Labour" in a story about New Zealand: that country's party of the shared name.
      if (!local && !home && generic_name && mention.facet == Facet::kParty && !scan.story_country.empty()) {
        local = local_party(g, g.entries()[mention.entry].canonical, scan.story_country);
      }
      if (local) {
        mention.entry = *local;
        mention.canonical = g.entries()[*local].canonical;
        mention.country = scan.story_country;
      } else if (!home) {
        scan.remove(m);
      }
    }
  }
}

}  // namespace tonle::entities
