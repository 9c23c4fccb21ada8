// running_server.h — a tonle web::Server on an ephemeral port, serving on its own thread from
// construction until destruction (stop, then join). Tests give it their options.
//
// shared_server() gives the test cases of one file a server they share. It is stopped when the
// Catch run ends, inside main, never by a static destructor: httplib keeps function-local
// statics (its table of request methods) that are destroyed at exit, and a worker still
// parsing a half-sent request then read freed memory (ASan caught it in CI).
// Threads: shared_server() from the test thread only.
#pragma once

#include <functional>
#include <string>
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

// The server named `name`, started with `options()` on first use; stopped when the run ends.
RunningServer& shared_server(const std::string& name, const std::function<web::ServerOptions()>& options);

}  // namespace tonle::testing
