// document_builder_test.cc — one analysis serves entity extraction and indexing: the tokens of
// the article text split back into fields exactly as analysing each field alone would give.
#include <catch2/catch.hpp>

#include "indexer/document_builder.h"
#include "indexer/entities/extractor.h"

namespace tonle {

TEST_CASE("tokens of the article text split into the fields' own tokens", "[indexer][unit]") {
  Analyzer analyzer;
  std::vector<Article> articles = {
      {.id = "a", .title = "Hun Manet’s HRW reply", .body = "PHNOM PENH: The U.N. said... 2023 reports."},
      {.id = "b", .title = "", .body = "Body only, no title."},
      {.id = "c", .title = "Title only", .body = ""},
      {.id = "d", .title = "ព័ត៌មាន​ខ្មែរ", .body = "ក្រសួង​យុត្តិធម៌ said \"Human Rights Watch\"\n\nsecond paragraph"},
  };
  for (const Article& a : articles) {
    INFO(a.id);
    FieldTokens split = split_article_tokens(analyzer.analyze(entities::EntityExtractor::article_text(a)), a);
    std::vector<Token> title = analyzer.analyze(a.title);
    std::vector<Token> body = analyzer.analyze(a.body);
    auto same = [](const std::vector<Token>& x, const std::vector<Token>& y) {
      REQUIRE(x.size() == y.size());
      for (size_t i = 0; i < x.size(); ++i) {
        CHECK(x[i].term == y[i].term);
        CHECK(x[i].position == y[i].position);
        CHECK(x[i].begin == y[i].begin);
        CHECK(x[i].end == y[i].end);
        CHECK(x[i].capitalized == y[i].capitalized);
        CHECK(x[i].numeric == y[i].numeric);
      }
    };
    same(split.title, title);
    same(split.body, body);
    CHECK(build_document(a, analyzer, split).document.serialise() == build_document(a, analyzer).document.serialise());
  }
}

}  // namespace tonle
