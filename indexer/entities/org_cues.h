// org_cues.h — organisations named by what the story says they are, not by a head word:
//   - after a cue word: "rights group Sahmakum Chbab", "the NGO Khmer Thavrak";
//   - described right after the name: "Land Justice Now, a network of community activists,"
//     (the description is read by org_descriptions.h);
//   - a party between a political description and "party": "the far-right Chega party";
//   - (org_special_names.cc) head-first names in other languages and Red Cross societies.
// Part of find_organisations (org_rules.h), after the organisation grammar and before the person
// rules. Pure functions over the Scan; thread-safe for distinct Scans.
#pragma once

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

void find_cued_ngos(Scan& scan, const Gazetteer& g);
// "the Comisiones Obreras (CCOO) union said", "the CUT trade union confederation": one to three
// capitalised words between "the" and a lower-case "union" or "trade union" after them (perhaps
// with the name's acronym in brackets) are a union's name.
void find_unions_named_before_cue(Scan& scan, const Gazetteer& g);
// "Charities including Refugee Action and Freedom from Torture": names listed after a plural
// NGO cue ("charities", "groups", "organisations", ...) and "including", "such as" or "like".
void find_listed_ngos(Scan& scan, const Gazetteer& g);
// "Fundación Salares Vivos", "Verein Erinnerung und Rückgabe": head-first names (Spanish,
// Portuguese, Italian, French, German); NGOs unless a state's word follows the head.
void find_head_first_names(Scan& scan, const Gazetteer& g);
void find_described_ngos(Scan& scan, const Gazetteer& g);
void find_described_parties(Scan& scan);
// "the Canadian Red Cross", "Turkish Red Crescent Society": a national society of the movement
// ("Cross" and "Crescent" are no heads: "analyst Joe Cross" is a person).
void find_red_cross_societies(Scan& scan);

// "for", "of", "the" (and "de", "dos", "na" ...) in lower case: a word that links the
// capitalised words of one name ("Friends of the Earth", "Conradh na Gaeilge").
bool name_link_word(const Word& w);

// A word no mention holds, or one of a place's name ("youth group Mekong Green Youth").
bool free_or_place(const Scan& scan, size_t i);

}  // namespace tonle::entities
