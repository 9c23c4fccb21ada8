// dates.cc — a small hand-written scanner for the date forms listed in dates.h (no regex: it
// runs on every article).
#include "indexer/dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace tonle {

namespace {

struct MonthName {
  std::string_view name;
  int month;
};
// Full names first so "March" wins over "Mar".
constexpr std::array<MonthName, 24> kMonths = {{
    {"January", 1}, {"February", 2}, {"March", 3},     {"April", 4},    {"May", 5},
    {"June", 6},    {"July", 7},     {"August", 8},    {"September", 9}, {"October", 10},
    {"November", 11}, {"December", 12}, {"Jan", 1},    {"Feb", 2},      {"Mar", 3},
    {"Apr", 4},     {"Jun", 6},      {"Jul", 7},       {"Aug", 8},      {"Sept", 9},
    {"Sep", 9},     {"Oct", 10},     {"Nov", 11},      {"Dec", 12},
}};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Reads up to max_digits digits at s[i]; returns the count read (0 if none) and the value.
size_t read_number(std::string_view s, size_t i, size_t max_digits, int* value) {
  size_t n = 0;
  int v = 0;
  while (i + n < s.size() && is_digit(s[i + n]) && n < max_digits + 1) {
    v = v * 10 + (s[i + n] - '0');
    ++n;
  }
  if (n == 0 || n > max_digits) {
    return 0;
  }
  *value = v;
  return n;
}

// A month name starting exactly at s[i] (word boundary on both sides); length via *len.
std::optional<int> month_at(std::string_view s, size_t i, size_t* len) {
  if (i > 0 && is_alpha(s[i - 1])) {
    return std::nullopt;
  }
  for (const MonthName& m : kMonths) {
    if (s.substr(i, m.name.size()) == m.name &&
        (i + m.name.size() == s.size() || !is_alpha(s[i + m.name.size()]))) {
      *len = m.name.size();
      if (i + *len < s.size() && s[i + *len] == '.') {
        ++*len;
      }
      return m.month;
    }
  }
  return std::nullopt;
}

bool plausible(const Date& d) {
  return d.year >= 1900 && d.year <= 2100 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= 31;
}

// "Month D[, YYYY]" at i (after the month name of length mlen).
std::optional<DateMention> month_first(std::string_view s, size_t i, size_t mlen, int month) {
  size_t j = i + mlen;
  if (j >= s.size() || s[j] != ' ') {
    return std::nullopt;
  }
  int day = 0;
  size_t n = read_number(s, j + 1, 2, &day);
  if (n == 0) {
    return std::nullopt;
  }
  j += 1 + n;
  if (j < s.size() && is_digit(s[j])) {
    return std::nullopt;
  }
  DateMention m{.date = {.year = 0, .month = month, .day = day}, .year_given = false};
  int year = 0;
  if (j + 2 < s.size() && s[j] == ',' && s[j + 1] == ' ' && read_number(s, j + 2, 4, &year) == 4) {
    m.date.year = year;
    m.year_given = true;
  }
  return m;
}

// "D Month YYYY" where the month starts at i.
std::optional<DateMention> day_first(std::string_view s, size_t i, size_t mlen, int month) {
  if (i < 2 || s[i - 1] != ' ') {
    return std::nullopt;
  }
  size_t k = i - 1;
  size_t start = k;
  while (start > 0 && is_digit(s[start - 1])) {
    --start;
  }
  int day = 0;
  int year = 0;
  if (k - start == 0 || k - start > 2 || (start > 0 && is_alpha(s[start - 1])) ||
      read_number(s, start, 2, &day) == 0) {
    return std::nullopt;
  }
  size_t j = i + mlen;
  if (j + 1 >= s.size() || s[j] != ' ' || read_number(s, j + 1, 4, &year) != 4) {
    return std::nullopt;
  }
  return DateMention{.date = {.year = year, .month = month, .day = day}, .year_given = true};
}

// "YYYY-MM-DD" at i.
std::optional<DateMention> iso_at(std::string_view s, size_t i) {
  if (i + 10 > s.size() || (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == '-'))) {
    return std::nullopt;
  }
  auto d = parse_iso_date(s.substr(i, 10));
  if (!d || (i + 10 < s.size() && is_digit(s[i + 10]))) {
    return std::nullopt;
  }
  return DateMention{.date = *d, .year_given = true};
}

}  // namespace

std::vector<DateMention> find_dates(std::string_view text, std::optional<int> known_year) {
  std::vector<DateMention> found;
  for (size_t i = 0; i < text.size(); ++i) {
    if (is_digit(text[i]) && text[i] != '0') {
      if (auto m = iso_at(text, i)) {
        found.push_back(*m);
        i += 9;
      }
      continue;
    }
    if (text[i] < 'A' || text[i] > 'Z') {
      continue;
    }
    size_t mlen = 0;
    auto month = month_at(text, i, &mlen);
    if (!month) {
      continue;
    }
    auto m = day_first(text, i, mlen, *month);
    if (!m) {
      m = month_first(text, i, mlen, *month);
    }
    if (m) {
      found.push_back(*m);
    }
    i += mlen - 1;
  }
  std::optional<int> year = known_year;
  for (const DateMention& m : found) {
    if (!known_year && m.year_given) {
      year = std::max(year.value_or(0), m.date.year);
    }
  }
  std::vector<DateMention> out;
  for (DateMention m : found) {
    if (!m.year_given) {
      if (!year) {
        continue;
      }
      m.date.year = *year;
    }
    if (plausible(m.date)) {
      out.push_back(m);
    }
  }
  return out;
}

std::optional<Date> infer_publication_date(std::string_view text, std::optional<int> known_year) {
  std::optional<Date> latest;
  for (const DateMention& m : find_dates(text, known_year)) {
    if (!latest || m.date > *latest) {
      latest = m.date;
    }
  }
  return latest;
}

}  // namespace tonle
