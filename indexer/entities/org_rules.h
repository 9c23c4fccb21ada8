// org_rules.h — finds the organisations the gazetteer does not list: every capitalised run the
// organisation grammar accepts (org_grammar.h), and names right after a word that says what
// they are ("rights group Sahmakum Chbab", "the NGO Khmer Thavrak", "watchdog Kampuchea Watch").
// Runs after known_mentions (known names win) and before the person rules (an organisation's
// words are never a person's). Pure functions over the Scan; thread-safe for distinct Scans.
#pragma once

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

void find_organisations(Scan& scan, const Gazetteer& gazetteer);

}  // namespace tonle::entities
