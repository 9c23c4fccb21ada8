// org_lists.h — organisations named in a list with others of their kind: "The Left Bloc and the
// Portuguese Communist Party also voted against" (a party beside a party, in a sentence about
// politics), "... LICADHO; ADHOC; Kampuchea Land Solidarity; and Sahmakum Chhnang Khmer" (an
// NGO among NGOs). A list is items split by commas, semicolons, "and" or "or"; an item no
// rule classified takes its neighbours' facet when
//   - a party: the list holds a party and the sentence is about politics;
//   - an NGO: the list holds two NGOs, or one and the sentence calls them groups,
//     organisations, NGOs or unions.
// An item shaped like a person's name (a given or family name first) or holding a company's or
// sport's word is left alone. Runs last in find_organisations (org_rules.h). Pure function
// over the Scan; thread-safe for distinct Scans.
#pragma once

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

void find_listed_organisations(Scan& scan, const Gazetteer& gazetteer);

}  // namespace tonle::entities
