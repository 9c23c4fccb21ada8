// main.cc — the `tonle` executable: parses the command line, runs one subcommand, and turns
// errors into messages and exit codes (0 ok, 1 partial, 2 failure).
#include <xapian.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "app/commands.h"

int main(int argc, char** argv) try {
  CLI::App app{"tonle: full-text search for a news archive"};
  app.require_subcommand(1);
  tonle::cli::Runner run;
  tonle::cli::add_index_command(app, run);
  tonle::cli::add_stats_command(app, run);
  tonle::cli::add_check_command(app, run);
  tonle::cli::add_article_command(app, run);
  tonle::cli::add_search_command(app, run);
  tonle::cli::add_serve_command(app, run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  return run();
} catch (const Xapian::Error& e) {
  std::cerr << "tonle: error: " << e.get_description() << "\n";
  return 2;
} catch (const std::exception& e) {
  std::cerr << "tonle: error: " << e.what() << "\n";
  return 2;
}
