// cli_serve.cc — `tonle serve --db DIR [--host 127.0.0.1] [--port 8080]`: runs the HTTP server
// until SIGINT or SIGTERM, then stops gracefully (requests in flight finish).
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <iostream>
#include <thread>

#include "app/commands.h"
#include "web/server.h"

namespace tonle::cli {

namespace {

struct ServeOptions {
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;
  size_t threads = 64;
  size_t searching = 0;
  std::string static_dir = TONLE_WEB_DIR;
  double time_limit = 2.0;
  bool quiet = false;
};

int run_serve(const ServeOptions& o) {
  // Block the stop signals in every thread; one thread waits for them and stops the server.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  web::Server server({.db = o.db,
                      .host = o.host,
                      .port = o.port,
                      .static_dir = o.static_dir,
                      .threads = o.threads,
                      .searching = o.searching,
                      .query_time_limit = o.time_limit,
                      .access_log = o.quiet ? nullptr : stderr});
  int port = server.bind();
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    std::cerr << "tonle: stopping (signal " << sig << ")\n";
    server.stop();
  });
  std::cerr << "tonle: serving " << o.db << " on http://" << o.host << ":" << port << "/\n";
  server.run();
  kill(getpid(), SIGTERM);  // wake the waiter if the server stopped on its own
  waiter.join();
  return 0;
}

}  // namespace

void add_serve_command(CLI::App& app, Runner& run) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the search UI and JSON API over HTTP");
  cmd->add_option("--db", o->db, "Index directory")->required();
  cmd->add_option("--host", o->host, "Address to bind (loopback unless told otherwise)")
      ->capture_default_str();
  cmd->add_option("--port", o->port, "Port")->capture_default_str();
  cmd->add_option("--threads", o->threads, "Worker threads")->capture_default_str();
  cmd->add_option("--searching", o->searching, "Searches run at once, others queue (0: one per core)")
      ->capture_default_str();
  cmd->add_option("--static", o->static_dir, "Directory of app.css and app.js")->capture_default_str();
  cmd->add_option("--time-limit", o->time_limit, "Seconds a query may run")->capture_default_str();
  cmd->add_flag("--quiet", o->quiet, "No access log");
  cmd->callback([&run, o] { run = [o] { return run_serve(*o); }; });
}

}  // namespace tonle::cli
