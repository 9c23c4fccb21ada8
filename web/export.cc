// export.cc — see export.h.
#include "web/export.h"

#include <array>

#include <nlohmann/json.hpp>

#include "core/text.h"
#include "searcher/result_json.h"
#include "web/url.h"

namespace tonle::web {

namespace {

// One column per facet found in the text (outlet and date have their own columns).
std::vector<Facet> entity_columns() {
  std::vector<Facet> out;
  for (const FacetInfo& info : kFacetTable) {
    if (info.entity) {
      out.push_back(info.facet);
    }
  }
  return out;
}

std::string plain_snippet(const Snippet& s) {
  return (s.cut_before ? "…" : "") + collapse_spaces(s.text) + (s.cut_after ? "…" : "");
}

std::string permalink(const ExportInfo& info, const Hit& h) { return info.base_url + "/articles/" + url_encode(h.id); }

std::string joined_values(const Hit& h, Facet f) {
  auto it = h.entities.find(f);
  return it == h.entities.end() ? std::string() : join(it->second, "; ");
}

}  // namespace

CollectedHits collect_hits(const PageSearch& search, SearchRequest request, const ExportLimits& limits) {
  CollectedHits out;
  request.per_page = SearchRequest::kMaxPerPage;
  for (request.page = 1; out.hits.size() < limits.max_hits; ++request.page) {
    if (std::chrono::steady_clock::now() >= limits.deadline) {
      out.complete = false;
      break;
    }
    SearchResult r = search(request);
    out.total = r.total;
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

std::string hits_csv(const std::vector<Hit>& hits, const ExportInfo& info) {
  std::string out = "\xEF\xBB\xBFid,title,source,date,url,permalink,snippet";
  for (Facet f : entity_columns()) {
    out += "," + std::string(facet_name(f));
  }
  out += "\r\n";
  for (const Hit& h : hits) {
    out += csv_field(h.id) + "," + csv_field(h.title) + "," + csv_field(h.source) + "," +
           (h.date ? to_iso(*h.date) : "") + "," + csv_field(h.url) + "," + csv_field(permalink(info, h)) + "," +
           csv_field(plain_snippet(h.snippet));
    for (Facet f : entity_columns()) {
      out += "," + csv_field(joined_values(h, f));
    }
    out += "\r\n";
  }
  if (hits.size() < info.total) {
    out += "# exported " + std::to_string(hits.size()) + " of " + std::to_string(info.total) +
           " matching articles (the export's cap is " + std::to_string(info.cap) +
           "); narrow the search, by date for example, to export the rest\r\n";
  }
  return out;
}

std::string hits_json(const std::vector<Hit>& hits, const ExportInfo& info) {
  nlohmann::json a = nlohmann::json::array();
  for (const Hit& h : hits) {
    nlohmann::json j = hit_json(h);
    j["permalink"] = permalink(info, h);
    j["snippet"] = plain_snippet(h.snippet);
    nlohmann::json entities = nlohmann::json::object();
    for (Facet f : entity_columns()) {
      auto it = h.entities.find(f);
      entities[std::string(facet_name(f))] = it == h.entities.end() ? std::vector<std::string>{} : it->second;
    }
    j["entities"] = std::move(entities);
    a.push_back(std::move(j));
  }
  return nlohmann::json{{"query", info.query},
                        {"total", info.total},
                        {"exported", hits.size()},
                        {"capped", hits.size() < info.total},
                        {"cap", info.cap},
                        {"hits", std::move(a)}}
      .dump(2);
}

std::string export_file_name(std::string_view query, std::string_view format) {
  std::string slug;
  for (char c : query) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (keep) {
      slug += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
    if (slug.size() >= 60) {
      break;
    }
  }
  while (!slug.empty() && slug.back() == '-') {
    slug.pop_back();
  }
  return "tonle-" + (slug.empty() ? std::string("all") : slug) + "." + std::string(format);
}

}  // namespace tonle::web
