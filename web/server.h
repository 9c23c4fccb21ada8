// server.h — tonle's HTTP server (cpp-httplib; the only folder that includes httplib.h):
// JSON API (/api/search, /api/articles/{id}, /healthz), HTML pages (/, /search,
// /articles/{id}), result export (/export?format=csv|json) and static assets. Read-only: nothing
// changes the index over HTTP. Security headers on every response; every error is a 4xx JSON
// or HTML answer; an access log line per request.
//
// Threads: httplib runs handlers on its worker pool; each handler borrows a Searcher from a
// SearcherPool. run() blocks until stop() (callable from any thread).
#pragma once

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

namespace tonle::web {

struct ServerOptions {
  std::filesystem::path db;
  std::string host = "127.0.0.1";
  int port = 8080;                       // 0: any free port (tests)
  std::filesystem::path static_dir;      // web/static: app.css, app.js, favicon.svg
  size_t threads = 64;                    // worker threads (connections served at once)
  size_t searching = 0;                   // searches run at once, others queue (0: one per core)
  double query_time_limit = 2.0;         // seconds per Xapian match
  FILE* access_log = stderr;             // nullptr: no access log
};

class Server {
 public:
  // Opens the index (throws SearchError if there is none) and loads the static assets.
  explicit Server(ServerOptions options);
  ~Server();
  // Binds the socket; returns the port (useful with port 0). Throws std::runtime_error.
  int bind();
  // Serves until stop().
  void run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tonle::web
