// article.cc — ISO date helpers for the value types in article.h.
#include "core/article.h"

#include <charconv>
#include <cstdio>

namespace tonle {

namespace {
std::optional<int> parse_int(std::string_view s) {
  int v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) {
    return std::nullopt;
  }
  return v;
}
}  // namespace

std::string to_iso(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string to_iso_datetime(const Date& d) {
  std::string out = to_iso(d);
  if (d.minute == Date::kNoTime) {
    return out;
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", d.minute / 60, d.minute % 60);
  out += buf;
  if (d.utc_offset == 0) {
    out += "Z";
  } else if (d.utc_offset != Date::kNoZone) {
    int off = d.utc_offset < 0 ? -d.utc_offset : d.utc_offset;
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", d.utc_offset < 0 ? '-' : '+', off / 60,
                  off % 60);
    out += buf;
  }
  return out;
}

namespace {

// "HH:MM[:SS[.fff]]" then an optional zone; false if malformed. Seconds are read and dropped.
bool parse_time_and_zone(std::string_view s, Date& d) {
  auto hh = s.size() >= 5 && s[2] == ':' ? parse_int(s.substr(0, 2)) : std::nullopt;
  auto mm = hh ? parse_int(s.substr(3, 2)) : std::nullopt;
  if (!mm || *hh > 23 || *mm > 59) {
    return false;
  }
  d.minute = *hh * 60 + *mm;
  s.remove_prefix(5);
  if (s.size() >= 3 && s[0] == ':') {
    if (!parse_int(s.substr(1, 2))) {
      return false;
    }
    s.remove_prefix(3);
    if (!s.empty() && s[0] == '.') {
      size_t n = 1;
      while (n < s.size() && s[n] >= '0' && s[n] <= '9') {
        ++n;
      }
      s.remove_prefix(n);
    }
  }
  if (s.empty()) {
    return true;
  }
  if (s == "Z" || s == "z") {
    d.utc_offset = 0;
    return true;
  }
  if (s[0] != '+' && s[0] != '-') {
    return false;
  }
  int sign = s[0] == '-' ? -1 : 1;
  s.remove_prefix(1);
  std::string digits;
  for (char c : s) {
    if (c != ':') {
      digits += c;
    }
  }
  if (digits.size() != 2 && digits.size() != 4) {
    return false;
  }
  auto oh = parse_int(std::string_view(digits).substr(0, 2));
  auto om = digits.size() == 4 ? parse_int(std::string_view(digits).substr(2, 2)) : 0;
  if (!oh || !om || *oh > 14 || *om > 59) {
    return false;
  }
  d.utc_offset = sign * (*oh * 60 + *om);
  return true;
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view s) {
  std::string_view time;
  if (s.size() > 10 && (s[10] == 'T' || s[10] == 't' || s[10] == ' ')) {
    time = s.substr(11);
    s = s.substr(0, 10);
  }
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) {
    return std::nullopt;
  }
  Date d{.year = 0, .month = 1, .day = 1};
  auto y = parse_int(s.substr(0, 4));
  if (!y) {
    return std::nullopt;
  }
  d.year = *y;
  if (s.size() >= 7) {
    auto m = s[4] == '-' ? parse_int(s.substr(5, 2)) : std::nullopt;
    if (!m || *m < 1 || *m > 12) {
      return std::nullopt;
    }
    d.month = *m;
  }
  if (s.size() == 10) {
    auto day = s[7] == '-' ? parse_int(s.substr(8, 2)) : std::nullopt;
    if (!day || *day < 1 || *day > 31) {
      return std::nullopt;
    }
    d.day = *day;
  }
  if (d.year < 1000 || d.year > 9999) {
    return std::nullopt;
  }
  if (!time.empty() && !parse_time_and_zone(time, d)) {
    return std::nullopt;
  }
  return d;
}

}  // namespace tonle
