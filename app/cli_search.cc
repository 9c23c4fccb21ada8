// cli_search.cc — `tonle search --db DIR [--json] [--facet NAME=VALUE]... QUERY`: the same search
// as the HTTP API, printed as its JSON or as a readable listing.
#include <cstdint>
#include <iostream>
#include <variant>

#include "app/commands.h"
#include "searcher/request_parser.h"
#include "searcher/result_json.h"
#include "searcher/searcher.h"

namespace tonle::cli {

namespace {

struct SearchCommandOptions {
  std::string db;
  std::vector<std::string> query_words;
  std::vector<std::string> facets;  // NAME=VALUE
  std::string mode = "all";
  std::string sort = "relevance";
  std::string date_from, date_to;
  size_t page = 1;
  size_t per_page = 10;
  bool exact = false;
  bool collapse = false;  // one hit per story
  bool json = false;
};

std::string plain(const Snippet& s) {
  std::string out = s.cut_before ? "…" : "";
  size_t pos = 0;
  for (const Highlight& h : s.highlights) {
    out += s.text.substr(pos, h.begin - pos) + "[" + s.text.substr(h.begin, h.end - h.begin) + "]";
    pos = h.end;
  }
  return out + s.text.substr(pos) + (s.cut_after ? "…" : "");
}

// The CLI's name for a request parameter, for error messages: "--from" for date_from.
std::string flag_of(const std::string& parameter) {
  if (parameter == "date_from" || parameter == "date_to") {
    return parameter == "date_from" ? "--from" : "--to";
  }
  if (parameter == "per_page") {
    return "--per-page";
  }
  if (facet_from_name(parameter)) {
    return "--facet " + parameter;
  }
  return parameter.empty() || parameter == "q" ? parameter : "--" + parameter;
}

// The options as the request parser's parameters (the API's names), then parsed by it.
std::variant<SearchRequest, std::string> to_request(const SearchCommandOptions& o) {
  RequestParams params;
  std::string query;
  for (const std::string& w : o.query_words) {
    query += (query.empty() ? "" : " ") + w;
  }
  params.emplace("q", query);
  for (const std::string& f : o.facets) {
    size_t eq = f.find('=');
    if (eq == std::string::npos || !facet_from_name(f.substr(0, eq))) {
      return "--facet takes NAME=VALUE with NAME one of " + facet_names_list() + " (got \"" + f + "\")";
    }
    params.emplace(f.substr(0, eq), f.substr(eq + 1));
  }
  params.emplace("mode", o.mode);
  params.emplace("sort", o.sort);
  params.emplace("date_from", o.date_from);
  params.emplace("date_to", o.date_to);
  params.emplace("page", std::to_string(o.page));
  params.emplace("per_page", std::to_string(o.per_page));
  params.emplace("exact", o.exact ? "1" : "0");
  params.emplace("collapse", o.collapse ? "story" : "none");
  // The command line has no length limits of its own.
  RequestLimits limits{.max_query_bytes = SIZE_MAX, .max_filter_values = SIZE_MAX, .max_value_bytes = SIZE_MAX};
  auto parsed = parse_search_request(params, limits);
  if (auto* e = std::get_if<RequestError>(&parsed)) {
    std::string flag = flag_of(e->parameter);
    return flag.empty() ? e->problem : flag + " " + e->problem;
  }
  return std::get<SearchRequest>(std::move(parsed));
}

int run_search(const SearchCommandOptions& o) {
  auto parsed = to_request(o);
  if (auto* error = std::get_if<std::string>(&parsed)) {
    std::cerr << "tonle: error: " << *error << "\n";
    return 2;
  }
  const SearchRequest& req = std::get<SearchRequest>(parsed);
  Searcher searcher(o.db);
  SearchResult r = searcher.search(req);
  if (o.json) {
    std::cout << search_json(r).dump(2) << "\n";
    return 0;
  }
  if (!r.corrected_from.empty()) {
    std::cout << "nothing matched \"" << r.corrected_from << "\": showing results for \"" << r.query << "\"\n";
  }
  std::cout << r.total << (r.total == 1 ? " article matches" : " articles match")
            << (r.query.empty() ? "" : " \"" + r.query + "\"") << "\n";
  for (const Expansion& e : r.expanded) {
    std::cout << "  also searched for " << e.from << " as:";
    for (const std::string& t : e.to) {
      std::cout << " " << t << ";";
    }
    std::cout << "\n";
  }
  if (!r.did_you_mean.empty()) {
    std::cout << "  did you mean: " << r.did_you_mean << "\n";
  }
  for (const std::string& w : r.warnings) {
    std::cout << "  note: " << w << "\n";
  }
  for (const Hit& h : r.hits) {
    std::cout << "\n" << h.title << "\n  " << (h.source.empty() ? "?" : h.source) << " · "
              << (h.date ? to_iso(*h.date) : "undated") << " · " << h.id << "\n  "
              << plain(h.snippet) << "\n";
  }
  return 0;
}

}  // namespace

void add_search_command(CLI::App& app, Runner& run) {
  auto o = std::make_shared<SearchCommandOptions>();
  CLI::App* cmd = app.add_subcommand("search", "Search an index");
  cmd->add_option("--db", o->db, "Index directory")->required();
  cmd->add_option("query", o->query_words, "Query (words, \"phrases\", OR, NOT, field:value)");
  cmd->add_option("--facet", o->facets, "Filter NAME=VALUE (repeatable)");
  cmd->add_option("--mode", o->mode, "all (every word) or any (BM25 over any word)")
      ->capture_default_str();
  cmd->add_option("--sort", o->sort, "relevance, newest or oldest")->capture_default_str();
  cmd->add_option("--from", o->date_from, "Published on or after: YYYY, YYYY-MM or YYYY-MM-DD");
  cmd->add_option("--to", o->date_to, "Published on or before: YYYY, YYYY-MM or YYYY-MM-DD");
  cmd->add_option("--page", o->page, "Result page (1-based)");
  cmd->add_option("--per-page", o->per_page, "Results per page (at most 100)");
  cmd->add_flag("--exact", o->exact, "No acronym or alias expansion");
  cmd->add_flag("--collapse", o->collapse, "One hit per story (the other outlets' articles of it left out)");
  cmd->add_flag("--json", o->json, "Print the API's JSON");
  cmd->callback([&run, o] { run = [o] { return run_search(*o); }; });
}

}  // namespace tonle::cli
