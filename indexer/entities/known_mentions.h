// known_mentions.h — the first passes over a Scan: acronyms the article defines ("Human Rights
// Watch (HRW)"), then every name the gazetteer or those definitions know (bodies, NGOs, parties,
// people, places, countries and their adjectives, outlets, other bodies), longest first. Later
// rules never override a known name. Pure functions over the Scan; thread-safe for distinct
// Scans.
#pragma once

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

// Finds "Long Name (ACR)" definitions and records them in scan.learned.
void learn_acronyms(Scan& scan);

// Adds a mention for every gazetteer alias and learned name in the text. An alias marked "^"
// counts only when the article names the entity another way too; an acronym alone names a
// Cambodian entity only in a story about Cambodia (see story_country.h).
void find_known_mentions(Scan& scan, const Gazetteer& gazetteer);

// Acronyms the article defines for names the gazetteer lacks ("Khmer Rice Millers Network
// (KRMN)"): after the organisation rules, every mention of the acronym or long form is the body
// the definition names. Runs after find_organisations, which classifies the long form.
void find_learned_mentions(Scan& scan, const Gazetteer& gazetteer);

}  // namespace tonle::entities
