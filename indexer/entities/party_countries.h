// party_countries.h — the pass that gives a party named by a name many countries' parties share
// ("the Labour Party", "the Green Party") the story's own country's party: in an Irish story
// "the Labour Party" is the Irish Labour Party, in a New Zealand one "the Green Party" is the
// Green Party of Aotearoa New Zealand, when the gazetteer lists that party under one of the
// names countries give such parties ("Irish Labour Party", "New Zealand Green Party", "Labour
// Party (Nigeria)", "Green Party of Canada"). Run after the story's country is known.
#pragma once

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

#include <optional>
#include <string>

namespace tonle::entities {

void localise_parties(Scan& scan, const Gazetteer& gazetteer);

// The party of `country` the gazetteer lists under a shared party name (`name`, "Labour Party")
// with the country's name or adjective before, "of COUNTRY" after, or "(COUNTRY)"; its entry.
std::optional<size_t> local_party(const Gazetteer& gazetteer, const std::string& name, const std::string& country);

}  // namespace tonle::entities
