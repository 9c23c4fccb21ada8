// running_server.h — a tonle web::Server on an ephemeral port, serving on its own thread from
// construction until destruction (stop, then join). Tests give it their options.
#pragma once

#include <thread>

#include "test_support.h"
#include "web/server.h"

namespace tonle::testing {

// Options for a quiet test server over `db`; tests then change what they exercise.
inline web::ServerOptions test_server_options(std::filesystem::path db) {
  return web::ServerOptions{.db = std::move(db),
                            .port = 0,
                            .static_dir = source_dir() / "web" / "static",
                            .access_log = nullptr};
}

struct RunningServer {
  explicit RunningServer(web::ServerOptions o) : server(std::move(o)) {}
  ~RunningServer() {
    server.stop();
    thread.join();
  }
  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  web::Server server;
  int port = server.bind();
  std::thread thread{[this] { server.run(); }};
};

}  // namespace tonle::testing
