// index_check.h — is an index whole? `probe_index` reads a few blocks of every table (65 articles
// spread over the id range: stored data, values, term lists, positions; a posting list): cheap
// enough for `tonle stats` and /healthz-style checks, and it catches an index that cannot serve.
// `check_index` runs Xapian's full consistency check over every block of the served generation
// (`tonle check`): minutes on a large archive, but nothing escapes it. Plain functions over an
// IndexReader the caller owns; not thread-safe for the same reader.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "searcher/index_reader.h"

namespace tonle {

// What failed to read ("article 17's stored data: ..."), or nullopt when every probe read.
std::optional<std::string> probe_index(IndexReader& reader);

struct CheckResult {
  size_t errors = 0;    // inconsistencies Xapian found; 0 when the index is whole
  std::string problem;  // why the check stopped early, if it did (it then counts one error)
};

// Xapian::Database::check over the served generation's tables; Xapian's report (one line per
// table and per error) goes to `report` when not null.
CheckResult check_index(const IndexReader& reader, std::ostream* report);

}  // namespace tonle
