// resources.cc — the shipped files' locations, declared in resources.h.
#include "app/resources.h"

#include <system_error>

namespace tonle::cli {

std::filesystem::path executable_dir() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : exe.parent_path();
}

std::string shipped_path(const std::filesystem::path& exe_dir, const std::string& name, const std::string& built_in) {
  if (!exe_dir.empty()) {
    std::filesystem::path installed = exe_dir.parent_path() / "share" / "tonle" / name;
    std::error_code ec;
    if (std::filesystem::exists(installed, ec)) {
      return installed.string();
    }
  }
  return built_in;
}

std::string default_gazetteer() {
  return shipped_path(executable_dir(), "gazetteer.txt", std::string(TONLE_DATA_DIR) + "/gazetteer.txt");
}

std::string default_static_dir() { return shipped_path(executable_dir(), "static", TONLE_WEB_DIR); }

}  // namespace tonle::cli
