// http_framing.cc — see http_framing.h.
#include "web/http_framing.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace tonle::web {

namespace {

bool is_token_char(unsigned char c) {
  // RFC 9110 §5.6.2 tchar.
  return std::isalnum(c) || std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) !=
                                std::string_view::npos;
}

std::string_view trim_ows(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return s;
}

bool iequals(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](unsigned char x, unsigned char y) {
    return std::tolower(x) == std::tolower(y);
  });
}

std::vector<std::string_view> values(const httplib::Headers& headers, const std::string& name) {
  std::vector<std::string_view> out;
  auto [first, last] = headers.equal_range(name);
  for (auto it = first; it != last; ++it) {
    out.push_back(trim_ows(it->second));
  }
  return out;
}

FramingProblem bad(std::string message) { return {400, std::move(message)}; }

// Reads one line, at most `max` bytes, into `line` and appends it to `raw`; false unless it
// ends in CRLF.
bool read_line(httplib::Stream& in, std::string& raw, std::string& line, size_t max) {
  line.clear();
  char c = 0;
  while (line.size() <= max) {
    if (in.read(&c, 1) != 1) {
      return false;
    }
    raw += c;
    line += c;
    if (c == '\n') {
      return line.size() >= 2 && line[line.size() - 2] == '\r';
    }
  }
  return false;
}

}  // namespace

std::optional<FramingProblem> check_framing(std::string_view method, const httplib::Headers& headers,
                                            size_t max_body) {
  for (const auto& [name, value] : headers) {
    if (name.empty() || !std::all_of(name.begin(), name.end(), is_token_char)) {
      return bad("malformed header name");
    }
  }
  auto lengths = values(headers, "Content-Length");
  auto codings = values(headers, "Transfer-Encoding");
  if (!lengths.empty() && !codings.empty()) {
    return bad("a request may not carry both Content-Length and Transfer-Encoding");
  }
  if (codings.size() > 1 || (codings.size() == 1 && !iequals(codings[0], "chunked"))) {
    return bad("unsupported Transfer-Encoding: only a single \"chunked\" is accepted");
  }
  unsigned long long length = 0;
  for (std::string_view v : lengths) {
    if (v.empty() || v.size() > 18 || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return bad("Content-Length must be a plain decimal number");
    }
    if (v != lengths[0]) {
      return bad("conflicting Content-Length values");
    }
    length = std::stoull(std::string(v));
  }
  bool has_body = length > 0 || !codings.empty();
  if (has_body && (method == "GET" || method == "HEAD")) {
    return bad(std::string(method) + " requests may not carry a body");
  }
  if (length > max_body) {
    return FramingProblem{413, "the body is " + std::to_string(length) + " bytes; the limit is " +
                                   std::to_string(max_body)};
  }
  return std::nullopt;
}

bool is_chunked(const httplib::Headers& headers) {
  auto codings = values(headers, "Transfer-Encoding");
  return codings.size() == 1 && iequals(codings[0], "chunked");
}

std::variant<std::string, FramingProblem> read_chunked_body(httplib::Stream& in, size_t max_body) {
  constexpr size_t kMaxSizeLine = 256;
  std::string raw;
  std::string line;
  size_t body = 0;
  for (;;) {
    if (!read_line(in, raw, line, kMaxSizeLine)) {
      return bad("malformed chunk size line");
    }
    std::string_view l(line.data(), line.size() - 2);  // without CRLF
    size_t digits = 0;
    while (digits < l.size() && std::isxdigit(static_cast<unsigned char>(l[digits]))) {
      ++digits;
    }
    if (digits == 0 || digits > 8) {
      return bad("malformed chunk size");
    }
    std::string_view rest = trim_ows(l.substr(digits));
    if (!rest.empty() && rest.front() != ';') {
      return bad("malformed chunk size");
    }
    if (rest.find_first_of(std::string_view("\0\r", 2)) != std::string_view::npos) {
      return bad("malformed chunk extension");
    }
    size_t size = std::stoul(std::string(l.substr(0, digits)), nullptr, 16);
    if (size == 0) {
      break;
    }
    body += size;
    if (body > max_body) {
      return FramingProblem{413, "the body is longer than the limit of " + std::to_string(max_body) +
                                     " bytes"};
    }
    std::string data(size + 2, '\0');
    for (size_t got = 0; got < data.size();) {
      ssize_t n = in.read(data.data() + got, data.size() - got);
      if (n <= 0) {
        return bad("chunked body ended early");
      }
      got += static_cast<size_t>(n);
    }
    if (data[size] != '\r' || data[size + 1] != '\n') {
      return bad("chunk data is not followed by CRLF");
    }
    raw += data;
  }
  if (!read_line(in, raw, line, kMaxSizeLine) || line != "\r\n") {
    return bad("chunked body: trailers are not accepted and the last chunk must end with CRLF");
  }
  return raw;
}

}  // namespace tonle::web
