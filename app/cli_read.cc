// cli_read.cc — `tonle stats`, `tonle check` and `tonle article`: read-only views of an index.
// stats and check exit 2 on a damaged index, so that monitoring can trust them.
#include <iostream>
#include <sstream>

#include "app/commands.h"
#include "core/text.h"
#include "searcher/index_check.h"
#include "searcher/index_reader.h"
#include "searcher/result_json.h"
#include "searcher/searcher.h"

namespace tonle::cli {

namespace {

struct ReadOptions {
  std::string db;
  std::string id;
  bool json = false;
  bool verbose = false;
};

int run_stats(const ReadOptions& o) {
  IndexReader reader(o.db);
  if (std::optional<std::string> problem = probe_index(reader)) {
    std::cerr << "tonle: error: the index at " << o.db << " is damaged: " << *problem
              << " (rebuild it; `tonle check --db " << o.db << "` lists every error)\n";
    return 2;
  }
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

int run_check(const ReadOptions& o) {
  IndexReader reader(o.db);
  std::ostringstream report;
  CheckResult r = check_index(reader, &report);
  if (o.verbose) {
    std::cout << report.str();
  }
  if (r.errors == 0) {
    std::cout << o.db << ": " << reader.generation() << ", " << reader.article_count()
              << " articles: no errors\n";
    return 0;
  }
  std::cerr << "tonle: error: the index at " << o.db << " (" << reader.generation() << ") is damaged: "
            << r.errors << (r.errors == 1 ? " error" : " errors")
            << (r.problem.empty() ? "" : " (" + r.problem + ")") << "; rebuild it with `tonle index`\n";
  if (!o.verbose) {
    std::cerr << "(--verbose prints Xapian's report)\n";
  }
  return 2;
}

int run_article(const ReadOptions& o) {
  IndexReader reader(o.db);
  std::optional<Article> a = reader.article(o.id);
  if (!a) {
    std::cerr << "tonle: error: no article with id \"" << o.id << "\" in " << o.db << "\n";
    return 2;
  }
  if (o.json) {
    // The API's shape: the article, its related articles and its story.
    std::optional<ArticleView> view = Searcher(o.db).article(o.id);
    std::cout << (view ? article_view_json(*view) : article_json(*a)).dump(2) << "\n";
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

void add_check_command(CLI::App& app, Runner& run) {
  auto o = std::make_shared<ReadOptions>();
  CLI::App* cmd = app.add_subcommand(
      "check", "Xapian's consistency check of every table of an index; exits 2 on damage");
  cmd->add_option("--db", o->db, "Index directory")->required();
  cmd->add_flag("--verbose", o->verbose, "Print Xapian's report");
  cmd->callback([&run, o] { run = [o] { return run_check(*o); }; });
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
