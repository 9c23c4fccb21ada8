// golden_test.cc — the five corpus articles through the whole per-file pipeline (parse,
// metadata, dates, entities), compared with reviewed golden JSON in tests/data/golden/. Set
// TONLE_UPDATE_GOLDEN=1 to rewrite the goldens after a deliberate change, then review the diff.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "indexer/prepare.h"
#include "indexer/parse/article_parser.h"
#include "searcher/result_json.h"
#include "test_support.h"

namespace tonle {

namespace {

nlohmann::json pipeline_json(const std::string& id) {
  static Analyzer analyzer;
  static entities::Gazetteer gazetteer = entities::Gazetteer::load(testing::gazetteer_path(), analyzer);
  static InputSet inputs = find_inputs({testing::corpus_dir().string()});
  static Preparer preparer(gazetteer, inputs, 1 << 20);
  std::string path = (testing::corpus_dir() / (id + ".txt")).string();
  std::string bytes = testing::read_file(path);
  parse::ParseOutcome parsed = parse::parse_article_file(path, bytes, {.default_id = id, .origin = ""});
  REQUIRE(parsed.articles.size() == 1);
  Article a = parsed.articles[0];
  const auto& meta = inputs.metadata.at(testing::corpus_dir().lexically_normal().string());
  apply_metadata(meta.by_id.at(id), a);
  preparer.enrich(a, nullptr);
  return article_json(a);
}

}  // namespace

TEST_CASE("corpus articles match their golden files", "[golden][integration]") {
  auto id = GENERATE(as<std::string>{}, "000_53f979e27959f980", "001_f78e1c69674aca81",
                     "002_a9e448d2d7f60a4d", "003_b9fbf3d9378a5c7a", "004_ad849af222343db6");
  CAPTURE(id);
  nlohmann::json got = pipeline_json(id);
  auto golden = testing::source_dir() / "tests" / "data" / "golden" / (id + ".json");
  if (std::getenv("TONLE_UPDATE_GOLDEN") != nullptr) {
    testing::write_file(golden, got.dump(2) + "\n");
  }
  nlohmann::json want = nlohmann::json::parse(testing::read_file(golden));
  CHECK(got["title"] == want["title"]);
  CHECK(got["date"] == want["date"]);
  CHECK(got["source"] == want["source"]);
  CHECK(got["dateline"] == want["dateline"]);
  CHECK(got["body"] == want["body"]);
  CHECK(got["entities"].dump(2) == want["entities"].dump(2));
}

TEST_CASE("no site chrome reaches an article's title or body", "[golden][integration]") {
  for (const char* id : {"000_53f979e27959f980", "001_f78e1c69674aca81", "002_a9e448d2d7f60a4d",
                         "003_b9fbf3d9378a5c7a", "004_ad849af222343db6"}) {
    nlohmann::json a = pipeline_json(id);
    std::string text = a["title"].get<std::string>() + "\n" + a["body"].get<std::string>();
    for (const char* chrome : {"Koh Ker", "longan", "Bodybuilders", "Limkokwing", "Related News",
                               "Logo of", "Content image", " | ", "\xE2\x80\xA2", "(left)",
                               "Heng Chivoan", "MFAIC\n"}) {
      INFO(id << " contains chrome: " << chrome);
      CHECK(text.find(chrome) == std::string::npos);
    }
  }
}

TEST_CASE("titles are the real headlines, not tickers or logos", "[golden][integration]") {
  CHECK(pipeline_json("000_53f979e27959f980")["title"] ==
        "Spokesperson Says US Report on Human Rights in Cambodia Is Biased");
  CHECK(pipeline_json("002_a9e448d2d7f60a4d")["title"] ==
        "US rights report \xE2\x80\x98politically motivated\xE2\x80\x99");
}

}  // namespace tonle
