// person_rules.h — finds people in a Scan after the organisation pass. A person's name is two
// to four capitalised name words (never function, calendar, title or organisation words, never
// part of a place or body), and it needs evidence of being a person:
//  * a title, rank or role right before it ("Prime Minister Hun Manet", "spokesman Col Sok
//    Dara", "Defence lawyer Soy Rotha", "commune chief Tep Sarin");
//  * reported speech ("Keo Remy said", "said Chan Vibol");
//  * an apposition ("Am Sam Ath, deputy director of Licadho"; "NAME, 45,"; "The company's
//    manager, Zhang Wei, said");
//  * the name lexicon: a known family or given name first and a word that is no common English
//    word ("Ven Pisal", not "Long Beach");
//  * a list with a person in it ("Sok A, Chan B and Heng C were arrested");
//  * the same name found as a person elsewhere in the article (headlines included), or a later
//    mention by part of a name already found ("Sokkhoeurn said" → An Sokkhoeurn).
// In a headline (Title Case or capitals) capitalisation is no evidence: only the lexicon and
// the rest of the article count there. Pure functions over the Scan; thread-safe for distinct
// Scans.
#pragma once

#include <optional>
#include <string>

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/person_names.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

// Records a person mention of `len` words at `first` and returns its index.
size_t add_person(Scan& scan, const Gazetteer& gazetteer, size_t first, size_t len,
                  std::string role, std::string_view rule);

// Adds person mentions with role and affiliation where the text gives them.
void find_people(Scan& scan, const Gazetteer& gazetteer);

}  // namespace tonle::entities
