// person_rules.h — finds people in a Scan after the organisation pass: names after a title
// ("Prime Minister Hun Manet", "Mr. Keo Remy"), appositions ("Am Sam Ath, deputy director of
// rights group Licadho"; "The Chairman of the Human Rights Committee, Mr. Keo Remy"), subjects
// of speech verbs ("Keo Remy emphasized"), and later mentions by a part of a name already found
// ("Sokkhoeurn said" → An Sokkhoeurn). Pure functions over the Scan; thread-safe for distinct
// Scans.
#pragma once

#include <optional>
#include <string>

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

// A title or role phrase that ends at word `last` ("Prime Minister", "spokesman", "Mr").
struct RolePhrase {
  size_t first = 0;
  std::string role;  // as written; "" for honorifics (Mr, Ms, Dr, H.E., Samdech)
};
std::optional<RolePhrase> role_phrase_ending_at(const Scan& scan, size_t last);

// Number of words (2 or 3) of a person name starting at word i, or 0. After a title, the first
// word may be one that usually opens a clause ("Or", "In": Khmer family names).
size_t name_length_at(const Scan& scan, size_t i, bool after_title = false);

// Records a person mention of `len` words at `first` (canonical name from the gazetteer or an
// earlier, longer mention of the same person) and returns its index.
size_t add_person(Scan& scan, const Gazetteer& gazetteer, size_t first, size_t len,
                  std::string role);

// True for the words that name a spokesperson: spokesman, spokeswoman, spokesperson, ...
bool is_spokes_word(std::string_view key);

// Adds person mentions (facet person) with role and affiliation where the text gives them.
void find_people(Scan& scan, const Gazetteer& gazetteer);

}  // namespace tonle::entities
