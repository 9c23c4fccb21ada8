// main.cc — the `tonle` executable: parses the command line, runs one subcommand, and turns
// errors into messages and exit codes (0 ok, 1 partial, 2 failure).
#include <xapian.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "app/commands.h"
#include "app/man_page.h"

int main(int argc, char** argv) try {
  CLI::App app{"tonle: full-text search for a news archive"};
  tonle::cli::Runner run;
  tonle::cli::add_index_command(app, run);
  tonle::cli::add_stats_command(app, run);
  tonle::cli::add_check_command(app, run);
  tonle::cli::add_article_command(app, run);
  tonle::cli::add_search_command(app, run);
  tonle::cli::add_serve_command(app, run);
  // `tonle --config FILE serve`: options from a TOML file, one [section] per command ("[serve]
  // port = 8080"); flags on the command line win, and a key no command knows is an error.
  app.set_config("--config", "", "Read options from a TOML file: a [serve] or [index] section, "
                 "one key per option (command-line flags win)");
  app.allow_config_extras(CLI::config_extras_mode::error);
  for (CLI::App* cmd : app.get_subcommands([](CLI::App*) { return true; })) {
    cmd->allow_config_extras(CLI::config_extras_mode::error);
  }
  // `tonle --man`: the manual page in roff (the build installs it as tonle.1).
  bool man = false;
  app.add_flag("--man", man, "Print the manual page (roff) and exit")->group("");
  app.require_subcommand(0, 1);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ConfigError& e) {
    std::cerr << "tonle: error: in the --config file: " << e.what() << "\n";
    return 2;
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (man) {
    std::cout << tonle::cli::man_page(app);
    return 0;
  }
  if (app.get_subcommands().empty()) {
    std::cerr << app.help();
    return 2;
  }
  return run();
} catch (const Xapian::Error& e) {
  std::cerr << "tonle: error: " << e.get_description() << "\n";
  return 2;
} catch (const std::exception& e) {
  std::cerr << "tonle: error: " << e.what() << "\n";
  return 2;
}
