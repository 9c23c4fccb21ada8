// access_log_test.cc — nothing a client sends can start a log line of its own or break a field:
// a table of escapes, then a real server logging a request whose path carries CR LF.
#include "web/access_log.h"

#include <catch2/catch.hpp>
#include <cstdio>

#include "corpus_index.h"
#include "web/flood_support.h"
#include "web/running_server.h"

namespace tonle::web {

TEST_CASE("log fields escape controls, quotes and invalid UTF-8", "[http][log][unit]") {
  auto [in, out] = GENERATE(table<std::string, std::string>({
      {"/api/search", "/api/search"},
      {"/a\r\n127.0.0.1 \"GET /x\" 200 0", "/a\\x0D\\x0A127.0.0.1 \\\"GET /x\\\" 200 0"},
      {std::string("/nul\0x", 6), "/nul\\x00x"},
      {"/tab\there", "/tab\\x09here"},
      {"/del\x7F", "/del\\x7F"},
      {"/esc\x1B[31m", "/esc\\x1B[31m"},
      {"/back\\slash", "/back\\\\slash"},
      {"/latin1-caf\xE9", "/latin1-caf\\xE9"},
      {"/truncated-\xE1\x9E", "/truncated-\\xE1\\x9E"},
      {"/khmer-\xE1\x9E\x80", "/khmer-\xE1\x9E\x80"},
      {"/nel-\xC2\x85", "/nel-\\u0085"},
      {"/line-sep-\xE2\x80\xA8", "/line-sep-\\u2028"},
  }));
  CHECK(log_escape(in) == out);
}

TEST_CASE("CR and LF in a URL do not forge an access-log line", "[http][log][integration]") {
  FILE* log = std::tmpfile();
  REQUIRE(log != nullptr);
  ServerOptions o = testing::test_server_options(testing::corpus_index());
  o.access_log = log;
  {
    testing::RunningServer s(o);
    httplib::Client c("127.0.0.1", s.port);
    auto forged = c.Get("/api/search%0D%0A6.6.6.6%20%22GET%20%2Fadmin%22%20200%200?q=x");
    REQUIRE(forged);
    auto raw_cr = c.Get("/api/search\r6.6.6.6?q=x");  // a bare CR in the request line itself
    auto normal = c.Get("/api/search?q=ministry");
    REQUIRE(normal);
  }
  std::rewind(log);
  std::string text;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, log)) > 0;) {
    text.append(buf, n);
  }
  std::fclose(log);
  INFO(text);
  size_t lines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  CHECK(lines <= 3);  // one line per request at most: nothing split in two
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    std::string line = text.substr(start, end - start);
    CHECK(line.starts_with("127.0.0.1 \""));  // every line is the server's own
    CHECK(line.find('\r') == std::string::npos);
    start = end + 1;
  }
  CHECK(text.find("\\x0D\\x0A6.6.6.6 \\\"GET /admin\\\" 200 0") != std::string::npos);
}

TEST_CASE("a JSON access line escapes what JSON must and writes bad bytes as text", "[web][unit]") {
  std::string line = access_log_json({.address = "10.0.0.1", .method = "GET",
                                      .path = "/a\"b\\c\nd\xE2\x80\xA8" "e\xFF" "f", .status = 404,
                                      .bytes = 12, .seconds = 0.0015, .unix_millis = 1763842860123});
  CHECK(line == "{\"time\":\"2025-11-22T20:21:00.123Z\",\"address\":\"10.0.0.1\",\"method\":\"GET\","
                "\"path\":\"/a\\\"b\\\\c\\u000Ad\\u2028e\\\\xFFf\",\"status\":404,\"bytes\":12,"
                "\"seconds\":0.001500}\n");
}

}  // namespace tonle::web
