// disk_test.cc — a full disk and a read-only index directory: a clear error, a failing exit
// code, and the previous index intact and searchable. Uses a small tmpfs, so it needs root (CI
// runs as root); elsewhere it says so and does nothing.
#include <sys/mount.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "searcher/searcher.h"
#include "test_support.h"

namespace tonle {

namespace fs = std::filesystem;

namespace {

using testing::run_tonle;
using Run = testing::CommandRun;
Run tonle(const std::string& args) { return run_tonle(args); }

// A tmpfs of `megabytes` mounted on a fresh directory for the scope's lifetime.
struct SmallDisk {
  testing::TempDir dir;
  bool mounted = false;
  explicit SmallDisk(int megabytes) {
    std::string opts = "size=" + std::to_string(megabytes) + "m";
    mounted = geteuid() == 0 && ::mount("tmpfs", dir.path().c_str(), "tmpfs", 0, opts.c_str()) == 0;
  }
  ~SmallDisk() {
    if (mounted) {
      ::umount2(dir.path().c_str(), MNT_DETACH);
    }
  }
  bool remount_read_only() {
    return ::mount("tmpfs", dir.path().c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
  }
};

std::string q(const fs::path& p) { return testing::quoted(p); }

size_t article_count(const fs::path& db) { return Searcher(db).search({}).total; }

}  // namespace

TEST_CASE("a full disk fails the rebuild clearly and keeps the previous index", "[reliability][integration]") {
  SmallDisk disk(6);
  if (!disk.mounted) {
    WARN("needs root to mount a small tmpfs; not run");
    return;
  }
  fs::path db = disk.dir.path() / "db";
  REQUIRE(tonle("index " + q(testing::corpus_dir()) + " --db " + q(db) + " --quiet").code == 0);
  REQUIRE(article_count(db) == 5);

  // Many articles outside the small disk, then fill the disk almost to the brim.
  testing::TempDir big;
  std::string text = testing::read_file(testing::corpus_dir() / "001_f78e1c69674aca81.txt");
  for (int i = 0; i < 3000; ++i) {
    testing::write_file(big.path() / ("a" + std::to_string(i) + ".txt"), text + "\nzq" + std::to_string(i));
  }
  {
    FILE* filler = std::fopen((disk.dir.path() / "filler").c_str(), "wb");
    std::string block(64 * 1024, 'x');
    while (std::fwrite(block.data(), 1, block.size(), filler) == block.size()) {
    }
    std::fclose(filler);
    fs::resize_file(disk.dir.path() / "filler", fs::file_size(disk.dir.path() / "filler") - 512 * 1024);
  }
  Run full = tonle("index " + q(big.path()) + " --db " + q(db) + " --quiet");
  INFO(full.out);
  CHECK(full.code == 2);
  CHECK(full.out.find("tonle: error: cannot write the new index") != std::string::npos);
  CHECK(full.out.find("No space left on device") != std::string::npos);
  CHECK(full.out.find("the previous index is unchanged") != std::string::npos);
  CHECK(article_count(db) == 5);  // the previous index still serves

  // Room again: the next run succeeds.
  fs::remove(disk.dir.path() / "filler");
  CHECK(tonle("index " + q(testing::corpus_dir()) + " --db " + q(db) + " --quiet").code == 0);
}

TEST_CASE("a read-only index directory is refused clearly and still searchable", "[reliability][integration]") {
  SmallDisk disk(4);
  if (!disk.mounted) {
    WARN("needs root to mount a small tmpfs; not run");
    return;
  }
  fs::path db = disk.dir.path() / "db";
  REQUIRE(tonle("index " + q(testing::corpus_dir()) + " --db " + q(db) + " --quiet").code == 0);
  REQUIRE(disk.remount_read_only());
  Run ro = tonle("index " + q(testing::corpus_dir()) + " --db " + q(db) + " --quiet");
  CHECK(ro.code == 2);
  CHECK(ro.out.find("Read-only file system") != std::string::npos);
  CHECK(article_count(db) == 5);
  Run search = tonle("search --db " + q(db) + " --json HRW");
  CHECK(search.code == 0);
}

TEST_CASE("a missing index is a clear error for every reader", "[reliability][integration]") {
  for (const char* cmd : {"stats", "search", "serve"}) {
    Run r = tonle(std::string(cmd) + " --db /nonexistent/tonle-index");
    INFO(cmd << ": " << r.out);
    CHECK(r.code == 2);
    CHECK(r.out.find("no tonle index at /nonexistent/tonle-index") != std::string::npos);
  }
}

}  // namespace tonle
