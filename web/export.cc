// export.cc — see export.h.
#include "web/export.h"

#include <nlohmann/json.hpp>

#include "searcher/result_json.h"

namespace tonle::web {

CollectedHits collect_hits(const PageSearch& search, SearchRequest request, const ExportLimits& limits) {
  CollectedHits out;
  request.per_page = SearchRequest::kMaxPerPage;
  for (request.page = 1; out.hits.size() < limits.max_hits; ++request.page) {
    if (std::chrono::steady_clock::now() >= limits.deadline) {
      out.complete = false;
      break;
    }
    SearchResult r = search(request);
    for (Hit& h : r.hits) {
      if (out.hits.size() < limits.max_hits) {
        out.hits.push_back(std::move(h));
      }
    }
    if (r.hits.size() < request.per_page) {
      break;
    }
  }
  return out;
}

std::string csv_field(std::string_view s) {
  std::string v(s);
  if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) {
    v.insert(v.begin(), '\'');
  }
  if (v.find_first_of(",\"\r\n") == std::string::npos) {
    return v;
  }
  std::string q = "\"";
  for (char c : v) {
    q += c == '"' ? "\"\"" : std::string(1, c);
  }
  return q + "\"";
}

std::string hits_csv(const std::vector<Hit>& hits) {
  std::string out = "id,title,source,date,url,score\r\n";
  for (const Hit& h : hits) {
    out += csv_field(h.id) + "," + csv_field(h.title) + "," + csv_field(h.source) + "," +
           (h.date ? to_iso(*h.date) : "") + "," + csv_field(h.url) + "," +
           std::to_string(h.score) + "\r\n";
  }
  return out;
}

std::string hits_json(const std::vector<Hit>& hits) {
  nlohmann::json a = nlohmann::json::array();
  for (const Hit& h : hits) {
    a.push_back(hit_json(h));
  }
  return a.dump(2);
}

}  // namespace tonle::web
