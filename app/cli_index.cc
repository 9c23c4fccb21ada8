// cli_index.cc — `tonle index PATH... --db DIR [--update]`: progress bar on a terminal, one
// line per problem, a summary at the end.
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "app/commands.h"
#include "app/resources.h"
#include "indexer/indexer.h"

namespace tonle::cli {

namespace {

struct IndexCommandOptions {
  std::vector<std::string> inputs;
  std::string db;
  std::string gazetteer = default_gazetteer();
  bool update = false;
  bool no_stories = false;
  bool quiet = false;
  unsigned threads = 0;
  unsigned max_file_mb = 64;
};

void draw_progress(size_t done, size_t total) {
  constexpr int kWidth = 30;
  int filled = total == 0 ? kWidth : static_cast<int>(kWidth * done / total);
  std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu files", filled,
               "##############################", kWidth - filled, "", done, total);
  if (done == total) {
    std::fputc('\n', stderr);
  }
}

int run_index_command(const IndexCommandOptions& o) {
  bool tty = ::isatty(STDERR_FILENO) == 1 && !o.quiet;
  IndexOptions opts{.inputs = o.inputs,
                    .db = o.db,
                    .update = o.update,
                    .stories = !o.no_stories,
                    .gazetteer_path = o.gazetteer,
                    .threads = o.threads,
                    .max_file_bytes = uintmax_t{o.max_file_mb} << 20};
  if (tty) {
    opts.on_progress = draw_progress;
  }
  opts.on_problem = [tty](const std::string& line) {
    if (tty) {
      std::fputs("\r\033[K", stderr);
    }
    std::cerr << "skipped: " << line << "\n";
  };
  opts.on_note = [tty](const std::string& line) {
    if (tty) {
      std::fputs("\r\033[K", stderr);
    }
    std::cerr << "note: " << line << "\n";
  };
  IndexSummary s = run_index(opts);
  double rate = s.seconds > 0 ? static_cast<double>(s.articles) / s.seconds : 0;
  std::printf(
      "%s %zu articles (%zu entity values) from %zu of %zu files in %.2f s (%.0f articles/s); "
      "%zu skipped, %zu unchanged, %zu moved, %zu removed; %zu articles in the index\n",
      o.update ? "updated:" : "indexed:", s.articles, s.entities, s.files_indexed, s.files_seen,
      s.seconds, rate, s.files_skipped, s.files_unchanged, s.files_moved, s.files_removed,
      s.total_articles);
  if (!s.phases.empty() && !o.quiet) {
    std::printf("time:");
    for (size_t i = 0; i < s.phases.size(); ++i) {
      std::printf("%s %s %.1f s", i == 0 ? "" : ",", s.phases[i].first.c_str(), s.phases[i].second);
    }
    std::printf("\n");
  }
  if (s.exit_code() == 2) {
    std::cerr << "tonle: error: nothing usable to index; the previous index (if any) is unchanged\n";
  }
  return s.exit_code();
}

}  // namespace


void add_index_command(CLI::App& app, Runner& run) {
  auto o = std::make_shared<IndexCommandOptions>();
  CLI::App* cmd = app.add_subcommand("index", "Build (or --update) the index from article files");
  cmd->add_option("paths", o->inputs, "Article files or directories")->required();
  cmd->add_option("--db", o->db, "Index directory")->required();
  cmd->add_flag("--update", o->update, "Re-index only new and changed files; drop deleted ones");
  cmd->add_option("--gazetteer", o->gazetteer, "Gazetteer file")->capture_default_str();
  cmd->add_option("--threads", o->threads, "Preparation threads (0: one per core)");
  cmd->add_option("--max-file-mb", o->max_file_mb, "Skip files larger than this")
      ->capture_default_str();
  cmd->add_flag("--quiet", o->quiet, "No progress bar");
  cmd->add_flag("--no-stories", o->no_stories,
                "Do not group articles into stories (an index without collapse=story or 'also covered by')");
  cmd->callback([&run, o] { run = [o] { return run_index_command(*o); }; });
}

}  // namespace tonle::cli
