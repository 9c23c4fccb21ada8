// metrics_test.cc — /metrics in Prometheus' text format: the routes a path names, counters and
// a cumulative latency histogram, every line well formed; and a live server's scrape after a
// search.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <regex>
#include <sstream>
#include <thread>

#include "corpus_index.h"
#include "web/metrics.h"
#include "web/server.h"

namespace tonle::web {

namespace {

// Every line a comment (# HELP / # TYPE) or `name{labels} value` as the exposition format says.
void check_exposition(const std::string& text) {
  static const std::regex sample(
      R"(^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="[^"\\\n]*"(,[a-zA-Z_][a-zA-Z0-9_]*="[^"\\\n]*")*\})? (-?[0-9.]+(e[-+]?[0-9]+)?|\+Inf)$)");
  static const std::regex comment(R"(^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+$)");
  std::istringstream in(text);
  size_t lines = 0;
  for (std::string line; std::getline(in, line); ++lines) {
    CAPTURE(line);
    CHECK((std::regex_match(line, sample) || std::regex_match(line, comment)));
  }
  CHECK(lines > 10);
  CHECK(text.ends_with("\n"));
}

}  // namespace

TEST_CASE("a path names one of a fixed set of routes", "[web][unit]") {
  CHECK(route_of("/") == Route::kSearchPage);
  CHECK(route_of("/api/search") == Route::kSearchApi);
  CHECK(route_of("/api/articles/001_x") == Route::kArticleApi);
  CHECK(route_of("/articles/a/b") == Route::kArticlePage);
  CHECK(route_of("/static/app.css") == Route::kStatic);
  CHECK(route_of("/metrics") == Route::kMetrics);
  CHECK(route_of("/wp-admin/login.php") == Route::kOther);  // no label of a client's choosing
  CHECK(route_name(Route::kSearchApi) == "search_api");
}

TEST_CASE("metrics count requests by route and status in a cumulative histogram", "[web][unit]") {
  Metrics m;
  m.record(Route::kSearchApi, 200, 0.004);
  m.record(Route::kSearchApi, 200, 0.3);
  m.record(Route::kSearchApi, 400, 0.0005);
  m.record(Route::kOther, 404, 0.0001);
  std::string text = m.render({.search_slots = 2, .generation = "gen-000007", .articles = 12, .written_at = 1760000000,
                               .index_ok = true});
  check_exposition(text);
  CHECK(text.find("tonle_http_requests_total{route=\"search_api\",status=\"200\"} 2\n") != std::string::npos);
  CHECK(text.find("tonle_http_requests_total{route=\"search_api\",status=\"400\"} 1\n") != std::string::npos);
  CHECK(text.find("tonle_http_request_duration_seconds_bucket{route=\"search_api\",le=\"0.001\"} 1\n") != std::string::npos);
  CHECK(text.find("tonle_http_request_duration_seconds_bucket{route=\"search_api\",le=\"0.005\"} 2\n") != std::string::npos);
  CHECK(text.find("tonle_http_request_duration_seconds_bucket{route=\"search_api\",le=\"+Inf\"} 3\n") != std::string::npos);
  CHECK(text.find("tonle_http_request_duration_seconds_count{route=\"search_api\"} 3\n") != std::string::npos);
  CHECK(text.find("tonle_index_info{generation=\"gen-000007\"} 1\n") != std::string::npos);
  CHECK(text.find("tonle_index_written_timestamp_seconds 1760000000\n") != std::string::npos);
  // An unreadable index says so, and names no generation.
  std::string down = m.render({.index_ok = false});
  check_exposition(down);
  CHECK(down.find("tonle_index_up 0\n") != std::string::npos);
  CHECK(down.find("tonle_index_info") == std::string::npos);
}

TEST_CASE("GET /metrics on a live server counts the requests before it", "[http][integration]") {
  Server server{ServerOptions{.db = testing::corpus_index(),
                              .port = 0,
                              .static_dir = testing::source_dir() / "web" / "static",
                              .threads = 4,
                              .access_log = nullptr}};
  int port = server.bind();
  std::thread thread{[&] { server.run(); }};
  httplib::Client c("127.0.0.1", port);
  REQUIRE(c.Get("/api/search?q=rights"));
  REQUIRE(c.Get("/no-such-page"));
  // A request is counted by the server's logger, which runs after its answer has been sent: a
  // scrape right after may come first. Scrape until both are in (they are within milliseconds).
  std::string body;
  std::string type;
  int status = 0;
  for (int i = 0; i < 100; ++i) {
    auto res = c.Get("/metrics");
    if (res) {
      body = res->body;
      type = res->get_header_value("Content-Type");
      status = res->status;
      if (body.find("route=\"other\",status=\"404\"") != std::string::npos &&
          body.find("route=\"search_api\",status=\"200\"") != std::string::npos) {
        break;  // (each is counted on its own worker thread, in no set order)
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  server.stop();
  thread.join();
  CHECK(status == 200);
  CHECK(type.starts_with("text/plain; version=0.0.4"));
  check_exposition(body);
  CHECK(body.find("tonle_http_requests_total{route=\"search_api\",status=\"200\"} 1\n") != std::string::npos);
  CHECK(body.find("tonle_http_requests_total{route=\"other\",status=\"404\"} 1\n") != std::string::npos);
  CHECK(body.find("tonle_index_up 1\n") != std::string::npos);
  CHECK(body.find("tonle_index_articles 5\n") != std::string::npos);
  CHECK(body.find("tonle_index_written_timestamp_seconds ") != std::string::npos);
}

}  // namespace tonle::web
