// story_country.h — which country a story is about, told after the known names are found
// (known_mentions.h) and before any rule that gives a body its country (countries.h). Pure
// function over the Scan; thread-safe for distinct Scans.
#pragma once

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

// The country the story is about: Cambodia when it names Cambodia, a Cambodian place or a
// Cambodian body by a name of its own; else the country of its dateline; else the country it
// names most; "" when it names none. Sets scan.story_country, then drops acronym-only mentions
// of Cambodian entities in stories about other countries ("HRW" wheat is no rights group),
// unless the story was filed from the acronym's country.
void decide_story_country(Scan& scan, const Gazetteer& gazetteer);

}  // namespace tonle::entities
