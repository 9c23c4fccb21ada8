// connection_registry_test.cc — admission and eviction on socket pairs: the per-address cap
// refuses, a full table makes room with its longest-idle connection, then with a reader that is
// too slow, never with a busy one; stop() refuses newcomers and shuts idle ones.
#include "web/connection_registry.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <thread>

namespace tonle::web {

namespace {

using namespace std::chrono_literals;

// One end of a fresh socket pair per connection; shutdown() on it shows on the other end.
struct Pair {
  int ours = -1;
  int theirs = -1;
  Pair() {
    int fds[2];
    REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0);
    ours = fds[0];
    theirs = fds[1];
  }
  ~Pair() {
    ::close(ours);
    ::close(theirs);
  }
  // True if the registry shut our end down (the peer reads end-of-file).
  bool shut() const {
    pollfd p{.fd = theirs, .events = POLLIN, .revents = 0};
    char c;
    return ::poll(&p, 1, 0) == 1 && ::recv(theirs, &c, 1, MSG_DONTWAIT) == 0;
  }
};

}  // namespace

TEST_CASE("the per-address cap refuses the next connection from that address only", "[web][guard][unit]") {
  ConnectionRegistry r({.max_total = 10, .max_per_address = 2});
  Pair p[4];
  CHECK(r.admit(p[0].ours, "10.0.0.1").refusal == Refusal::kNone);
  auto second = r.admit(p[1].ours, "10.0.0.1");
  CHECK(second.refusal == Refusal::kNone);
  CHECK(r.admit(p[2].ours, "10.0.0.1").refusal == Refusal::kAddressFull);
  CHECK(r.admit(p[3].ours, "10.0.0.2").refusal == Refusal::kNone);
  CHECK_FALSE(p[0].shut());  // nobody was closed to make room for an address over its cap
  r.release(second.id);
  CHECK(r.admit(p[2].ours, "10.0.0.1").refusal == Refusal::kNone);
  CHECK(r.stats().refused == 1);
}

TEST_CASE("a full table makes room with its longest-idle connection first", "[web][guard][unit]") {
  ConnectionRegistry r({.max_total = 3, .max_per_address = 10});
  Pair p[4];
  auto a = r.admit(p[0].ours, "10.0.0.1");
  auto b = r.admit(p[1].ours, "10.0.0.2");
  auto c = r.admit(p[2].ours, "10.0.0.3");
  r.set_busy(a.id);
  std::this_thread::sleep_for(5ms);
  r.set_idle(c.id);  // b has been idle longer than c
  CHECK(r.admit(p[3].ours, "10.0.0.4").refusal == Refusal::kNone);
  CHECK(p[1].shut());
  CHECK_FALSE(p[0].shut());
  CHECK_FALSE(p[2].shut());
  CHECK_FALSE(r.set_idle(b.id));  // it was dropped: its thread must close it
  CHECK(r.stats().evicted == 1);
}

TEST_CASE("a full table of busy and fresh readers refuses, a slow reader makes room", "[web][guard][unit]") {
  ConnectionRegistry r({.max_total = 2, .max_per_address = 10, .slow_reader_after = 50ms});
  Pair p[3];
  auto a = r.admit(p[0].ours, "10.0.0.1");
  auto b = r.admit(p[1].ours, "10.0.0.2");
  r.set_busy(a.id);
  r.set_reading(b.id);
  CHECK(r.admit(p[2].ours, "10.0.0.3").refusal == Refusal::kServerFull);
  std::this_thread::sleep_for(60ms);
  CHECK(r.admit(p[2].ours, "10.0.0.3").refusal == Refusal::kNone);
  CHECK(p[1].shut());
  CHECK_FALSE(p[0].shut());  // a busy connection is never cut off
}

TEST_CASE("stop refuses newcomers and shuts idle connections, not busy ones", "[web][guard][unit]") {
  ConnectionRegistry r({.max_total = 10, .max_per_address = 10});
  Pair p[3];
  auto idle = r.admit(p[0].ours, "10.0.0.1");
  auto busy = r.admit(p[1].ours, "10.0.0.1");
  r.set_busy(busy.id);
  r.stop();
  CHECK(p[0].shut());
  CHECK_FALSE(p[1].shut());
  CHECK_FALSE(r.set_idle(busy.id));  // it closes after its answer
  CHECK(r.admit(p[2].ours, "10.0.0.2").refusal == Refusal::kStopping);
  r.release(idle.id);
  r.release(busy.id);
  CHECK(r.stats().open == 0);
}

}  // namespace tonle::web

namespace tonle::web {

TEST_CASE("connections are counted per IPv4 address and per IPv6 /64", "[web][guard][unit]") {
  CHECK(client_key("127.0.0.2") == "127.0.0.2");
  CHECK(client_key("2001:db8:1:2:3:4:5:6") == "2001:db8:1:2::/64");
  CHECK(client_key("2001:db8:1:2:ffff::9") == client_key("2001:db8:1:2::1"));
  CHECK(client_key("2001:db8:1:3::1") != client_key("2001:db8:1:2::1"));
  CHECK(client_key("") == "");
}

}  // namespace tonle::web
