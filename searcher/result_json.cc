// result_json.cc — see result_json.h.
#include "searcher/result_json.h"

#include <algorithm>
#include <cstdio>

#include "core/text.h"
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
  json story = h.story.empty() ? json(nullptr)
                               : json{{"id", h.story}, {"size", h.story_size}, {"collapsed", h.collapsed}};
  return json{{"id", h.id},
              {"title", h.title},
              {"source", h.source},
              {"date", h.date ? json(to_iso(*h.date)) : json(nullptr)},
              {"url", h.url},
              {"score", h.score},
              {"story", std::move(story)}};
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

json report_thread_json(const ReportThread& t) {
  json responses = json::array();
  for (const ReportResponse& r : t.responses) {
    json articles = json::array();
    for (const Hit& h : r.articles) {
      articles.push_back(hit_json(h));
    }
    responses.push_back({{"date", r.date ? json(to_iso(*r.date)) : json(nullptr)},
                         {"story", r.story.empty() ? json(nullptr) : json(r.story)},
                         {"outlets", r.outlets},
                         {"bodies", r.bodies},
                         {"spokespeople", r.spokespeople},
                         {"articles", std::move(articles)}});
  }
  return json{{"report", t.value},
              {"issuer", t.issuer.empty() ? json(nullptr) : json(t.issuer)},
              {"articles", t.articles},
              {"responses", std::move(responses)}};
}

std::string month_name(const MonthCount& m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", m.year, m.month);
  return buf;
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
  json months = json::array();
  for (const MonthCount& m : r.months) {
    months.push_back({{"month", month_name(m)}, {"count", m.count}});
  }
  return json{{"query", r.query},
              {"total", r.total},
              {"collapsed_total", r.collapsed_total ? json(r.collapsed_total) : json(nullptr)},
              {"exact", r.exact},
              {"page", r.page},
              {"per_page", r.per_page},
              {"hits", std::move(hits)},
              {"facets", std::move(facets)},
              {"months", std::move(months)},
              {"did_you_mean", r.did_you_mean.empty() ? json(nullptr) : json(r.did_you_mean)},
              {"corrected_from", r.corrected_from.empty() ? json(nullptr) : json(r.corrected_from)},
              {"expanded", std::move(expanded)},
              {"warnings", r.warnings}};
}

namespace {

// `s` as a JSON string, escaped as nlohmann's dump() escapes it (ensure_ascii off); ill-formed
// UTF-8 (which no stored text holds) goes through nlohmann's replacement instead.
void put_string(std::string& out, std::string_view s) {
  if (first_invalid_utf8(s) != std::string_view::npos) {
    out += json(std::string(s)).dump(-1, ' ', false, json::error_handler_t::replace);
    return;
  }
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void put_key(std::string& out, std::string_view key) {
  out += '"';
  out += key;
  out += "\":";
}

void put_strings(std::string& out, const std::vector<std::string>& list) {
  out += '[';
  for (size_t i = 0; i < list.size(); ++i) {
    out += i ? "," : "";
    put_string(out, list[i]);
  }
  out += ']';
}

void put_optional(std::string& out, const std::string& s) {
  if (s.empty()) {
    out += "null";
  } else {
    put_string(out, s);
  }
}

}  // namespace

// Keys in the order nlohmann's objects (sorted maps) print them, so that the text is byte for
// byte search_json(r).dump(); result_json_test checks it.
std::string search_json_text(const SearchResult& r) {
  std::string out;
  out.reserve(4096 + r.hits.size() * 600);
  out += '{';
  put_key(out, "collapsed_total");
  out += r.collapsed_total ? std::to_string(r.collapsed_total) : "null";
  out += ',';
  put_key(out, "corrected_from");
  put_optional(out, r.corrected_from);
  out += ',';
  put_key(out, "did_you_mean");
  put_optional(out, r.did_you_mean);
  out += ',';
  put_key(out, "exact");
  out += r.exact ? "true" : "false";
  out += ',';
  put_key(out, "expanded");
  out += '[';
  for (size_t i = 0; i < r.expanded.size(); ++i) {
    out += i ? ",{" : "{";
    put_key(out, "from");
    put_string(out, r.expanded[i].from);
    out += ',';
    put_key(out, "to");
    put_strings(out, r.expanded[i].to);
    out += '}';
  }
  out += "],";
  put_key(out, "facets");
  out += '{';
  std::vector<const std::pair<Facet, std::vector<FacetValue>>*> facets;
  for (const auto& f : r.facets) {
    facets.push_back(&f);
  }
  std::stable_sort(facets.begin(), facets.end(),
                   [](const auto* a, const auto* b) { return facet_name(a->first) < facet_name(b->first); });
  for (size_t i = 0; i < facets.size(); ++i) {
    if (i > 0 && facets[i]->first == facets[i - 1]->first) {
      continue;  // (an object holds a key once: the first)
    }
    out += i ? "," : "";
    put_key(out, facet_name(facets[i]->first));
    out += '[';
    const std::vector<FacetValue>& values = facets[i]->second;
    for (size_t k = 0; k < values.size(); ++k) {
      const FacetValue& v = values[k];
      out += k ? ",{" : "{";
      put_key(out, "count");
      out += std::to_string(v.count);
      if (!v.khmer.empty()) {
        out += ',';
        put_key(out, "khmer");
        put_string(out, v.khmer);
      }
      out += ',';
      put_key(out, "selected");
      out += v.selected ? "true" : "false";
      out += ',';
      put_key(out, "value");
      put_string(out, v.value);
      out += '}';
    }
    out += ']';
  }
  out += "},";
  put_key(out, "hits");
  out += '[';
  for (size_t i = 0; i < r.hits.size(); ++i) {
    const Hit& h = r.hits[i];
    out += i ? ",{" : "{";
    put_key(out, "date");
    if (h.date) {
      put_string(out, to_iso(*h.date));
    } else {
      out += "null";
    }
    out += ',';
    put_key(out, "id");
    put_string(out, h.id);
    out += ',';
    put_key(out, "score");
    out += json(h.score).dump();
    out += ',';
    put_key(out, "snippet");
    put_string(out, snippet_html(h.snippet));
    out += ',';
    put_key(out, "source");
    put_string(out, h.source);
    out += ',';
    put_key(out, "story");
    if (h.story.empty()) {
      out += "null";
    } else {
      out += '{';
      put_key(out, "collapsed");
      out += std::to_string(h.collapsed);
      out += ',';
      put_key(out, "id");
      put_string(out, h.story);
      out += ',';
      put_key(out, "size");
      out += std::to_string(h.story_size);
      out += '}';
    }
    out += ',';
    put_key(out, "title");
    put_string(out, h.title);
    out += ',';
    put_key(out, "url");
    put_string(out, h.url);
    out += '}';
  }
  out += "],";
  put_key(out, "months");
  out += '[';
  for (size_t i = 0; i < r.months.size(); ++i) {
    out += i ? ",{" : "{";
    put_key(out, "count");
    out += std::to_string(r.months[i].count);
    out += ',';
    put_key(out, "month");
    put_string(out, month_name(r.months[i]));
    out += '}';
  }
  out += "],";
  put_key(out, "page");
  out += std::to_string(r.page);
  out += ',';
  put_key(out, "per_page");
  out += std::to_string(r.per_page);
  out += ',';
  put_key(out, "query");
  put_string(out, r.query);
  out += ',';
  put_key(out, "total");
  out += std::to_string(r.total);
  out += ',';
  put_key(out, "warnings");
  put_strings(out, r.warnings);
  out += '}';
  return out;
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
  {
    json articles = json::array();
    for (const Hit& h : v.story.articles) {
      articles.push_back({{"id", h.id}, {"title", h.title}, {"source", h.source},
                          {"date", h.date ? json(to_iso(*h.date)) : json(nullptr)}, {"url", h.url}});
    }
    j["story"] = {{"id", v.story.id},
                  {"size", v.story.articles.size()},
                  {"outlets", v.story.outlets},
                  {"articles", std::move(articles)}};
  }
  return j;
}

}  // namespace tonle
