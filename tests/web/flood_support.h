// flood_support.h — attackers and a measuring client for the connection-flood tests. Attackers
// are raw non-blocking sockets from loopback addresses of their own (127.0.0.2 and up, all
// routed to lo on Linux), kept at strength by one background thread that reconnects what the
// server closed; the measuring client connects from 127.0.0.1, so per-address caps apply to the
// attackers only. Header-only; a Flood is driven by its own thread, the rest by the caller's.
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <httplib.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

namespace tonle::testing {

// Raises the soft open-file limit to at least `want` (up to the hard limit).
inline void raise_open_file_limit(rlim_t want) {
  rlimit lim{};
  getrlimit(RLIMIT_NOFILE, &lim);
  if (lim.rlim_cur < want) {
    lim.rlim_cur = std::min(want, lim.rlim_max);
    setrlimit(RLIMIT_NOFILE, &lim);
  }
}

// A TCP connection from `source` to 127.0.0.1:port; -1 on failure. Non-blocking unless `wait`.
inline int connect_from(const std::string& source, int port, bool wait = false) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | (wait ? 0 : SOCK_NONBLOCK), 0);
  if (fd < 0) {
    return -1;
  }
  sockaddr_in from{};
  from.sin_family = AF_INET;
  inet_pton(AF_INET, source.c_str(), &from.sin_addr);
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(static_cast<uint16_t>(port));
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::bind(fd, reinterpret_cast<sockaddr*>(&from), sizeof from) != 0 ||
      (::connect(fd, reinterpret_cast<sockaddr*>(&to), sizeof to) != 0 && errno != EINPROGRESS)) {
    ::close(fd);
    return -1;
  }
  return fd;
}

// "127.0.0.2", "127.0.0.3", ...: `n` attacker addresses.
inline std::vector<std::string> attacker_addresses(size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    out.push_back("127.0." + std::to_string((i + 2) / 250) + "." + std::to_string((i + 2) % 250));
  }
  return out;
}

enum class FloodKind {
  kIdle,       // connect and send nothing
  kSlowloris,  // send a request head that never ends, one byte at a time
};

struct FloodOptions {
  FloodKind kind = FloodKind::kIdle;
  size_t connections = 100;
  int port = 0;
  std::vector<std::string> sources = {"127.0.0.2"};  // connections are spread over these
  std::chrono::milliseconds byte_every{1000};       // slowloris: one byte per connection per this
  size_t reconnects_per_second = 200;                // re-opening what the server closed
};

// Holds `connections` attacker connections open until destroyed.
class Flood {
 public:
  explicit Flood(FloodOptions o) : o_(std::move(o)), fds_(o_.connections, -1), sent_(o_.connections, 0) {
    for (size_t i = 0; i < fds_.size(); ++i) {
      fds_[i] = connect_from(o_.sources[i % o_.sources.size()], o_.port);
    }
    thread_ = std::thread([this] { run(); });
  }
  ~Flood() {
    stop_ = true;
    thread_.join();
    for (int fd : fds_) {
      if (fd >= 0) {
        ::close(fd);
      }
    }
  }
  Flood(const Flood&) = delete;
  Flood& operator=(const Flood&) = delete;

  size_t reconnects() const { return reconnects_; }

 private:
  void run() {
    static const std::string head = "GET /api/search?q=slow HTTP/1.1\r\nHost: x\r\nX-Slow: ";
    auto next_byte = std::chrono::steady_clock::now();
    std::vector<pollfd> p(fds_.size());
    while (!stop_) {
      for (size_t i = 0; i < fds_.size(); ++i) {
        p[i] = pollfd{.fd = fds_[i], .events = POLLIN, .revents = 0};
      }
      ::poll(p.data(), p.size(), 20);
      size_t budget = std::max<size_t>(1, o_.reconnects_per_second / 50);
      for (size_t i = 0; i < fds_.size(); ++i) {
        bool closed = fds_[i] < 0;
        if (!closed && (p[i].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
          char buf[4096];
          ssize_t n = ::recv(fds_[i], buf, sizeof buf, MSG_DONTWAIT);
          closed = n == 0 || (n < 0 && errno != EAGAIN);
        }
        if (closed && budget > 0) {
          --budget;
          if (fds_[i] >= 0) {
            ::close(fds_[i]);
          }
          fds_[i] = connect_from(o_.sources[i % o_.sources.size()], o_.port);
          sent_[i] = 0;
          ++reconnects_;
        }
      }
      if (o_.kind == FloodKind::kSlowloris && std::chrono::steady_clock::now() >= next_byte) {
        next_byte += o_.byte_every;
        for (size_t i = 0; i < fds_.size(); ++i) {
          char c = sent_[i] < head.size() ? head[sent_[i]] : 'a';
          if (fds_[i] >= 0 && ::send(fds_[i], &c, 1, MSG_NOSIGNAL | MSG_DONTWAIT) == 1) {
            ++sent_[i];
          }
        }
      }
    }
  }

  FloodOptions o_;
  std::vector<int> fds_;
  std::vector<size_t> sent_;
  std::atomic<bool> stop_{false};
  std::atomic<size_t> reconnects_{0};
  std::thread thread_;
};

// Seconds each of `n` GETs of `path` took from 127.0.0.1, each on a new connection, `pause`
// apart, sorted; a failed request counts as `timeout`.
inline std::vector<double> time_requests(int port, const std::string& path, size_t n, double timeout = 10,
                                         std::chrono::milliseconds pause = std::chrono::milliseconds(0)) {
  std::vector<double> seconds;
  for (size_t i = 0; i < n; ++i) {
    std::this_thread::sleep_for(pause);
    httplib::Client c("127.0.0.1", port);
    c.set_connection_timeout(static_cast<time_t>(timeout), 0);
    c.set_read_timeout(static_cast<time_t>(timeout), 0);
    auto start = std::chrono::steady_clock::now();
    auto res = c.Get(path.c_str());
    double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    seconds.push_back(res && res->status == 200 ? took : timeout);
  }
  std::sort(seconds.begin(), seconds.end());
  return seconds;
}

// The p-th percentile (0..1) of sorted values, nearest rank.
inline double percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) {
    return 0;
  }
  size_t rank = static_cast<size_t>(p * static_cast<double>(sorted.size()) + 0.999999);
  return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

}  // namespace tonle::testing
