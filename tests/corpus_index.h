// corpus_index.h — a tonle index of the five corpus articles, built once per test executable in
// a temporary directory and shared by the searcher and web tests.
#pragma once

#include <filesystem>

#include "indexer/indexer.h"
#include "test_support.h"

namespace tonle::testing {

inline const std::filesystem::path& corpus_index() {
  static TempDir dir;
  static bool built = [] {
    IndexOptions o{.inputs = {corpus_dir().string()},
                   .db = dir.path() / "db",
                   .gazetteer_path = gazetteer_path(),
                   .threads = 2};
    return run_index(o).exit_code() == 0;
  }();
  static std::filesystem::path db = built ? dir.path() / "db" : std::filesystem::path();
  return db;
}

}  // namespace tonle::testing
