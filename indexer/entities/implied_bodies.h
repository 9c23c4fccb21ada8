// implied_bodies.h — bodies a story names only by their kind, where the story itself says which
// one it means. Both turn the kind words into a mention of the body, so spokespeople and counts
// find it; both run after the organisation rules and before the spokesperson rules, only in a
// story whose country is told, only where no body of the kind was named by name before, and
// only in a spokesperson's phrase ("the ministry's spokesman", "a spokeswoman for the provincial
// administration"): elsewhere a bare "the ministry" is no value of its own.
//   - the ministry of a minister: "Labour Minister Ouk Rith said ... The ministry's spokesman,
//     Chan Sothy, said" or "Minister of Economy and Finance Keo Vannak ... a spokeswoman for the
//     ministry": the portfolio must be one the gazetteer lists for the story's country;
//   - the provincial body of the province: "families in Kratie province ... rejected an offer
//     from the provincial administration" → `Kratie Provincial Administration` ("provincial
//     hall" too; "provincial court", "provincial police" alike), when the story is about
//     Cambodia and has named one Cambodian province ("X province", "province of X", or a place
//     the gazetteer lists a provincial court or administration of) before, or one earlier in
//     the same sentence ("In Kampong Chhnang, provincial administration spokeswoman X"). A
//     place written right before in lower case names its hall anywhere: "the Dangkao district
//     hall" → `Dangkao District Administration` ("provincial", "municipal" alike).
// Pure functions over the Scan; thread-safe for distinct Scans.
#pragma once

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

void find_ministries_of_ministers(Scan& scan, const Gazetteer& gazetteer);
void find_provincial_bodies(Scan& scan, const Gazetteer& gazetteer);

}  // namespace tonle::entities
