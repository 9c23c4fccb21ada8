// query_fuzz.cc — the query parser and builder on arbitrary query strings, in both match modes,
// with an alias table so expansion paths run too.
#include "fuzz/fuzz_support.h"
#include "searcher/query_builder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static tonle::Analyzer analyzer;
  static tonle::AliasIndex aliases(
      {{"Human Rights Watch", "HRW"}, {"Cambodian Human Rights Committee", "CHRC", "Human Rights Commission"}},
      analyzer);
  static tonle::QueryBuilder builder(analyzer, aliases);
  tonle::ParsedQuery parsed = tonle::parse_query(tonle::fuzz::as_text(data, size));
  for (tonle::MatchMode mode : {tonle::MatchMode::kAll, tonle::MatchMode::kAny}) {
    tonle::BuiltQuery q = builder.build(parsed, {.mode = mode, .exact = size % 2 == 0});
    (void)q.query.get_description();
  }
  return 0;
}
