// text.cc — implementation of the helpers in text.h.
#include "core/text.h"

#include <algorithm>
#include <cctype>

namespace tonle {

namespace {
bool is_space_at(std::string_view s, size_t i, size_t* width) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    *width = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    *width = 2;
    return true;
  }
  return false;
}
}  // namespace

std::string_view trim(std::string_view s) {
  size_t w = 0;
  while (!s.empty() && is_space_at(s, 0, &w)) {
    s.remove_prefix(w);
  }
  while (!s.empty()) {
    if (is_space_at(s, s.size() - 1, &w) && w == 1) {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && is_space_at(s, s.size() - 2, &w) && w == 2) {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= s.size()) {
    size_t nl = s.find('\n', start);
    std::string_view line = s.substr(start, nl == std::string_view::npos ? s.npos : nl - start);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    lines.push_back(line);
    if (nl == std::string_view::npos) {
      break;
    }
    start = nl + 1;
  }
  return lines;
}

std::vector<std::string> split(std::string_view s, char sep, bool keep_empty) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    std::string_view part = trim(s.substr(start, pos == s.npos ? s.npos : pos - start));
    if (keep_empty || !part.empty()) {
      parts.emplace_back(part);
    }
    if (pos == s.npos) {
      return parts;
    }
    start = pos + 1;
  }
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) {
      out += sep;
    }
    out += parts[i];
  }
  return out;
}

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  // ASCII by arithmetic, not std::tolower: no locale lookup per byte (every page line passes).
  for (char& c : out) {
    c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool iequals_ascii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  // Called for every line of every page: compare in place, no lower-cased copies.
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) {
      return false;
    }
  }
  return true;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals_ascii(s.substr(0, prefix.size()), prefix);
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  size_t w = 0;
  auto plain = [](char ch) {  // most bytes: printable ASCII, never a space
    auto c = static_cast<unsigned char>(ch);
    return c > 0x20 && c < 0x80;
  };
  for (size_t i = 0; i < s.size(); i += w) {
    if (plain(s[i])) {
      if (pending_space) {
        out += ' ';
        pending_space = false;
      }
      size_t end = i + 1;  // the whole run at once: a word, or more
      while (end < s.size() && plain(s[end])) {
        ++end;
      }
      out.append(s.data() + i, end - i);
      w = end - i;
      continue;
    }
    if (is_space_at(s, i, &w)) {
      pending_space = !out.empty();
      continue;
    }
    w = 1;
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    out += s[i];
  }
  return out;
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

size_t utf8_sequence_at(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) {
    return 1;
  }
  size_t len = 0;
  unsigned cp = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > n) {
    return 0;
  }
  for (size_t k = 1; k < len; ++k) {
    if ((p[i + k] & 0xC0) != 0x80) {
      return 0;
    }
    cp = (cp << 6) | (p[i + k] & 0x3F);
  }
  bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  return len;
}

size_t first_invalid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;  // every byte of every file passes here: ASCII without a call
      continue;
    }
    size_t len = utf8_sequence_at(s, i);
    if (len == 0) {
      return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

namespace {

// Copies `s`, writing each byte that is a control character, is in `also`, or belongs to no
// well-formed UTF-8 sequence as `mark` followed by two hex digits.
std::string escape_unsafe(std::string_view s, std::string_view also, std::string_view mark) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  auto escape = [&](unsigned char c) {
    out += mark;
    out += kHex[c >> 4];
    out += kHex[c & 15];
  };
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t len = utf8_sequence_at(s, i);
    if (len == 0 || c < 0x20 || c == 0x7F || (len == 1 && also.find(s[i]) != std::string_view::npos)) {
      escape(c);
      ++i;
      continue;
    }
    out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace

std::string printable(std::string_view s) { return escape_unsafe(s, "", "\\x"); }

std::string percent_escape_unsafe(std::string_view s, std::string_view also) {
  std::string extra(also);
  extra += '%';
  return escape_unsafe(s, extra, "%");
}

bool is_valid_utf8(std::string_view s) { return first_invalid_utf8(s) == std::string_view::npos; }

size_t utf8_length(std::string_view s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

char32_t utf8_code_point_at(std::string_view s, size_t i, size_t* len) {
  size_t n = utf8_sequence_at(s, i);
  *len = n == 0 ? 1 : n;
  auto b = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k])); };
  switch (n) {
    case 1:
      return b(0);
    case 2:
      return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    case 3:
      return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    case 4:
      return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    default:
      return 0xFFFD;
  }
}

void append_utf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace tonle
