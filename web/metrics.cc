// metrics.cc — the /metrics counters and their text, declared in metrics.h.
#include "web/metrics.h"

#include <cstdio>
#include <sstream>

namespace tonle::web {

Route route_of(std::string_view path) {
  if (path == "/" || path == "/search") return Route::kSearchPage;
  if (path == "/api/search") return Route::kSearchApi;
  if (path.starts_with("/api/articles/")) return Route::kArticleApi;
  if (path.starts_with("/articles/")) return Route::kArticlePage;
  if (path.starts_with("/api/facets/") || path.starts_with("/api/entities/")) return Route::kFacetsApi;
  if (path.starts_with("/entities/")) return Route::kFacetsPage;
  if (path.starts_with("/facets/")) return Route::kFacetsPage;
  if (path == "/feed.atom" || path == "/opensearch.xml") return Route::kFeed;
  if (path == "/export") return Route::kExport;
  if (path == "/healthz") return Route::kHealth;
  if (path.starts_with("/static/")) return Route::kStatic;
  if (path == "/metrics") return Route::kMetrics;
  return Route::kOther;
}

std::string_view route_name(Route r) {
  static constexpr std::array<std::string_view, kRouteCount> kNames = {
      "search_page", "search_api", "article_page", "article_api", "facets_page", "facets_api", "feed",
      "export",      "healthz",    "static",       "metrics",     "other"};
  return kNames[static_cast<size_t>(r)];
}

void Metrics::record(Route route, int status, double seconds) {
  std::lock_guard<std::mutex> lock(mu_);
  ++requests_[{route, status}];
  Latency& l = latency_[static_cast<size_t>(route)];
  size_t b = 0;
  while (b < kBuckets.size() && seconds > kBuckets[b]) {
    ++b;
  }
  ++l.counts[b];
  l.sum += seconds;
  ++l.count;
}

namespace {

// A number as Prometheus reads it: integers plainly, others with up to 9 significant digits.
std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

void header(std::ostringstream& out, std::string_view name, std::string_view type, std::string_view help) {
  out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << ' ' << type << '\n';
}

}  // namespace

std::string Metrics::render(const MetricGauges& g) const {
  std::ostringstream out;
  {
    std::lock_guard<std::mutex> lock(mu_);
    header(out, "tonle_http_requests_total", "counter", "HTTP requests answered, by route and status.");
    for (const auto& [key, n] : requests_) {
      out << "tonle_http_requests_total{route=\"" << route_name(key.first) << "\",status=\"" << key.second
          << "\"} " << n << '\n';
    }
    header(out, "tonle_http_request_duration_seconds", "histogram",
           "Time from a request's routing to its answer, by route.");
    for (size_t r = 0; r < kRouteCount; ++r) {
      const Latency& l = latency_[r];
      if (l.count == 0) {
        continue;
      }
      std::string_view name = route_name(static_cast<Route>(r));
      uint64_t cumulative = 0;
      for (size_t b = 0; b < kBuckets.size(); ++b) {
        cumulative += l.counts[b];
        out << "tonle_http_request_duration_seconds_bucket{route=\"" << name << "\",le=\"" << number(kBuckets[b])
            << "\"} " << cumulative << '\n';
      }
      out << "tonle_http_request_duration_seconds_bucket{route=\"" << name << "\",le=\"+Inf\"} " << l.count << '\n'
          << "tonle_http_request_duration_seconds_sum{route=\"" << name << "\"} " << number(l.sum) << '\n'
          << "tonle_http_request_duration_seconds_count{route=\"" << name << "\"} " << l.count << '\n';
    }
  }
  header(out, "tonle_searches_active", "gauge", "Searches running now.");
  out << "tonle_searches_active " << g.searches_active << '\n';
  header(out, "tonle_searches_queued", "gauge", "Requests waiting for a search slot.");
  out << "tonle_searches_queued " << g.searches_waiting << '\n';
  header(out, "tonle_search_slots", "gauge", "Searches that may run at once (--searching).");
  out << "tonle_search_slots " << g.search_slots << '\n';
  header(out, "tonle_connections_open", "gauge", "HTTP connections open now.");
  out << "tonle_connections_open " << g.connections_open << '\n';
  header(out, "tonle_connections_refused_total", "counter", "Connections refused (over a limit) since start.");
  out << "tonle_connections_refused_total " << g.connections_refused << '\n';
  header(out, "tonle_index_up", "gauge", "1 when the index can be read, else 0.");
  out << "tonle_index_up " << (g.index_ok ? 1 : 0) << '\n';
  if (g.index_ok) {
    header(out, "tonle_index_info", "gauge", "The index generation served (always 1).");
    out << "tonle_index_info{generation=\"" << g.generation << "\"} 1\n";
    header(out, "tonle_index_articles", "gauge", "Articles in the index served.");
    out << "tonle_index_articles " << g.articles << '\n';
    if (g.written_at > 0) {
      header(out, "tonle_index_written_timestamp_seconds", "gauge", "When tonle index last wrote the index (Unix time).");
      out << "tonle_index_written_timestamp_seconds " << g.written_at << '\n';
    }
  }
  return out.str();
}

}  // namespace tonle::web
