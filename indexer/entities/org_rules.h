// org_rules.h — finds the organisations the gazetteer does not list: every capitalised run the
// organisation grammar accepts (org_grammar.h), and names right after a word that says what
// they are or described right after them (org_cues.h: "rights group Sahmakum Chbab", "Land
// Justice Now, a network of community activists,").
// Runs after known_mentions (known names win) and before the person rules (an organisation's
// words are never a person's). Pure functions over the Scan; thread-safe for distinct Scans.
#pragma once

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

void find_organisations(Scan& scan, const Gazetteer& gazetteer);

// A body named in full and then by the start of its name is one body: "the Democratic Party of
// Korea ... Democratic Party spokesperson", "the Department of Climate Change, Energy, the
// Environment and Water ... the Department of Climate Change". The short form takes the full
// name when the full name comes first, in the same facet and country, and goes on with " of "
// or ", "; or when a short form of two words or more ends the one full name named before ("the
// Great Barrier Reef Marine Park Authority ... the Marine Park Authority"). Runs after
// attribute_countries (countries.h), before the spokesperson rules.
void merge_short_forms(Scan& scan);

// A party the article has named in full is named by its name without "Party" too: "the
// Candlelight Party ... Candlelight spokesman Chheng Bunthan". Only for names of words that
// are no common English, civil-society or state words ("Human Rights" is no party alone).
// First, a party named as the gazetteer's party "of" the story's country is that party: "the
// Liberal Party" in a story about Australia is the "Liberal Party of Australia".
void find_party_short_names(Scan& scan, const Gazetteer& gazetteer);

}  // namespace tonle::entities
