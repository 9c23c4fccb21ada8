// result_json.cc — see result_json.h.
#include "searcher/result_json.h"

#include "core/schema.h"
#include "searcher/snippets.h"

namespace tonle {

using nlohmann::json;

json article_json(const Article& a) {
  json entities = json::array();
  for (const Entity& e : a.entities) {
    entities.push_back(schema::entity_json(e));
  }
  return json{{"id", a.id},
              {"title", a.title},
              {"source", a.source},
              {"date", a.date ? json(to_iso(*a.date)) : json(nullptr)},
              {"published", a.date ? json(to_iso_datetime(*a.date)) : json(nullptr)},
              {"date_basis", a.date_basis},
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

json hit_json(const Hit& h) {
  return json{{"id", h.id},
              {"title", h.title},
              {"source", h.source},
              {"date", h.date ? json(to_iso(*h.date)) : json(nullptr)},
              {"url", h.url},
              {"score", h.score}};
}

namespace {

json value_list(const std::vector<FacetValue>& values) {
  json list = json::array();
  for (const FacetValue& v : values) {
    json item = {{"value", v.value}, {"count", v.count}, {"selected", v.selected}};
    if (!v.khmer.empty()) {
      item["khmer"] = v.khmer;
    }
    list.push_back(std::move(item));
  }
  return list;
}

}  // namespace

json facet_values_json(const FacetValuesResult& r) {
  return json{{"facet", std::string(facet_name(r.facet))},
              {"values", value_list(r.values)},
              {"total_values", r.total_values},
              {"articles", r.articles},
              {"exact", r.exact},
              {"warnings", r.warnings}};
}

json entity_json(const EntityView& v) {
  json years = json::array();
  for (const auto& [year, count] : v.by_year) {
    years.push_back({{"year", year}, {"count", count}});
  }
  auto counted = [](const std::vector<FacetValue>& values) {
    json list = json::array();
    for (const FacetValue& fv : values) {
      json item = {{"value", fv.value}, {"count", fv.count}};
      if (!fv.khmer.empty()) {
        item["khmer"] = fv.khmer;
      }
      list.push_back(std::move(item));
    }
    return list;
  };
  json co = json::object();
  for (const auto& [facet, values] : v.co_occurring) {
    co[std::string(facet_name(facet))] = counted(values);
  }
  json latest = json::array();
  for (const Hit& h : v.latest) {
    latest.push_back(hit_json(h));
  }
  return json{{"facet", std::string(facet_name(v.facet))},
              {"value", v.value},
              {"khmer", v.khmer.empty() ? json(nullptr) : json(v.khmer)},
              {"articles", v.articles},
              {"by_year", std::move(years)},
              {"spoke_for", counted(v.spoke_for)},
              {"spokespeople", counted(v.spokespeople)},
              {"roles_counted", v.roles_counted},
              {"co_occurring", std::move(co)},
              {"latest", std::move(latest)}};
}

json search_json(const SearchResult& r) {
  json hits = json::array();
  for (const Hit& h : r.hits) {
    json j = hit_json(h);
    j["snippet"] = snippet_html(h.snippet);
    hits.push_back(std::move(j));
  }
  json facets = json::object();
  for (const auto& [facet, values] : r.facets) {
    facets[std::string(facet_name(facet))] = value_list(values);
  }
  json expanded = json::array();
  for (const Expansion& e : r.expanded) {
    expanded.push_back({{"from", e.from}, {"to", e.to}});
  }
  return json{{"query", r.query},
              {"total", r.total},
              {"exact", r.exact},
              {"page", r.page},
              {"per_page", r.per_page},
              {"hits", std::move(hits)},
              {"facets", std::move(facets)},
              {"did_you_mean", r.did_you_mean.empty() ? json(nullptr) : json(r.did_you_mean)},
              {"corrected_from", r.corrected_from.empty() ? json(nullptr) : json(r.corrected_from)},
              {"expanded", std::move(expanded)},
              {"warnings", r.warnings}};
}

json article_view_json(const ArticleView& v) {
  json j = article_json(v.article);
  for (json& e : j["entities"]) {
    if (auto it = v.khmer.find(e.value("value", "")); it != v.khmer.end()) {
      e["khmer"] = it->second;
    }
  }
  j["related"] = json::array();
  for (const Hit& h : v.related) {
    j["related"].push_back(hit_json(h));
  }
  return j;
}

}  // namespace tonle
