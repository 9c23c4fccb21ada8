// khmer_mentions.h — the pass that finds the gazetteer's Khmer spellings in an article: a Khmer
// text names "ហ៊ុន ម៉ាណែត" or "ក្រសួងមហាផ្ទៃ" without capitals or spaces, and the dictionary
// may split it differently each time, so names are matched on syllables (core/khmer.h), the
// longest first. Each match becomes a mention of the entry's canonical value (Hun Manet,
// Ministry of Interior), so Khmer articles count under the same facet values as English ones.
// Pure given its inputs; the Scan is the caller's.
#pragma once

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

// Adds a mention for each Khmer spelling in scan.text whose words no mention holds yet.
void find_khmer_mentions(Scan& scan, const Gazetteer& gazetteer);

}  // namespace tonle::entities
