// cli_serve.cc — `tonle serve --db DIR [--host 127.0.0.1] [--port 8080]`: runs the HTTP server
// until SIGINT or SIGTERM, then stops gracefully (answers in progress finish). At start it
// raises the soft open-file limit to the hard one, since every connection is a descriptor.
#include <pthread.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <thread>

#include "app/commands.h"
#include "app/resources.h"
#include "web/server.h"

namespace tonle::cli {

namespace {

struct ServeOptions {
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;
  size_t connections = 1024;
  size_t per_address = 128;
  size_t searching = 0;
  std::string static_dir = default_static_dir();
  double time_limit = 2.0;
  double request_time_limit = 5.0;
  size_t exports = 1;
  double request_timeout = 10.0;
  double idle_timeout = 5.0;
  bool quiet = false;
  bool check_config = false;
  std::string access_log = "-";  // "-": standard error
  std::string log_format = "text";
};

// The access log's stream: standard error for "-", else the file opened to append. Throws
// std::runtime_error naming the file when it cannot be opened.
FILE* open_access_log(const std::string& path) {
  if (path == "-") {
    return stderr;
  }
  FILE* f = std::fopen(path.c_str(), "a");
  if (f == nullptr) {
    throw std::runtime_error("cannot open the access log " + path + ": " + std::strerror(errno));
  }
  return f;
}

// Raises the soft RLIMIT_NOFILE to the hard limit; returns the limit now in force.
rlim_t raise_open_file_limit() {
  rlimit lim{};
  if (getrlimit(RLIMIT_NOFILE, &lim) != 0) {
    return 0;
  }
  if (lim.rlim_cur < lim.rlim_max) {
    rlimit raised = lim;
    raised.rlim_cur = lim.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &raised) == 0) {
      return raised.rlim_cur;
    }
  }
  return lim.rlim_cur;
}

web::ServerOptions server_options(const ServeOptions& o, FILE* log) {
  return {.db = o.db,
          .host = o.host,
          .port = o.port,
          .static_dir = o.static_dir,
          .threads = o.connections,
          .max_per_address = o.per_address,
          .searching = o.searching,
          .query_time_limit = o.time_limit,
          .request_time_limit = o.request_time_limit,
          .exports = o.exports,
          .request_timeout = o.request_timeout,
          .idle_timeout = o.idle_timeout,
          .access_log = o.quiet ? nullptr : log,
          .log_json = o.log_format == "json"};
}

// `tonle [--config FILE] serve --check-config`: the options parsed (the file's unknown keys and
// bad values are errors already), the index opens and the assets load, without binding the
// port (a running service may hold it).
int check_serve_config(const ServeOptions& o) {
  FILE* log = o.quiet ? nullptr : open_access_log(o.access_log);
  web::Server server(server_options(o, log));
  if (log != nullptr && log != stderr) {
    std::fclose(log);
  }
  std::cout << "configuration ok: index " << o.db << ", assets " << o.static_dir << ", would listen on "
            << o.host << ":" << o.port << "\n";
  return 0;
}

int run_serve(const ServeOptions& o) {
  // Block the stop signals in every thread; one thread waits for them and stops the server.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGHUP);  // not a stop: reopen the access log (after logrotate)
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  FILE* log = o.quiet ? nullptr : open_access_log(o.access_log);

  rlim_t files = raise_open_file_limit();
  // Each connection needs a descriptor, and so do the index's tables per Searcher.
  if (files != RLIM_INFINITY && files < o.connections + 256) {
    std::cerr << "tonle: warning: the open-file limit is " << files << ", too low for "
              << o.connections << " connections (raise `ulimit -Hn` or lower --connections)\n";
  }
  web::Server server(server_options(o, log));
  int port = server.bind();
  std::thread waiter([&] {
    int sig = 0;
    while (sigwait(&stop_signals, &sig) == 0 && sig == SIGHUP) {
      // freopen keeps the FILE the server writes to (glibc locks it meanwhile), now on a new file.
      if (log == nullptr || log == stderr) {
        continue;
      }
      // (A failed freopen would close the stream the server writes to: try the file first.)
      FILE* probe = std::fopen(o.access_log.c_str(), "a");
      if (probe == nullptr) {
        std::cerr << "tonle: error: cannot reopen the access log " << o.access_log << ": " << std::strerror(errno)
                  << "; still writing to the old file\n";
        continue;
      }
      std::fclose(probe);
      std::freopen(o.access_log.c_str(), "a", log);
    }
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
  cmd->add_option("--connections,--threads", o->connections,
                  "Connections open at once, each on its own thread; more are refused (503)")
      ->capture_default_str();
  cmd->add_option("--per-address", o->per_address,
                  "Connections from one client address; more are refused (429). Behind a proxy "
                  "every client shares the proxy's address: raise it above the proxy's upstream cap")
      ->capture_default_str();
  cmd->add_option("--searching", o->searching, "Searches run at once, others queue (0: one per core)")
      ->capture_default_str();
  cmd->add_option("--static", o->static_dir, "Directory of app.css and app.js")->capture_default_str();
  cmd->add_option("--time-limit", o->time_limit, "Seconds a query may run")->capture_default_str();
  cmd->add_option("--request-time-limit", o->request_time_limit,
                  "Seconds of search work per request, queueing and every page of an export included")
      ->capture_default_str();
  cmd->add_option("--exports", o->exports, "Exports run at once (and one per client address)")
      ->capture_default_str();
  cmd->add_option("--request-timeout", o->request_timeout,
                  "Seconds to receive a whole request, from its first byte")
      ->capture_default_str();
  cmd->add_option("--idle-timeout", o->idle_timeout,
                  "Seconds a connection may wait for its next request")
      ->capture_default_str();
  cmd->add_flag("--quiet", o->quiet, "No access log");
  cmd->add_option("--access-log", o->access_log,
                  "Access log file, appended to and reopened on SIGHUP (\"-\": standard error)")
      ->capture_default_str();
  cmd->add_option("--log-format", o->log_format, "Access log lines: text, or json (one object a line)")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_flag("--check-config", o->check_config,
                "Check the options (and the --config file), open the index and load the assets, then exit");
  cmd->callback([&run, o] { run = [o] { return o->check_config ? check_serve_config(*o) : run_serve(*o); }; });
}

}  // namespace tonle::cli
