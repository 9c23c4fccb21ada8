// countries.h — gives every state body the country it belongs to, and its canonical name with
// it. A country word right before the name decides ("Japan's Finance Ministry", "the Thai
// Embassy"); then a country or place inside the name ("Embassy of Japan", "Kandal Provincial
// Court"); then the gazetteer's entry, unless that entry is generic ("~Finance Ministry",
// "~Senate"): a generic body belongs to the country the story is about. A foreign body's name
// carries its country in brackets unless the name says it: "Ministry of Finance (Japan)",
// "Senate (United States)". A generic body in a story whose country cannot be told is dropped:
// it would be a guess. Pure function over the Scan; thread-safe for distinct Scans.
#pragma once

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

void attribute_countries(Scan& scan, const Gazetteer& gazetteer);

}  // namespace tonle::entities
