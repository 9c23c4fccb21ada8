// access_log.h — the server's access-log line, one per answered request, built so that nothing
// a client sends can forge a line or break a field: control characters (CR, LF and the rest of
// C0, DEL), bytes of no valid UTF-8 sequence, the quote and the backslash are escaped. Pure;
// thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace tonle::web {

// `s` with \\ and \" for backslash and quote, \xHH for control characters, DEL and every byte
// that starts no well-formed UTF-8 sequence; valid UTF-8 text is kept as it is.
std::string log_escape(std::string_view s);

struct AccessEntry {
  std::string_view address;
  std::string_view method;
  std::string_view path;  // decoded, as the handlers saw it
  int status = 0;
  size_t bytes = 0;
  double seconds = 0;     // from routing to the answer (JSON lines only)
  int64_t unix_millis = 0;  // when it was answered (JSON lines only)
};

// `ADDRESS "METHOD PATH" STATUS BYTES\n`, each field escaped.
std::string access_log_line(const AccessEntry& e);

// One JSON object and a newline: {"time":"2026-11-22T20:21:00.123Z","address","method","path",
// "status","bytes","seconds"}. Strings are escaped as JSON requires (quote, backslash, control
// characters, U+2028/2029); a byte of no valid UTF-8 sequence is written as the text \xHH.
std::string access_log_json(const AccessEntry& e);

// `s` as the contents of a JSON string, escaped as access_log_json escapes its fields.
std::string json_escape(std::string_view s);

}  // namespace tonle::web
