// article_ids_test.cc — ids made from paths work end to end over HTTP: an article in a subfolder
// ("business/001") and one whose file name is not UTF-8 ("caf%E9-report") are linked from the
// results, and their pages and JSON answer 200; ids that climb out are refused.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "indexer/indexer.h"
#include "web/running_server.h"
#include "web/url.h"

namespace tonle::web {

TEST_CASE("articles in folders and with escaped names have working pages and links", "[http][ids][integration]") {
  testing::TempDir tmp;
  testing::write_file(tmp.path() / "in" / "business" / "001.txt", "Rice exporters meet\nThe zqbiz story.");
  testing::write_file(tmp.path() / "in" / "sport" / "001.txt", "Boxing final tonight\nThe zqsport story.");
  testing::write_file(tmp.path() / "in" / "caf\xE9-report.txt", "Cafe owners report\nThe zqcafe story.");
  IndexOptions o{.inputs = {(tmp.path() / "in").string()}, .db = tmp.path() / "db",
                 .gazetteer_path = testing::gazetteer_path(), .threads = 2};
  REQUIRE(run_index(o).exit_code() == 0);
  testing::RunningServer s(testing::test_server_options(o.db));
  httplib::Client c("127.0.0.1", s.port);

  for (const auto& [word, id] : {std::pair{"zqbiz", "business/001"}, std::pair{"zqsport", "sport/001"},
                                 std::pair{"zqcafe", "caf%E9-report"}}) {
    INFO(id);
    auto found = c.Get(("/api/search?q=" + std::string(word)).c_str());
    REQUIRE(found);
    REQUIRE(found->status == 200);
    auto j = nlohmann::json::parse(found->body);
    REQUIRE(j["hits"].size() == 1);
    CHECK(j["hits"][0]["id"] == id);
    auto api = c.Get(("/api/articles/" + url_encode(id)).c_str());
    REQUIRE(api);
    CHECK(api->status == 200);
    auto page = c.Get(("/articles/" + url_encode(id)).c_str());
    REQUIRE(page);
    CHECK(page->status == 200);
    auto results = c.Get(("/search?q=" + std::string(word)).c_str());
    REQUIRE(results);
    // (The link carries the search, so the article's page can mark what matched.)
    CHECK(results->body.find("href=\"/articles/" + url_encode(id) + "?q=" + std::string(word) + "\"") !=
          std::string::npos);
  }
  auto climbing = c.Get("/api/articles/business/..%2F..%2Fetc");
  REQUIRE(climbing);
  CHECK(climbing->status == 400);
}

}  // namespace tonle::web
