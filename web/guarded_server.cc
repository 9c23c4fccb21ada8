// guarded_server.cc — see guarded_server.h. The connection loop mirrors cpp-httplib 0.11.4's
// process_server_socket (keep-alive count, Connection: close, shutdown then close) with
// tonle's admission, deadlines and framing checks added.
#include "web/guarded_server.h"

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "web/deadline_stream.h"
#include "web/http_framing.h"

namespace tonle::web {

namespace {

// The routing time of the request this thread handles (see GuardedServer::routed_at).
std::chrono::steady_clock::time_point& routed_at_now() {
  thread_local std::chrono::steady_clock::time_point at = std::chrono::steady_clock::now();
  return at;
}

using Clock = std::chrono::steady_clock;

// Set on a request by the connection loop when its framing is refused ("413 why"); removed from
// whatever the client sent, so it cannot be forged.
constexpr const char* kBadFraming = "Tonle-Bad-Framing";
constexpr int kListenBacklog = 4096;  // the kernel caps it at net.core.somaxconn

bool expects_body(const std::string& method) {
  // The methods whose body httplib reads (detail::expect_content).
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE" ||
         method == "PRI";
}

// Closes a connection. After an answer, the write side is shut first and what the client still
// sends is read for a moment, so a close with unread input (which makes the kernel send a
// reset) cannot destroy the answer before the client has read it.
void close_socket(int fd, bool after_answer) {
  if (after_answer) {
    ::shutdown(fd, SHUT_WR);
    auto until = Clock::now() + std::chrono::milliseconds(500);
    char buf[4096];
    for (size_t drained = 0; drained < 64 * 1024;) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
      pollfd p{.fd = fd, .events = POLLIN, .revents = 0};
      if (left <= 0 || ::poll(&p, 1, static_cast<int>(left)) <= 0) {
        break;
      }
      ssize_t n = ::recv(fd, buf, sizeof buf, 0);
      if (n <= 0) {
        break;
      }
      drained += static_cast<size_t>(n);
    }
  }
  ::shutdown(fd, SHUT_RDWR);
  ::close(fd);
}

std::string bind_error(const std::string& host, int port, int err) {
  std::string where = host + ":" + std::to_string(port);
  switch (err) {
    case EADDRINUSE:
      return "port " + std::to_string(port) + " is already in use on " + host +
             " (another tonle serve or another program is listening there)";
    case EADDRNOTAVAIL:
      return "cannot listen on " + where + ": " + host + " is not an address of this machine";
    case EACCES:
      return "cannot listen on " + where + ": permission denied (ports below 1024 need root)";
    default:
      return "cannot listen on " + where + ": " + std::strerror(err);
  }
}

}  // namespace

GuardedServer::GuardedServer(GuardOptions options, BadFramingHandler on_bad_framing)
    : options_(options),
      on_bad_framing_(std::move(on_bad_framing)),
      registry_(ConnectionCaps{.max_total = options.max_connections,
                               .max_per_address = options.max_per_address,
                               .slow_reader_after = options.slow_reader_after}) {
  new_task_queue = [n = options_.max_connections + options_.spare_threads] {
    return new httplib::ThreadPool(n);
  };
  set_payload_max_length(options_.max_body_bytes);
  // Only for the Keep-Alive header httplib writes; the loop below enforces both.
  set_keep_alive_max_count(options_.max_requests_per_connection);
  set_keep_alive_timeout(std::chrono::duration_cast<std::chrono::seconds>(options_.idle_timeout).count());
  set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    routed_at_now() = std::chrono::steady_clock::now();
    if (!req.has_header(kBadFraming)) {
      return HandlerResponse::Unhandled;
    }
    std::string mark = req.get_header_value(kBadFraming);
    size_t space = mark.find(' ');
    res.status = std::stoi(mark.substr(0, space));
    on_bad_framing_(req, res, mark.substr(space + 1));
    return HandlerResponse::Handled;
  });
}

std::chrono::steady_clock::time_point GuardedServer::routed_at() { return routed_at_now(); }

int GuardedServer::bind(const std::string& host, int port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* found = nullptr;
  std::string service = std::to_string(port);
  if (int rc = getaddrinfo(host.empty() ? nullptr : host.c_str(), service.c_str(), &hints, &found); rc != 0) {
    throw std::runtime_error("cannot listen on " + host + ": " + gai_strerror(rc));
  }
  int fd = -1;
  int err = 0;
  for (addrinfo* a = found; a != nullptr && fd < 0; a = a->ai_next) {
    fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0) {
      err = errno;
      continue;
    }
    int yes = 1;
    int no = 0;
    // SO_REUSEADDR lets a restarted server bind while old connections linger in TIME_WAIT; a
    // second live listener on the port is still refused (EADDRINUSE), as it must be.
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    if (a->ai_family == AF_INET6) {
      ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &no, sizeof no);
    }
    if (::bind(fd, a->ai_addr, a->ai_addrlen) != 0 || ::listen(fd, kListenBacklog) != 0) {
      err = errno;
      ::close(fd);
      fd = -1;
    }
  }
  freeaddrinfo(found);
  if (fd < 0) {
    throw std::runtime_error(bind_error(host, port, err));
  }
  svr_sock_ = fd;
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  return addr.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port)
                                    : ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
}

void GuardedServer::shutdown() {
  // httplib's stop() does nothing before listen_after_bind() has started; closing the listening
  // socket ourselves also stops a server that is about to start.
  socket_t sock = svr_sock_.exchange(INVALID_SOCKET);
  if (sock != INVALID_SOCKET) {
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
  }
  registry_.stop();
}

void GuardedServer::refuse(socket_t sock, Refusal why) {
  if (why == Refusal::kStopping) {
    return;
  }
  bool address = why == Refusal::kAddressFull;
  std::string body = std::string(R"({"error":{"code":"too_many_connections","message":")") +
                     (address ? "too many connections from your address" : "the server is full") +
                     R"(; try again shortly"}})";
  std::string head = address ? "HTTP/1.1 429 Too Many Requests\r\n" : "HTTP/1.1 503 Service Unavailable\r\n";
  std::string answer = head + "Content-Type: application/json; charset=utf-8\r\nContent-Length: " +
                       std::to_string(body.size()) + "\r\nRetry-After: 1\r\nConnection: close\r\n\r\n" + body;
  // Never wait here: refusals must stay cheap under a flood. A small answer fits the socket
  // buffer; whatever the client has already sent is read so the close is not a reset.
  (void)::send(sock, answer.data(), answer.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
  ::shutdown(sock, SHUT_WR);
  char buf[4096];
  while (::recv(sock, buf, sizeof buf, MSG_DONTWAIT) > 0) {
  }
}

bool GuardedServer::process_and_close_socket(socket_t sock) {
  int yes = 1;
  ::setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  std::string address;
  int port = -1;
  peer_address(sock, address, port);
  ConnectionRegistry::Admission admission = registry_.admit(sock, client_key(address));
  if (admission.refusal != Refusal::kNone) {
    refuse(sock, admission.refusal);
    close_socket(sock, false);
    return false;
  }
  const uint64_t id = admission.id;
  DeadlineStream stream(sock, options_.write_timeout);
  bool ret = false;
  bool answered_last = false;  // the loop ended right after writing an answer
  for (size_t left = options_.max_requests_per_connection; left > 0; --left) {
    if (svr_sock_ == INVALID_SOCKET || !registry_.set_idle(id) ||
        !stream.wait_for_request(Clock::now() + options_.idle_timeout)) {
      break;
    }
    registry_.set_reading(id);
    stream.start_request(Clock::now() + options_.request_timeout, options_.max_request_bytes);
    bool parsed = false;   // request line and headers were read whole
    bool refused = false;  // its framing was refused: what follows cannot be trusted
    bool connection_closed = false;
    bool close_connection = left == 1 || registry_.stopping();
    ret = process_request(stream, close_connection, connection_closed, [&](httplib::Request& req) {
      parsed = true;
      registry_.set_busy(id);
      refused = screen_framing(req, stream);
    });
    if (!ret || !parsed || refused || connection_closed || close_connection || stream.exceeded()) {
      answered_last = ret && !stream.exceeded();
      break;
    }
  }
  registry_.release(id);  // before close: the registry must never see a reused descriptor
  close_socket(sock, answered_last);
  return ret;
}

bool GuardedServer::screen_framing(httplib::Request& req, DeadlineStream& stream) {
  req.headers.erase(kBadFraming);
  std::optional<FramingProblem> problem = check_framing(req.method, req.headers, options_.max_body_bytes);
  bool body = expects_body(req.method);
  if (!problem && body && is_chunked(req.headers)) {
    if (req.get_header_value("Expect") == "100-continue") {
      stream.write("HTTP/1.1 100 Continue\r\n\r\n");  // the client waits for it before the body
      req.headers.erase("Expect");
    }
    auto read = read_chunked_body(stream, options_.max_body_bytes);
    if (auto* p = std::get_if<FramingProblem>(&read)) {
      problem = *p;
    } else {
      stream.unread(std::get<std::string>(read));  // valid: httplib reads it again
    }
  } else if (!problem && body && !req.has_header("Content-Length") && !is_chunked(req.headers)) {
    // RFC 9112 §6.3: a request with neither has no body; httplib would read until the close.
    req.headers.emplace("Content-Length", "0");
  }
  if (!problem) {
    return false;
  }
  req.headers.emplace(kBadFraming, std::to_string(problem->status) + " " + problem->message);
  req.headers.erase("Connection");
  req.headers.emplace("Connection", "close");  // the answer says so; the loop then closes
  return true;
}

}  // namespace tonle::web
