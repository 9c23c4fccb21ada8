// server.cc — routes and handlers of the HTTP server (see server.h).
#include "web/server.h"

#include <httplib.h>

#include <chrono>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "searcher/result_json.h"
#include "web/export.h"
#include "web/pages.h"
#include "web/request_params.h"
#include "web/searcher_pool.h"

namespace tonle::web {

namespace {

using nlohmann::json;

constexpr const char* kJson = "application/json; charset=utf-8";
constexpr const char* kHtml = "text/html; charset=utf-8";

struct StaticFile {
  std::string content;
  std::string type;
};

std::map<std::string, StaticFile> load_static(const std::filesystem::path& dir) {
  std::map<std::string, StaticFile> files;
  for (const char* name : {"app.css", "app.js", "favicon.svg"}) {
    std::ifstream in(dir / name, std::ios::binary);
    if (!in) {
      throw std::runtime_error("missing static asset " + (dir / name).string());
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    std::string n(name);
    files[n] = {buf.str(), n.ends_with(".css")   ? "text/css; charset=utf-8"
                           : n.ends_with(".svg") ? "image/svg+xml"
                                                 : "text/javascript; charset=utf-8"};
  }
  return files;
}

bool wants_json(const httplib::Request& req) {
  return req.path.starts_with("/api/") || req.path == "/healthz" || req.path == "/export";
}

void send_error(const httplib::Request& req, httplib::Response& res, const ApiError& e) {
  res.status = e.status;
  if (wants_json(req)) {
    res.set_content(json{{"error", {{"code", e.code}, {"message", e.message}}}}.dump(), kJson);
  } else {
    res.set_content(render_error_page(e), kHtml);
  }
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  SearcherPool pool;
  std::map<std::string, StaticFile> assets;
  httplib::Server http;

  explicit Impl(ServerOptions o)
      : options(std::move(o)),
        pool(options.db, SearcherOptions{.time_limit_seconds = options.query_time_limit}, options.searching),
        assets(load_static(options.static_dir)) {
    configure();
    routes();
  }

  // Runs a handler body and maps every failure to a 4xx/5xx answer; never lets one escape.
  template <class F>
  void guarded(const httplib::Request& req, httplib::Response& res, F body) {
    try {
      body();
    } catch (const SearchError& e) {
      send_error(req, res, make_error("index_unavailable", e.what()));
    } catch (const std::exception& e) {
      log_error(req, e.what());
      send_error(req, res, make_error("internal", "the server failed on this request"));
    }
  }

  void log_error(const httplib::Request& req, const std::string& what) const {
    if (options.access_log != nullptr) {
      std::fprintf(options.access_log, "error: %s %s: %s\n", req.method.c_str(), req.path.c_str(),
                   what.c_str());
    }
  }

  void configure() {
    http.new_task_queue = [n = options.threads] { return new httplib::ThreadPool(n); };
    http.set_default_headers({
        {"Content-Security-Policy",
         "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
         "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Frame-Options", "DENY"},
    });
    // Without TCP_NODELAY, Nagle's algorithm and delayed ACKs add ~40 ms to every keep-alive
    // answer (bench/run.sh measured 23 requests/s at concurrency 1).
    http.set_tcp_nodelay(true);
    http.set_payload_max_length(64 * 1024);
    // A client that stops sending holds a worker until the read timeout: keep it short.
    http.set_read_timeout(2, 0);
    http.set_write_timeout(5, 0);
    http.set_keep_alive_timeout(2);
    http.set_keep_alive_max_count(100);
    http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (res.body.empty()) {
        send_error(req, res, res.status == 404 ? make_error("not_found", "no such page: " + req.path)
                             : ApiError{res.status, "bad_request", "the request could not be served"});
      }
    });
    http.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
      send_error(req, res, make_error("internal", "the server failed on this request"));
    });
    if (options.access_log != nullptr) {
      http.set_logger([log = options.access_log](const httplib::Request& req, const httplib::Response& res) {
        std::fprintf(log, "%s \"%s %s\" %d %zu\n", req.remote_addr.c_str(), req.method.c_str(),
                     req.path.c_str(), res.status, res.body.size());
        std::fflush(log);
      });
    }
  }

  void routes() {
    http.Get("/healthz", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] {
        auto s = pool.lease();
        res.set_content(json{{"status", "ok"}, {"articles", s->article_count()}}.dump(), kJson);
      });
    });
    http.Get("/api/search", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] { search(req, res, /*html=*/false); });
    });
    http.Get("/search", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] { search(req, res, /*html=*/true); });
    });
    http.Get("/", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] { search(req, res, /*html=*/true); });
    });
    http.Get(R"(/api/articles/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] { article(req, res, /*html=*/false); });
    });
    http.Get(R"(/articles/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] { article(req, res, /*html=*/true); });
    });
    http.Get("/export", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] { export_results(req, res); });
    });
    http.Get(R"(/static/([a-z]+\.(css|js|svg)))", [this](const httplib::Request& req, httplib::Response& res) {
      auto it = assets.find(req.matches[1]);
      if (it == assets.end()) {
        send_error(req, res, make_error("not_found", "no such asset"));
        return;
      }
      res.set_header("Cache-Control", "public, max-age=3600");
      res.set_content(it->second.content, it->second.type.c_str());
    });
    auto refuse = [](const httplib::Request& req, httplib::Response& res) {
      res.set_header("Allow", "GET, HEAD");
      send_error(req, res, make_error("method_not_allowed",
                                      req.method + " is not allowed: tonle's HTTP interface is read-only"));
    };
    http.Post(".*", refuse);
    http.Put(".*", refuse);
    http.Patch(".*", refuse);
    http.Delete(".*", refuse);
    http.Options(".*", refuse);
  }

  void search(const httplib::Request& req, httplib::Response& res, bool html) {
    auto parsed = parse_search_params(req.params);
    if (auto* e = std::get_if<ApiError>(&parsed)) {
      send_error(req, res, *e);
      return;
    }
    const SearchRequest& sr = std::get<SearchRequest>(parsed);
    auto s = pool.lease();
    SearchResult result = s->search(sr);
    if (html) {
      res.set_content(render_search_page(sr, result), kHtml);
    } else {
      res.set_content(search_json(result).dump(), kJson);
    }
  }

  void article(const httplib::Request& req, httplib::Response& res, bool html) {
    std::string id = req.matches[1];
    if (!valid_article_id(id)) {
      send_error(req, res, make_error("invalid_parameter", "not a valid article id"));
      return;
    }
    auto s = pool.lease();
    std::optional<ArticleView> view = s->article(id);
    if (!view) {
      send_error(req, res, make_error("not_found", "no article with id \"" + id + "\""));
      return;
    }
    if (html) {
      res.set_content(render_article_page(*view), kHtml);
      return;
    }
    json j = article_json(view->article);
    j["related"] = json::array();
    for (const Hit& h : view->related) {
      j["related"].push_back(hit_json(h));
    }
    res.set_content(j.dump(), kJson);
  }

  void export_results(const httplib::Request& req, httplib::Response& res) {
    auto parsed = parse_search_params(req.params);
    if (auto* e = std::get_if<ApiError>(&parsed)) {
      send_error(req, res, *e);
      return;
    }
    std::string format = req.get_param_value("format");
    if (format != "csv" && format != "json") {
      send_error(req, res, make_error("invalid_parameter", "format must be csv or json"));
      return;
    }
    auto s = pool.lease();
    std::vector<Hit> hits = collect_hits(*s, std::get<SearchRequest>(parsed), kMaxExportedHits);
    res.set_header("Content-Disposition",
                   std::string("attachment; filename=\"tonle-results.") + format + "\"");
    if (format == "csv") {
      res.set_content(hits_csv(hits), "text/csv; charset=utf-8");
    } else {
      res.set_content(hits_json(hits), kJson);
    }
  }
};

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Server::~Server() = default;

int Server::bind() {
  const ServerOptions& o = impl_->options;
  if (o.port == 0) {
    int port = impl_->http.bind_to_any_port(o.host);
    if (port <= 0) {
      throw std::runtime_error("cannot bind to " + o.host);
    }
    return port;
  }
  if (!impl_->http.bind_to_port(o.host, o.port)) {
    throw std::runtime_error("cannot listen on " + o.host + ":" + std::to_string(o.port) +
                             " (in use, or not an address of this machine)");
  }
  return o.port;
}

void Server::run() { impl_->http.listen_after_bind(); }
void Server::stop() { impl_->http.stop(); }

}  // namespace tonle::web
