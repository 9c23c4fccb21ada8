// alias_table.h — builds the alias groups stored in the index for query expansion: one group per
// gazetteer entity of a faceted kind (ministry, NGO, party, person), merged with the acronyms the
// articles defined ("Human Rights Watch (HRW)"). Places, outlets and other bodies are left out
// so that ordinary words ("us") never expand. Not thread-safe; used by the single writer.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/analyzer.h"
#include "core/schema.h"
#include "indexer/entities/gazetteer.h"
#include "indexer/entities/scan.h"

namespace tonle {

class AliasTable {
 public:
  AliasTable(const entities::Gazetteer& gazetteer, const Analyzer& analyzer);
  // Starts from groups already stored in an index (for --update).
  void merge_stored(const schema::AliasGroups& stored);
  void add_learned(const entities::LearnedAlias& alias);
  schema::AliasGroups groups() const;

 private:
  void link(const std::string& a, const std::string& b);
  size_t group_of(const std::string& name);  // creates a group when the name is new

  const Analyzer& analyzer_;
  std::vector<std::vector<std::string>> groups_;
  std::map<std::string, size_t> by_folded_;  // folded name → group
};

}  // namespace tonle
