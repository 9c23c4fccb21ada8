// shards_test.cc — facet counts stay exact when the index is split into shards served by
// Xapian's own remote server (xapian-tcpsrv): the corpus is indexed as two shards, each served by
// its own xapian-tcpsrv on loopback, searched as one remote database, and every facet's counts
// are compared with those of the single local index.
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "corpus_index.h"
#include "searcher/facet_counter.h"
#include "searcher/match_all.h"

namespace tonle {

namespace {

int free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

// One xapian-tcpsrv child serving `db` on loopback; it and the children it forks per connection
// are killed on destruction.
struct RemoteShard {
  int port = free_port();
  pid_t pid = -1;
  explicit RemoteShard(const std::filesystem::path& db) {
    // Everything the child needs is made before fork(): a child of a threaded process must not
    // allocate before exec.
    std::string port_text = std::to_string(port);
    int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    pid = fork();
    if (pid == 0) {
      setpgid(0, 0);  // its own process group: xapian-tcpsrv signals its group when it stops
      // Not the test's stdout: a connection child still alive would hold ctest's pipe open, and
      // ctest waits for the pipe (the test then "times out" after it passed).
      dup2(null, STDOUT_FILENO);
      dup2(null, STDERR_FILENO);
      execlp("xapian-tcpsrv", "xapian-tcpsrv", "--interface", "127.0.0.1", "--port", port_text.c_str(),
             "--quiet", db.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    close(null);
    setpgid(pid, pid);  // also from this side, so the group exists before any kill
  }
  ~RemoteShard() {
    kill(-pid, SIGTERM);
    waitpid(pid, nullptr, 0);
    kill(-pid, SIGKILL);  // a connection child that outlived its server
  }
  Xapian::Database open() const {
    for (int attempt = 0;; ++attempt) {
      try {
        return Xapian::Remote::open("127.0.0.1", static_cast<unsigned>(port));
      } catch (const Xapian::NetworkError&) {
        if (attempt > 100) {
          throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
  }
};

std::vector<std::pair<Facet, std::vector<FacetValueCount>>> count_all(const Xapian::Database& db,
                                                                     FacetStrategy strategy) {
  std::vector<Facet> all(kAllFacets.begin(), kAllFacets.end());
  FacetCounter counter(db, all, strategy);
  Xapian::Enquire e(db);
  e.set_query(match_all());
  counter.attach(e);
  e.get_mset(0, 10, db.get_doccount());
  std::vector<std::pair<Facet, std::vector<FacetValueCount>>> out;
  for (Facet f : all) {
    out.emplace_back(f, counter.counts(f));
  }
  return out;
}

}  // namespace

TEST_CASE("facet counts over xapian-tcpsrv shards equal the single index's", "[facets][shards][integration]") {
  testing::TempDir tmp;
  auto corpus = testing::corpus_dir();
  std::vector<std::vector<std::string>> shards = {
      {"000_53f979e27959f980.txt", "001_f78e1c69674aca81.txt", "002_a9e448d2d7f60a4d.txt"},
      {"003_b9fbf3d9378a5c7a.txt", "004_ad849af222343db6.txt"}};
  std::vector<std::unique_ptr<RemoteShard>> servers;
  for (size_t i = 0; i < shards.size(); ++i) {
    auto in = tmp.path() / ("in" + std::to_string(i));
    std::filesystem::create_directories(in);
    for (const std::string& f : shards[i]) {
      std::filesystem::copy_file(corpus / f, in / f);
    }
    std::filesystem::copy_file(corpus / "metadata.json", in / "metadata.json");
    auto db = tmp.path() / ("shard" + std::to_string(i));
    REQUIRE(run_index({.inputs = {in.string()}, .db = db,
                       .gazetteer_path = testing::gazetteer_path(), .threads = 1})
                .exit_code() == 0);
    servers.push_back(std::make_unique<RemoteShard>(db));
  }
  Xapian::Database remote;
  for (const auto& s : servers) {
    remote.add_database(s->open());
  }
  REQUIRE(remote.get_doccount() == 5);
  Xapian::Database local(testing::corpus_index().string());
  // The local index counts with its fast packed slot; the shards with built-in spies only.
  auto want = count_all(local, FacetStrategy::kPacked);
  auto got = count_all(remote, FacetStrategy::kSlots);
  REQUIRE(got.size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    INFO(facet_name(want[i].first));
    REQUIRE(got[i].second.size() == want[i].second.size());
    for (size_t k = 0; k < want[i].second.size(); ++k) {
      CHECK(got[i].second[k].value == want[i].second[k].value);
      CHECK(got[i].second[k].count == want[i].second[k].count);
    }
  }
}

}  // namespace tonle
