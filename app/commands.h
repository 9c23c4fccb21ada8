// commands.h — the `tonle` subcommands: each registers its options on a CLI11 app and runs with
// an options struct. main() only wires them together and maps errors to exit codes.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace tonle::cli {

// The function a chosen subcommand runs; returns the process exit code.
using Runner = std::function<int()>;

void add_index_command(CLI::App& app, Runner& run);
void add_stats_command(CLI::App& app, Runner& run);
void add_check_command(CLI::App& app, Runner& run);
void add_article_command(CLI::App& app, Runner& run);
void add_search_command(CLI::App& app, Runner& run);
void add_serve_command(CLI::App& app, Runner& run);

}  // namespace tonle::cli
