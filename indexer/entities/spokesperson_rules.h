// spokesperson_rules.h — attributes spokespeople to the bodies they speak for, after the
// organisation and person passes: "Ministry spokesman An Sokkhoeurn", "Justice ministry
// spokesman Chin Malin", "Government spokesman Phay Siphan", "NAME, spokesperson for ORG",
// "NAME, ORG spokesman", "a spokesperson for the Ministry of X" (unnamed: the body is recorded
// as speaking, no name is invented). A bare "Ministry spokesman" speaks for the ministry the
// article named last. Pure function over the Scan; thread-safe for distinct Scans.
#pragma once

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

// Adds one Speaker to scan.speakers per spokesperson phrase.
void find_spokespeople(Scan& scan, const Gazetteer& gazetteer);

}  // namespace tonle::entities
