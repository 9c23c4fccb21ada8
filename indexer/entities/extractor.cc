// extractor.cc — runs the rule passes and aggregates mentions into Entities.
#include "indexer/entities/extractor.h"

#include <algorithm>
#include <map>
#include <utility>

#include "core/text.h"
#include "indexer/entities/org_rules.h"
#include "indexer/entities/person_rules.h"
#include "indexer/entities/spokesperson_rules.h"

namespace tonle::entities {

namespace {

constexpr std::string_view kUnnamedRole = "spoke through an unnamed spokesperson";

// Entities keyed by (facet, canonical), kept in first-mention order.
// get() may grow the table, so a reference it returned is only good until the next get().
class EntityTable {
 public:
  Entity& get(Facet facet, const std::string& value) { return entities_[index(facet, value)]; }
  size_t index(Facet facet, const std::string& value) {
    auto [it, fresh] = index_.emplace(std::make_pair(facet, value), entities_.size());
    if (fresh) {
      entities_.push_back(Entity{.facet = facet, .value = value});
    }
    return it->second;
  }
  Entity& at(size_t i) { return entities_[i]; }
  std::vector<Entity> take() {
    std::stable_sort(entities_.begin(), entities_.end(),
                     [](const Entity& a, const Entity& b) { return a.facet < b.facet; });
    return std::move(entities_);
  }

 private:
  std::map<std::pair<Facet, std::string>, size_t> index_;
  std::vector<Entity> entities_;
};

void merge_affiliation(Entity& e, const std::string& body) {
  if (!body.empty() && body != e.value &&
      std::find(e.affiliations.begin(), e.affiliations.end(), body) == e.affiliations.end()) {
    e.affiliations.push_back(body);
  }
}

void add_mentions(const Scan& scan, EntityTable& table) {
  for (const Mention& m : scan.mentions) {
    if (!m.faceted) {
      continue;
    }
    Entity& e = table.get(m.facet, m.canonical);
    ++e.mentions;
    if (e.role.empty()) {
      e.role = m.role;
    }
    for (const std::string& a : m.affiliations) {
      merge_affiliation(e, a);
    }
  }
}

void add_speakers(const Scan& scan, EntityTable& table) {
  // A body whose spokesperson the article names elsewhere did not speak anonymously.
  std::vector<Body> named_bodies;
  for (const Speaker& s : scan.speakers) {
    if (!s.name.empty()) {
      named_bodies.insert(named_bodies.end(), s.bodies.begin(), s.bodies.end());
    }
  }
  for (const Speaker& s : scan.speakers) {
    for (const Body& b : s.bodies) {
      Entity& body = table.get(b.facet, b.canonical);
      body.mentions = std::max(body.mentions, 1);
      bool named = std::find(named_bodies.begin(), named_bodies.end(), b) != named_bodies.end();
      if (s.name.empty() && !named && body.role.empty()) {
        body.role = kUnnamedRole;
      }
    }
    if (s.name.empty()) {
      continue;
    }
    // Both entries exist before either is referenced: get() may move the table's entries.
    size_t person_index = table.index(Facet::kPerson, s.name);
    size_t speaker_index = table.index(Facet::kSpokesperson, s.name);
    Entity& person = table.at(person_index);
    Entity& speaker = table.at(speaker_index);
    person.mentions = std::max(person.mentions, 1);
    speaker.mentions = person.mentions;
    if (speaker.role.empty()) {
      speaker.role = s.role;
    }
    if (person.role.empty()) {
      person.role = s.role;
    }
    for (const Body& b : s.bodies) {
      merge_affiliation(speaker, b.canonical);
      merge_affiliation(person, b.canonical);
    }
  }
}

}  // namespace

std::string EntityExtractor::article_text(const Article& article) {
  std::string text = article.title;
  text += "\n\n";
  text += article.body;
  return text;
}

Extraction EntityExtractor::extract(const Article& article) const {
  return extract_text(article_text(article));
}

Extraction EntityExtractor::extract_text(std::string_view text) const {
  return extract_text(text, analyzer_.analyze(text));
}

Extraction EntityExtractor::extract_text(std::string_view text, const std::vector<Token>& tokens) const {
  Scan scan;
  scan.text = text;
  scan.words = make_word_stream(text, tokens);
  scan.owner.assign(scan.words.size(), -1);
  learn_acronyms(scan);
  find_org_mentions(scan, gazetteer_);
  find_people(scan, gazetteer_);
  find_spokespeople(scan, gazetteer_);

  EntityTable table;
  add_mentions(scan, table);
  add_speakers(scan, table);
  return Extraction{.entities = table.take(), .aliases = std::move(scan.learned)};
}

std::string EntityExtractor::canonical_source(std::string_view raw) const {
  std::string_view name = trim(raw);
  std::vector<std::string> keys;
  for (const Token& t : analyzer_.analyze(name)) {
    keys.push_back(t.term);
  }
  if (auto entry = gazetteer_.find_by_keys(keys)) {
    const GazetteerEntry& e = gazetteer_.entries()[*entry];
    if (e.kind == Kind::kFacet && e.facet == Facet::kSource) {
      return e.canonical;
    }
  }
  return std::string(name);
}

}  // namespace tonle::entities
