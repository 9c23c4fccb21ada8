// facets.h — the one table of tonle's facet vocabulary: for each facet its name in URLs, JSON,
// the query language and the CLI, its label on pages, its term prefix in the index, and whether
// an article has one value or many. Everything that spells a facet reads it from here (schema.cc
// derives the value slots from the table's order and cardinality). Constant data: thread-safe.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace tonle {

// The facets a user can narrow by. Order is the display order everywhere.
enum class Facet { kSpokesperson, kMinistry, kNgo, kParty, kPerson, kReport, kSource, kYear };

struct FacetInfo {
  Facet facet;
  std::string_view name;    // "spokesperson": URLs, JSON, query language, CLI
  std::string_view label;   // "Spokesperson": headings and chips on pages
  std::string_view prefix;  // "XSP": the index's term prefix (never change: it is on disk)
  bool many;                // an article may have many values (entities), or one (outlet, year)
  bool entity;              // found in the article's text, as opposed to its metadata
};

inline constexpr std::array<FacetInfo, 8> kFacetTable = {{
    {Facet::kSpokesperson, "spokesperson", "Spokesperson", "XSP", true, true},
    {Facet::kMinistry, "ministry", "Ministry / government body", "XMIN", true, true},
    {Facet::kNgo, "ngo", "NGO", "XNGO", true, true},
    {Facet::kParty, "party", "Party", "XPTY", true, true},
    {Facet::kPerson, "person", "Person", "XPER", true, true},
    // The report, letter or statement the article answers (indexer/entities/reports.h).
    {Facet::kReport, "report", "Report answered", "XREP", true, true},
    {Facet::kSource, "source", "Outlet", "XSRC", false, false},
    {Facet::kYear, "year", "Year", "XYR", false, false},
}};

inline constexpr std::array<Facet, kFacetTable.size()> kAllFacets = [] {
  std::array<Facet, kFacetTable.size()> all{};
  for (size_t i = 0; i < all.size(); ++i) {
    all[i] = kFacetTable[i].facet;
  }
  return all;
}();

// The table's row for f.
constexpr const FacetInfo& facet_info(Facet f) { return kFacetTable[static_cast<size_t>(f)]; }
// "spokesperson", "ministry", ... — the name used in URLs, JSON and the query language.
constexpr std::string_view facet_name(Facet f) { return facet_info(f).name; }
// Inverse of facet_name; std::nullopt for an unknown name.
std::optional<Facet> facet_from_name(std::string_view name);
// "spokesperson, ministry, ngo, party, person, source, year": for messages that list the names.
std::string facet_names_list();

}  // namespace tonle
