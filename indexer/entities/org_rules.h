// org_rules.h — finds organisation mentions (ministries and other government bodies, NGOs,
// parties) in a Scan: gazetteer aliases first, then acronyms the article defines, then rules on
// capitalised runs ("Ministry of X", "X ministry", "X Party", "… Watch/Network/Forum …",
// "rights group X"). Pure functions over the Scan; thread-safe for distinct Scans.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle::entities {

// The last word of the capitalised run that starts at word i ("Ministry of Cults and Religion").
// Connectors (of, for, on, in, de, the) may join capitalised words; "and" only after "of"/"for".
size_t capitalised_run_end(const std::vector<Word>& words, size_t i);

// The facet an organisation name's own words suggest, if any.
std::optional<Facet> classify_org_name(const std::vector<std::string>& keys);
// True for words that head organisation names ("ministry", "party", "watch", "network", ...):
// such a word is never part of a person's name.
bool is_org_head(std::string_view key);
// "Inc", "Corp", "Ltd", "Bank", ...: words that end company names, never NGOs or people.
bool is_company_suffix(std::string_view key);

// Analyzer keys of words [first, last].
std::vector<std::string> keys_of(const Scan& scan, size_t first, size_t last);

// Finds "Long Name (ACR)" definitions and records them in scan.learned.
void learn_acronyms(Scan& scan);

// Adds every organisation mention (and gazetteer person and place mentions) to the scan.
void find_org_mentions(Scan& scan, const Gazetteer& gazetteer);

}  // namespace tonle::entities
