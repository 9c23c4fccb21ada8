// server.h — tonle's HTTP server (cpp-httplib; the only folder that includes httplib.h):
// JSON API (/api/search, /api/articles/{id}, /healthz), HTML pages (/, /search,
// /articles/{id}), result export (/export?format=csv|json) and static assets. Read-only: nothing
// changes the index over HTTP. Security headers on every response; every error is a 4xx JSON
// or HTML answer, or a 503 when the index cannot be read or the server is overloaded; an
// access log line per request.
//
// Connections are guarded (web/guarded_server.h): caps per client address and in total, a
// deadline for each whole request and response, strict framing. Each request has one time
// budget for its search work (waiting for a Searcher, every page of an export).
//
// Threads: each connection has a thread of its own; handlers borrow a Searcher from a
// SearcherPool. run() blocks until stop() (callable from any thread).
#pragma once

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include "web/connection_registry.h"

namespace tonle::web {

struct ServerOptions {
  std::filesystem::path db;
  std::string host = "127.0.0.1";
  int port = 8080;                    // 0: any free port (tests)
  std::filesystem::path static_dir;   // web/static: app.css, app.js, favicon.svg
  size_t threads = 1024;              // connections open at once, each on its own thread
  size_t max_per_address = 128;       // connections from one client address (raise behind a proxy)
  size_t searching = 0;               // searches run at once, others queue (0: one per core)
  double query_time_limit = 2.0;      // seconds per Xapian match
  double request_time_limit = 5.0;    // seconds of search work per request, exports included
  size_t exports = 1;                 // exports at once in all (and one per client address)
  double request_timeout = 10.0;      // seconds to receive a whole request, from its first byte
  double idle_timeout = 5.0;          // seconds a connection may wait for its next request
  FILE* access_log = stderr;          // nullptr: no access log
  bool log_json = false;              // JSON lines (access_log_json) instead of the text line
};

class Server {
 public:
  // Opens the index (throws SearchError if there is none) and loads the static assets.
  explicit Server(ServerOptions options);
  ~Server();
  // Binds the socket; returns the port (useful with port 0). Throws std::runtime_error, saying
  // "port N is already in use" when another server listens there.
  int bind();
  // Serves until stop().
  void run();
  // Stops accepting, closes idle connections; answers in progress finish.
  void stop();
  ConnectionStats connection_stats() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tonle::web
