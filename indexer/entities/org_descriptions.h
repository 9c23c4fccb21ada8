// org_descriptions.h — what the words right after a name say it is: ", a network of village
// activists," (an NGO), ", a party founded last year" (a party), ", which represents 40,000
// farmers" (a body speaking for people), and the kinds of business that make a group no civil
// society's ("the financial group X"). Read by org_cues (names no head word classifies) and
// org_grammar (names whose head leaves the facet open). Pure functions over a Scan;
// thread-safe for distinct Scans.
#pragma once

#include <optional>
#include <string_view>

#include "indexer/entities/scan.h"

namespace tonle::entities {

// What the words right after word `last` describe the name before it as: ", a network of
// village activists," -> kNgo; ", a party founded last year" -> kParty; nothing (a business
// group, "a group of four shareholders", a person's role "a rights group official") -> nullopt.
std::optional<Facet> described_as(const Scan& scan, size_t last);

// True if that description says what kind of civil society it is ("a Bergen-based conservation
// group", "a left-leaning think tank"), as one word alone or a company-like name needs.
bool civic_description(const Scan& scan, size_t last);

// ", which says it represents 40,000 farmers": a body speaking for people, right after `last`.
bool represents_people(const Scan& scan, size_t last);
// ", which trains first-time voters", ", which has monitored the courts": right after `last`, a
// relative clause whose verb is civil society's work (training, monitoring, documenting,
// campaigning, lending to villagers ...).
bool does_civic_work(const Scan& scan, size_t last);

// "financial", "retail", "shipping": a kind of business before a group word.
bool is_business_kind(std::string_view key);
// "rap", "dance", "theatre": an art's word before "group" makes a band or a troupe, no NGO.
bool is_performing_kind(std::string_view key);

}  // namespace tonle::entities
