// kill_test.cc — SIGKILL the indexer at many points of full rebuilds and --update runs while a
// server answers searches from the same database: every answer must come from a whole index
// (the old or the new article count, never anything else, never an error), and the next run
// must succeed.
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <thread>

#include "indexer/index_store.h"
#include "test_support.h"
#include "web/server.h"

namespace tonle {

namespace fs = std::filesystem;

namespace {

// Writes `count` articles made from the corpus, each with a distinct id and marker word.
void write_articles(const fs::path& dir, size_t first, size_t count) {
  std::vector<std::string> texts;
  for (const auto& e : fs::directory_iterator(testing::corpus_dir())) {
    if (e.path().extension() == ".txt") {
      texts.push_back(testing::read_file(e.path()));
    }
  }
  for (size_t i = first; i < first + count; ++i) {
    testing::write_file(dir / ("a" + std::to_string(i) + ".txt"),
                        texts[i % texts.size()] + "\n\nMarker word zq" + std::to_string(i) + ".\n");
  }
}

pid_t spawn_index(const fs::path& in, const fs::path& db, bool update) {
  pid_t pid = fork();
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 1);
    dup2(devnull, 2);
    execl(TONLE_BIN, "tonle", "index", in.c_str(), "--db", db.c_str(), "--quiet",
          update ? "--update" : nullptr, static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

int run_index_to_end(const fs::path& in, const fs::path& db, bool update) {
  int status = 0;
  waitpid(spawn_index(in, db, update), &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("killing the indexer at any moment never breaks the served index", "[reliability][integration]") {
  testing::TempDir tmp;
  fs::path in = tmp.path() / "in";
  fs::path db = tmp.path() / "db";
#ifdef __SANITIZE_ADDRESS__
  // Index runs are about six times slower under ASan, and each of the 16 rounds rebuilds or
  // updates all of them twice: 400 took 128 s alone and over 300 s beside other tests in CI.
  // 200 still take an ASan run longer than most kill delays (5-1500 ms).
  size_t articles = 200;
  // And fewer rounds: each index run loads the gazetteer anew, seconds under ASan (CI #31: 177 s
  // for 16 rounds beside other tests, against a 300 s limit).
  constexpr int kRounds = 10;
#else
  size_t articles = 1200;
  constexpr int kRounds = 16;
#endif
  write_articles(in, 0, articles);
  REQUIRE(run_index_to_end(in, db, false) == 0);

  web::Server server({.db = db, .port = 0, .static_dir = testing::source_dir() / "web" / "static",
                      .threads = 4, .access_log = nullptr});
  int port = server.bind();
  std::thread serving([&] { server.run(); });

  // Readers: every answer must be a 200 with a whole index's article count.
  std::atomic<size_t> allowed_low{articles}, allowed_high{articles};
  std::atomic<bool> stop{false};
  std::atomic<size_t> answers{0}, bad{0}, shed{0};
  std::string first_bad;
  std::mutex bad_mu;
  std::thread reader([&] {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(10, 0);
    while (!stop) {
      // Both bounds only grow: the answer must lie between the lower bound before the request
      // and the upper bound after it.
      size_t low = allowed_low;
      auto res = c.Get("/api/search?q=&per_page=1");
      // Load shed by admission (a 503 saying so, when a starved machine has not yet freed the
      // slots of answered connections) is no answer from the index: counted, asked again.
      if (res && res->status == 503 && res->body.find("too_many_connections") != std::string::npos) {
        ++shed;
        continue;
      }
      size_t total = res && res->status == 200 ? nlohmann::json::parse(res->body)["total"].get<size_t>() : 0;
      size_t high = allowed_high;
      ++answers;
      if (!res || res->status != 200 || total < low || total > high) {
        ++bad;
        std::lock_guard<std::mutex> lock(bad_mu);
        if (first_bad.empty()) {
          first_bad = res ? std::to_string(res->status) + " total " + std::to_string(total) + ": " + res->body
                          : "no answer";
        }
      }
    }
  });

  std::mt19937 rng(42);
  int kills = 0;
  for (int round = 0; round < kRounds; ++round) {
    bool update = round % 2 == 1;
    write_articles(in, articles, 50);  // every run has new work to do
    allowed_high = articles + 50;
    pid_t pid = spawn_index(in, db, update);
    std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(5, 1500)(rng)));
    kills += kill(pid, SIGKILL) == 0 ? 1 : 0;
    int status = 0;
    waitpid(pid, &status, 0);
    // Whatever happened, a reader that opens the database now sees a whole index.
    auto gen = current_generation(db);
    REQUIRE(gen);
    // Finish the job so the next round starts from a known state.
    REQUIRE(run_index_to_end(in, db, update) == 0);
    articles += 50;
    allowed_low = articles;
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  stop = true;
  reader.join();
  httplib::Client c("127.0.0.1", port);
  auto last = c.Get("/api/search?q=zq" + std::to_string(articles - 1));
  REQUIRE(last);
  CHECK(nlohmann::json::parse(last->body)["total"] == 1);
  server.stop();
  serving.join();

  INFO("first bad answer: " << first_bad);
  WARN("killed " << kills << " index runs (rebuilds and updates alternating); " << answers
                 << " searches answered meanwhile, " << bad << " bad, " << shed << " shed by admission");
  CHECK(shed * 100 <= answers);  // shedding stays rare: one sequential client is no flood
  CHECK(kills >= kRounds * 5 / 8);
  CHECK(answers > 100);
  CHECK(bad == 0);
  // Killed rebuilds leave at most the live generation, its predecessor and one half-built one.
  size_t generations = 0;
  for (const auto& e : fs::directory_iterator(db)) {
    generations += e.path().filename().string().starts_with("gen-") ? 1 : 0;
  }
  CHECK(generations <= 3);
}

TEST_CASE("a second indexer on a busy database is refused with a clear message", "[reliability][integration]") {
  testing::TempDir tmp;
  fs::path in = tmp.path() / "in";
  write_articles(in, 0, 1500);
  pid_t first = spawn_index(in, tmp.path() / "db", false);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  testing::CommandRun second = testing::run_tonle("index " + testing::quoted(in) + " --db " +
                                                  testing::quoted(tmp.path() / "db") + " --quiet");
  int code = second.code;
  const std::string& out = second.out;
  int first_status = 0;
  waitpid(first, &first_status, 0);
  int first_code = WEXITSTATUS(first_status);
  // One run writes the index; the other, if they overlapped, is refused with exit 2. Which one
  // is refused depends on which takes the lock first: on a loaded machine (CI's sanitizer
  // builds) the first process can still be starting when the second runs.
  CHECK((first_code == 0 || code == 0));
  if (first_code == 0 && code == 0) {
    WARN("the first run finished before the second started; nothing to refuse on this machine");
  } else if (first_code == 0) {
    CHECK(code == 2);
    CHECK(out.find("another tonle index run is already writing") != std::string::npos);
  } else {
    CHECK(first_code == 2);
    WARN("the second run took the lock first (the first was still starting); the first was refused");
  }
}

}  // namespace tonle
