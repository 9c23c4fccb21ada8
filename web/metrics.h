// metrics.h — what GET /metrics reports, in Prometheus' text exposition format (0.0.4): requests
// by route and status, a latency histogram by route, the search slots in use and the requests
// waiting for one, connections, and the index served (generation, articles, when `tonle index`
// last wrote it). Routes are a fixed set (a path names its route, never a label of its own), so
// the series stay few whatever clients request. The counters live here; the gauges are handed
// in when rendering. Thread-safe: record() takes a mutex once per request.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

namespace tonle::web {

enum class Route {
  kSearchPage, kSearchApi, kArticlePage, kArticleApi, kFacetsPage, kFacetsApi, kFeed, kExport, kHealth, kStatic,
  kMetrics, kOther
};
inline constexpr size_t kRouteCount = 12;

// The route a request path belongs to ("/api/articles/x" → kArticleApi, "/" → kSearchPage).
Route route_of(std::string_view path);
std::string_view route_name(Route r);

// The gauges of one scrape, read by the server from its pool, connections and index.
struct MetricGauges {
  size_t searches_active = 0;
  size_t searches_waiting = 0;
  size_t search_slots = 0;
  size_t connections_open = 0;
  uint64_t connections_refused = 0;
  std::string generation;  // "" when the index cannot be read
  size_t articles = 0;
  int64_t written_at = 0;  // seconds since the epoch; 0 unknown
  bool index_ok = false;
};

class Metrics {
 public:
  // Upper bounds of the latency histogram's buckets, in seconds (+Inf follows).
  static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                      0.1,   0.25,   0.5,   1.0,  2.5,   5.0};

  void record(Route route, int status, double seconds);
  std::string render(const MetricGauges& g) const;

 private:
  struct Latency {
    std::array<uint64_t, kBuckets.size() + 1> counts{};  // per bucket, not cumulative
    double sum = 0;
    uint64_t count = 0;
  };
  mutable std::mutex mu_;
  std::map<std::pair<Route, int>, uint64_t> requests_;
  std::array<Latency, kRouteCount> latency_{};
};

}  // namespace tonle::web
