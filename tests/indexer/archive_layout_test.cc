// archive_layout_test.cc — real archive layouts: folders that reuse file names, files and folders
// moved or renamed between --update runs, file names that are not UTF-8, legacy encodings, and
// JSON Lines files larger than one read. Every article must be kept, under an id that names it.
#include <xapian.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>

#include "core/schema.h"
#include "indexer/indexer.h"
#include "indexer/metadata.h"
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

// BBC News's own layout: topic folders that each hold 001.txt, 002.txt, ...
void write_topic_folders(const fs::path& root, const std::vector<std::string>& topics, int per_topic) {
  for (const std::string& topic : topics) {
    for (int i = 1; i <= per_topic; ++i) {
      std::string n = std::to_string(i);
      write_file(root / topic / (std::string(3 - n.size(), '0') + n + ".txt"),
                 "A " + topic + " story number " + n + "\nThe " + topic + " desk filed story " + n + ".");
    }
  }
}

std::set<std::string> ids_of(const fs::path& db) {
  Xapian::Database x(db.string());
  std::set<std::string> out;
  const std::string prefix(schema::kIdPrefix);
  for (auto t = x.allterms_begin(prefix); t != x.allterms_end(prefix); ++t) {
    out.insert((*t).substr(prefix.size()));
  }
  return out;
}

}  // namespace

TEST_CASE("folders that reuse file names keep every article under its path", "[indexer][layout][integration]") {
  TempDir tmp;
  write_topic_folders(tmp.path() / "bbc", {"business", "sport", "tech"}, 4);
  std::vector<std::string> problems;
  IndexOptions o = options(tmp.path() / "bbc", tmp.path() / "db");
  o.on_problem = [&](const std::string& p) { problems.push_back(p); };
  IndexSummary s = run_index(o);
  CHECK(problems.empty());
  CHECK(s.exit_code() == 0);
  CHECK(s.total_articles == 12);
  IndexReader reader(tmp.path() / "db");
  CHECK(reader.article_count() == 12);
  CHECK(reader.article("business/001")->title == "A business story number 1");
  CHECK(reader.article("sport/001")->title == "A sport story number 1");
  CHECK(reader.article("tech/004")->title == "A tech story number 4");
}

TEST_CASE("the same relative name under two inputs keeps both, and says so", "[indexer][layout][integration]") {
  TempDir tmp;
  write_file(tmp.path() / "one" / "001.txt", "First outlet story\nBody one.");
  write_file(tmp.path() / "two" / "001.txt", "Second outlet story\nBody two.");
  std::vector<std::string> problems;
  IndexOptions o{.inputs = {(tmp.path() / "one").string(), (tmp.path() / "two").string()},
                 .db = tmp.path() / "db",
                 .gazetteer_path = testing::gazetteer_path(),
                 .threads = 2};
  o.on_problem = [&](const std::string& p) { problems.push_back(p); };
  IndexSummary s = run_index(o);
  CHECK(s.total_articles == 2);
  IndexReader reader(tmp.path() / "db");
  CHECK(reader.article("001")->title == "First outlet story");
  REQUIRE(reader.article("001.txt"));
  CHECK(reader.article("001.txt")->title == "Second outlet story");
  REQUIRE(problems.size() == 1);  // both paths named, nothing replaced silently
  CHECK(problems[0].find("one/001.txt") != std::string::npos);
  CHECK(problems[0].find("two/001.txt") != std::string::npos);
}

TEST_CASE("an update follows a moved file and a renamed folder without losing articles",
          "[indexer][layout][update][integration]") {
  TempDir tmp;
  fs::path in = tmp.path() / "in";
  fs::path db = tmp.path() / "db";
  write_topic_folders(in, {"politics", "world"}, 5);
  REQUIRE(run_index(options(in, db)).total_articles == 10);

  fs::rename(in / "world" / "003.txt", in / "politics" / "103.txt");  // a file moved
  IndexSummary moved = run_index(options(in, db, true));
  CHECK(moved.exit_code() == 0);
  CHECK(moved.files_moved == 1);
  CHECK(moved.files_removed == 0);  // counted once, as moved
  CHECK(moved.total_articles == 10);
  CHECK(IndexReader(db).article("politics/103")->title == "A world story number 3");
  CHECK_FALSE(IndexReader(db).article("world/003"));

  fs::rename(in / "politics", in / "national");  // a whole folder renamed
  IndexSummary renamed = run_index(options(in, db, true));
  CHECK(renamed.exit_code() == 0);
  CHECK(renamed.files_moved == 6);
  CHECK(renamed.files_removed == 0);
  CHECK(renamed.total_articles == 10);
  std::set<std::string> ids = ids_of(db);
  CHECK(ids.size() == 10);
  CHECK(ids.contains("national/001"));
  CHECK(ids.contains("national/103"));
  CHECK_FALSE(ids.contains("politics/001"));

  IndexSummary again = run_index(options(in, db, true));  // and a later update is a no-op
  CHECK(again.files_unchanged == 10);
  CHECK(again.total_articles == 10);
}

TEST_CASE("an update over an index from before ids were paths rebuilds it, with a note",
          "[indexer][layout][update][integration]") {
  TempDir tmp;
  fs::path in = tmp.path() / "in";
  fs::path db = tmp.path() / "db";
  write_topic_folders(in, {"business", "sport"}, 2);
  REQUIRE(run_index(options(in, db)).total_articles == 4);
  {
    // What tonle wrote before: schema 1, whose ids were file stems.
    Xapian::WritableDatabase w((db / IndexReader(db).generation()).string(), Xapian::DB_OPEN);
    w.set_metadata(std::string(schema::kMetaSchemaVersion), "1");
    w.commit();
  }
  std::vector<std::string> notes;
  IndexOptions o = options(in, db, true);
  o.on_note = [&](const std::string& n) { notes.push_back(n); };
  IndexSummary s = run_index(o);
  CHECK(s.exit_code() == 0);
  CHECK(s.total_articles == 4);
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].find("written by an older tonle") != std::string::npos);
  CHECK(IndexReader(db).article("sport/002"));
  CHECK(run_index(options(in, db, true)).files_unchanged == 4);  // and updates in place after
}

TEST_CASE("a file name that is not UTF-8 is indexed under an escaped id, never fatal",
          "[indexer][layout][integration]") {
  TempDir tmp;
  fs::path in = tmp.path() / "in";
  write_file(in / "caf\xE9-report.txt", "Cafe owners report\nThe owners said trade was slow.");
  write_file(in / "tab\there.txt", "Tab headline\nBody.");
  write_file(in / "good.txt", "Good headline\nBody.");
  std::vector<std::string> problems;
  IndexOptions o = options(in, tmp.path() / "db");
  o.on_problem = [&](const std::string& p) { problems.push_back(p); };
  IndexSummary s = run_index(o);
  CHECK(problems.empty());
  CHECK(s.exit_code() == 0);
  IndexReader reader(tmp.path() / "db");
  CHECK(reader.article_count() == 3);
  REQUIRE(reader.article("caf%E9-report"));
  CHECK(reader.article("caf%E9-report")->title == "Cafe owners report");
  CHECK(reader.article("tab%09here"));
  // And --update over the same names is clean too.
  IndexSummary update = run_index(options(in, tmp.path() / "db", true));
  CHECK(update.exit_code() == 0);
  CHECK(update.files_unchanged == 3);
}

TEST_CASE("ids of very long paths are bounded and stay apart", "[indexer][layout][integration]") {
  TempDir tmp;
  fs::path in = tmp.path() / "in";
  std::string folder(120, 'f');
  std::string stem(120, 's');
  write_file(in / folder / (stem + "-one.txt"), "First long story\nBody one.");
  write_file(in / folder / (stem + "-two.txt"), "Second long story\nBody two.");
  IndexSummary s = run_index(options(in, tmp.path() / "db"));
  CHECK(s.exit_code() == 0);
  std::set<std::string> ids = ids_of(tmp.path() / "db");
  REQUIRE(ids.size() == 2);
  for (const std::string& id : ids) {
    CHECK(id.size() <= schema::kMaxArticleIdBytes);
    CHECK(id.starts_with(folder + "/" + std::string(40, 's')));
    CHECK(IndexReader(tmp.path() / "db").article(id));
  }
  // Their update records are keyed by hash (Xapian keys stop at 255 bytes) and still found.
  CHECK(run_index(options(in, tmp.path() / "db", true)).files_unchanged == 2);
  fs::remove(in / folder / (stem + "-two.txt"));
  IndexSummary removed = run_index(options(in, tmp.path() / "db", true));
  CHECK(removed.files_removed == 1);
  CHECK(removed.total_articles == 1);
}

TEST_CASE("a Windows-1252 page is converted with a note, not skipped", "[indexer][layout][integration]") {
  TempDir tmp;
  fs::path in = tmp.path() / "in";
  // 0x93/0x94 are curly quotes and 0x96 a dash in Windows-1252 (control codes in Latin-1).
  write_file(in / "legacy.txt",
             "Minister\x92s caf\xE9 visit\nThe minister said \x93the caf\xE9 is open\x94 \x96 and left.");
  std::vector<std::string> notes;
  IndexOptions o = options(in, tmp.path() / "db");
  o.on_note = [&](const std::string& p) { notes.push_back(p); };
  IndexSummary s = run_index(o);
  CHECK(s.exit_code() == 0);
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].find("legacy.txt: not UTF-8: read as windows-1252") != std::string::npos);
  auto article = IndexReader(tmp.path() / "db").article("legacy");
  REQUIRE(article);
  CHECK(article->title == "Minister\xE2\x80\x99s caf\xC3\xA9 visit");
  CHECK(article->body.find("\xE2\x80\x9Cthe caf\xC3\xA9 is open\xE2\x80\x9D \xE2\x80\x93 and left") !=
        std::string::npos);
}

TEST_CASE("a JSON Lines file larger than one read keeps every line and its line numbers",
          "[indexer][layout][integration]") {
  TempDir tmp;
  fs::path in = tmp.path() / "in";
  auto lines_from = [](int first, int count) {
    std::string out;
    std::string pad(200, 'x');
    for (int i = first; i < first + count; ++i) {
      out += "{\"id\":\"w" + std::to_string(i) + "\",\"title\":\"Wire item " + std::to_string(i) +
             "\",\"body\":\"Filler " + pad + " item.\"}\n";
    }
    return out;
  };
  // About 10 MB of lines, a 20 MiB line no article could be, more lines, a broken last line.
  std::string feed = lines_from(0, 20000) + "{\"id\":\"huge\",\"body\":\"" + std::string(20 << 20, 'y') +
                     "\"}\n" + lines_from(20000, 20000) + "{broken\n";
  write_file(in / "feed.jsonl", feed);
  std::vector<std::string> problems;
  IndexOptions o = options(in, tmp.path() / "db");
  o.on_problem = [&](const std::string& p) { problems.push_back(p); };
  IndexSummary s = run_index(o);
  CHECK(s.total_articles == 40000);
  std::string all;
  for (const std::string& p : problems) {
    all += p + "\n";
  }
  INFO(all);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].find("feed.jsonl: line 20001: longer than 8 MiB; skipped") != std::string::npos);
  CHECK(problems[1].find("feed.jsonl: line 40002: not a JSON object") != std::string::npos);
  IndexReader reader(tmp.path() / "db");
  CHECK(reader.article("w0"));
  CHECK(reader.article("w39999")->title == "Wire item 39999");

  // An update writes the changed file part by part too, and keeps every line.
  write_file(in / "feed.jsonl", feed + lines_from(40000, 10));
  problems.clear();
  IndexOptions u = options(in, tmp.path() / "db", true);
  u.on_problem = [&](const std::string& p) { problems.push_back(p); };
  IndexSummary updated = run_index(u);
  CHECK(updated.total_articles == 40010);
  CHECK(problems.size() == 2);
  CHECK(IndexReader(tmp.path() / "db").article("w40009"));
}

TEST_CASE("a JSON line that starts after an over-long one and runs into the next part is kept",
          "[indexer][layout][integration]") {
  TempDir tmp;
  fs::path in = tmp.path() / "in";
  // A 20 MiB line ends some 4 MiB into the third 8 MiB part; the next line (5 MiB) has no
  // newline in what is left of that part and must be carried on, not taken for another giant.
  std::string feed = "{\"id\":\"giant\",\"body\":\"" + std::string(20 << 20, 'g') + "\"}\n" +
                     "{\"id\":\"long\",\"title\":\"Long report\",\"body\":\"" + std::string(5 << 20, 'w') +
                     "\"}\n{\"id\":\"short\",\"title\":\"Short item\",\"body\":\"Brief.\"}\n";
  write_file(in / "feed.jsonl", feed);
  std::vector<std::string> problems;
  IndexOptions o = options(in, tmp.path() / "db");
  o.on_problem = [&](const std::string& p) { problems.push_back(p); };
  IndexSummary s = run_index(o);
  std::string all;
  for (const std::string& p : problems) {
    all += p + "\n";
  }
  INFO(all);
  CHECK(s.total_articles == 2);
  CHECK(all.find("line 1: longer than 8 MiB; skipped") != std::string::npos);
  CHECK(all.find("line 2: longer than") == std::string::npos);
  IndexReader reader(tmp.path() / "db");
  CHECK(reader.article("long"));
  CHECK(reader.article("short"));
}

TEST_CASE("one bad metadata.json entry is reported and skipped, the rest used", "[indexer][layout][integration]") {
  TempDir tmp;
  fs::path in = tmp.path() / "in";
  write_file(in / "a.txt", "Story a\nBody a.");
  write_file(in / "b.txt", "Story b\nBody b.");
  write_file(in / "c.txt", "Story c\nBody c.");
  write_file(in / "metadata.json", R"({"articles": {
      "a": {"source": "Khmer Times", "date": "2024-03-01"},
      "b": {"source": 42, "date": "2024-03-02"},
      "c": "not an object"}})");
  std::vector<std::string> problems;
  IndexOptions o = options(in, tmp.path() / "db");
  o.on_problem = [&](const std::string& p) { problems.push_back(p); };
  IndexSummary s = run_index(o);
  CHECK(s.total_articles == 3);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].find("metadata.json: \"b\": \"source\" is not a string") != std::string::npos);
  CHECK(problems[1].find("metadata.json: \"c\" is not an object") != std::string::npos);
  IndexReader reader(tmp.path() / "db");
  CHECK(reader.article("a")->source == "Khmer Times");
  CHECK(reader.article("b")->date == Date{2024, 3, 2});
}

TEST_CASE("a metadata.json that is a folder or too large is reported, the articles indexed",
          "[indexer][layout][integration]") {
  TempDir tmp;
  fs::path in = tmp.path() / "in";
  write_file(in / "one" / "a.txt", "Story a\nBody a.");
  fs::create_directories(in / "one" / "metadata.json");
  write_file(in / "two" / "b.txt", "Story b\nBody b.");
  {
    std::ofstream big(in / "two" / "metadata.json", std::ios::binary);
    big << std::string(size_t(kMaxMetadataBytes) + 1, ' ');
  }
  std::vector<std::string> problems;
  IndexOptions o = options(in, tmp.path() / "db");
  o.on_problem = [&](const std::string& p) { problems.push_back(p); };
  IndexSummary s = run_index(o);
  CHECK(s.total_articles == 2);
  REQUIRE(problems.size() == 2);
  std::string all = problems[0] + "\n" + problems[1];
  CHECK(all.find("one/metadata.json: not a regular file; metadata ignored") != std::string::npos);
  CHECK(all.find("two/metadata.json: too large (16 MiB; the limit is 16 MiB); metadata ignored") != std::string::npos);
}

}  // namespace tonle
