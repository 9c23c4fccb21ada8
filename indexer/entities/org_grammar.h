// org_grammar.h — how organisation names are built, for names the gazetteer does not list: a
// capitalised run with a head word ("Ministry", "Court", "Embassy", "Network", "Party"), either
// head-last ("Kandal Provincial Court", "Tourism Ministry") or head-first with a complement
// ("General Department of Immigration", "Delegation of the European Union to Cambodia"). The
// head word's class (lexicon::head_kind) and the words around it decide the facet: a state body,
// an NGO, a party, or a company or club (no facet). A country word before a state body is no
// part of its name but says whose it is ("Japan's Finance Ministry", "the Thai Embassy").
// Pure functions over a Scan; thread-safe for distinct Scans.
#pragma once

#include <optional>
#include <string>

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

struct OrgName {
  size_t first = 0;
  size_t last = 0;
  size_t head = 0;              // the head word
  std::optional<Facet> facet;   // nullopt: a company, club or no organisation a facet holds
  std::string canonical;        // "Ministry of Tourism" for "Tourism Ministry"
  std::string country;          // from a country word in or before the name ("" if none)
  bool generic = false;         // names no one country's body ("Finance Ministry", "Senate")
  bool document = false;        // the title of a law, report or treaty, no body at all
};

// The organisation name that starts at word i, if the words there make one (at least a head
// and one more word). Words of earlier place and country mentions may be part of it; words of
// other mentions may not.
std::optional<OrgName> org_at(const Scan& scan, const Gazetteer& gazetteer, size_t i);

// The facet of the organisation named by words [first, last] (a learned acronym's long form),
// by the same rules; nullopt when its words do not say.
std::optional<Facet> classify_org(const Scan& scan, const Gazetteer& gazetteer, size_t first,
                                  size_t last);

// True if the sentence holding words [first, last] speaks of politics (an election, seats, a
// party, parliament, a vote ...) in words outside them.
bool political_sentence(const Scan& scan, size_t first, size_t last);

// "Finance" → "Ministry of Finance"; "Foreign" → "Ministry of Foreign Affairs": the
// head-first form of a head-last ministry name.
std::string ministry_name(std::string_view subject);

// "Justice Department" -> "Department of Justice": a department named by its subject (a word
// of English), written head first; nullopt for a city's "Police Department", the "State
// Department" (the gazetteer's), a place's or an adjective's ("Meteorological Department").
std::optional<std::string> department_name(const Gazetteer& gazetteer, const Word& subject);

// "Embassy of Japan", "Embassy of the United States": an embassy's canonical name.
std::string embassy_name(std::string_view country);
// "Government of Zambia", "Government of the Philippines": a government's canonical name.
std::string government_name(std::string_view country);

}  // namespace tonle::entities
