// hostile_input_test.cc — `tonle index` on a folder of hostile files: a 100 MB file, an
// over-long article, deeply nested and enormous HTML, a symlink loop, a FIFO, NUL bytes,
// invalid UTF-8, broken JSON Lines, odd names. One clear line each, everything else indexed,
// no crash, no hang, and bounded memory.
#include <sys/resource.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "searcher/index_reader.h"
#include "test_support.h"

namespace tonle {

namespace fs = std::filesystem;

TEST_CASE("hostile files are skipped one line each, the rest indexed, memory bounded",
          "[indexer][hostile][integration]") {
  testing::TempDir tmp;
  fs::path in = tmp.path() / "in";
  testing::write_file(in / "good.txt", "A good headline\nThe ministry said the report was biased.");
  testing::write_file(in / "sub dir \xE1\x9E\x80" / "spaced name \xC3\xA9.txt", "Spaced headline\nBody.");
  {
    std::ofstream big(in / "huge.txt", std::ios::binary);
    std::string line(1024 * 1024, 'a');
    for (int i = 0; i < 100; ++i) {
      big << line;
    }
  }
  std::string para;
  for (int i = 0; i < 200000; ++i) {
    para += "word" + std::to_string(i % 97) + " ";
  }
  testing::write_file(in / "long.txt", "Long headline\n" + para);
  std::string deep = "<html><body>";
  for (int i = 0; i < 50000; ++i) {
    deep += "<div>";
  }
  testing::write_file(in / "deep.html", deep + "<p>x</p></body></html>");
  std::string enormous = "<html><body><article><h1>Enormous</h1>";
  for (int i = 0; i < 100000; ++i) {
    enormous += "<p>Paragraph " + std::to_string(i) + " of the enormous page.</p>";
  }
  testing::write_file(in / "enormous.html", enormous + "</article></body></html>");
  testing::write_file(in / "nul.txt", std::string("Head\0line\nbody", 14));
  testing::write_file(in / "latin1.txt", "Caf\xE9\n");
  testing::write_file(in / "feed.jsonl", "{\"id\":\"j1\",\"title\":\"T\",\"body\":\"B\"}\n{\"id\":\n");
  fs::create_symlink("loop.txt", in / "loop.txt");
  fs::create_directory_symlink("..", in / "dirloop");
  REQUIRE(mkfifo((in / "pipe.txt").c_str(), 0644) == 0);

  testing::CommandRun run = testing::run_tonle("index " + testing::quoted(in) + " --db " +
                                               testing::quoted(tmp.path() / "db") + " --quiet");
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  const std::string& out = run.out;
  INFO(out);
  CHECK(run.code == 1);
  for (const char* line : {"huge.txt: too large (100 MiB; the limit is 64 MiB", "long.txt: article \"long\": text longer than 1 MiB",
                           "deep.html: HTML nested 50002 elements deep", "nul.txt: binary file",
                           "latin1.txt: not UTF-8: read as windows-1252", "feed.jsonl: line 2: not a JSON object",
                           "loop.txt: not a regular file", "pipe.txt: not a regular file"}) {
    CHECK(out.find(line) != std::string::npos);
  }
  IndexReader reader(tmp.path() / "db");
  CHECK(reader.article_count() == 6);  // good, spaced, long (truncated), enormous, latin1, j1
  CHECK(reader.article("sub dir \xE1\x9E\x80/spaced name \xC3\xA9"));
  CHECK(usage.ru_maxrss < 700 * 1024);  // KiB: the 100 MB file is never read
}

}  // namespace tonle
