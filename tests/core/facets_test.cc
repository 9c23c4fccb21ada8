// facets_test.cc — the facet table (core/facets.h) is complete and self-consistent.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "core/facets.h"
#include "core/schema.h"

using namespace tonle;

TEST_CASE("every facet's name reads back as that facet, unknown names are none", "[facets][unit]") {
  for (Facet f : kAllFacets) {
    INFO(facet_name(f));
    CHECK(facet_from_name(facet_name(f)) == f);
    CHECK(facet_info(f).facet == f);
    CHECK(!facet_info(f).label.empty());
  }
  CHECK(!facet_from_name("Spokesperson"));
  CHECK(!facet_from_name("date"));
  CHECK(!facet_from_name(""));
  CHECK(facet_names_list() == "spokesperson, ministry, ngo, party, person, report, source, year");
}

TEST_CASE("facet prefixes are distinct capitals, none the start of another or of the syllable prefix",
          "[facets][unit]") {
  // A folded value is lower case, so a term is ambiguous only if one prefix starts another.
  std::set<std::string> seen;
  for (const FacetInfo& a : kFacetTable) {
    INFO(a.name);
    CHECK(seen.insert(std::string(a.prefix)).second);
    for (char c : a.prefix) {
      CHECK((c >= 'A' && c <= 'Z'));
    }
    CHECK(!schema::kSyllablePrefix.starts_with(a.prefix));
    CHECK(!a.prefix.starts_with(schema::kSyllablePrefix));
    for (const FacetInfo& b : kFacetTable) {
      if (a.facet != b.facet) {
        CHECK(!b.prefix.starts_with(a.prefix));
      }
    }
    CHECK(schema::facet_prefix(a.facet) == a.prefix);
  }
}

TEST_CASE("single-valued facets are the article's metadata, entities may have many values", "[facets][unit]") {
  for (const FacetInfo& info : kFacetTable) {
    INFO(info.name);
    CHECK(info.many == info.entity);
    CHECK(schema::is_multi_valued(info.facet) == info.many);
  }
  CHECK(!facet_info(Facet::kSource).many);
  CHECK(facet_info(Facet::kSpokesperson).entity);
}
