// works.h — bands, albums, films, books and vessels named like bodies ("folk trio The Liberal
// Democrats Of Sound", "the album Quiet Parliament", "hip-hop group Free Trade Union", "the
// trawler Senate", "Brass Workers Federation, a 12-piece brass band"): a name the story presents
// as a band, a work or a vessel is no ministry, NGO or party anywhere in it.
// Operates on one Scan; no shared state; thread-compatible.
#pragma once

#include "indexer/entities/scan.h"

namespace tonle::entities {

// Drops every body mention whose name the story introduces as a band or a work, right before it
// ("duo", "album", "five-piece") or in an apposition after it (", a brass band,").
void drop_bands_and_works(Scan& scan);

}  // namespace tonle::entities
