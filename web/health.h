// health.h — what /healthz reports: whether the served index can really be read (a probe query
// and a stored-article fetch, not just "the process is up"), which index generation is served,
// how many articles it holds, and the connection counters. Pure apart from the Searcher it is
// handed, which the caller owns; thread-safe.
#pragma once

#include <string>

#include "searcher/searcher.h"
#include "web/connection_registry.h"

namespace tonle::web {

struct Health {
  bool ok = false;
  std::string generation;  // "gen-000003"; "" when unknown
  size_t articles = 0;
  std::string problem;     // why not ok, for people
};

// Probes a Searcher (Searcher::probe: articles spread over the index read in full, a match-all
// query, the spelling table). Never throws: a failure is a Health that is not ok.
Health probe_health(Searcher& searcher);

// {"status":"ok"|"unavailable", "generation", "articles", "problem"?, "connections":{...}}
std::string health_json(const Health& h, const ConnectionStats& connections);

}  // namespace tonle::web
