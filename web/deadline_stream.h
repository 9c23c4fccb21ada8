// deadline_stream.h — one client connection as an httplib::Stream whose limits are per request,
// not per read: every byte of a request must arrive before the request's deadline (a client
// sending a header a byte a second is cut off when the deadline passes, however steadily it
// sends), a request may not exceed a byte budget, and a whole response must be written before
// its own deadline. Waits use poll(), so descriptors above FD_SETSIZE are fine.
//
// Ownership: borrows the socket (the caller closes it). Bytes read ahead of the current request
// (pipelining) stay buffered for the next one. Not thread-safe: one connection, one thread.
#pragma once

#include <httplib.h>

#include <chrono>
#include <string>

namespace tonle::web {

class DeadlineStream final : public httplib::Stream {
 public:
  using Clock = std::chrono::steady_clock;

  DeadlineStream(int fd, Clock::duration write_budget);

  // Starts a request: its bytes must all be read before `deadline`, at most `max_bytes` of them.
  void start_request(Clock::time_point deadline, size_t max_bytes);
  // Waits until the next request's first byte is here (true), or `until` passes, the peer
  // closes or the socket is shut down (false: the connection should end).
  bool wait_for_request(Clock::time_point until);
  // True once a read failed because the deadline passed or the byte budget ran out.
  bool exceeded() const { return exceeded_; }
  // Puts bytes back in front of what is still to be read (they count against nothing twice).
  void unread(const std::string& bytes);

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  using httplib::Stream::write;  // write(const char*) and write(const std::string&)
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return fd_; }

 private:
  // poll() for `events` until `deadline`; true if ready.
  bool wait(short events, Clock::time_point deadline) const;

  int fd_;
  Clock::duration write_budget_;
  Clock::time_point read_deadline_;
  Clock::time_point write_deadline_;
  bool writing_ = false;  // write_deadline_ is set for the current response
  size_t bytes_left_ = 0;
  bool exceeded_ = false;
  std::string buffer_;  // read from the socket, not yet handed out
  size_t buffer_off_ = 0;
};

// The numeric address of a socket's peer ("127.0.0.2", "::1"; IPv4-mapped IPv6 addresses as
// plain IPv4) and port, or "" and -1 if it has none.
void peer_address(int fd, std::string& ip, int& port);

}  // namespace tonle::web
