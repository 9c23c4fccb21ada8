// dateline.cc — see dateline.h.
#include "indexer/parse/dateline.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/text.h"

namespace tonle::parse {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// Length of a place name at the start of s: 1–3 words, either ALL CAPS or Title Case.
size_t place_length(std::string_view s, bool* weak) {
  *weak = false;
  size_t i = 0;
  int words = 0;
  bool all_caps = true;
  while (i < s.size() && words < 4) {
    if (!is_upper(s[i])) {
      break;
    }
    size_t w = i + 1;
    while (w < s.size() && (is_upper(s[w]) || is_lower(s[w]) || s[w] == '\'' || s[w] == '-')) {
      all_caps = all_caps && !is_lower(s[w]);
      ++w;
    }
    ++words;
    i = w;
    if (i + 1 < s.size() && s[i] == ' ' && is_upper(s[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  if (words == 0 || words > 3) {
    return 0;
  }
  // A lone Title-case word ("Note:") is a place only with a date or an agency after it.
  *weak = !all_caps && words < 2;
  return i;
}

// ", Cambodia" / ", Calif." after a dateline's place: its country or state.
size_t region_length(std::string_view s) {
  if (s.size() < 3 || s[0] != ',' || s[1] != ' ' || !is_upper(s[2])) {
    return 0;
  }
  size_t i = 3;
  while (i < s.size() && (is_lower(s[i]) || is_upper(s[i]))) {
    ++i;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
  }
  // Only when what follows is the rest of a dateline: an agency tag, a date or a separator.
  std::string_view rest = s.substr(i);
  bool dateline_goes_on = rest.starts_with(" (") || rest.starts_with(", ") || rest.starts_with(" -") ||
                          rest.starts_with(" \xE2\x80");
  return dateline_goes_on && i - 2 <= 20 ? i : 0;
}

// "March", "Sept.": a month's name (its first three letters say which).
bool month_name(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) {
    return false;
  }
  std::string head = to_lower_ascii(w.substr(0, 3));
  return std::find(kMonths.begin(), kMonths.end(), head) != kMonths.end();
}

// ", 18 March 2025" / " 3 Nov" — a day and a month's name after the place, the year if given.
size_t day_month_length(std::string_view s, size_t i) {
  size_t digits = i;
  while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits]))) {
    ++digits;
  }
  if (digits - i < 1 || digits - i > 2 || digits >= s.size() || s[digits] != ' ') {
    return 0;
  }
  size_t m = digits + 1;
  size_t end = m;
  while (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end]))) {
    ++end;
  }
  if (!is_upper(s[m]) || !month_name(s.substr(m, end - m))) {
    return 0;
  }
  if (end < s.size() && s[end] == '.') {
    ++end;
  }
  if (end + 5 <= s.size() && s[end] == ' ' &&
      std::all_of(s.begin() + end + 1, s.begin() + end + 5, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    end += 5;
  }
  return end;
}

// ", Sep. 15" / " March 23" — a month-day after the place; returns bytes consumed (0 if none).
size_t month_day_length(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && s[i] == ',') {
    ++i;
  }
  if (i >= s.size() || s[i] != ' ') {
    return 0;
  }
  ++i;
  if (size_t n = day_month_length(s, i); n > 0) {
    return n;
  }
  size_t m = i;
  while (m < s.size() && std::isalpha(static_cast<unsigned char>(s[m]))) {
    ++m;
  }
  if (m - i < 3 || !is_upper(s[i])) {
    return 0;
  }
  if (m < s.size() && s[m] == '.') {
    ++m;
  }
  if (m >= s.size() || s[m] != ' ') {
    return 0;
  }
  size_t d = m + 1;
  size_t digits = d;
  while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits]))) {
    ++digits;
  }
  if (digits - d < 1 || digits - d > 2) {
    return 0;
  }
  // ", 2023": the year, when the dateline gives one.
  if (digits + 6 <= s.size() && s[digits] == ',' && s[digits + 1] == ' ' &&
      std::all_of(s.begin() + digits + 2, s.begin() + digits + 6,
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    return digits + 6;
  }
  return digits;
}

// " (Reuters)" — an agency tag; fills `agency`, returns bytes consumed.
size_t agency_length(std::string_view s, std::string* agency) {
  size_t i = s.starts_with(' ') ? 1 : 0;
  if (i >= s.size() || s[i] != '(') {
    return 0;
  }
  size_t close = s.find(')', i);
  if (close == s.npos || close - i > 24 || close == i + 1) {
    return 0;
  }
  *agency = std::string(s.substr(i + 1, close - i - 1));
  return close + 1;
}

size_t separator_length(std::string_view s);

// " AKP --", " Kyodo -" after a dateline's date: an agency's name without brackets, one word in
// capitals or title case, right before the separator. Fills `agency`, returns bytes consumed.
size_t bare_agency_length(std::string_view s, std::string* agency) {
  if (s.size() < 2 || s[0] != ' ' || s[1] < 'A' || s[1] > 'Z') {
    return 0;
  }
  size_t end = 2;
  while (end < s.size() && ((s[end] >= 'A' && s[end] <= 'Z') || (s[end] >= 'a' && s[end] <= 'z'))) {
    ++end;
  }
  if (end - 1 < 2 || end - 1 > 8 || separator_length(s.substr(end)) == 0) {
    return 0;
  }
  *agency = std::string(s.substr(1, end - 1));
  return end;
}

// The separator after a dateline: ":", "-", "--", "–", "—", followed by a space.
size_t separator_length(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && s[i] == ' ') {
    ++i;
  }
  for (std::string_view sep : {"--", ":", "-", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (s.substr(i).starts_with(sep)) {
      size_t j = i + sep.size();
      if (j < s.size() && s[j] == ' ') {
        while (j < s.size() && s[j] == ' ') {
          ++j;
        }
        return j;
      }
    }
  }
  return 0;
}

}  // namespace

Dateline find_dateline(std::string_view lead) {
  Dateline d;
  bool weak = false;
  size_t n = place_length(lead, &weak);
  if (n == 0) {
    return d;
  }
  size_t i = n;
  size_t region = region_length(lead.substr(i));  // "PHNOM PENH, Cambodia (AP) —"
  if (region > 2) {
    d.region = std::string(trim(lead.substr(i + 2, region - 2)));
    while (!d.region.empty() && d.region.back() == '.') {
      d.region.pop_back();
    }
  }
  i += region;
  size_t date = month_day_length(lead.substr(i));
  std::string_view day = trim(lead.substr(i, date));
  while (!day.empty() && (day.front() == ',' || day.front() == ' ')) {
    day.remove_prefix(1);
  }
  i += date;
  size_t agency = agency_length(lead.substr(i), &d.agency);
  if (agency == 0 && date > 0) {
    agency = bare_agency_length(lead.substr(i), &d.agency);  // "Phnom Penh, July 21, 2025 AKP --"
  }
  i += agency;
  if (i < lead.size() && lead[i] == ',') {
    size_t more = month_day_length(lead.substr(i));
    date += more;
    i += more;
  }
  size_t sep = separator_length(lead.substr(i));
  if (sep == 0 || (weak && date == 0 && agency == 0)) {
    d.agency.clear();
    d.region.clear();
    return d;
  }
  d.place = std::string(lead.substr(0, n));
  // "AKP Phnom Penh, March 06, 2025 --": an agency's capitals before a place written in title case.
  if (size_t space = d.place.find(' '); d.agency.empty() && space >= 2 && space <= 6 &&
                                        space + 2 < d.place.size() &&
                                        std::all_of(d.place.begin(), d.place.begin() + static_cast<std::ptrdiff_t>(space),
                                                    [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                                        d.place[space + 1] >= 'A' && d.place[space + 1] <= 'Z' &&
                                        d.place[space + 2] >= 'a' && d.place[space + 2] <= 'z') {
    d.agency = d.place.substr(0, space);
    d.place = d.place.substr(space + 1);
  }
  d.day = std::string(day);
  d.length = i + sep;
  return d;
}

}  // namespace tonle::parse
