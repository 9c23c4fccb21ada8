// party_countries.cc — a shared party name in a foreign story (party_countries.h).
#include "indexer/entities/party_countries.h"

#include "core/text.h"

namespace tonle::entities {

namespace {

// Lower-case words of `s`, as the analyzer keys plain ASCII names.
std::vector<std::string> words_of(std::string_view s) {
  return split(to_lower_ascii(s), ' ');
}

}  // namespace

std::optional<size_t> local_party(const Gazetteer& g, const std::string& name, const std::string& country) {
  std::vector<std::string> keys = words_of(name);
  auto party_of_country = [&](std::optional<size_t> e) -> std::optional<size_t> {
    if (e && g.entries()[*e].kind == Kind::kFacet && g.entries()[*e].facet == Facet::kParty &&
        g.entries()[*e].country == country) {
      return e;
    }
    return std::nullopt;
  };
  if (auto e = party_of_country(g.find_in_country(keys, country))) {
    return e;
  }
  if (auto e = party_of_country(g.find_by_canonical(name + " (" + country + ")"))) {
    return e;
  }
  std::vector<std::string> forms = {country};
  if (auto c = g.find_country(words_of(country))) {
    for (const std::string& alias : g.entries()[*c].aliases) {
      forms.push_back(alias);  // "Irish", "New Zealand", "NZ"
    }
  }
  for (const std::string& form : forms) {
    std::vector<std::string> before = words_of(form);
    before.insert(before.end(), keys.begin(), keys.end());
    std::vector<std::string> after = keys;
    after.emplace_back("of");
    for (const std::string& w : words_of(form)) {
      after.push_back(w);
    }
    for (const auto& candidate : {before, after}) {
      if (auto e = party_of_country(g.find_by_keys(candidate))) {
        return e;
      }
    }
  }
  return std::nullopt;
}

void localise_parties(Scan& scan, const Gazetteer& g) {
  const std::string& country = scan.story_country;
  if (country.empty() || country == "international" || country == "Cambodia") {
    return;
  }
  for (Mention& m : scan.mentions) {
    // A listed party of another country, or a name no entry holds ("the Green Party").
    if (!m.faceted() || m.facet != Facet::kParty ||
        (m.entry != kNoEntry && g.entries()[m.entry].country == country)) {
      continue;
    }
    // "the British Labour Party", "Britain's Labour": the text says whose it is.
    const Mention* owner = m.first > 0 ? scan.mention_ending_at(m.first - 1) : nullptr;
    if ((owner != nullptr && !owner->dropped && owner->kind == MentionKind::kCountry) ||
        g.find_country({scan.words[m.first].key})) {
      continue;  // ... or the name holds the country ("the British Labour Party")
    }
    std::string name = m.entry != kNoEntry ? g.entries()[m.entry].canonical : m.canonical;
    std::vector<std::string> keys = words_of(name);
    if (m.entry == kNoEntry && (keys.size() < 2 || keys.back() != "party")) {
      continue;  // only shared names ("Green Party"); a party's own name ("Morena") stands
    }
    if (auto local = local_party(g, name, country)) {
      m.entry = *local;
      m.canonical = g.entries()[*local].canonical;
      m.country = country;
    }
  }
}

}  // namespace tonle::entities
