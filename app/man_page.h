// man_page.h — tonle(1), written in roff from the command line's own definition (each
// subcommand's description and options, their defaults), so the manual never drifts from
// `--help`. `tonle --man` prints it; the build writes it to tonle.1 and `cmake --install`
// installs it. Pure function; thread-safe.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace tonle::cli {

// The manual page of `app` and its subcommands, in roff (man(7) macros).
std::string man_page(const CLI::App& app);

// Text made safe for roff: backslashes, hyphens, and a leading dot or quote.
std::string roff_escape(const std::string& text);

}  // namespace tonle::cli
