// date_range.cc — see date_range.h.
#include "searcher/date_range.h"

#include <algorithm>

namespace tonle {

namespace {

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<Date> parse_date_end(std::string_view s, DateEnd end) {
  // Only the three plain forms: a time or a zone makes no sense as the end of a range of days.
  bool shape = (s.size() == 4 && digits(s)) ||
               (s.size() == 7 && digits(s.substr(0, 4)) && s[4] == '-' && digits(s.substr(5))) ||
               (s.size() == 10 && digits(s.substr(0, 4)) && s[4] == '-' && digits(s.substr(5, 2)) &&
                s[7] == '-' && digits(s.substr(8)));
  if (!shape) {
    return std::nullopt;
  }
  std::optional<Date> d = parse_iso_date(s);
  if (!d || (s.size() == 10 && d->day > days_in_month(d->year, d->month))) {
    return std::nullopt;
  }
  if (end == DateEnd::kEnd) {
    if (s.size() == 4) {
      d->month = 12;
    }
    if (s.size() <= 7) {
      d->day = days_in_month(d->year, d->month);
    }
  }
  return d;
}

std::optional<DateRange> parse_date_range(std::string_view s) {
  size_t dots = s.find("..");
  if (dots == std::string_view::npos) {
    std::optional<Date> from = parse_date_end(s, DateEnd::kStart);
    if (!from) {
      return std::nullopt;
    }
    return DateRange{.from = *from, .to = *parse_date_end(s, DateEnd::kEnd)};
  }
  std::string_view lo = s.substr(0, dots);
  std::string_view hi = s.substr(dots + 2);
  if (lo.empty() && hi.empty()) {
    return std::nullopt;
  }
  return date_range_from_ends(lo, hi);
}

std::optional<DateRange> date_range_from_ends(std::string_view from, std::string_view to) {
  DateRange r;
  std::optional<Date> lo = from.empty() ? std::optional<Date>(r.from) : parse_date_end(from, DateEnd::kStart);
  std::optional<Date> hi = to.empty() ? std::optional<Date>(r.to) : parse_date_end(to, DateEnd::kEnd);
  if (!lo || !hi) {
    return std::nullopt;
  }
  if (*hi < *lo) {
    // "2023..2021" means 2021 to 2023: each end is re-read as the other end ("2023" then ends
    // on 31 December). An open end cannot be reversed.
    return DateRange{.from = *parse_date_end(to, DateEnd::kStart), .to = *parse_date_end(from, DateEnd::kEnd),
                     .reversed = true};
  }
  r.from = *lo;
  r.to = *hi;
  return r;
}

}  // namespace tonle
