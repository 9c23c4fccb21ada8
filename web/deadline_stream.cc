// deadline_stream.cc — see deadline_stream.h.
#include "web/deadline_stream.h"

#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace tonle::web {

namespace {

constexpr size_t kReadChunk = 4096;

void numeric_address(const sockaddr_storage& addr, socklen_t len, std::string& ip, int& port) {
  ip.clear();
  port = -1;
  char host[NI_MAXHOST];
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&addr), len, host, sizeof host, nullptr, 0,
                  NI_NUMERICHOST) != 0) {
    return;
  }
  ip = host;
  if (ip.starts_with("::ffff:") && ip.find('.') != std::string::npos) {
    ip.erase(0, 7);  // an IPv4 client of a dual-stack socket: one address, one cap
  }
  if (addr.ss_family == AF_INET) {
    port = ntohs(reinterpret_cast<const sockaddr_in*>(&addr)->sin_port);
  } else if (addr.ss_family == AF_INET6) {
    port = ntohs(reinterpret_cast<const sockaddr_in6*>(&addr)->sin6_port);
  }
}

}  // namespace

void peer_address(int fd, std::string& ip, int& port) {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (getpeername(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    ip.clear();
    port = -1;
    return;
  }
  numeric_address(addr, len, ip, port);
}

DeadlineStream::DeadlineStream(int fd, Clock::duration write_budget)
    : fd_(fd), write_budget_(write_budget) {}

void DeadlineStream::start_request(Clock::time_point deadline, size_t max_bytes) {
  read_deadline_ = deadline;
  bytes_left_ = max_bytes;
  exceeded_ = false;
  writing_ = false;
}

bool DeadlineStream::wait(short events, Clock::time_point deadline) const {
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    // Round up, so a deadline a fraction of a millisecond away is still waited for.
    int timeout = left.count() < 0 ? 0 : static_cast<int>(std::min<long long>(left.count() + 1, 60'000));
    pollfd p{.fd = fd_, .events = events, .revents = 0};
    int n = ::poll(&p, 1, timeout);
    if (n > 0) {
      return (p.revents & POLLNVAL) == 0;  // POLLHUP/POLLERR: the read or write reports it
    }
    if (n < 0 && errno != EINTR) {
      return false;
    }
    if (n == 0 && Clock::now() >= deadline) {
      return false;
    }
  }
}

bool DeadlineStream::wait_for_request(Clock::time_point until) {
  if (buffer_off_ < buffer_.size()) {
    return true;  // a pipelined request is already here
  }
  if (!wait(POLLIN, until)) {
    return false;
  }
  char c;
  ssize_t n = ::recv(fd_, &c, 1, MSG_PEEK | MSG_DONTWAIT);
  return n > 0;  // 0: the peer closed; <0: shut down or reset
}

void DeadlineStream::unread(const std::string& bytes) {
  buffer_ = bytes + buffer_.substr(buffer_off_);
  buffer_off_ = 0;
  bytes_left_ += bytes.size();
}

bool DeadlineStream::is_readable() const {
  return buffer_off_ < buffer_.size() || wait(POLLIN, read_deadline_);
}

bool DeadlineStream::is_writable() const {
  return wait(POLLOUT, writing_ ? write_deadline_ : Clock::now() + write_budget_);
}

ssize_t DeadlineStream::read(char* ptr, size_t size) {
  if (bytes_left_ == 0) {
    exceeded_ = true;  // the request is larger than any this server accepts
    return -1;
  }
  if (buffer_off_ >= buffer_.size()) {
    if (!wait(POLLIN, read_deadline_)) {
      exceeded_ = Clock::now() >= read_deadline_;
      return -1;
    }
    buffer_.resize(kReadChunk);
    buffer_off_ = 0;
    ssize_t n = ::recv(fd_, buffer_.data(), buffer_.size(), 0);
    if (n <= 0) {
      buffer_.clear();
      return n;
    }
    buffer_.resize(static_cast<size_t>(n));
  }
  size_t n = std::min({size, buffer_.size() - buffer_off_, bytes_left_});
  std::memcpy(ptr, buffer_.data() + buffer_off_, n);
  buffer_off_ += n;
  bytes_left_ -= n;
  if (buffer_off_ == buffer_.size()) {
    buffer_.clear();
    buffer_off_ = 0;
  }
  return static_cast<ssize_t>(n);
}

ssize_t DeadlineStream::write(const char* ptr, size_t size) {
  if (!writing_) {
    writing_ = true;  // the whole response shares one deadline, however it is cut into writes
    write_deadline_ = Clock::now() + write_budget_;
  }
  if (!wait(POLLOUT, write_deadline_)) {
    return -1;
  }
  return ::send(fd_, ptr, size, MSG_NOSIGNAL);
}

void DeadlineStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  peer_address(fd_, ip, port);
}

void DeadlineStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    ip.clear();
    port = -1;
    return;
  }
  numeric_address(addr, len, ip, port);
}

}  // namespace tonle::web
