// aliases.h — the alias groups stored in the index ("Human Rights Watch" ↔ "HRW"), indexed by
// the analyzer keys of each name so the query builder can find a name typed as words, as a
// phrase or as a facet value. Immutable after construction; safe to share read-only.
#pragma once

#include <map>
#include <unordered_map>
#include <string>
#include <vector>

#include "core/analyzer.h"
#include "core/schema.h"

namespace tonle {

class AliasIndex {
 public:
  AliasIndex() = default;
  AliasIndex(const schema::AliasGroups& groups, const Analyzer& analyzer);

  // The group whose name has exactly these keys, or nullptr. Names are distinct by keys.
  const std::vector<std::string>* group_for(const std::vector<std::string>& keys) const;
  // Longest name length in words (bounds how far the builder looks ahead).
  size_t longest() const { return longest_; }
  // The Khmer spelling of a name written in other letters ("Hun Manet" → "ហ៊ុន ម៉ាណែត"), when its
  // group has one; nullptr otherwise. `name` as the facet value stores it.
  const std::string* khmer_spelling(const std::string& name) const;
  // The analyzer keys of each name of a group, parallel to the group's names.
  const std::vector<std::vector<std::string>>& keys_of_group(
      const std::vector<std::string>* group) const;

 private:
  std::vector<std::vector<std::string>> groups_;
  std::vector<std::vector<std::vector<std::string>>> keys_;
  std::map<std::vector<std::string>, size_t> by_keys_;
  size_t longest_ = 0;
  std::unordered_map<std::string, std::string> khmer_;  // name → its group's Khmer spelling
};

}  // namespace tonle
