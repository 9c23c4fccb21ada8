// org_cues.h — organisations named by what the story says they are, not by a head word:
//   - after a cue word: "rights group Sahmakum Chbab", "the NGO Khmer Thavrak";
//   - described right after the name: "Land Justice Now, a network of community activists,";
//   - a party between a political description and "party": "the far-right Chega party".
// Part of find_organisations (org_rules.h), after the organisation grammar and before the person
// rules. Pure functions over the Scan; thread-safe for distinct Scans.
#pragma once

#include <optional>

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

void find_cued_ngos(Scan& scan, const Gazetteer& g);
void find_described_ngos(Scan& scan, const Gazetteer& g);
void find_described_parties(Scan& scan);
// "the Canadian Red Cross", "Turkish Red Crescent Society": a national society of the movement
// ("Cross" and "Crescent" are no heads: "analyst Joe Cross" is a person).
void find_red_cross_societies(Scan& scan);

// A word no mention holds, or one of a place's name ("youth group Mekong Green Youth").
bool free_or_place(const Scan& scan, size_t i);

// What the words right after word `last` describe the name before it as: ", a network of
// village activists," -> kNgo; ", a party founded last year" -> kParty; nothing (a business
// group, "a group of four shareholders", a person's role "a rights group official") -> nullopt.
std::optional<Facet> described_as(const Scan& scan, size_t last);

// True if that description says what kind of civil society it is ("a Bergen-based conservation
// group", "a left-leaning think tank"), as one word alone or a company-like name needs.
bool civic_description(const Scan& scan, size_t last);

}  // namespace tonle::entities
