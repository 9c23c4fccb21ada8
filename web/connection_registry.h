// connection_registry.h — the server's table of open connections: admits or refuses each new one
// (a cap per client address and one in total), tracks what each is doing (idle between requests,
// reading a request, busy being answered) and, when the table is full, makes room by shutting
// down an idle connection first, then one that has been reading a request for too long. Never
// a busy one: an answer in progress always finishes.
//
// Ownership: the registry never owns or closes a socket; it may shutdown() a registered one
// (which wakes its thread). Each connection's thread must release() its entry before it closes
// the socket, so the registry never touches a descriptor number that has been reused.
// Thread-safe: every call takes one internal mutex.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace tonle::web {

struct ConnectionCaps {
  size_t max_total = 1024;       // connections open at once
  size_t max_per_address = 128;  // from one client address
  // A connection that has been reading one request for this long may be shut down to make room
  // (a normal client sends its headers in one packet).
  std::chrono::milliseconds slow_reader_after{1000};
};

// The client a connection is counted against: an IPv4 address as it is, an IPv6 address by its
// /64 prefix ("2001:db8:1:2::/64"; one subscriber usually holds a whole /64).
std::string client_key(const std::string& address);

enum class ConnectionState { kIdle, kReading, kBusy };

// Why a connection was not admitted.
enum class Refusal { kNone, kAddressFull, kServerFull, kStopping };

struct ConnectionStats {
  size_t open = 0;
  size_t idle = 0;
  uint64_t admitted = 0;
  uint64_t refused = 0;  // every refusal since start
  uint64_t evicted = 0;  // idle or slow connections shut down to make room
};

class ConnectionRegistry {
 public:
  using Clock = std::chrono::steady_clock;

  explicit ConnectionRegistry(ConnectionCaps caps) : caps_(caps) {}

  struct Admission {
    uint64_t id = 0;  // valid when refusal is kNone
    Refusal refusal = Refusal::kNone;
  };
  // Registers socket `fd` from client `key` (client_key()) in state kIdle. When it is at its cap the
  // connection is refused (kAddressFull); when the table is full, an idle connection (the
  // longest idle) or else a slow reader (the one reading longest) is shut down to make room,
  // and if there is none the connection is refused (kServerFull). After stop(): kStopping.
  Admission admit(int fd, const std::string& key);

  // Marks a connection idle (waiting for its next request). Returns false once stop() has been
  // called or the connection was shut down to make room: it should close instead of waiting.
  bool set_idle(uint64_t id);
  void set_reading(uint64_t id);
  void set_busy(uint64_t id);
  // Forgets a connection; call before closing its socket.
  void release(uint64_t id);

  // Refuses new connections and shuts down every idle or reading one; busy ones finish their
  // answer (their thread sees stopping() and closes).
  void stop();
  bool stopping() const;

  ConnectionStats stats() const;

 private:
  struct Entry {
    int fd = -1;
    std::string key;  // client_key() of its peer
    ConnectionState state = ConnectionState::kIdle;
    Clock::time_point since;  // when it entered `state`
  };
  void set_state(uint64_t id, ConnectionState s);
  // Shuts down and forgets the best candidate to make room; returns false if there is none.
  bool evict_one();
  void forget(std::unordered_map<uint64_t, Entry>::iterator it);

  const ConnectionCaps caps_;
  mutable std::mutex mu_;
  std::unordered_map<uint64_t, Entry> entries_;
  std::unordered_map<std::string, size_t> per_client_;
  uint64_t next_id_ = 1;
  bool stopping_ = false;
  ConnectionStats counters_;
};

}  // namespace tonle::web
