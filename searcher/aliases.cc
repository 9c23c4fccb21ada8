// aliases.cc — see aliases.h.
#include "searcher/aliases.h"

#include <algorithm>

#include "core/khmer.h"

namespace tonle {

AliasIndex::AliasIndex(const schema::AliasGroups& groups, const Analyzer& analyzer) {
  for (const std::vector<std::string>& g : groups) {
    std::vector<std::string> names;
    std::vector<std::vector<std::string>> keys;
    size_t index = groups_.size();
    for (const std::string& name : g) {
      std::vector<std::string> k;
      for (const Token& t : analyzer.analyze(name)) {
        k.push_back(t.term);
      }
      if (k.empty() || std::find(keys.begin(), keys.end(), k) != keys.end()) {
        continue;  // "LICADHO" and "Licadho" are one name to search
      }
      if (by_keys_.emplace(k, index).second) {
        longest_ = std::max(longest_, k.size());
      }
      names.push_back(name);
      keys.push_back(std::move(k));
    }
    auto khmer = std::find_if(g.begin(), g.end(), [](const std::string& n) { return has_khmer_letter(n); });
    for (const std::string& name : g) {
      if (khmer != g.end() && !has_khmer_letter(name)) {
        khmer_.emplace(name, *khmer);
      }
    }
    groups_.push_back(std::move(names));
    keys_.push_back(std::move(keys));
  }
}

const std::string* AliasIndex::khmer_spelling(const std::string& name) const {
  auto it = khmer_.find(name);
  return it == khmer_.end() ? nullptr : &it->second;
}

const std::vector<std::string>* AliasIndex::group_for(const std::vector<std::string>& keys) const {
  auto it = by_keys_.find(keys);
  if (it == by_keys_.end() || groups_[it->second].size() < 2) {
    return nullptr;
  }
  return &groups_[it->second];
}

const std::vector<std::vector<std::string>>& AliasIndex::keys_of_group(
    const std::vector<std::string>* group) const {
  return keys_[static_cast<size_t>(group - groups_.data())];
}

}  // namespace tonle
