// access_log.cc — see access_log.h.
#include "web/access_log.h"

#include <cstdio>
#include <ctime>

#include "core/text.h"

namespace tonle::web {

namespace {

void append_hex_digits(std::string& out, unsigned char c) {
  constexpr char kHex[] = "0123456789ABCDEF";
  out += kHex[c >> 4];
  out += kHex[c & 0xF];
}

void append_hex(std::string& out, unsigned char c) {
  out += "\\x";
  append_hex_digits(out, c);
}

// Appends well-formed UTF-8, escaping what could end a line or a field: C0 controls and DEL as
// \xHH, C1 controls (NEL among them) and U+2028/U+2029 as \uHHHH.
void append_valid(std::string& out, std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    auto c = static_cast<unsigned char>(ch);
    auto next = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
    if (c == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) {
      out += "\\u00";
      append_hex_digits(out, next(1));
      ++i;
    } else if (c == 0xE2 && next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9)) {
      out += next(2) == 0xA8 ? "\\u2028" : "\\u2029";
      i += 2;
    } else if (c == '\\' || c == '"') {
      out += '\\';
      out += ch;
    } else if (c < 0x20 || c == 0x7F) {
      append_hex(out, c);
    } else {
      out += ch;
    }
  }
}

// A JSON string's contents for `s` (without the quotes).
void append_json(std::string& out, std::string_view s) {
  while (!s.empty()) {
    size_t bad = first_invalid_utf8(s);
    std::string_view valid = s.substr(0, bad == std::string_view::npos ? s.size() : bad);
    for (size_t i = 0; i < valid.size(); ++i) {
      auto c = static_cast<unsigned char>(valid[i]);
      if (c == '"' || c == '\\') {
        out += '\\';
        out += static_cast<char>(c);
      } else if (c < 0x20 || c == 0x7F) {
        out += "\\u00";
        append_hex_digits(out, c);
      } else if (c == 0xE2 && i + 2 < valid.size() && static_cast<unsigned char>(valid[i + 1]) == 0x80 &&
                 (static_cast<unsigned char>(valid[i + 2]) == 0xA8 || static_cast<unsigned char>(valid[i + 2]) == 0xA9)) {
        out += static_cast<unsigned char>(valid[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
        i += 2;
      } else {
        out += static_cast<char>(c);
      }
    }
    if (bad == std::string_view::npos) {
      break;
    }
    out += "\\\\x";
    append_hex_digits(out, static_cast<unsigned char>(s[bad]));
    s.remove_prefix(bad + 1);
  }
}

// "2026-11-22T20:21:00.123Z"
std::string utc_time(int64_t unix_millis) {
  std::time_t t = static_cast<std::time_t>(unix_millis / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];  // room for any int the fields could hold (-Wformat-truncation)
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(unix_millis % 1000));
  return buf;
}

}  // namespace

std::string json_escape(std::string_view s) {
  std::string out;
  append_json(out, s);
  return out;
}

std::string access_log_json(const AccessEntry& e) {
  std::string out = "{\"time\":\"" + utc_time(e.unix_millis) + "\",\"address\":\"";
  append_json(out, e.address);
  out += "\",\"method\":\"";
  append_json(out, e.method);
  out += "\",\"path\":\"";
  append_json(out, e.path);
  char tail[96];
  std::snprintf(tail, sizeof tail, "\",\"status\":%d,\"bytes\":%zu,\"seconds\":%.6f}\n", e.status, e.bytes, e.seconds);
  out += tail;
  return out;
}

std::string log_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  while (!s.empty()) {
    size_t bad = first_invalid_utf8(s);
    if (bad == std::string_view::npos) {
      append_valid(out, s);
      break;
    }
    append_valid(out, s.substr(0, bad));
    append_hex(out, static_cast<unsigned char>(s[bad]));
    s.remove_prefix(bad + 1);
  }
  return out;
}

std::string access_log_line(const AccessEntry& e) {
  return log_escape(e.address) + " \"" + log_escape(e.method) + " " + log_escape(e.path) + "\" " +
         std::to_string(e.status) + " " + std::to_string(e.bytes) + "\n";
}

}  // namespace tonle::web
