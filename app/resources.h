// resources.h — where the files tonle ships beside its binary are: the gazetteer and the web UI's
// assets. An installed tonle (`cmake --install`, the Debian package) finds them in
// <prefix>/share/tonle, found from the executable's own path, so it runs from any directory; a
// tonle run from its build tree finds them in the source tree it was built from. Options
// (`--gazetteer`, `--static`) override both. Pure functions; thread-safe.
#pragma once

#include <filesystem>
#include <string>

namespace tonle::cli {

// The directory holding the running executable ("" when it cannot be told).
std::filesystem::path executable_dir();

// <exe>/../share/tonle when it holds `name`; else `built_in` (a path compiled in at build time).
std::string shipped_path(const std::filesystem::path& exe_dir, const std::string& name, const std::string& built_in);

// The gazetteer and the static assets' directory the running tonle uses by default.
std::string default_gazetteer();
std::string default_static_dir();

}  // namespace tonle::cli
