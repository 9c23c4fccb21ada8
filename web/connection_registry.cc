// connection_registry.cc — see connection_registry.h.
#include "web/connection_registry.h"

#include <arpa/inet.h>
#include <sys/socket.h>

#include <algorithm>

namespace tonle::web {

std::string client_key(const std::string& address) {
  in6_addr a{};
  if (address.find(':') == std::string::npos || inet_pton(AF_INET6, address.c_str(), &a) != 1) {
    return address;
  }
  std::fill(a.s6_addr + 8, a.s6_addr + 16, 0);
  char buf[INET6_ADDRSTRLEN];
  inet_ntop(AF_INET6, &a, buf, sizeof buf);
  return std::string(buf) + "/64";
}

ConnectionRegistry::Admission ConnectionRegistry::admit(int fd, const std::string& key) {
  std::lock_guard<std::mutex> lock(mu_);
  Admission a;
  if (stopping_) {
    a.refusal = Refusal::kStopping;
  } else if (per_client_[key] >= caps_.max_per_address) {
    a.refusal = Refusal::kAddressFull;
  } else if (entries_.size() >= caps_.max_total && !evict_one()) {
    a.refusal = Refusal::kServerFull;
  }
  if (a.refusal != Refusal::kNone) {
    ++counters_.refused;
    if (per_client_[key] == 0) {
      per_client_.erase(key);
    }
    return a;
  }
  a.id = next_id_++;
  entries_[a.id] = Entry{.fd = fd, .key = key, .state = ConnectionState::kIdle,
                         .since = Clock::now()};
  ++per_client_[key];
  ++counters_.admitted;
  return a;
}

bool ConnectionRegistry::evict_one() {
  // Idle connections go first (the longest idle), then requests that have been arriving for
  // longer than a normal client needs (the slowest); busy ones never.
  auto now = Clock::now();
  auto best = entries_.end();
  for (auto it = entries_.begin(); it != entries_.end(); ++it) {
    const Entry& e = it->second;
    bool candidate = e.state == ConnectionState::kIdle ||
                     (e.state == ConnectionState::kReading && now - e.since >= caps_.slow_reader_after);
    if (!candidate) {
      continue;
    }
    if (best == entries_.end()) {
      best = it;
      continue;
    }
    const Entry& b = best->second;
    bool better_kind = e.state == ConnectionState::kIdle && b.state != ConnectionState::kIdle;
    bool same_kind_older = e.state == b.state && e.since < b.since;
    if (better_kind || same_kind_older) {
      best = it;
    }
  }
  if (best == entries_.end()) {
    return false;
  }
  ::shutdown(best->second.fd, SHUT_RDWR);  // its thread wakes up, sees the end and closes
  ++counters_.evicted;
  forget(best);
  return true;
}

void ConnectionRegistry::forget(std::unordered_map<uint64_t, Entry>::iterator it) {
  auto count = per_client_.find(it->second.key);
  if (count != per_client_.end() && --count->second == 0) {
    per_client_.erase(count);
  }
  entries_.erase(it);
}

void ConnectionRegistry::set_state(uint64_t id, ConnectionState s) {
  auto it = entries_.find(id);
  if (it != entries_.end()) {
    it->second.state = s;
    it->second.since = Clock::now();
  }
}

bool ConnectionRegistry::set_idle(uint64_t id) {
  std::lock_guard<std::mutex> lock(mu_);
  if (stopping_ || !entries_.contains(id)) {
    return false;
  }
  set_state(id, ConnectionState::kIdle);
  return true;
}

void ConnectionRegistry::set_reading(uint64_t id) {
  std::lock_guard<std::mutex> lock(mu_);
  set_state(id, ConnectionState::kReading);
}

void ConnectionRegistry::set_busy(uint64_t id) {
  std::lock_guard<std::mutex> lock(mu_);
  set_state(id, ConnectionState::kBusy);
}

void ConnectionRegistry::release(uint64_t id) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = entries_.find(id);
  if (it != entries_.end()) {
    forget(it);
  }
}

void ConnectionRegistry::stop() {
  std::lock_guard<std::mutex> lock(mu_);
  stopping_ = true;
  for (auto& [id, e] : entries_) {
    if (e.state != ConnectionState::kBusy) {
      ::shutdown(e.fd, SHUT_RDWR);
    }
  }
}

bool ConnectionRegistry::stopping() const {
  std::lock_guard<std::mutex> lock(mu_);
  return stopping_;
}

ConnectionStats ConnectionRegistry::stats() const {
  std::lock_guard<std::mutex> lock(mu_);
  ConnectionStats s = counters_;
  s.open = entries_.size();
  for (const auto& [id, e] : entries_) {
    s.idle += e.state == ConnectionState::kIdle ? 1 : 0;
  }
  return s;
}

}  // namespace tonle::web
