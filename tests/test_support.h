// test_support.h — small helpers shared by the tests: reading fixture files, temporary
// directories that clean up after themselves, and paths of the source tree and shared data.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace tonle::testing {

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

inline void write_file(const std::filesystem::path& p, const std::string& content) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << content;
}

inline std::filesystem::path source_dir() { return TONLE_SOURCE_DIR; }
inline std::filesystem::path shared_dir() { return TONLE_SHARED_DIR; }
inline std::filesystem::path corpus_dir() { return source_dir() / "corpus"; }
inline std::string gazetteer_path() { return (source_dir() / "data" / "gazetteer.txt").string(); }

// What a `tonle` command printed (stdout and stderr together) and its exit code.
struct CommandRun {
  int code = -1;
  std::string out;
};

// Runs the built `tonle` binary with `args` (a shell-quoted argument string).
// `env`: assignments for the shell to put before the command ("VAR='value' ").
inline CommandRun run_tonle(const std::string& args, const std::string& env = "") {
  std::string cmd = env + std::string(TONLE_BIN) + " " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  CommandRun r;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) {
    r.out.append(buf, n);
  }
  int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

inline std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

// A fresh directory under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("tonle-test-" + std::to_string(rd()) + "-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace tonle::testing
