// indexer_test.cc — whole index runs on temporary directories: rebuilds, --update, bad files,
// the single-writer lock and the atomic swap.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "indexer/index_store.h"
#include "indexer/indexer.h"
#include "searcher/index_reader.h"
#include "test_support.h"

namespace tonle {

namespace fs = std::filesystem;
using testing::TempDir;
using testing::write_file;

namespace {

IndexOptions options(const fs::path& input, const fs::path& db, bool update = false) {
  return IndexOptions{.inputs = {input.string()},
                      .db = db,
                      .update = update,
                      .gazetteer_path = testing::gazetteer_path(),
                      .threads = 2};
}

void copy_corpus(const fs::path& to) {
  fs::create_directories(to);
  for (const auto& e : fs::directory_iterator(testing::corpus_dir())) {
    fs::copy_file(e.path(), to / e.path().filename());
  }
}

Xapian::doccount termfreq(const fs::path& db, const std::string& term) {
  return Xapian::Database(db.string()).get_termfreq(term);
}

}  // namespace

TEST_CASE("the corpus indexes into one document per article, idempotently", "[indexer][integration]") {
  TempDir tmp;
  fs::path db = tmp.path() / "db";
  IndexSummary s = run_index(options(testing::corpus_dir(), db));
  CHECK(s.exit_code() == 0);
  CHECK(s.articles == 5);
  CHECK(s.total_articles == 5);
  s = run_index(options(testing::corpus_dir(), db));
  CHECK(s.total_articles == 5);
  CHECK(current_generation(db)->number == 2);
  // Chrome words are not searchable.
  for (const char* term : {"ker", "longan", "bodybuilders", "limkokwing"}) {
    INFO(term);
    CHECK(termfreq(db, term) == 0);
  }
  CHECK(termfreq(db, "sokkhoeurn") == 1);
  CHECK(termfreq(db, "XNGOhuman rights watch") == 2);
  CHECK(termfreq(db, "XYR2023") == 4);
}

TEST_CASE("update mode re-indexes new and changed files and drops deleted ones", "[indexer][integration]") {
  TempDir tmp;
  fs::path in = tmp.path() / "in";
  fs::path db = tmp.path() / "db";
  copy_corpus(in);
  REQUIRE(run_index(options(in, db)).exit_code() == 0);

  write_file(in / "new.txt", "Rights group answers\nPHNOM PENH: Licadho said on May 2, 2024 that "
                             "arrests rose.");
  fs::remove(in / "000_53f979e27959f980.txt");
  write_file(in / "004_ad849af222343db6.txt", "Changed headline\nKeo Remy said the kiwifruit "
                                              "report was wrong.");
  IndexSummary s = run_index(options(in, db, /*update=*/true));
  CHECK(s.exit_code() == 0);
  CHECK(s.files_indexed == 2);
  CHECK(s.files_unchanged == 3);
  CHECK(s.files_removed == 1);
  CHECK(s.total_articles == 5);
  CHECK(current_generation(db)->number == 1);  // updated in place, inside one transaction
  IndexReader reader(db);
  CHECK_FALSE(reader.article("000_53f979e27959f980"));
  CHECK(reader.article("004_ad849af222343db6")->title == "Changed headline");
  CHECK(reader.article("new")->date == Date{2024, 5, 2});
  CHECK(termfreq(db, "kiwifruit") == 1);
}

TEST_CASE("bad files are reported one line each and the rest is indexed", "[indexer][integration]") {
  TempDir tmp;
  fs::path in = tmp.path() / "in";
  write_file(in / "good.txt", "A good headline\nThe ministry said it was fine.");
  write_file(in / "empty.txt", "");
  write_file(in / "binary.bin", std::string("\x7f" "ELF\0\0\1", 7));
  write_file(in / "latin1.txt", "Caf\xE9 report\nBody.");
  write_file(in / "feed.jsonl", "{\"id\":\"j1\",\"title\":\"T\",\"body\":\"B\"}\n{broken\n");
  write_file(in / "name with spaces \xC3\xA9.txt", "Spaced headline\nBody text.");
  std::vector<std::string> problems;
  std::vector<std::string> notes;
  IndexOptions o = options(in, tmp.path() / "db");
  o.on_problem = [&](const std::string& line) { problems.push_back(line); };
  o.on_note = [&](const std::string& line) { notes.push_back(line); };
  IndexSummary s = run_index(o);
  CHECK(s.exit_code() == 1);
  CHECK(s.files_skipped == 2);
  CHECK(s.total_articles == 4);
  REQUIRE(problems.size() == 3);
  auto has = [](const std::vector<std::string>& lines, const std::string& needle) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& p) { return p.find(needle) != std::string::npos; });
  };
  CHECK(has(problems, "empty.txt: empty file"));
  CHECK(has(problems, "binary.bin: binary file"));
  CHECK(has(problems, "feed.jsonl: line 2: not a JSON object"));
  CHECK(has(notes, "latin1.txt: not UTF-8: read as windows-1252"));
  CHECK(IndexReader(tmp.path() / "db").article("latin1")->title == "Caf\xC3\xA9 report");
}

TEST_CASE("nothing usable leaves the previous index serving", "[indexer][integration]") {
  TempDir tmp;
  fs::path db = tmp.path() / "db";
  REQUIRE(run_index(options(testing::corpus_dir(), db)).exit_code() == 0);
  write_file(tmp.path() / "junk" / "a.txt", "");
  IndexSummary s = run_index(options(tmp.path() / "junk", db));
  CHECK(s.exit_code() == 2);
  CHECK(IndexReader(db).article_count() == 5);
  CHECK(current_generation(db)->number == 1);
}

TEST_CASE("a second indexer on the same database is refused", "[indexer][integration]") {
  TempDir tmp;
  fs::path db = tmp.path() / "db";
  IndexLock held(db);
  CHECK_THROWS_WITH(run_index(options(testing::corpus_dir(), db)),
                    Catch::Contains("another tonle index run is already writing"));
}

TEST_CASE("a half-built generation left by a killed run is never served and is cleaned up",
          "[indexer][integration]") {
  TempDir tmp;
  fs::path db = tmp.path() / "db";
  REQUIRE(run_index(options(testing::corpus_dir(), db)).exit_code() == 0);
  fs::create_directories(db / "gen-000002");  // as if a rebuild had been killed mid-way
  write_file(db / "gen-000002" / "junk", "half written");
  CHECK(IndexReader(db).article_count() == 5);
  REQUIRE(run_index(options(testing::corpus_dir(), db)).exit_code() == 0);
  CHECK(current_generation(db)->number == 2);  // the half-built one was removed, not published
  CHECK_FALSE(fs::exists(db / "gen-000002" / "junk"));
  CHECK(IndexReader(db).article_count() == 5);
}

}  // namespace tonle
