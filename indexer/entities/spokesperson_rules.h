// spokesperson_rules.h — ties spokespeople to the bodies they speak for, after the organisation
// and person passes. The name may come after the role ("Interior Ministry spokesman Touch
// Sokhak", with ranks between: "spokesman Col Sok Dara"), after the body ("a spokeswoman for
// the Australian Embassy, Jane Hill, said"), after a comma ("The party's spokesman, Yim Sovann,
// said") or before it ("Seng Bora, a spokesman for the ministry"). The body may be named
// ("Ministry of Justice spokesman"), several ("CHRC and Ministry of Justice spokesman"), or
// referred to by its kind ("Court spokesman", "the ministry's spokesman", "provincial police
// spokesman"): then it is the body of that kind the article names nearest before (else after).
// An unnamed spokesperson records the body as speaking; no name is invented. Pure function over
// the Scan; thread-safe for distinct Scans.
#pragma once

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

// Adds one Speaker to scan.speakers per spokesperson phrase.
void find_spokespeople(Scan& scan, const Gazetteer& gazetteer);

}  // namespace tonle::entities
