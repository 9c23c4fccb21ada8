// spokesperson_rules.cc — spokesperson attribution declared in spokesperson_rules.h.
#include "indexer/entities/spokesperson_rules.h"

#include <algorithm>
#include <map>

#include "indexer/entities/person_rules.h"

namespace tonle::entities {

namespace {

bool is_body(const Mention* m) {
  return m != nullptr && m->faceted && m->facet != Facet::kPerson;
}

void add_body(std::vector<Body>& bodies, const Mention& m) {
  Body b{m.facet, m.canonical};
  if (std::find(bodies.begin(), bodies.end(), b) == bodies.end()) {
    bodies.push_back(std::move(b));
  }
}

// The ministry a bare "Ministry" refers to: the last one named before word i, else the one the
// article names most.
const Mention* implied_ministry(const Scan& scan, size_t i) {
  const Mention* last = nullptr;
  std::map<std::string, int> counts;
  const Mention* most = nullptr;
  for (const Mention& m : scan.mentions) {
    if (!m.faceted || m.facet != Facet::kMinistry ||
        m.canonical.find("Ministry") == std::string::npos) {
      continue;
    }
    if (m.last < i && (last == nullptr || m.last > last->last)) {
      last = &m;
    }
    if (++counts[m.canonical] > (most ? counts[most->canonical] : 0)) {
      most = &m;
    }
  }
  return last ? last : most;
}

// Bodies named right before the spokes word: "CHRC and Ministry of Justice spokesman".
std::vector<Body> bodies_before(const Scan& scan, const Gazetteer& g, size_t s) {
  std::vector<Body> bodies;
  if (s == 0 || !joined(scan.words, s - 1)) {
    return bodies;
  }
  size_t k = s - 1;
  const Mention* m = scan.mention_ending_at(k);
  while (is_body(m)) {
    add_body(bodies, *m);
    size_t before = m->first;
    m = nullptr;
    // "CHRC and", "Committee (CHRC) and": a closing parenthesis may stand before the "and".
    if (before >= 2 && scan.words[before - 1].key == "and" &&
        (scan.words[before - 2].gap_after & ~unsigned{kGapCloseParen}) == 0) {
      m = scan.mention_ending_at(before - 2);
    }
  }
  if (!bodies.empty()) {
    std::reverse(bodies.begin(), bodies.end());
    return bodies;
  }
  if (scan.words[k].key == "ministry" && !scan.covered(k)) {
    if (const Mention* implied = implied_ministry(scan, k)) {
      add_body(bodies, *implied);
    }
    return bodies;
  }
  for (size_t from = k >= 2 ? k - 2 : 0; from <= k; ++from) {
    auto match = g.match_at(scan.words, from, /*role_context=*/true);
    if (match && match->last == k) {
      const GazetteerEntry& e = g.entries()[match->entry];
      if (e.kind == Kind::kFacet && e.facet != Facet::kPerson && e.facet != Facet::kSource) {
        bodies.push_back(Body{e.facet, e.canonical});
      }
      break;
    }
  }
  return bodies;
}

// "spokesperson for the Ministry of X": the body after the spokes word; sets *end to its last
// word.
std::vector<Body> bodies_after(const Scan& scan, size_t s, size_t* end) {
  std::vector<Body> bodies;
  size_t k = s + 1;
  if (!joined(scan.words, s) || k >= scan.words.size() ||
      (scan.words[k].key != "for" && scan.words[k].key != "of")) {
    return bodies;
  }
  ++k;
  if (is_key(scan, k, "the") && joined(scan.words, k - 1)) {
    ++k;
  }
  const Mention* m = scan.mention_starting_at(k);
  if (is_body(m) && joined(scan.words, k - 1)) {
    add_body(bodies, *m);
    *end = m->last;
  }
  return bodies;
}

const Mention* person_starting_at(const Scan& scan, size_t i) {
  const Mention* m = scan.mention_starting_at(i);
  return m != nullptr && m->faceted && m->facet == Facet::kPerson ? m : nullptr;
}

const Mention* person_ending_at(const Scan& scan, size_t i) {
  const Mention* m = scan.mention_ending_at(i);
  return m != nullptr && m->faceted && m->facet == Facet::kPerson ? m : nullptr;
}

// "NAME, a spokesperson for …" / "NAME, Justice Ministry spokesman": the name before.
const Mention* name_before(const Scan& scan, size_t s, const std::vector<Body>& before) {
  size_t k = s;
  if (!before.empty()) {
    const Mention* first_body = nullptr;
    for (size_t j = s; j-- > 0;) {
      if (const Mention* m = scan.mention_ending_at(j); is_body(m) && m->canonical == before.front().canonical) {
        first_body = m;
        break;
      }
    }
    if (first_body == nullptr) {
      return nullptr;
    }
    k = first_body->first;
  }
  if (k >= 1 && (scan.words[k - 1].key == "a" || scan.words[k - 1].key == "the")) {
    --k;
  }
  if (k == 0 || !(scan.words[k - 1].gap_after & kGapComma)) {
    return nullptr;
  }
  return person_ending_at(scan, k - 1);
}

}  // namespace

void find_spokespeople(Scan& scan, const Gazetteer& g) {
  for (size_t s = 0; s < scan.words.size(); ++s) {
    if (!is_spokes_word(scan.words[s].key)) {
      continue;
    }
    Speaker speaker{.name = "", .role = std::string(scan.words[s].surface), .bodies = {}};
    std::vector<Body> before = bodies_before(scan, g, s);
    size_t after_end = s;
    speaker.bodies = before;
    for (Body& b : bodies_after(scan, s, &after_end)) {
      speaker.bodies.push_back(std::move(b));
    }
    const Mention* person = joined(scan.words, s) ? person_starting_at(scan, s + 1) : nullptr;
    if (person == nullptr && after_end > s && (scan.words[after_end].gap_after & kGapComma)) {
      // "A spokesman for the Ministry of Justice, Keo Vanna, said": the name after the body.
      person = person_starting_at(scan, after_end + 1);
      if (size_t len = person ? 0 : name_length_at(scan, after_end + 1, true); len > 0) {
        person = &scan.mentions[add_person(scan, g, after_end + 1, len, "")];
      }
    }
    if (person == nullptr) {
      person = name_before(scan, s, before);
    }
    if (person != nullptr) {
      speaker.name = person->canonical;
    }
    if (!speaker.name.empty() || !speaker.bodies.empty()) {
      scan.speakers.push_back(std::move(speaker));
    }
  }
}

}  // namespace tonle::entities
