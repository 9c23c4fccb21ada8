// health.cc — see health.h.
#include "web/health.h"

#include <nlohmann/json.hpp>

namespace tonle::web {

Health probe_health(Searcher& searcher) {
  Health h;
  try {
    h.generation = searcher.generation();
    h.articles = searcher.article_count();
    SearchRequest all;
    all.per_page = 1;
    SearchResult r = searcher.search(all);
    if (h.articles > 0 && r.hits.empty()) {
      h.problem = "the probe query found nothing in an index of " + std::to_string(h.articles) + " articles";
      return h;
    }
    if (!r.hits.empty() && !searcher.article(r.hits[0].id)) {
      h.problem = "the probe could not read back stored article " + r.hits[0].id;
      return h;
    }
    h.ok = true;
  } catch (const std::exception& e) {
    h.problem = std::string("the index cannot be read: ") + e.what();
  } catch (...) {
    h.problem = "the index cannot be read";
  }
  return h;
}

std::string health_json(const Health& h, const ConnectionStats& c) {
  nlohmann::json j{{"status", h.ok ? "ok" : "unavailable"},
                   {"generation", h.generation},
                   {"articles", h.articles},
                   {"connections",
                    {{"open", c.open}, {"idle", c.idle}, {"refused", c.refused}, {"evicted", c.evicted}}}};
  if (!h.ok) {
    j["problem"] = h.problem;
  }
  return j.dump();
}

}  // namespace tonle::web
