// entities_fixture.h — what the entity rule tests share: the real gazetteer (data/gazetteer.txt
// and the system word list), an extractor, and lookups over its output. Every test sentence is
// made up, with names that appear in no corpus or development-set article: the rules must hold
// for news tonle has never seen.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "indexer/entities/extractor.h"
#include "test_support.h"

namespace tonle::entities::testing {

struct Fixture {
  Analyzer analyzer;
  Gazetteer gazetteer = Gazetteer::load(tonle::testing::gazetteer_path(), analyzer);
  EntityExtractor extractor{gazetteer, analyzer};

  std::vector<Entity> run(std::string_view text, std::string_view dateline = {}, std::string_view outlet = {}) {
    return extractor.extract_text(text, {.dateline = dateline, .outlet = outlet}).entities;
  }
};

inline const Entity* find(const std::vector<Entity>& es, Facet f, std::string_view value) {
  auto it = std::find_if(es.begin(), es.end(),
                         [&](const Entity& e) { return e.facet == f && e.value == value; });
  return it == es.end() ? nullptr : &*it;
}

inline std::vector<std::string> values(const std::vector<Entity>& es, Facet f) {
  std::vector<std::string> out;
  for (const Entity& e : es) {
    if (e.facet == f) {
      out.push_back(e.value);
    }
  }
  return out;
}

}  // namespace tonle::entities::testing
