// dates.cc — a small hand-written scanner for the date forms listed in dates.h (no regex: it
// runs on every article), and the publication-date rules built on it.
#include "indexer/dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "core/khmer.h"
#include "core/text.h"
#include "indexer/khmer_dates.h"

namespace tonle {

// Days since 1970-01-01 of a civil date, and back (Howard Hinnant's algorithms).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(long z, Date& out) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  out.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  out.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  out.year = static_cast<int>(yoe + era * 400 + (out.month <= 2 ? 1 : 0));
}

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
  // "May", "MAY" ("BY KHUON NARIM | MAY 5, 2025"), never "may": a month's name has a capital.
  if (i >= s.size() || !(s[i] >= 'A' && s[i] <= 'Z')) {
    return std::nullopt;
  }
  for (const MonthName& m : kMonths) {
    if (s[i] == m.name[0] && iequals_ascii(s.substr(i, m.name.size()), m.name) &&
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
  m.begin = i;
  m.end = j;
  int year = 0;
  if (j < s.size() && s[j] == ',') {
    ++j;
  }
  if (j + 1 < s.size() && s[j] == ' ' && read_number(s, j + 1, 4, &year) == 4 &&
      (j + 5 >= s.size() || !is_digit(s[j + 5]))) {
    m.date.year = year;
    m.year_given = true;
    m.end = j + 5;
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
  if (j < s.size() && s[j] == ',') {
    ++j;  // "03 Nov, 2022"
  }
  if (j + 1 >= s.size() || s[j] != ' ' || read_number(s, j + 1, 4, &year) != 4) {
    return std::nullopt;
  }
  return DateMention{.date = {.year = year, .month = month, .day = day},
                     .year_given = true,
                     .begin = start,
                     .end = j + 5};
}

// All-number dates with dots, slashes or dashes, for metadata and date lines only (never prose):
// "2024.03.05", "2025/03/04", and day first as Cambodia writes them, "14/10/2025", "20-12-2024";
// month first only when the day cannot be a month ("03/25/2024").
std::optional<DateMention> numeric_at(std::string_view s, size_t i) {
  if (i > 0 && (is_digit(s[i - 1]) || is_alpha(s[i - 1]))) {
    return std::nullopt;
  }
  int a = 0, b = 0, c = 0;
  size_t na = read_number(s, i, 4, &a);
  if (na == 0 || i + na >= s.size() || (s[i + na] != '.' && s[i + na] != '/' && s[i + na] != '-')) {
    return std::nullopt;
  }
  char sep = s[i + na];
  if (na > 2 && sep == '-') {
    return std::nullopt;  // "2024-12-20" is ISO's, read elsewhere
  }
  size_t j = i + na + 1;
  size_t nb = read_number(s, j, 2, &b);
  if (nb == 0 || j + nb >= s.size() || s[j + nb] != sep) {
    return std::nullopt;
  }
  j += nb + 1;
  size_t nc = read_number(s, j, 4, &c);
  if (nc == 0 || (j + nc < s.size() && (is_digit(s[j + nc]) || is_alpha(s[j + nc])))) {
    return std::nullopt;
  }
  Date d;
  if (na == 4 && nc <= 2) {
    d = {.year = a, .month = b, .day = c};
  } else if (na <= 2 && nc == 4) {
    bool month_first = b > 12 && a <= 12;
    d = month_first ? Date{.year = c, .month = a, .day = b} : Date{.year = c, .month = b, .day = a};
  } else {
    return std::nullopt;
  }
  if (!plausible(d)) {
    return std::nullopt;
  }
  return DateMention{.date = d, .year_given = true, .begin = i, .end = j + nc};
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
  return DateMention{.date = *d, .year_given = true, .begin = i, .end = i + 10};
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
    if (may_start_khmer_month(text, i)) {
      if (auto m = khmer_date_at(text, i)) {
        found.push_back(*m);
        i = m->end - 1;
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

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// "5:40 PM", "17:40", "17:40:00", "10.15 am": sets d.minute and returns bytes read (0: none).
size_t read_time(std::string_view s, size_t i, Date& d) {
  int hour = 0;
  int minute = 0;
  size_t n = read_number(s, i, 2, &hour);
  if (n == 0 || i + n >= s.size() || (s[i + n] != ':' && s[i + n] != '.') ||
      read_number(s, i + n + 1, 2, &minute) != 2) {
    return 0;
  }
  size_t j = i + n + 3;
  int seconds = 0;
  if (j < s.size() && s[j] == ':' && read_number(s, j + 1, 2, &seconds) == 2) {
    j += 3;
  }
  size_t k = j;
  while (k < s.size() && s[k] == ' ') {
    ++k;
  }
  std::string marker;
  for (size_t m = k; m < s.size() && marker.size() < 4 && (is_alpha(s[m]) || s[m] == '.'); ++m) {
    if (s[m] != '.') {
      marker += static_cast<char>(std::tolower(static_cast<unsigned char>(s[m])));
    }
  }
  bool pm = marker == "pm";
  if ((marker == "am" || pm) && hour >= 1 && hour <= 12) {
    hour = hour % 12 + (pm ? 12 : 0);
    j = k;
    while (j < s.size() && (is_alpha(s[j]) || s[j] == '.')) {
      ++j;
    }
  }
  if (hour > 23 || minute > 59) {
    return 0;
  }
  d.minute = hour * 60 + minute;
  return j - i;
}

// Zone abbreviations news pages write after a time, with their offsets in minutes ("IST" is
// India's here; "AST" is left out: Atlantic and Arabia Standard Time share it).
constexpr std::array<std::pair<std::string_view, int>, 44> kZoneOffsets = {{
    {"EDT", -240}, {"EST", -300}, {"CDT", -300}, {"CST", -360}, {"MDT", -360}, {"MST", -420},
    {"PDT", -420}, {"PST", -480}, {"ADT", -180}, {"AKDT", -480}, {"HST", -600}, {"BST", 60},
    {"CEST", 120}, {"CET", 60}, {"EEST", 180}, {"EET", 120}, {"JST", 540}, {"KST", 540},
    {"SGT", 480}, {"MYT", 480}, {"PHT", 480}, {"HKT", 480}, {"WIB", 420}, {"IST", 330},
    {"AEDT", 660}, {"AEST", 600}, {"EAT", 180}, {"CAT", 120}, {"WAT", 60}, {"SAST", 120},
    {"MSK", 180}, {"NZDT", 780}, {"NZST", 720},
    // South America, Western Europe, South Asia.
    {"ART", -180}, {"BRT", -180}, {"UYT", -180}, {"CLT", -240}, {"CLST", -180}, {"COT", -300}, {"PET", -300},
    {"WET", 0}, {"WEST", 60}, {"PKT", 300}, {"NPT", 345}}};

// "+0700", "+07:00", "GMT+7", "UTC+07:00", "ICT", "(ICT)", "GMT", "UTC", "Z": sets d.utc_offset.
void read_zone(std::string_view s, size_t i, Date& d) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '(')) {
    ++i;
  }
  std::string_view rest = s.substr(i);
  if (starts_with_ci(rest, "ICT") || starts_with_ci(rest, "Indochina Time")) {
    d.utc_offset = 7 * 60;  // Indochina Time, Cambodia's zone
    return;
  }
  for (auto [name, offset] : kZoneOffsets) {
    if (rest.starts_with(name) && (rest.size() == name.size() || !is_alpha(rest[name.size()]))) {
      d.utc_offset = offset;
      return;
    }
  }
  for (std::string_view name : {"GMT", "UTC", "Z"}) {
    if (starts_with_ci(rest, name) && (rest.size() == name.size() || !is_alpha(rest[name.size()]))) {
      rest.remove_prefix(name.size());
      if (rest.empty() || (rest[0] != '+' && rest[0] != '-')) {
        d.utc_offset = 0;
        return;
      }
      break;
    }
  }
  if (rest.empty() || (rest[0] != '+' && rest[0] != '-')) {
    return;
  }
  int sign = rest[0] == '-' ? -1 : 1;
  std::string digits;  // "0700", "07", "7" (a colon between hours and minutes is skipped)
  for (size_t j = 1; j < rest.size() && digits.size() < 4; ++j) {
    if (is_digit(rest[j])) {
      digits += rest[j];
    } else if (rest[j] != ':' || digits.size() != 2) {
      break;
    }
  }
  if (digits.empty() || digits.size() == 3) {
    return;
  }
  int hours = std::stoi(digits.size() == 4 ? digits.substr(0, 2) : digits);
  int minutes = digits.size() == 4 ? std::stoi(digits.substr(2)) : 0;
  if (hours <= 14 && minutes < 60) {
    d.utc_offset = sign * (hours * 60 + minutes);
  }
}

// The first full date in `s` and where it ends.
std::optional<DateMention> first_full_date(std::string_view s) {
  for (const DateMention& m : find_dates(s, std::nullopt)) {
    if (m.year_given) {
      return m;
    }
  }
  return std::nullopt;
}

// Words a date line may hold besides the date itself.
bool date_line_word(std::string_view w) {
  static constexpr std::array<std::string_view, 31> kWords = {
      "published", "publication", "updated", "posted", "last", "date", "on", "at", "by", "am", "pm", "ict",
      "gmt", "utc", "min", "mins", "minute", "minutes", "read", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri"};
  std::string lower;
  for (char c : w) {
    if (c != '.') {
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  std::string upper = lower;
  for (char& c : upper) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  bool zone = std::any_of(kZoneOffsets.begin(), kZoneOffsets.end(), [&](const auto& z) { return z.first == upper; });
  return std::find(kWords.begin(), kWords.end(), lower) != kWords.end() || lower == "sat" ||
         lower == "sun" || lower == "time" || lower == "ago" || lower == "and" ||
         lower == "views" || lower == "view" ||  // "Posted on: 20-12-2024 Views: 3,412"
         zone;
}

// A year-like number anywhere in `text` later than `year`.
bool mentions_later_year(std::string_view text, int year) {
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    if (!is_digit(text[i]) || (i > 0 && (is_digit(text[i - 1]) || is_alpha(text[i - 1])))) {
      continue;
    }
    int y = 0;
    if (read_number(text, i, 4, &y) == 4 && y >= 1900 && y <= 2099 && y > year &&
        (i + 4 == text.size() || !is_alpha(text[i + 4]))) {
      return true;
    }
  }
  return false;
}


// A time with a zone is shown in the archive's (UTC+7): one instant has one date, whoever
// published it ("July 17, 10:30 p.m. EDT" is July 18 in Phnom Penh).
Date in_archive_zone(Date d) {
  if (d.minute == Date::kNoTime || d.utc_offset == Date::kNoZone || d.utc_offset == kArchiveUtcOffset) {
    return d;
  }
  long minutes = days_from_civil(d.year, d.month, d.day) * 1440 + d.minute - d.utc_offset +
                 kArchiveUtcOffset;
  civil_from_days(minutes / 1440, d);
  d.minute = static_cast<int>(minutes % 1440);
  d.utc_offset = kArchiveUtcOffset;
  return d;
}

}  // namespace

std::optional<Date> parse_date_text(std::string_view s) {
  std::optional<Date> d = parse_date_text_as_written(s);
  return d ? std::optional<Date>(in_archive_zone(*d)) : std::nullopt;
}

std::optional<Date> parse_date_text_as_written(std::string_view s) {
  s = trim(s);
  // ISO 8601 first: "2022-11-03T17:40:00+07:00", "2022-11-03 17:40".
  for (size_t i = 0; i + 10 <= s.size(); ++i) {
    if (!iso_at(s, i)) {
      continue;
    }
    size_t end = i + 10;
    while (end < s.size() && !is_space(s[end])) {
      ++end;
    }
    if (auto d = parse_iso_date(s.substr(i, end - i))) {
      if (d->minute == Date::kNoTime && end < s.size()) {
        size_t t = end + 1;
        if (size_t n = read_time(s, t, *d); n > 0) {
          read_zone(s, t + n, *d);
        }
      }
      return d;
    }
    return iso_at(s, i)->date;
  }
  std::optional<DateMention> m = first_full_date(s);
  for (size_t i = 0; i < s.size() && !m; ++i) {
    if (is_digit(s[i])) {
      m = numeric_at(s, i);
    }
  }
  if (!m) {
    return std::nullopt;
  }
  Date d = m->date;
  size_t j = m->end;
  // Between the date and its time: "March 18, 2026 at 10:30", "04.10.2026 – 23:40" (a dash).
  auto dash = [&](size_t k) { return s.substr(k).starts_with("\xE2\x80\x93") || s.substr(k).starts_with("\xE2\x80\x94"); };
  while (j < s.size() && (is_space(s[j]) || s[j] == ',' || s[j] == '|' || s[j] == '-' ||
                          s[j] == '@' || starts_with_ci(s.substr(j), "at ") || dash(j))) {
    j += starts_with_ci(s.substr(j), "at ") || dash(j) ? 3 : 1;
  }
  if (size_t n = read_time(s, j, d); n > 0) {
    read_zone(s, j + n, d);
  } else {
    // "Updated 9:12 PM EST, March 4, 2025": the time before the date.
    for (size_t i = 0; i < m->begin; ++i) {
      if (is_digit(s[i]) && (i == 0 || !is_digit(s[i - 1]))) {
        if (size_t t = read_time(s, i, d); t > 0) {
          read_zone(s, i + t, d);
          break;
        }
      }
    }
  }
  return d;
}

namespace {

// "Wednesday, November 03, 2010 | By Bulletin Staff | Printer-friendly version": a date line
// among short parts split by bars or middle dots.
std::optional<Date> date_among_parts(std::string_view line) {
  std::optional<Date> found;
  while (!line.empty()) {
    size_t bar = line.find('|');
    size_t dot = line.find("\xC2\xB7");
    size_t cut = std::min(bar, dot);
    std::string_view part = trim(line.substr(0, cut));
    line = cut == std::string_view::npos ? "" : line.substr(cut + (cut == bar ? 1 : 2));
    size_t words = static_cast<size_t>(std::count(part.begin(), part.end(), ' ')) + 1;
    if (std::optional<Date> d = found ? std::nullopt : date_line(part)) {
      found = d;
    } else if (found && found->minute == Date::kNoTime && is_digit(part.empty() ? ' ' : part[0])) {
      // "AFP | 24 June 2025 | 18:40 GMT": the time in the part after the date.
      Date timed = *found;
      if (size_t n = read_time(part, 0, timed); n > 0) {
        read_zone(part, n, timed);
        found = in_archive_zone(timed);
      }
    } else if (words > 5 && !date_line(part)) {
      return std::nullopt;  // a sentence among the parts: no date line ("Updated 6 Nov 2026 22:15 GMT" is one)
    }
  }
  return found;
}

}  // namespace

std::optional<Date> date_line(std::string_view line) {
  line = trim(line);
  // "Phnom Penh, 14 March 2024": a press release's closing place and date.
  if (size_t comma = line.find(", "); comma != std::string_view::npos && comma <= 30 &&
                                      line.size() <= 60 && line.find('|') == std::string_view::npos) {
    std::string_view place = line.substr(0, comma);
    size_t words = static_cast<size_t>(std::count(place.begin(), place.end(), ' ')) + 1;
    bool capitalised = words <= 3 && std::all_of(place.begin(), place.end(), [](char c) {
                         return is_alpha(c) || c == ' ' || c == '-';
                       }) && std::isupper(static_cast<unsigned char>(place[0]));
    size_t month_len = 0;
    if (capitalised && !month_at(place, 0, &month_len) &&
        !date_line_word(place.substr(0, place.find(' ')))) {
      if (std::optional<Date> d = date_line(line.substr(comma + 2)); d && d->year > 0) {
        return d;
      }
    }
  }
  if (line.find('|') != std::string_view::npos || line.find("\xC2\xB7") != std::string_view::npos) {
    return line.size() <= 200 ? date_among_parts(line) : std::nullopt;
  }
  if (line.empty() || utf8_length(line) > 120) {
    return std::nullopt;
  }
  std::optional<Date> d = parse_date_text(line);
  if (!d) {
    return std::nullopt;
  }
  // A Khmer line: nothing but the date and Khmer date-line words.
  if (has_khmer_letter(line)) {
    std::optional<DateMention> m = first_full_date(line);
    return m && khmer_date_line_words_only(std::string(line.substr(0, m->begin)) + " " +
                                           std::string(line.substr(m->end)))
               ? d
               : std::nullopt;
  }
  // Everything but the date, time and zone must be date-line words or a short byline.
  int other = 0;
  // "Rizky Pratama – 14/09/2025 21:30 WIB": a writer's name set before the date with a dash.
  bool byline = false;
  for (std::string_view dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "}) {
    size_t at = line.find(dash);
    std::string_view who = at == std::string_view::npos ? std::string_view() : line.substr(0, at);
    size_t words = static_cast<size_t>(std::count(who.begin(), who.end(), ' ')) + 1;
    byline = byline || (!who.empty() && words <= 4 && std::isupper(static_cast<unsigned char>(who[0])) &&
                        std::all_of(who.begin(), who.end(), [](char c) { return is_alpha(c) || c == ' ' || c == '.'; }));
  }
  size_t i = 0;
  while (i < line.size()) {
    if (!is_alpha(line[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < line.size() && (is_alpha(line[j]) || line[j] == '.' || line[j] == '\'')) {
      ++j;
    }
    std::string_view w = line.substr(i, j - i);
    size_t mlen = 0;
    if (iequals_ascii(w, "by")) {
      byline = true;
    } else if (!date_line_word(w) && !month_at(line, i, &mlen)) {
      // "By Dara Keo", "Posted on 05.06.2026 by the editor".
      bool name = byline && ((line[i] >= 'A' && line[i] <= 'Z') || iequals_ascii(w, "the") ||
                             iequals_ascii(w, "editor") || iequals_ascii(w, "admin"));
      if (!name || ++other > 5) {
        return std::nullopt;
      }
    }
    i = j;
  }
  return d;
}

namespace {

// "on December 22, 2023", "on Friday (Dec. 22, 2023)", "on the morning of 22 December 2023":
// the date an event happened, as a news lead writes it (not "notes due April 2, 1992").
bool event_date(std::string_view text, const DateMention& m) {
  if (m.begin < text.size() && static_cast<unsigned char>(text[m.begin]) >= 0x80) {  // a Khmer date
    return khmer_event_date(text, m);
  }
  size_t from = m.begin > 48 ? m.begin - 48 : 0;
  std::string before = to_lower_ascii(text.substr(from, m.begin - from));
  auto strip = [&] {
    while (!before.empty() && (before.back() == ' ' || before.back() == '(' || before.back() == ',')) {
      before.pop_back();
    }
  };
  strip();
  for (std::string_view day : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                               "sunday"}) {
    if (before.ends_with(day)) {
      before.resize(before.size() - day.size());
      strip();
    }
  }
  for (std::string_view part : {"the morning of", "the afternoon of", "the evening of",
                                "the night of"}) {
    if (before.ends_with(part)) {
      before.resize(before.size() - part.size());
      strip();
    }
  }
  if (before != "on" && !before.ends_with(" on")) {
    return false;
  }
  // "maturing on", "payable on", "due on": a date of money, not of news.
  before.resize(before.size() - 2);
  strip();
  // "will redeem on June 1", "is scheduled to open on": a plan, not something that happened.
  std::string clause = before.substr(before.find_last_of(".;") == std::string::npos ? 0 : before.find_last_of(".;") + 1);
  for (std::string_view future : {" will ", " would ", " to be ", "scheduled", "expected",
                                  " plans ", " planned ", " set to ", " until ", " due "}) {
    if ((" " + clause + " ").find(future) != std::string::npos) {
      return false;
    }
  }
  for (std::string_view word : {"maturing", "matures", "mature", "due", "payable", "expiring",
                                "expires", "expire", "redeemable", "ending", "ended", "ends",
                                "effective", "record", "closing", "starting", "beginning"}) {
    if (before.ends_with(word)) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::optional<Date> infer_publication_date(std::string_view body, std::string_view dateline_day) {
  std::optional<Date> day;
  if (!dateline_day.empty()) {
    std::vector<DateMention> said = find_dates(dateline_day, 2000);  // any year: month and day count
    if (said.empty()) {
      return std::nullopt;  // a day no reader of dates understands: nothing to match
    }
    day = said.front().date;
  }
  size_t lead_end = 0;
  for (int paragraph = 0; paragraph < 2 && lead_end != body.npos; ++paragraph) {
    lead_end = body.find("\n\n", lead_end == 0 ? 0 : lead_end + 2);
  }
  std::string_view lead = body.substr(0, lead_end == body.npos ? body.size() : lead_end);
  std::optional<Date> latest;
  for (const DateMention& m : find_dates(lead, std::nullopt)) {
    bool that_day = !day || (m.date.month == day->month && m.date.day == day->day);
    if (m.year_given && that_day && event_date(lead, m) && (!latest || m.date > *latest)) {
      latest = m.date;
    }
  }
  if (latest && mentions_later_year(body, latest->year)) {
    return std::nullopt;  // the lead tells history: the article was written later
  }
  return latest;
}

}  // namespace tonle
