// article.cc — facet names and ISO date helpers for the value types in article.h.
#include "core/article.h"

#include <charconv>
#include <cstdio>

namespace tonle {

namespace {
constexpr std::array<std::string_view, 7> kFacetNames = {
    "spokesperson", "ministry", "ngo", "party", "person", "source", "year"};

std::optional<int> parse_int(std::string_view s) {
  int v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) {
    return std::nullopt;
  }
  return v;
}
}  // namespace

std::string_view facet_name(Facet f) { return kFacetNames[static_cast<size_t>(f)]; }

std::optional<Facet> facet_from_name(std::string_view name) {
  for (Facet f : kAllFacets) {
    if (facet_name(f) == name) {
      return f;
    }
  }
  return std::nullopt;
}

std::string to_iso(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::optional<Date> parse_iso_date(std::string_view s) {
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
  return d;
}

}  // namespace tonle
