// minister_ministries.h — "the ministry" of a story that named only its minister: "Labour
// Minister Ouk Rith said ... The ministry's spokesman, Chan Sothy, said" or "Minister of
// Economy and Finance Keo Vannak told senators ... a spokeswoman for the ministry said". Where a
// lower-case "the ministry" comes before any ministry the story names by name, and a minister's
// title before it names a portfolio the gazetteer lists for the story's country, the word
// "ministry" becomes a mention of that ministry, so spokespeople and counts find it. Runs after
// the organisation rules and before the spokesperson rules. Pure function over the Scan;
// thread-safe for distinct Scans.
#pragma once

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

void find_ministries_of_ministers(Scan& scan, const Gazetteer& gazetteer);

}  // namespace tonle::entities
