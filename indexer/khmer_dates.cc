// khmer_dates.cc — Khmer dates (khmer_dates.h).
#include "indexer/khmer_dates.h"

#include <array>

namespace tonle {

namespace {

// January first. February is written កុម្ភៈ or កុម្ភះ: the sign after it is skipped.
constexpr std::array<std::string_view, 12> kMonths = {"មករា",  "កុម្ភ",  "មីនា",  "មេសា",  "ឧសភា",    "មិថុនា",
                                                      "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"};
constexpr std::string_view kMonthWord = "ខែ";
constexpr std::string_view kYearWord = "ឆ្នាំ";
constexpr std::string_view kOrdinal = "ទី";
constexpr std::string_view kDayWord = "ថ្ងៃ";
constexpr std::array<std::string_view, 7> kWeekdays = {"ច័ន្ទ", "អង្គារ", "ពុធ", "ព្រហស្បតិ៍", "សុក្រ", "សៅរ៍", "អាទិត្យ"};
constexpr std::array<std::string_view, 2> kVisarga = {"\xE1\x9F\x87", "\xE1\x9F\x88"};  // ះ ៈ

// Spaces and zero-width characters between the parts of a date.
constexpr std::array<std::string_view, 6> kFiller = {" ", "\t", "\xC2\xA0", "\xE2\x80\x8B", "\xE2\x80\x8C",
                                                     "\xE2\x80\x8D"};

size_t skip_filler(std::string_view s, size_t i) {
  for (bool again = true; again;) {
    again = false;
    for (std::string_view f : kFiller) {
      if (s.substr(i).starts_with(f)) {
        i += f.size();
        again = true;
      }
    }
  }
  return i;
}

size_t skip_filler_back(std::string_view s, size_t end) {
  for (bool again = true; again;) {
    again = false;
    for (std::string_view f : kFiller) {
      if (s.substr(0, end).ends_with(f)) {
        end -= f.size();
        again = true;
      }
    }
  }
  return end;
}

// A digit at byte i, Latin or Khmer (U+17E0..U+17E9): its value and length, or -1.
int digit_at(std::string_view s, size_t i, size_t* len) {
  if (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    *len = 1;
    return s[i] - '0';
  }
  if (i + 2 < s.size() && s[i] == '\xE1' && s[i + 1] == '\x9F') {
    auto b = static_cast<unsigned char>(s[i + 2]);
    if (b >= 0xA0 && b <= 0xA9) {
      *len = 3;
      return b - 0xA0;
    }
  }
  return -1;
}

// Up to `max` digits from byte i; returns bytes read (0: none) and the value.
size_t read_digits(std::string_view s, size_t i, size_t max, int* value) {
  size_t at = i;
  *value = 0;
  size_t len = 0;
  for (size_t n = 0; n < max; ++n) {
    int d = digit_at(s, at, &len);
    if (d < 0) {
      break;
    }
    *value = *value * 10 + d;
    at += len;
  }
  size_t next_len = 0;
  if (digit_at(s, at, &next_len) >= 0) {
    return 0;  // more digits than a day or year has
  }
  return at - i;
}

// A digit ending at byte `end`, Latin or Khmer: its value and length, or -1.
int digit_before(std::string_view s, size_t end, size_t* len) {
  if (end >= 1 && s[end - 1] >= '0' && s[end - 1] <= '9') {
    *len = 1;
    return s[end - 1] - '0';
  }
  if (end >= 3 && s[end - 3] == '\xE1' && s[end - 2] == '\x9F') {
    auto b = static_cast<unsigned char>(s[end - 1]);
    if (b >= 0xA0 && b <= 0xA9) {
      *len = 3;
      return b - 0xA0;
    }
  }
  return -1;
}

// The one- or two-digit day ending at byte `end`: where it starts, or npos.
size_t day_before(std::string_view s, size_t end, int* day) {
  size_t begin = end;
  int value = 0;
  int scale = 1;
  size_t len = 0;
  for (int n = 0; n < 2; ++n) {
    int d = digit_before(s, begin, &len);
    if (d < 0) {
      break;
    }
    value += d * scale;
    scale *= 10;
    begin -= len;
  }
  if (begin == end || digit_before(s, begin, &len) >= 0 || value < 1 || value > 31) {
    return std::string_view::npos;
  }
  *day = value;
  return begin;
}

bool is_khmer_letter_at(std::string_view s, size_t i) {
  if (i + 2 >= s.size() || s[i] != '\xE1') {
    return false;
  }
  auto b1 = static_cast<unsigned char>(s[i + 1]);
  auto b2 = static_cast<unsigned char>(s[i + 2]);
  return b1 == 0x9E || (b1 == 0x9F && b2 <= 0x93);  // U+1780..U+17D3: letters and their signs
}

}  // namespace

std::optional<DateMention> khmer_date_at(std::string_view text, size_t i) {
  size_t month_at = i;
  bool month_word = text.substr(i).starts_with(kMonthWord);
  if (month_word) {
    month_at = skip_filler(text, i + kMonthWord.size());
  }
  int month = 0;
  size_t after = 0;
  for (size_t m = 0; m < kMonths.size() && month == 0; ++m) {
    if (text.substr(month_at).starts_with(kMonths[m])) {
      month = static_cast<int>(m) + 1;
      after = month_at + kMonths[m].size();
    }
  }
  if (month == 0) {
    return std::nullopt;
  }
  for (std::string_view v : kVisarga) {
    after += text.substr(after).starts_with(v) ? v.size() : 0;
  }
  // The month name must end there: តុលាការ (court) begins with តុលា (October).
  size_t next = skip_filler(text, after);
  if (next == after && is_khmer_letter_at(text, after) && !text.substr(after).starts_with(kYearWord) &&
      !text.substr(after).starts_with("នេះ")) {
    return std::nullopt;
  }
  DateMention m;
  m.date.month = month;
  size_t day_end = skip_filler_back(text, i);
  size_t begin = day_before(text, day_end, &m.date.day);
  if (begin == std::string_view::npos) {
    return std::nullopt;
  }
  size_t head = skip_filler_back(text, begin);
  if (text.substr(0, head).ends_with(kOrdinal)) {
    begin = head - kOrdinal.size();
    head = skip_filler_back(text, begin);
    if (text.substr(0, head).ends_with(kDayWord)) {
      begin = head - kDayWord.size();
    }
  }
  m.begin = begin;
  m.end = after;
  size_t y = next;
  if (text.substr(y).starts_with(kYearWord)) {
    y = skip_filler(text, y + kYearWord.size());
  }
  int year = 0;
  if (size_t n = read_digits(text, y, 4, &year); n > 0 && year >= 1900) {
    m.date.year = year;
    m.year_given = true;
    m.end = y + n;
  }
  return m;
}

bool khmer_event_date(std::string_view text, const DateMention& m) {
  size_t end = skip_filler_back(text, m.begin);
  // "នៅថ្ងៃច័ន្ទ ទី២១ ...": the weekday between "on" and the day.
  for (std::string_view w : kWeekdays) {
    if (text.substr(0, end).ends_with(w)) {
      end = skip_filler_back(text, end - w.size());
      if (text.substr(0, end).ends_with(kDayWord)) {
        end = skip_filler_back(text, end - kDayWord.size());
      }
      break;
    }
  }
  // "នៅព្រឹកថ្ងៃ...": the morning, afternoon, evening or night of the day.
  for (std::string_view part : {"ព្រឹក", "រសៀល", "ល្ងាច", "យប់"}) {
    if (text.substr(0, end).ends_with(part)) {
      end = skip_filler_back(text, end - part.size());
      break;
    }
  }
  std::string_view before = text.substr(0, end);
  return before.ends_with("នៅ") || before.ends_with("កាលពី");
}

bool khmer_date_line_words_only(std::string_view rest) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "ចុះផ្សាយ", "ផ្សាយ", "កែប្រែ", "ម៉ោង", "ព្រឹក", "រសៀល", "ល្ងាច", "យប់", "នាទី", "ថ្ងៃ", "ទី", "៖"};
  for (size_t i = 0; i < rest.size();) {
    if (!is_khmer_letter_at(rest, i)) {
      ++i;
      continue;
    }
    size_t len = 0;
    for (std::string_view w : kWords) {
      len = len == 0 && rest.substr(i).starts_with(w) ? w.size() : len;
    }
    for (std::string_view w : kWeekdays) {
      len = len == 0 && rest.substr(i).starts_with(w) ? w.size() : len;
    }
    if (len == 0) {
      return false;
    }
    i += len;
  }
  return true;
}

}  // namespace tonle
