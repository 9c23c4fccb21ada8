// cli_read.cc — `tonle stats` and `tonle article`: read-only views of an index.
#include <iostream>

#include "app/commands.h"
#include "core/text.h"
#include "searcher/index_reader.h"
#include "searcher/result_json.h"

namespace tonle::cli {

namespace {

struct ReadOptions {
  std::string db;
  std::string id;
  bool json = false;
};

int run_stats(const ReadOptions& o) {
  IndexReader reader(o.db);
  IndexStats s = reader.stats();
  if (o.json) {
    std::cout << stats_json(s).dump(2) << "\n";
    return 0;
  }
  std::cout << "articles: " << s.articles << "\n";
  for (const auto& [facet, values] : s.facets) {
    std::cout << "\n" << facet_name(facet) << " (" << values.size() << " values)\n";
    for (const FacetValueCount& v : values) {
      std::cout << "  " << v.count << "  " << v.value << "\n";
    }
  }
  return 0;
}

int run_article(const ReadOptions& o) {
  IndexReader reader(o.db);
  std::optional<Article> a = reader.article(o.id);
  if (!a) {
    std::cerr << "tonle: error: no article with id \"" << o.id << "\" in " << o.db << "\n";
    return 2;
  }
  if (o.json) {
    std::cout << article_json(*a).dump(2) << "\n";
    return 0;
  }
  std::cout << a->title << "\n"
            << (a->source.empty() ? "(unknown outlet)" : a->source) << " · "
            << (a->date ? to_iso_datetime(*a->date) + " (" + a->date_basis + ")" : "(undated)")
            << " · " << a->id << "\n";
  if (!a->url.empty()) {
    std::cout << a->url << "\n";
  }
  std::cout << "\n" << a->body << "\n\nEntities:\n";
  for (const Entity& e : a->entities) {
    std::cout << "  " << facet_name(e.facet) << ": " << e.value;
    if (!e.role.empty()) {
      std::cout << " — " << e.role;
    }
    for (const std::string& aff : e.affiliations) {
      std::cout << " [" << aff << "]";
    }
    std::cout << "\n";
    std::string text = a->title + "\n\n" + a->body;
    for (const Evidence& ev : e.evidence) {
      if (ev.begin < ev.end && ev.end <= text.size()) {
        std::cout << "      why: " << ev.rule << ": "
                  << collapse_spaces(std::string_view(text).substr(ev.begin, ev.end - ev.begin)) << "\n";
      }
    }
  }
  return 0;
}

}  // namespace

void add_stats_command(CLI::App& app, Runner& run) {
  auto o = std::make_shared<ReadOptions>();
  CLI::App* cmd = app.add_subcommand("stats", "Article count and facet values of an index");
  cmd->add_option("--db", o->db, "Index directory")->required();
  cmd->add_flag("--json", o->json, "Print JSON");
  cmd->callback([&run, o] { run = [o] { return run_stats(*o); }; });
}

void add_article_command(CLI::App& app, Runner& run) {
  auto o = std::make_shared<ReadOptions>();
  CLI::App* cmd = app.add_subcommand("article", "Show one stored article");
  cmd->add_option("--db", o->db, "Index directory")->required();
  cmd->add_option("id", o->id, "Article id")->required();
  cmd->add_flag("--json", o->json, "Print JSON");
  cmd->callback([&run, o] { run = [o] { return run_article(*o); }; });
}

}  // namespace tonle::cli
