// index_store.cc — stub-file generations and the indexer lock (see index_store.h).
#include "indexer/index_store.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

namespace tonle {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kStubName = "XAPIANDB";
constexpr std::string_view kGenPrefix = "gen-";

std::string gen_name(unsigned n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "gen-%06u", n);
  return buf;
}

std::optional<unsigned> gen_number(const std::string& name) {
  if (!name.starts_with(kGenPrefix) || name.size() != kGenPrefix.size() + 6) {
    return std::nullopt;
  }
  unsigned n = 0;
  for (char c : name.substr(kGenPrefix.size())) {
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    n = n * 10 + static_cast<unsigned>(c - '0');
  }
  return n;
}

void fsync_path(const fs::path& p, int flags) {
  int fd = ::open(p.c_str(), flags);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

std::string errno_text() { return std::strerror(errno); }

}  // namespace

IndexLock::IndexLock(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    throw IndexError("cannot create index directory " + dir.string() + ": " + ec.message());
  }
  fs::path lock = dir / "tonle.lock";
  fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    throw IndexError("cannot open " + lock.string() + ": " + errno_text() +
                     " (is the index directory writable?)");
  }
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd_);
    fd_ = -1;
    throw IndexError("another tonle index run is already writing " + dir.string() +
                     " (lock " + lock.string() + " is held); wait for it to finish");
  }
}

IndexLock::~IndexLock() {
  if (fd_ >= 0) {
    ::flock(fd_, LOCK_UN);
    ::close(fd_);
  }
}

std::optional<Generation> current_generation(const fs::path& dir) {
  std::ifstream stub(dir / kStubName);
  if (!stub) {
    return std::nullopt;
  }
  std::string type;
  std::string name;
  stub >> type >> name;
  std::optional<unsigned> n = gen_number(name);
  if (!n) {
    return std::nullopt;
  }
  return Generation{.number = *n, .path = dir / name};
}

Generation next_generation(const fs::path& dir) {
  unsigned highest = 0;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    if (auto n = gen_number(e.path().filename().string())) {
      highest = std::max(highest, *n);
    }
  }
  Generation g{.number = highest + 1, .path = dir / gen_name(highest + 1)};
  fs::remove_all(g.path, ec);
  return g;
}

void publish_generation(const fs::path& dir, const Generation& gen) {
  fs::path tmp = dir / "XAPIANDB.new";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << "auto " << gen.path.filename().string() << "\n";
    out.flush();
    if (!out) {
      throw IndexError("cannot write " + tmp.string() + " (disk full or read-only?)");
    }
  }
  fsync_path(tmp, O_RDONLY);
  if (std::rename(tmp.c_str(), (dir / kStubName).c_str()) != 0) {
    throw IndexError("cannot publish the new index in " + dir.string() + ": " + errno_text());
  }
  fsync_path(dir, O_RDONLY | O_DIRECTORY);
}

void remove_stale_generations(const fs::path& dir) {
  std::optional<Generation> current = current_generation(dir);
  std::set<unsigned> keep;
  if (current) {
    keep.insert(current->number);
  }
  // The newest generation below the current one stays for readers that have it open.
  unsigned previous = 0;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    auto n = gen_number(e.path().filename().string());
    if (n && current && *n < current->number) {
      previous = std::max(previous, *n);
    }
  }
  keep.insert(previous);
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    auto n = gen_number(name);
    if ((n && !keep.contains(*n)) || name.starts_with("build-")) {
      fs::remove_all(e.path(), ec);  // old generations, and partial databases of a killed run
    }
  }
}

}  // namespace tonle
