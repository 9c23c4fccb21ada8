// extractor.cc — runs the rule passes and aggregates mentions into Entities with evidence.
#include "indexer/entities/extractor.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <utility>

#include "core/text.h"
#include "indexer/entities/countries.h"
#include "indexer/entities/khmer_mentions.h"
#include "indexer/entities/known_mentions.h"
#include "indexer/entities/party_countries.h"
#include "indexer/entities/story_country.h"
#include "indexer/entities/implied_bodies.h"
#include "indexer/entities/org_rules.h"
#include "indexer/entities/person_rules.h"
#include "indexer/entities/spokesperson_rules.h"
#include "indexer/entities/works.h"

namespace tonle::entities {

namespace {

constexpr std::string_view kUnnamedRole = "spoke through an unnamed spokesperson";
// Evidence kept per entity: enough to show why it was tagged, little enough to store.
constexpr size_t kMaxEvidence = 3;

// The byte range of the sentence that holds word i.
std::pair<size_t, size_t> sentence_of(const Scan& scan, size_t i) {
  size_t first = i;
  while (first > 0 && !scan.words[first].sentence_start) {
    --first;
  }
  size_t last = i;
  while (!sentence_ends(scan.words, last)) {
    ++last;
  }
  return {scan.words[first].begin, scan.words[last].end};
}

void add_evidence(Entity& e, const Scan& scan, size_t word, std::string_view rule) {
  if (e.evidence.size() >= kMaxEvidence) {
    return;
  }
  auto [begin, end] = sentence_of(scan, word);
  Evidence ev{.rule = std::string(rule), .begin = begin, .end = end};
  if (std::find(e.evidence.begin(), e.evidence.end(), ev) == e.evidence.end()) {
    e.evidence.push_back(std::move(ev));
  }
}

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

// Mentions in the order the text has them, so entities come out in first-mention order.
std::vector<const Mention*> in_text_order(const Scan& scan) {
  std::vector<const Mention*> out;
  for (const Mention& m : scan.mentions) {
    if (m.faceted() && !m.canonical.empty()) {
      out.push_back(&m);
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Mention* a, const Mention* b) { return a->first < b->first; });
  return out;
}

// Each entity's affiliations in the order the text first names them.
void order_affiliations(const Scan& scan, std::vector<Entity>& entities) {
  std::map<std::string, size_t> first_seen;
  for (const Mention* m : in_text_order(scan)) {
    first_seen.emplace(m->canonical, m->first);
  }
  for (Entity& e : entities) {
    std::stable_sort(e.affiliations.begin(), e.affiliations.end(),
                     [&](const std::string& a, const std::string& b) {
                       auto pa = first_seen.find(a), pb = first_seen.find(b);
                       size_t ia = pa == first_seen.end() ? SIZE_MAX : pa->second;
                       size_t ib = pb == first_seen.end() ? SIZE_MAX : pb->second;
                       return ia < ib;
                     });
  }
}

void add_mentions(const Scan& scan, EntityTable& table) {
  for (const Mention* mention : in_text_order(scan)) {
    const Mention& m = *mention;
    Entity& e = table.get(m.facet, m.canonical);
    ++e.mentions;
    if (e.role.empty()) {
      e.role = m.role;
    }
    for (const std::string& a : m.affiliations) {
      merge_affiliation(e, a);
    }
    add_evidence(e, scan, m.first, m.rule);
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
    add_evidence(speaker, scan, s.word, "spokesperson phrase");
  }
}


// The Cambodian places the text names, in text order. Not those in capitals (a dateline's or a
// headline's: where the reporter was) nor those in a body's name: the "Phnom Penh Municipal
// Court" tries cases from the provinces.
std::vector<NamedPlace> places_of(const Scan& scan, const Gazetteer& gazetteer) {
  std::vector<NamedPlace> out;
  for (const Mention& m : scan.mentions) {
    const Word& w = scan.words[m.first];
    if (w.all_caps || w.headline) {
      continue;
    }
    if (m.kind == MentionKind::kPlace && m.entry != kNoEntry && gazetteer.entries()[m.entry].cambodian()) {
      const GazetteerEntry& e = gazetteer.entries()[m.entry];
      out.push_back({.name = e.canonical, .begin = w.begin, .province = e.province});
    }
  }
  std::sort(out.begin(), out.end(), [](const NamedPlace& a, const NamedPlace& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace

std::string EntityExtractor::article_text(const Article& article) {
  std::string text = article.title;
  text += "\n\n";
  text += article.body;
  return text;
}

Extraction EntityExtractor::extract_text(std::string_view text, TextContext context) const {
  return extract_text(text, analyzer_.analyze(text), context);
}

Extraction EntityExtractor::extract_text(std::string_view text, const std::vector<Token>& tokens,
                                         TextContext context) const {
  Scan scan;
  scan.text = text;
  scan.dateline = context.dateline;
  scan.outlet = context.outlet;
  scan.words = make_word_stream(text, tokens);
  for (Word& w : scan.words) {
    // Name lists are written in plain letters: "Julián" is looked up as "julian" too.
    if (w.capitalized && std::any_of(w.key.begin(), w.key.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
      if (std::string plain = analyzer_.strip_accents(w.key); plain != w.key) {
        w.plain = std::move(plain);
      }
    }
  }
  scan.owner.assign(scan.words.size(), -1);
  learn_acronyms(scan);
  find_known_mentions(scan, gazetteer_);
  find_khmer_mentions(scan, gazetteer_);
  decide_story_country(scan, gazetteer_);
  find_organisations(scan, gazetteer_);
  find_learned_mentions(scan, gazetteer_);
  drop_bands_and_works(scan);
  attribute_countries(scan, gazetteer_);
  localise_parties(scan, gazetteer_);
  merge_short_forms(scan);
  find_party_short_names(scan, gazetteer_);
  find_people(scan, gazetteer_);
  find_ministries_of_ministers(scan, gazetteer_);
  find_provincial_bodies(scan, gazetteer_);
  find_spokespeople(scan, gazetteer_);

  EntityTable table;
  add_mentions(scan, table);
  add_speakers(scan, table);
  std::vector<Entity> entities = table.take();
  order_affiliations(scan, entities);
  return Extraction{.entities = std::move(entities), .aliases = std::move(scan.learned), .places = places_of(scan, gazetteer_)};
}

std::vector<std::string> EntityExtractor::keys_of_name(std::string_view name) const {
  std::vector<std::string> keys;
  for (const Token& t : analyzer_.analyze(trim(name))) {
    keys.push_back(t.term);
  }
  return keys;
}

std::string EntityExtractor::country_of(std::string_view word) const {
  std::vector<std::string> keys = keys_of_name(word);
  std::optional<size_t> c = keys.empty() ? std::nullopt : gazetteer_.find_country(keys);
  return c ? gazetteer_.entries()[*c].canonical : std::string();
}

std::string EntityExtractor::canonical_source(std::string_view raw) const {
  std::string_view name = trim(raw);
  std::vector<std::string> keys = keys_of_name(name);
  if (auto source = gazetteer_.find_in_facet(keys, Facet::kSource)) {
    return gazetteer_.entries()[*source].canonical;  // an outlet's name wins over a body's
  }
  if (auto entry = gazetteer_.find_by_keys(keys)) {
    const GazetteerEntry& e = gazetteer_.entries()[*entry];
    // An outlet, or a body publishing its own pages ("OHCHR", "HRW"): its canonical name.
    // (A party is no outlet: "AAP" is Australian Associated Press's tag, not the Aam Aadmi Party.)
    bool body = e.kind == Kind::kOther ||
                (e.kind == Kind::kFacet && e.facet != Facet::kPerson && e.facet != Facet::kSpokesperson &&
                 e.facet != Facet::kParty);
    if (body) {
      return e.canonical;
    }
  }
  return std::string(name);
}

std::string EntityExtractor::known_outlet(std::string_view name) const {
  for (std::vector<std::string> keys = keys_of_name(name); !keys.empty(); keys.pop_back()) {
    if (auto source = gazetteer_.find_in_facet(keys, Facet::kSource)) {
      return gazetteer_.entries()[*source].canonical;
    }
  }
  return "";
}

std::string initials(const std::vector<Word>& w, size_t first, size_t last) {
  std::string out;
  for (size_t k = first; k <= last && k < w.size(); ++k) {
    if (w[k].capitalized && !w[k].key.empty()) {
      out += w[k].key.front();
    }
    if (w[k].gap_after & kGapOpenParen) {
      break;  // "Confédération Générale du Travail (CGT)": the name ends before its acronym
    }
  }
  return out;
}

const Mention* body_with_initials(const Scan& scan, std::string_view key) {
  for (const Mention& m : scan.mentions) {
    if (!m.dropped && m.is_body() && m.last > m.first && initials(scan.words, m.first, m.last) == key) {
      return &m;
    }
  }
  return nullptr;
}

std::vector<std::string> keys_of(const Scan& scan, size_t first, size_t last) {
  std::vector<std::string> keys;
  for (size_t k = first; k <= last && k < scan.words.size(); ++k) {
    keys.push_back(scan.words[k].key);
  }
  return keys;
}

}  // namespace tonle::entities
