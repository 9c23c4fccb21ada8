// server.cc — routes and handlers of the HTTP server (see server.h).
#include "web/server.h"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/text.h"
#include "searcher/result_json.h"
#include "web/access_log.h"
#include "web/metrics.h"
#include "web/export.h"
#include "web/feed.h"
#include "web/export_gate.h"
#include "web/guarded_server.h"
#include "web/health.h"
#include "web/pages.h"
#include "web/request_params.h"
#include "web/searcher_pool.h"

namespace tonle::web {

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

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

std::chrono::milliseconds millis(double seconds) {
  return std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

GuardOptions guard_options(const ServerOptions& o) {
  return GuardOptions{.max_connections = o.threads,
                      .max_per_address = o.max_per_address,
                      .request_timeout = millis(o.request_timeout),
                      .idle_timeout = millis(o.idle_timeout)};
}

// The search's stages for a browser's or a load balancer's eyes (W3C Server-Timing), in ms.
std::string server_timing(const SearchTimings& t) {
  std::string out;
  char part[64];
  for (auto [name, ms] : {std::pair{"build", t.build}, {"match", t.match}, {"count", t.count},
                          {"rank", t.rank}, {"hits", t.hits}, {"suggest", t.suggest}}) {
    std::snprintf(part, sizeof part, "%s%s;dur=%.3f", out.empty() ? "" : ", ", name, ms);
    out += part;
  }
  return out;
}

void send_bad_framing(const httplib::Request& req, httplib::Response& res, const std::string& why) {
  send_error(req, res, ApiError{res.status, res.status == 413 ? "payload_too_large" : "bad_request", why});
}

}  // namespace


namespace {

int64_t unix_millis_now() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  SearcherPool pool;
  ExportGate exports;
  std::map<std::string, StaticFile> assets;
  Metrics metrics;
  GuardedServer http;

  explicit Impl(ServerOptions o)
      : options(std::move(o)),
        pool(options.db, SearcherOptions{.time_limit_seconds = options.query_time_limit}, options.searching),
        exports(std::max<size_t>(1, options.exports), 1),
        assets(load_static(options.static_dir)),
        http(guard_options(options), send_bad_framing) {
    configure();
    routes();
  }

  // When the search work of a request that starts now must be done.
  Clock::time_point deadline() const { return Clock::now() + millis(options.request_time_limit); }

  // Runs a handler body and maps every failure to a 4xx/5xx answer; never lets one escape. A
  // damaged or vanished index is a 503 on every route, never a bare 500.
  template <class F>
  void guarded(const httplib::Request& req, httplib::Response& res, F body) {
    try {
      body();
    } catch (const SearcherPool::Busy& e) {
      res.set_header("Retry-After", "1");
      send_error(req, res, ApiError{503, "overloaded", std::string("the server is overloaded: ") + e.what()});
    } catch (const SearchError& e) {
      send_error(req, res, make_error("index_unavailable", e.what()));
    } catch (const EngineError& e) {
      log_error(req, e.what());
      send_error(req, res, make_error("index_unavailable", std::string("the index cannot be read: ") + e.what()));
    } catch (const std::exception& e) {
      log_error(req, e.what());
      send_error(req, res, make_error("internal", "the server failed on this request"));
    } catch (...) {
      // Only the search engine throws exceptions not derived from std::exception (a
      // Xapian::Error the searcher did not translate): the index could not be read.
      log_error(req, "unknown exception from the search engine");
      send_error(req, res, make_error("index_unavailable", "the index cannot be read"));
    }
  }

  void log_error(const httplib::Request& req, const std::string& what) const {
    if (options.access_log != nullptr && options.log_json) {
      AccessEntry e{.method = req.method, .path = req.path, .unix_millis = unix_millis_now()};
      std::string line = access_log_json(e);
      line.insert(line.size() - 2, ",\"error\":\"" + json_escape(what) + "\"");
      std::fwrite(line.data(), 1, line.size(), options.access_log);
      std::fflush(options.access_log);
    } else if (options.access_log != nullptr) {
      std::fprintf(options.access_log, "error: %s %s: %s\n", log_escape(req.method).c_str(),
                   log_escape(req.path).c_str(), log_escape(what).c_str());
    }
  }

  void configure() {
    http.set_default_headers({
        {"Content-Security-Policy",
         "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
         "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Frame-Options", "DENY"},
    });
    // Without TCP_NODELAY, Nagle's algorithm and delayed ACKs add ~40 ms to every keep-alive
    // answer (bench/run.sh measured 23 requests/s at concurrency 1). GuardedServer sets it on
    // its sockets; this keeps httplib's own setting in agreement.
    http.set_tcp_nodelay(true);
    http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (res.body.empty()) {
        send_error(req, res, res.status == 404 ? make_error("not_found", "no such page: " + req.path)
                             : ApiError{res.status, "bad_request", "the request could not be served"});
      }
    });
    http.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
      send_error(req, res, make_error("internal", "the server failed on this request"));
    });
    http.set_logger([this, log = options.access_log](const httplib::Request& req, const httplib::Response& res) {
      double seconds = std::chrono::duration<double>(Clock::now() - GuardedServer::routed_at()).count();
      metrics.record(route_of(req.path), res.status, seconds);
      if (log != nullptr) {
        AccessEntry e{.address = req.remote_addr, .method = req.method, .path = req.path, .status = res.status,
                      .bytes = res.body.size(), .seconds = seconds, .unix_millis = unix_millis_now()};
        std::string line = options.log_json ? access_log_json(e) : access_log_line(e);
        std::fwrite(line.data(), 1, line.size(), log);
        std::fflush(log);
      }
    });
  }

  void routes() {
    http.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) { healthz(res); });
    http.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) { metrics_text(res); });
    http.Get("/api/search", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] { search(req, res, /*html=*/false); });
    });
    http.Get("/search", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] { search(req, res, /*html=*/true); });
    });
    http.Get("/", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] { search(req, res, /*html=*/true); });
    });
    http.Get("/feed.atom", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] { feed(req, res); });
    });
    http.Get("/opensearch.xml", [this](const httplib::Request& req, httplib::Response& res) {
      res.set_header("Cache-Control", "public, max-age=86400");
      res.set_content(render_opensearch({.base_url = base_url(req)}), "application/opensearchdescription+xml");
    });
    http.Get(R"(/api/entities/([a-z]+)/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] { entity(req, res, /*html=*/false); });
    });
    http.Get(R"(/api/reports/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] { report(req, res, /*html=*/false); });
    });
    http.Get(R"(/reports/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] { report(req, res, /*html=*/true); });
    });
    http.Get(R"(/entities/([a-z]+)/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] { entity(req, res, /*html=*/true); });
    });
    http.Get(R"(/api/facets/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] { facet_values(req, res, /*html=*/false); });
    });
    http.Get(R"(/facets/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(req, res, [&] { facet_values(req, res, /*html=*/true); });
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

  // Prometheus text: the counters, and gauges read now (the index's without a probe query: a
  // scrape must stay cheap, and waits for a search slot no longer than a request would).
  void metrics_text(httplib::Response& res) {
    SearcherPool::Load load = pool.load();
    ConnectionStats c = http.connection_stats();
    MetricGauges g{.searches_active = load.active, .searches_waiting = load.waiting, .search_slots = load.limit,
                   .connections_open = c.open, .connections_refused = c.refused};
    try {
      auto s = pool.lease(deadline());
      g.generation = s->generation();
      g.articles = s->article_count();
      g.written_at = s->written_at();
      g.index_ok = true;
    } catch (...) {
      g.index_ok = false;  // overloaded or unreadable: the scrape still answers
    }
    res.set_header("Cache-Control", "no-store");
    res.set_content(metrics.render(g), "text/plain; version=0.0.4; charset=utf-8");
  }

  // 200 when a probe query and a stored-article fetch work, else 503 saying why.
  void healthz(httplib::Response& res) {
    Health h;
    try {
      auto s = pool.lease(deadline());
      h = probe_health(*s);
    } catch (const std::exception& e) {
      h.problem = e.what();  // Busy: overloaded; SearchError: the index cannot be opened
    } catch (...) {
      h.problem = "the index cannot be read";
    }
    res.status = h.ok ? 200 : 503;
    res.set_content(health_json(h, http.connection_stats()), kJson);
  }

  void search(const httplib::Request& req, httplib::Response& res, bool html) {
    auto parsed = parse_search_params(req.params);
    if (auto* e = std::get_if<ApiError>(&parsed)) {
      send_error(req, res, *e);
      return;
    }
    const SearchRequest& sr = std::get<SearchRequest>(parsed);
    auto s = pool.lease(deadline());
    SearchResult result = s->search(sr);
    res.set_header("Server-Timing", server_timing(result.timings));
    if (html) {
      // The share view divides by the whole archive's articles per month: one more search,
      // facets only, over everything.
      std::vector<MonthCount> all_months;
      if (sr.timeline_share && !result.months.empty()) {
        SearchRequest everything;
        everything.per_page = 1;
        everything.facet_limit = 1;
        everything.with_snippets = false;
        all_months = s->search(everything).months;
      }
      res.set_content(render_search_page(sr, result, sr.timeline_share ? &all_months : nullptr), kHtml);
    } else {
      res.set_content(search_json_text(result), kJson);
    }
  }

  // "http://HOST" as the client asked for it (links in feeds and exports are absolute).
  std::string base_url(const httplib::Request& req) const {
    std::string host = req.get_header_value("Host");
    bool sane = !host.empty() && host.size() <= 255 &&
                host.find_first_of(" \t\r\n\"<>\\/") == std::string::npos;
    return "http://" + (sane ? host : options.host + ":" + std::to_string(options.port));
  }

  // Newest first, the feed's length, snippets and no facets.
  void feed(const httplib::Request& req, httplib::Response& res) {
    auto parsed = parse_search_params(req.params);
    if (auto* e = std::get_if<ApiError>(&parsed)) {
      send_error(req, res, *e);
      return;
    }
    SearchRequest sr = std::get<SearchRequest>(parsed);
    sr.sort = SortOrder::kNewest;
    sr.page = 1;
    sr.per_page = kFeedEntries;
    sr.with_facets = false;
    sr.autocorrect = false;
    auto s = pool.lease(deadline());
    SearchResult result = s->search(sr);
    res.set_content(render_atom(sr, result, {.base_url = base_url(req), .written_at = s->written_at()}),
                    "application/atom+xml; charset=utf-8");
  }

  void entity(const httplib::Request& req, httplib::Response& res, bool html) {
    std::optional<Facet> facet = facet_from_name(req.matches[1].str());
    std::string value = req.matches[2].str();
    if (!facet || *facet == Facet::kYear) {
      send_error(req, res, make_error("not_found", "entity pages are for spokesperson, ministry, ngo, party, person "
                                                   "and source values"));
      return;
    }
    if (!is_valid_utf8(value) || value.size() > 300) {
      send_error(req, res, make_error("invalid_parameter", "not a valid facet value"));
      return;
    }
    std::optional<EntityView> view = pool.lease(deadline())->entity(*facet, value);
    if (!view) {
      send_error(req, res, make_error("not_found", "no article names " + std::string(facet_name(*facet)) + " \"" +
                                                       value + "\""));
      return;
    }
    if (html) {
      res.set_content(render_entity_page(*view), kHtml);
    } else {
      res.set_content(entity_json(*view).dump(), kJson);
    }
  }

  void report(const httplib::Request& req, httplib::Response& res, bool html) {
    std::string value = req.matches[1].str();
    if (!is_valid_utf8(value) || value.size() > 300) {
      send_error(req, res, make_error("invalid_parameter", "not a valid report value"));
      return;
    }
    std::optional<ReportThread> thread = pool.lease(deadline())->report_thread(value);
    if (!thread) {
      send_error(req, res, make_error("not_found", "no article answers the report \"" + value + "\""));
      return;
    }
    if (html) {
      res.set_content(render_report_page(*thread), kHtml);
    } else {
      res.set_content(report_thread_json(*thread).dump(), kJson);
    }
  }

  void facet_values(const httplib::Request& req, httplib::Response& res, bool html) {
    auto parsed = parse_facet_values_params(req.matches[1].str(), req.params);
    if (auto* e = std::get_if<ApiError>(&parsed)) {
      send_error(req, res, *e);
      return;
    }
    const FacetValuesRequest& fr = std::get<FacetValuesRequest>(parsed);
    FacetValuesResult result = pool.lease(deadline())->facet_values(fr);
    if (html) {
      res.set_content(render_facet_page(fr, result), kHtml);
    } else {
      res.set_content(facet_values_json(result).dump(), kJson);
    }
  }

  void article(const httplib::Request& req, httplib::Response& res, bool html) {
    std::string id = req.matches[1];
    if (!valid_article_id(id)) {
      send_error(req, res, make_error("invalid_parameter", "not a valid article id"));
      return;
    }
    auto s = pool.lease(deadline());
    // (?q=: the search that led here, whose matches the page marks; bounded like any query.)
    std::string q = req.get_param_value("q");
    std::optional<ArticleView> view = s->article(id, q.size() <= Limits{}.max_query_bytes ? q : "");
    if (!view) {
      send_error(req, res, make_error("not_found", "no article with id \"" + id + "\""));
      return;
    }
    if (html) {
      res.set_content(render_article_page(*view, base_url(req)), kHtml);
      return;
    }
    res.set_content(article_view_json(*view).dump(), kJson);
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
    std::optional<ExportGate::Ticket> ticket = exports.try_enter(client_key(req.remote_addr));
    if (!ticket) {
      res.set_header("Retry-After", "2");
      send_error(req, res, ApiError{429, "too_many_exports",
                                    "one export at a time per address, and only a few at once: "
                                    "try again when the running one has finished"});
      return;
    }
    // One budget for the whole export. A Searcher is borrowed per page, so other requests' searches
    // take turns with the export's pages instead of waiting for all of them.
    auto until = deadline();
    SearchRequest request = std::get<SearchRequest>(parsed);
    request.with_facets = false;  // an export lists hits, their snippets and their entities
    request.with_entities = true;
    CollectedHits got = collect_hits([&](const SearchRequest& page) { return pool.lease(until)->search(page); },
                                     request, {.deadline = until});
    if (!got.complete) {
      send_error(req, res, ApiError{503, "export_timeout",
                                    "the export did not finish within its time budget; narrow the "
                                    "search and try again"});
      return;
    }
    res.set_header("Content-Disposition", "attachment; filename=\"" + export_file_name(request.query, format) + "\"");
    ExportInfo info{.query = request.query, .base_url = base_url(req), .total = got.total};
    if (format == "csv") {
      res.set_content(hits_csv(got.hits, info), "text/csv; charset=utf-8");
    } else {
      res.set_content(hits_json(got.hits, info), kJson);
    }
  }
};

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Server::~Server() = default;

int Server::bind() { return impl_->http.bind(impl_->options.host, impl_->options.port); }
void Server::run() { impl_->http.listen_after_bind(); }
void Server::stop() { impl_->http.shutdown(); }
ConnectionStats Server::connection_stats() const { return impl_->http.connection_stats(); }

}  // namespace tonle::web
