// http_framing_test.cc — strict request framing: header combinations that must be refused and
// ones that must pass, chunked bodies read exactly, and the real server answering 400 (and
// closing, so a request smuggled behind the refused one is never answered).
#include <catch2/catch.hpp>

#include "corpus_index.h"
#include "web/flood_support.h"
#include "web/http_framing.h"
#include "web/running_server.h"

namespace tonle::web {

namespace {

// A Stream over a fixed string, for the chunked reader.
class StringStream final : public httplib::Stream {
 public:
  explicit StringStream(std::string s) : s_(std::move(s)) {}
  bool is_readable() const override { return true; }
  bool is_writable() const override { return true; }
  ssize_t read(char* ptr, size_t size) override {
    size_t n = std::min(size, s_.size() - off_);
    std::copy_n(s_.data() + off_, n, ptr);
    off_ += n;
    return static_cast<ssize_t>(n);
  }
  ssize_t write(const char*, size_t size) override { return static_cast<ssize_t>(size); }
  void get_remote_ip_and_port(std::string&, int&) const override {}
  void get_local_ip_and_port(std::string&, int&) const override {}
  socket_t socket() const override { return -1; }
  std::string rest() const { return s_.substr(off_); }

 private:
  std::string s_;
  size_t off_ = 0;
};

httplib::Headers headers(std::initializer_list<std::pair<std::string, std::string>> h) {
  return httplib::Headers(h.begin(), h.end());
}

// Sends raw bytes from a fresh connection and returns everything until the server closes.
std::string send_raw(int port, const std::string& raw) {
  int fd = testing::connect_from("127.0.0.1", port, /*wait=*/true);
  REQUIRE(::send(fd, raw.data(), raw.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(raw.size()));
  std::string out;
  for (;;) {
    pollfd p{.fd = fd, .events = POLLIN, .revents = 0};
    if (::poll(&p, 1, 3000) <= 0) {
      break;
    }
    char buf[4096];
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) {
      break;
    }
    out.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return out;
}

}  // namespace

TEST_CASE("framing headers that would let two readers disagree are refused", "[http][framing][unit]") {
  auto [method, h, status] = GENERATE(table<std::string, httplib::Headers, int>({
      {"POST", headers({{"Content-Length", "5"}, {"Transfer-Encoding", "chunked"}}), 400},
      {"POST", headers({{"Content-Length", "5"}, {"Content-Length", "6"}}), 400},
      {"POST", headers({{"Content-Length", "+5"}}), 400},
      {"POST", headers({{"Content-Length", "5, 5"}}), 400},
      {"POST", headers({{"Content-Length", "0x10"}}), 400},
      {"POST", headers({{"Content-Length", "99999999999999999999"}}), 400},
      {"POST", headers({{"Transfer-Encoding", "gzip, chunked"}}), 400},
      {"POST", headers({{"Transfer-Encoding", "chunked"}, {"Transfer-Encoding", "chunked"}}), 400},
      {"POST", headers({{"Transfer-Encoding", "xchunked"}}), 400},
      {"GET", headers({{"Content-Length", "10"}}), 400},
      {"GET", headers({{"Transfer-Encoding", "chunked"}}), 400},
      {"GET", headers({{"Transfer-Encoding ", "chunked"}}), 400},
      {"POST", headers({{"Content-Length", "70000"}}), 413},
  }));
  auto problem = check_framing(method, h, 64 * 1024);
  REQUIRE(problem);
  CHECK(problem->status == status);
  CHECK_FALSE(problem->message.empty());
}

TEST_CASE("sound framing headers pass", "[http][framing][unit]") {
  auto [method, h] = GENERATE(table<std::string, httplib::Headers>({
      {"GET", headers({})},
      {"GET", headers({{"Content-Length", "0"}})},
      {"POST", headers({{"Content-Length", "5"}})},
      {"POST", headers({{"Content-Length", "5"}, {"Content-Length", "5"}})},
      {"POST", headers({{"Transfer-Encoding", "Chunked"}})},
  }));
  CHECK_FALSE(check_framing(method, h, 64 * 1024));
}

TEST_CASE("chunked bodies are read exactly, and malformed ones refused", "[http][framing][unit]") {
  StringStream good("5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\n\r\nGET /next");
  auto body = read_chunked_body(good, 1024);
  REQUIRE(std::holds_alternative<std::string>(body));
  CHECK(std::get<std::string>(body) == "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
  CHECK(good.rest() == "GET /next");  // nothing read past the body

  auto [raw, status] = GENERATE(table<std::string, int>({
      {"0x5\r\nhello\r\n0\r\n\r\n", 400},
      {"-1\r\nhello\r\n0\r\n\r\n", 400},
      {"5 junk\r\nhello\r\n0\r\n\r\n", 400},
      {"5\nhello\r\n0\r\n\r\n", 400},
      {"5\r\nhelloXX0\r\n\r\n", 400},
      {"123456789\r\n", 400},
      {"\r\nhello\r\n0\r\n\r\n", 400},
      {"5\r\nhel", 400},
      {"0\r\nTrailer: x\r\n\r\n", 400},
      {"800\r\n" + std::string(0x800, 'a') + "\r\n0\r\n\r\n", 413},
  }));
  StringStream in(raw);
  auto bad = read_chunked_body(in, 1024);
  REQUIRE(std::holds_alternative<FramingProblem>(bad));
  CHECK(std::get<FramingProblem>(bad).status == status);
}

TEST_CASE("the server answers 400 to ambiguous framing and never answers what was smuggled", "[http][framing][integration]") {
  testing::RunningServer s(testing::test_server_options(testing::corpus_index()));
  const std::string smuggled = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
  auto [name, head, body] = GENERATE(table<std::string, std::string, std::string>({
      {"CL and TE", "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n"},
      {"two lengths", "Content-Length: 5\r\nContent-Length: 40\r\n", "hello"},
      {"bad chunk size", "Transfer-Encoding: chunked\r\n", "0x5\r\nhello\r\n0\r\n\r\n"},
  }));
  INFO(name);
  std::string raw = "POST /api/search HTTP/1.1\r\nHost: x\r\n" + head + "\r\n" + body + smuggled;
  std::string out = send_raw(s.port, raw);
  CHECK(out.starts_with("HTTP/1.1 400 "));
  CHECK(out.find("Connection: close") != std::string::npos);
  CHECK(out.find("\"status\":\"ok\"") == std::string::npos);  // /healthz never answered

  std::string get_body = "GET /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                         std::to_string(smuggled.size()) + "\r\n\r\n" + smuggled;
  out = send_raw(s.port, get_body);
  CHECK(out.starts_with("HTTP/1.1 400 "));
  CHECK(out.find("\"status\":\"ok\"") == std::string::npos);
}

TEST_CASE("a well-framed chunked request still reaches its route", "[http][framing][integration]") {
  testing::RunningServer s(testing::test_server_options(testing::corpus_index()));
  std::string out = send_raw(s.port,
                             "POST /api/search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                             "Connection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
  CHECK(out.starts_with("HTTP/1.1 405 "));  // read-only server: the route's own answer
}

}  // namespace tonle::web
