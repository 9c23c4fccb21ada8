// facets.cc — lookups over the facet table (facets.h).
#include "core/facets.h"

namespace tonle {

// The table's rows are in enum order, so facet_info can index it.
static_assert([] {
  for (size_t i = 0; i < kFacetTable.size(); ++i) {
    if (static_cast<size_t>(kFacetTable[i].facet) != i) {
      return false;
    }
  }
  return true;
}());

std::optional<Facet> facet_from_name(std::string_view name) {
  for (const FacetInfo& info : kFacetTable) {
    if (info.name == name) {
      return info.facet;
    }
  }
  return std::nullopt;
}

std::string facet_names_list() {
  std::string out;
  for (const FacetInfo& info : kFacetTable) {
    out += (out.empty() ? "" : ", ") + std::string(info.name);
  }
  return out;
}

}  // namespace tonle
