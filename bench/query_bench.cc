// query_bench.cc — in-process query latency of tonle: runs a query mix (bench/make_queries.py)
// against an index through the same Searcher the server uses (exact facets and snippets
// included), after one warm-up pass, and prints p50/p95/p99 latency and queries per second as
// JSON, with where the time went: per-stage p50/p99/mean (query building, match set, facet
// counting, ranking, hits and snippets, did-you-mean, and the JSON answer the API would send).
//   tonle_query_bench --db DIR --queries FILE [--passes 3] [--slowest N]
// --slowest N adds the N slowest queries of the last pass with their stages.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <stdexcept>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "searcher/request_parser.h"
#include "searcher/result_json.h"
#include "searcher/searcher.h"

namespace {

// One line of the query mix as the API's parameters ({"q", "mode", "page", "facets": {name:
// [values]}}), through the same request parser as the API and the CLI.
tonle::SearchRequest to_request(const nlohmann::json& j) {
  tonle::RequestParams params{{"q", j.value("q", "")}, {"mode", j.value("mode", "all")}};
  if (j.contains("page")) {
    params.emplace("page", std::to_string(j["page"].get<size_t>()));
  }
  // (Held in a variable: a range-for over items() of the temporary j.value() returns dangles.)
  const nlohmann::json facets = j.value("facets", nlohmann::json::object());
  for (const auto& [facet, values] : facets.items()) {
    for (const std::string& v : values.get<std::vector<std::string>>()) {
      params.emplace(facet, v);
    }
  }
  auto parsed = tonle::parse_search_request(params);
  if (auto* e = std::get_if<tonle::RequestError>(&parsed)) {
    throw std::runtime_error("query mix line " + j.dump() + ": " + e->message());
  }
  return std::get<tonle::SearchRequest>(std::move(parsed));
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p / 100.0 * v.size()))];
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, queries;
  int passes = 3;
  size_t slowest = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--db") db = argv[i + 1];
    else if (a == "--queries") queries = argv[i + 1];
    else if (a == "--passes") passes = std::stoi(argv[i + 1]);
    else if (a == "--slowest") slowest = std::stoul(argv[i + 1]);
  }
  if (db.empty() || queries.empty()) {
    std::cerr << "usage: tonle_query_bench --db DIR --queries FILE [--passes N]\n";
    return 2;
  }
  std::vector<tonle::SearchRequest> reqs;
  std::vector<std::string> kinds;  // the mix's query kind of each request (word, phrase, any...)
  std::ifstream in(queries);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) {
      nlohmann::json j = nlohmann::json::parse(line);
      reqs.push_back(to_request(j));
      kinds.push_back(j.value("kind", "other"));
    }
  }
  // As in the server: facets counted from the process's shared in-memory table.
  tonle::Searcher searcher(db, {.facet_tables = std::make_shared<tonle::FacetTableCache>()});
  auto warm_start = std::chrono::steady_clock::now();
  searcher.warm_up();
  double table_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - warm_start).count();
  size_t hits = 0;
  for (const auto& r : reqs) {  // warm-up: page cache and Xapian's own caches
    hits += searcher.search(r).hits.size();
  }
  std::vector<double> ms;
  std::map<std::string, std::vector<double>> by_kind;
  std::map<std::string, std::vector<double>> stages;
  std::vector<std::pair<double, nlohmann::json>> last_pass;  // (ms, the query and its stages)
  for (int p = 0; p < passes; ++p) {
    for (size_t i = 0; i < reqs.size(); ++i) {
      auto t0 = std::chrono::steady_clock::now();
      tonle::SearchResult res = searcher.search(reqs[i]);
      auto t1 = std::chrono::steady_clock::now();
      std::string body = tonle::search_json_text(res);  // what /api/search sends
      auto t2 = std::chrono::steady_clock::now();
      ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());  // the search; JSON apart
      const tonle::SearchTimings& t = res.timings;
      for (auto [name, v] : {std::pair{"build", t.build}, {"match", t.match}, {"count", t.count},
                             {"rank", t.rank}, {"hits", t.hits}, {"suggest", t.suggest}}) {
        stages[name].push_back(v);
      }
      stages["json"].push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
      if (slowest > 0 && p == passes - 1) {
        last_pass.emplace_back(ms.back(), nlohmann::json{{"q", reqs[i].query}, {"kind", kinds[i]},
                                                         {"ms", ms.back()}, {"total", res.total},
                                                         {"match", t.match}, {"count", t.count},
                                                         {"rank", t.rank}, {"hits", t.hits}});
      }
      by_kind[kinds[i]].push_back(ms.back());
      hits += res.hits.size();
    }
  }
  // Queries per second of searching alone (the JSON answers are timed apart, as a stage).
  double searching_seconds = 0;
  for (double x : ms) {
    searching_seconds += x / 1000;
  }
  nlohmann::json out = {{"queries", ms.size()},         {"p50_ms", percentile(ms, 50)},
                        {"p95_ms", percentile(ms, 95)}, {"p99_ms", percentile(ms, 99)},
                        {"max_ms", percentile(ms, 100)}, {"qps", ms.size() / searching_seconds},
                        {"hits_returned", hits}, {"facet_table_ms", table_ms}};
  for (const auto& [kind, v] : by_kind) {
    out["by_kind"][kind] = {{"queries", v.size()}, {"p50_ms", percentile(v, 50)}, {"p99_ms", percentile(v, 99)}};
  }
  for (const auto& [stage, v] : stages) {
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    out["stages"][stage] = {{"p50_ms", percentile(v, 50)}, {"p99_ms", percentile(v, 99)},
                            {"mean_ms", v.empty() ? 0 : sum / v.size()}};
  }
  std::sort(last_pass.begin(), last_pass.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t i = 0; i < std::min(slowest, last_pass.size()); ++i) {
    out["slowest"].push_back(last_pass[i].second);
  }
  std::cout << out.dump() << "\n";
  return 0;
}
