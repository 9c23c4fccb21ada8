// result_json.h — the JSON shapes tonle answers with, shared by the CLI (`--json`) and the HTTP
// API so both print the same thing: stored articles, index statistics (and, with the search
// module, search results). Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/article.h"
#include "searcher/index_reader.h"
#include "searcher/search_types.h"

namespace tonle {

// {"id","title","source","date","url","dateline","body","entities":[{"facet","value","role",
//  "affiliations","mentions"}]}
nlohmann::json article_json(const Article& a);
// An article as the API answers it: article_json, each entity's Khmer spelling where the
// gazetteer lists one ("khmer"), and the related articles.
nlohmann::json article_view_json(const ArticleView& v);
// {"articles": N, "facets": {"spokesperson": [{"value","count"}], ...}}
nlohmann::json stats_json(const IndexStats& s);
// {"query","total","page","per_page","hits":[{"id","title","source","date","url","snippet",
//  "score"}],"facets":{"spokesperson":[{"value","count","selected"}],...},"months":[{"month":
//  "2023-09","count"}],"did_you_mean","expanded":[{"from","to"}],"warnings"}. "snippet" is HTML:
//  escaped text with <mark> tags; "months" the matches per month of publication, oldest first.
nlohmann::json search_json(const SearchResult& r);
// "2023-09".
std::string month_name(const MonthCount& m);
// search_json(r).dump(), written straight into a string (what /api/search sends: building the
// JSON object was a tenth of a search's instructions).
std::string search_json_text(const SearchResult& r);
// {"facet","values":[{"value","count","selected"}],"total_values","articles","exact","warnings"}
nlohmann::json facet_values_json(const FacetValuesResult& r);
// {"facet","value","articles","by_year":[{"year","count"}],"spoke_for":[{"value","count"}],
//  "spokespeople":[...],"roles_counted","co_occurring":{facet:[{"value","count"}]},"latest":[hits]}
nlohmann::json entity_json(const EntityView& v);
// {"report","issuer","articles","responses":[{"date","story","outlets","bodies","spokespeople","articles":[hits]}]}
nlohmann::json report_thread_json(const ReportThread& t);
// A hit without its snippet, for related-article lists.
nlohmann::json hit_json(const Hit& h);

}  // namespace tonle
