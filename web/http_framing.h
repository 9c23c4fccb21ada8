// http_framing.h — strict checks of where a request's body ends (RFC 9112 §6), so that no two
// readers (tonle and a proxy in front of it) can disagree about it and smuggle a request inside
// another: both Content-Length and Transfer-Encoding, differing Content-Lengths, a length that
// is not a plain number, a transfer coding other than "chunked", a body on GET or HEAD (which
// cpp-httplib would never read, leaving it to be parsed as the next request), and a chunked
// body whose chunk sizes or line ends are malformed. cpp-httplib 0.11 accepts all of these.
//
// Pure functions apart from the Stream they are handed; thread-safe.
#pragma once

#include <httplib.h>

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace tonle::web {

struct FramingProblem {
  int status = 400;     // 400, or 413 for a body larger than the limit
  std::string message;  // for people: what is wrong with the request
};

// Checks the framing headers of a request. Returns nullopt when they are sound.
std::optional<FramingProblem> check_framing(std::string_view method, const httplib::Headers& headers,
                                            size_t max_body);

// True if the request's body is chunked (only meaningful once check_framing passed).
bool is_chunked(const httplib::Headers& headers);

// Reads a whole chunked body (chunk sizes of 1-8 hex digits, optional extensions, CRLF line
// ends, no trailers) and returns the exact bytes read, or the problem. Reads nothing past the
// body's end. A body larger than `max_body` is a 413.
std::variant<std::string, FramingProblem> read_chunked_body(httplib::Stream& in, size_t max_body);

}  // namespace tonle::web
