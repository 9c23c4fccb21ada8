// health.cc — see health.h.
#include "web/health.h"

#include <nlohmann/json.hpp>

namespace tonle::web {

Health probe_health(Searcher& searcher) {
  Health h;
  try {
    h.generation = searcher.generation();
    h.articles = searcher.article_count();
    // The same probe as `tonle stats`: articles spread over the index, read in full, and a query.
    if (std::optional<std::string> problem = searcher.probe()) {
      h.problem = "the index cannot be read: " + *problem;
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
