// guarded_server.h — cpp-httplib's Server with the connection handling tonle needs on the open
// web. httplib gives each connection a thread from its pool and times out each read on its
// own, so a few dozen clients sending headers a byte a second held every worker. This subclass
// replaces httplib's per-connection loop (the virtual process_and_close_socket) and keeps the
// rest of httplib (parsing, routing, handlers, writing):
//   - admission: a cap per client address and one in total (ConnectionRegistry); when full, an
//     idle keep-alive connection (then a slow reader) is shut down to make room, otherwise the
//     client gets a 429 or 503 at once;
//   - a deadline for a whole request (from its first byte), a byte budget per request, a
//     deadline for a whole response and for the wait between keep-alive requests
//     (DeadlineStream);
//   - a thread for every admitted connection (a pool of max_connections plus spare threads
//     that answer refusals), so a request never queues behind slow sockets;
//   - strict request framing (http_framing): a request that fails it is answered 400 or 413
//     through on_bad_framing and its connection closed;
//   - its own listening socket: SO_REUSEADDR only (never SO_REUSEPORT, which let a second
//     server on the same port take a share of the traffic) and a deep accept backlog.
//
// Threads: routes and handlers run on the pool as in httplib. bind() and listen_after_bind()
// from one thread; shutdown() and connection_stats() from any.
#pragma once

#include <httplib.h>

#include <chrono>
#include <functional>
#include <string>

#include "web/connection_registry.h"

namespace tonle::web {

class DeadlineStream;

struct GuardOptions {
  size_t max_connections = 1024;  // open at once, each with its own thread
  size_t max_per_address = 128;   // behind a proxy every client shares its address: raise it
  size_t spare_threads = 64;      // threads beyond max_connections, for refusals and evictions
  std::chrono::milliseconds request_timeout{10'000};  // a whole request, from its first byte
  std::chrono::milliseconds idle_timeout{5'000};      // for the first or next request to start
  std::chrono::milliseconds write_timeout{10'000};    // a whole response
  std::chrono::milliseconds slow_reader_after{1'000}; // see ConnectionCaps
  size_t max_requests_per_connection = 100;
  size_t max_request_bytes = 128 * 1024;  // request line, headers and body together
  size_t max_body_bytes = 64 * 1024;
};

// Answers a request whose framing was refused: fill `res` (status is preset to 400 or 413).
using BadFramingHandler =
    std::function<void(const httplib::Request& req, httplib::Response& res, const std::string& why)>;

class GuardedServer : public httplib::Server {
 public:
  GuardedServer(GuardOptions options, BadFramingHandler on_bad_framing);

  // Creates, binds and listens on the socket; returns the port (useful with port 0). Throws
  // std::runtime_error: "port N is already in use on HOST", or why else it failed.
  int bind(const std::string& host, int port);
  // Stops accepting, closes idle connections, lets answers in progress finish; the thread in
  // listen_after_bind() returns once every connection has ended.
  void shutdown();
  ConnectionStats connection_stats() const { return registry_.stats(); }
  // When the request the calling worker thread is handling reached routing (for its latency,
  // read in the logger, which runs on the same thread after the answer is built).
  static std::chrono::steady_clock::time_point routed_at();

 private:
  // The pre-routing handler is this class's (it answers refused framing); hidden from callers.
  using httplib::Server::set_pre_routing_handler;

  bool process_and_close_socket(socket_t sock) override;
  // Answers a refused connection at once (429 or 503, Connection: close).
  void refuse(socket_t sock, Refusal why);
  // Checks a request's framing once its head is read (reading a chunked body strictly); true if
  // refused, in which case the request is marked for the pre-routing handler and its answer
  // says Connection: close.
  bool screen_framing(httplib::Request& req, DeadlineStream& stream);

  GuardOptions options_;
  BadFramingHandler on_bad_framing_;
  ConnectionRegistry registry_;
};

}  // namespace tonle::web
