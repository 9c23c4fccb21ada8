// health_test.cc — /healthz tells the truth: 200 with the served generation while the index
// reads, and once the index's tables are damaged under the running server, 503 saying why on
// /healthz and 503 index_unavailable on every route that reads the index (never a bare 500).
#include <httplib.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "indexer/indexer.h"
#include "web/running_server.h"

namespace tonle::web {

namespace {

using nlohmann::json;

// An index big enough that its tables span many blocks (300 articles from the corpus).
std::filesystem::path build_index(const testing::TempDir& tmp) {
  std::vector<std::string> texts;
  for (const auto& e : std::filesystem::directory_iterator(testing::corpus_dir())) {
    if (e.path().extension() == ".txt") {
      texts.push_back(testing::read_file(e.path()));
    }
  }
  for (size_t i = 0; i < 300; ++i) {
    testing::write_file(tmp.path() / "in" / ("a" + std::to_string(i) + ".txt"),
                        texts[i % texts.size()] + "\n\nMarker word zq" + std::to_string(i) + ".\n");
  }
  IndexOptions o{.inputs = {(tmp.path() / "in").string()}, .db = tmp.path() / "db",
                 .gazetteer_path = testing::gazetteer_path(), .threads = 2};
  REQUIRE(run_index(o).exit_code() == 0);
  return o.db;
}

// Overwrites every table of the served generation past its first block with garbage.
void damage(const std::filesystem::path& db) {
  for (const auto& e : std::filesystem::recursive_directory_iterator(db)) {
    if (e.path().extension() == ".glass" && e.file_size() > 8192) {
      std::fstream f(e.path(), std::ios::in | std::ios::out | std::ios::binary);
      f.seekp(8192);
      std::string junk(e.file_size() - 8192, '\xAB');
      f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
  }
}

}  // namespace

TEST_CASE("healthz reports the served generation, and 503 with the reason on a damaged index", "[http][health][integration]") {
  testing::TempDir tmp;
  std::filesystem::path db = build_index(tmp);
  testing::RunningServer s(testing::test_server_options(db));
  httplib::Client c("127.0.0.1", s.port);
  c.set_read_timeout(10, 0);

  auto ok = c.Get("/healthz");
  REQUIRE(ok);
  CHECK(ok->status == 200);
  json j = json::parse(ok->body);
  CHECK(j["status"] == "ok");
  CHECK(j["generation"] == "gen-000001");
  CHECK(j["articles"] == 300);

  damage(db);
  auto bad = c.Get("/healthz");
  REQUIRE(bad);
  INFO(bad->body);
  CHECK(bad->status == 503);
  j = json::parse(bad->body);
  CHECK(j["status"] == "unavailable");
  CHECK(j["generation"] == "gen-000001");
  CHECK(j["problem"].get<std::string>().find("cannot be read") != std::string::npos);

  for (const char* path : {"/api/search?q=ministry", "/api/search?q=", "/search?q=report", "/",
                           "/api/articles/a7", "/articles/a7", "/export?format=csv&q=",
                           "/api/search?q=zq123"}) {
    auto res = c.Get(path);
    REQUIRE(res);
    INFO(path << " -> " << res->status << " " << res->body.substr(0, 200));
    CHECK(res->status == 503);
    if (std::string(path).starts_with("/api/") || std::string(path).starts_with("/export")) {
      CHECK(json::parse(res->body)["error"]["code"] == "index_unavailable");
    }
  }
}

}  // namespace tonle::web
