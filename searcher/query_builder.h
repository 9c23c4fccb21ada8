// query_builder.h — turns a parsed query into a Xapian::Query with the same Analyzer the indexer
// used, so Khmer, apostrophes and NFKC forms match what is in the index. Lower-case words match
// their English stem (Z terms); capitalised words and phrases match exactly (names are not
// stemmed). Field filters become weightless boolean terms or date ranges. Unless `exact`, names
// with aliases ("Human Rights Watch" ↔ "HRW") are expanded both ways, inside phrases too, and
// every expansion is reported. A Khmer word or phrase also matches as the phrase of its syllables
// (core/khmer.h), so it is found inside longer dictionary words and however the dictionary split
// the passage; the words alone rank. Also reports what to highlight and which words to
// spell-check.
// Holds references to an Analyzer and an AliasIndex that must outlive it; not thread-safe (the
// Analyzer is not).
#pragma once

#include <xapian.h>

#include <set>
#include <string>
#include <vector>

#include "core/analyzer.h"
#include "searcher/aliases.h"
#include "searcher/date_range.h"
#include "searcher/query_parser.h"
#include "searcher/search_types.h"

namespace tonle {

// What snippets highlight: tokens with these terms or stems, and these phrases as one range.
struct HighlightSpec {
  std::set<std::string> terms;
  std::set<std::string> stems;
  std::vector<std::vector<std::string>> phrases;
  std::vector<std::vector<std::string>> syllables;  // Khmer words as syllable keys (core/khmer.h)
};

struct BuildOptions {
  MatchMode mode = MatchMode::kAll;
  bool exact = false;
};

struct BuiltQuery {
  Xapian::Query query;      // match_all() when the text adds no condition
  bool has_terms = false;   // the text has words to rank by (false: browsing / filters only)
  HighlightSpec highlight;
  std::vector<Expansion> expanded;
  std::vector<std::string> spell_words;  // typed words (analyzer terms) for "did you mean"
  std::vector<std::string> warnings;
};

// The weightless filter "dated within r" (the date slot, inclusive at both ends).
Xapian::Query date_range_query(const DateRange& r);

class QueryBuilder {
 public:
  QueryBuilder(const Analyzer& analyzer, const AliasIndex& aliases)
      : analyzer_(analyzer), aliases_(aliases) {}

  BuiltQuery build(const ParsedQuery& parsed, const BuildOptions& options) const;

  // OR of one facet's selected values (with their aliases unless exact), weightless.
  Xapian::Query facet_filter(Facet f, const std::vector<std::string>& values, bool exact) const;

 private:
  const Analyzer& analyzer_;
  const AliasIndex& aliases_;
};

}  // namespace tonle
