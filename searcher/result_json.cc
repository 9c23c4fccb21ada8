// result_json.cc — see result_json.h.
#include "searcher/result_json.h"

namespace tonle {

using nlohmann::json;

json article_json(const Article& a) {
  json entities = json::array();
  for (const Entity& e : a.entities) {
    json j = {{"facet", facet_name(e.facet)}, {"value", e.value}, {"mentions", e.mentions}};
    if (!e.role.empty()) {
      j["role"] = e.role;
    }
    if (!e.affiliations.empty()) {
      j["affiliations"] = e.affiliations;
    }
    entities.push_back(std::move(j));
  }
  return json{{"id", a.id},
              {"title", a.title},
              {"source", a.source},
              {"date", a.date ? json(to_iso(*a.date)) : json(nullptr)},
              {"url", a.url},
              {"dateline", a.dateline},
              {"body", a.body},
              {"entities", std::move(entities)}};
}

json stats_json(const IndexStats& s) {
  json facets = json::object();
  for (const auto& [facet, values] : s.facets) {
    json list = json::array();
    for (const FacetValueCount& v : values) {
      list.push_back({{"value", v.value}, {"count", v.count}});
    }
    facets[std::string(facet_name(facet))] = std::move(list);
  }
  return json{{"articles", s.articles}, {"facets", std::move(facets)}};
}

}  // namespace tonle
