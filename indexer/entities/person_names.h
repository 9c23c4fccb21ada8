// person_names.h — the grammar of a person's name, shared by the person and spokesperson rules:
// what each word may be in a name (its shape, computed once per article), how many words from a
// given word make a name ("Pieter van der Linde", "Lin Po-han", "Daniel K. Whitford"), and the
// title or role phrase that may stand before one ("Prime Minister", "Pol Lt Gen", "Ambassador
// to Cambodia"). Which names are people is person_rules.h's. Pure functions over a Scan;
// thread-safe for distinct Scans.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

// What a word can be in a person's name, by itself (computed once per article: every rule asks).
enum NameShape : uint8_t {
  kShapeName = 1,      // capitalised, letters only, no title, role, organisation or calendar word
  kShapeInitial = 2,   // a middle initial: "K." in "Daniel K. Whitford"
  kShapeFunction = 4,  // also a function word ("In", "Or", "But" are Khmer family names too)
  kShapeStart = 8,     // may open a name: a known name word, or no common English word
  kShapeNameWord = 16, // a known family or given name
};

// True if the gazetteer lists word `w` as a name word, as written or without its diacritics
// ("Julián" as "julian").
bool listed_name_word(const Gazetteer& g, const Word& w);

// Fills scan.name_shape (once per article).
void ensure_shapes(Scan& scan, const Gazetteer& gazetteer);

// A word that can be part of a person's name here (first: as its first word).
bool name_word(const Scan& scan, size_t i, bool first);

// Keys of words [first, last] joined by a separator no word holds: a cheap map key.
std::string joined_keys(const Scan& scan, size_t first, size_t last);

// The words of a name may not include a possessive before its last word.
bool possessive_inside(const Scan& scan, size_t first, size_t last);

// A title or role phrase that ends at word `last` ("Prime Minister", "deputy spokesman",
// "Brig Gen", "Mr", "Ambassador to Cambodia").
struct RolePhrase {
  size_t first = 0;
  std::string role;  // the role noun phrase as written; "" for honorifics and ranks alone
};
std::optional<RolePhrase> role_phrase_ending_at(const Scan& scan, size_t last);

// Number of words of a person name starting at word i (two to four name words, with particles
// and hyphenated parts: "Pieter van der Linde", "Lin Po-han"), or 0. `relaxed` lets the first
// word be any capitalised name-shaped word, as after a title ("Singer Jade Okafor").
size_t name_length_at(Scan& scan, const Gazetteer& gazetteer, size_t i, bool relaxed = false);

}  // namespace tonle::entities
