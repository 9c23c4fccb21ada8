// flood_test.cc — connection floods from other addresses (idle sockets, slowloris, exports in a
// loop) while a normal client searches from 127.0.0.1: its p99 over 50 searches must stay under
// kNotDelayed. A correctness guard, not a benchmark (bench/flood.py prints the figures). Each test also
// checks that its flood really reached the server, so it cannot pass by attacking nothing.
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "corpus_index.h"
#include "indexer/indexer.h"
#include "web/flood_support.h"
#include "web/running_server.h"

namespace tonle::web {

namespace {

using namespace std::chrono_literals;
using testing::Flood;
using testing::FloodKind;

constexpr const char* kSearch = "/api/search?q=ministry";

// What "not delayed" means here. The failures these tests guard against made a search wait for the
// flood: 7.5 to 29.6 s behind idle and slowloris sockets, 11.7 to 23.6 s behind exports. An
// unhurried search takes milliseconds, but under AddressSanitizer, with ctest running another test
// on the second core and an export burning CPU, its p99 reached 1.01 s (CI, 2 cores) without
// waiting for anything. 2.5 s still fails every one of the measured failures.
constexpr double kNotDelayed = 2.5;

std::string describe(const std::vector<double>& t) {
  return "p50 " + std::to_string(testing::percentile(t, 0.5)) + " s, p99 " +
         std::to_string(testing::percentile(t, 0.99)) + " s";
}

// An index of `n` articles made from the corpus, each with a marker word.
std::filesystem::path big_index(const testing::TempDir& tmp, size_t n) {
  std::vector<std::string> texts;
  for (const auto& e : std::filesystem::directory_iterator(testing::corpus_dir())) {
    if (e.path().extension() == ".txt") {
      texts.push_back(testing::read_file(e.path()));
    }
  }
  for (size_t i = 0; i < n; ++i) {
    testing::write_file(tmp.path() / "in" / ("a" + std::to_string(i) + ".txt"),
                        texts[i % texts.size()] + "\n\nMarker word zq" + std::to_string(i) + ".\n");
  }
  IndexOptions o{.inputs = {(tmp.path() / "in").string()}, .db = tmp.path() / "db",
                 .gazetteer_path = testing::gazetteer_path(), .threads = 2};
  REQUIRE(run_index(o).exit_code() == 0);
  return o.db;
}

}  // namespace

TEST_CASE("2000 idle connections from other addresses do not delay a search", "[http][flood][integration]") {
  testing::raise_open_file_limit(8192);
  ServerOptions o = testing::test_server_options(testing::corpus_index());
  o.threads = 512;
  o.max_per_address = 64;
  testing::RunningServer s(o);
  // 40 addresses × 50: more than the server holds in all, so it must make room by closing idle
  // connections (and refuse what one address sends beyond its cap).
  Flood flood({.kind = FloodKind::kIdle, .connections = 2000, .port = s.port,
               .sources = testing::attacker_addresses(40)});
  std::this_thread::sleep_for(1s);
  ConnectionStats during = s.server.connection_stats();
  std::vector<double> t = testing::time_requests(s.port, kSearch, 50);
  INFO(describe(t) << "; open " << during.open << ", evicted " << during.evicted << ", refused "
                   << during.refused << ", reconnects " << flood.reconnects());
  CHECK(during.open >= 500);  // the flood filled the server
  CHECK(testing::percentile(t, 0.99) < kNotDelayed);
}

TEST_CASE("200 slowloris connections do not delay a search", "[http][flood][integration]") {
  testing::raise_open_file_limit(4096);
  ServerOptions o = testing::test_server_options(testing::corpus_index());
  o.threads = 512;
  o.max_per_address = 64;
  o.request_timeout = 2.0;
  testing::RunningServer s(o);
  Flood flood({.kind = FloodKind::kSlowloris, .connections = 200, .port = s.port,
               .sources = testing::attacker_addresses(4), .byte_every = 1000ms});
  std::this_thread::sleep_for(1500ms);
  ConnectionStats during = s.server.connection_stats();
  std::vector<double> t = testing::time_requests(s.port, kSearch, 50);
  // Long enough for every slowloris connection to hit the request deadline at least once.
  std::this_thread::sleep_for(std::chrono::milliseconds(std::max<long>(0, 2500 - static_cast<long>(t.back() * 50))));
  INFO(describe(t) << "; open " << during.open << ", reconnects " << flood.reconnects());
  CHECK(during.open >= 190);  // more than the 64 workers that used to serve every connection
  CHECK(testing::percentile(t, 0.99) < kNotDelayed);
  CHECK(flood.reconnects() >= 150);  // the deadline dropped them, however steadily they sent
}

TEST_CASE("an export flood does not delay a search", "[http][flood][integration]") {
  testing::TempDir tmp;
  std::filesystem::path db = big_index(tmp, 2000);
  ServerOptions o = testing::test_server_options(db);
  o.searching = 2;
  o.exports = 1;
  testing::RunningServer s(o);
  std::atomic<bool> stop{false};
  std::atomic<size_t> exported{0};
  std::atomic<size_t> turned_away{0};
  std::atomic<size_t> attempts{0};
  std::vector<std::thread> exporters;
  for (const std::string& from : testing::attacker_addresses(6)) {
    exporters.emplace_back([&, from] {
      while (!stop) {
        httplib::Client c("127.0.0.1", s.port);
        c.set_interface(from);  // not a name: httplib binds the source address
        c.set_read_timeout(20, 0);
        ++attempts;
        auto res = c.Get("/export?format=csv&q=");
        if (res && res->status == 200) {
          ++exported;
        } else if (res && res->status == 429) {
          ++turned_away;
          std::this_thread::sleep_for(5ms);
        }
      }
    });
  }
  std::this_thread::sleep_for(500ms);
  // Spread over about two seconds, so the searches meet many exports.
  std::vector<double> t = testing::time_requests(s.port, kSearch, 50, 10, 40ms);
  stop = true;
  for (std::thread& e : exporters) {
    e.join();
  }
  INFO(describe(t) << "; exports answered " << exported << ", turned away " << turned_away << " of "
                   << attempts);
  // Exports ran during the searches (each one 1,000 hits, ten searches): some were let in. How
  // many finished depends on the machine (under AddressSanitizer one can outlast the test).
  CHECK(attempts > turned_away);
  CHECK(testing::percentile(t, 0.99) < kNotDelayed);
}

}  // namespace tonle::web
