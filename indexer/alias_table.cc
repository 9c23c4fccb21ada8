// alias_table.cc — alias group building (see alias_table.h).
#include "indexer/alias_table.h"

#include <algorithm>

namespace tonle {

AliasTable::AliasTable(const entities::Gazetteer& gazetteer, const Analyzer& analyzer)
    : analyzer_(analyzer) {
  for (const entities::GazetteerEntry& e : gazetteer.entries()) {
    if (e.kind != entities::Kind::kFacet || e.facet == Facet::kSource || e.aliases.size() < 2) {
      continue;
    }
    for (size_t i = 1; i < e.aliases.size(); ++i) {
      link(e.aliases[0], e.aliases[i]);
    }
  }
}

void AliasTable::merge_stored(const schema::AliasGroups& stored) {
  for (const std::vector<std::string>& g : stored) {
    for (size_t i = 1; i < g.size(); ++i) {
      link(g[0], g[i]);
    }
  }
}

void AliasTable::add_learned(const entities::LearnedAlias& alias) {
  link(alias.long_form, alias.acronym);
}

size_t AliasTable::group_of(const std::string& name) {
  std::string key = analyzer_.fold(name);
  auto it = by_folded_.find(key);
  if (it != by_folded_.end()) {
    return it->second;
  }
  groups_.push_back({name});
  by_folded_.emplace(key, groups_.size() - 1);
  return groups_.size() - 1;
}

void AliasTable::link(const std::string& a, const std::string& b) {
  size_t ga = group_of(a);
  size_t gb = group_of(b);
  if (ga == gb) {
    return;
  }
  // Merge the later group into the earlier one, so gazetteer canonicals stay first.
  size_t into = std::min(ga, gb);
  size_t from = std::max(ga, gb);
  for (std::string& name : groups_[from]) {
    by_folded_[analyzer_.fold(name)] = into;
    groups_[into].push_back(std::move(name));
  }
  groups_[from].clear();
}

schema::AliasGroups AliasTable::groups() const {
  schema::AliasGroups out;
  for (const std::vector<std::string>& g : groups_) {
    if (g.size() >= 2) {
      out.push_back(g);
    }
  }
  return out;
}

}  // namespace tonle
