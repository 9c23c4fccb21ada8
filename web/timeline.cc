// timeline.cc — the results page's timeline (pages.h): the matches by year, or by month when
// they span three years or less, oldest first, with empty periods shown as gaps and bars to
// scale; each bar links to the search narrowed to its period, and the page's script lets a drag
// across bars choose a range. With `share`, each bar is the period's share of all articles.
#include <algorithm>
#include <array>
#include <cstdio>

#include "core/text.h"
#include "web/pages.h"
#include "web/url.h"

namespace tonle::web {

namespace {

constexpr int kMonthsForMonthView = 36;

struct Period {
  int year = 0;
  int month = 0;  // 0 in the year view
  size_t count = 0;
  size_t all = 0;  // articles of the whole archive in the period (share view)
};

std::string period_name(const Period& p) {
  char buf[16];
  if (p.month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", p.year);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d", p.year, p.month);
  }
  return buf;
}

std::string period_label(const Period& p) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
  return p.month == 0 ? std::to_string(p.year) : std::string(kMonths[p.month - 1]) + " " + std::to_string(p.year);
}

int month_number(const MonthCount& m) { return m.year * 12 + m.month - 1; }

// Every period from the first month with matches to the last, gaps included.
std::vector<Period> periods(const std::vector<MonthCount>& months, const std::vector<MonthCount>* all, bool by_month) {
  std::vector<Period> out;
  int first = month_number(months.front());
  int last = month_number(months.back());
  auto index = [&](int year, int month) {
    return by_month ? (year * 12 + month - 1) - first : year - first / 12;
  };
  size_t n = static_cast<size_t>(by_month ? last - first + 1 : last / 12 - first / 12 + 1);
  for (size_t i = 0; i < n; ++i) {
    int number = by_month ? first + static_cast<int>(i) : (first / 12 + static_cast<int>(i)) * 12;
    out.push_back({.year = number / 12, .month = by_month ? number % 12 + 1 : 0});
  }
  for (const MonthCount& m : months) {
    out[static_cast<size_t>(index(m.year, m.month))].count += m.count;
  }
  if (all != nullptr) {
    for (const MonthCount& m : *all) {
      int i = index(m.year, m.month);
      if (i >= 0 && static_cast<size_t>(i) < out.size()) {
        out[static_cast<size_t>(i)].all += m.count;
      }
    }
  }
  return out;
}

std::string percent(size_t part, size_t whole) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f%%", whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole));
  return buf;
}

}  // namespace

std::string render_timeline(const SearchRequest& r, const std::vector<MonthCount>& months,
                            const std::vector<MonthCount>* all) {
  if (months.empty()) {
    return "";
  }
  bool by_month = month_number(months.back()) - month_number(months.front()) < kMonthsForMonthView;
  bool share = all != nullptr;
  std::vector<Period> ps = periods(months, all, by_month);
  double top = 0;
  for (const Period& p : ps) {
    top = std::max(top, share ? (p.all ? static_cast<double>(p.count) / static_cast<double>(p.all) : 0.0)
                              : static_cast<double>(p.count));
  }
  QueryParams base = without(without(without(search_params(r), "page"), "date_from"), "date_to");
  std::string h = "<section class=\"timeline-chart\" aria-label=\"Timeline\"><h2>" +
                  std::string(by_month ? "By month" : "By year") + (share ? ", share of all articles" : "") +
                  "</h2><ol class=\"bars" + (by_month ? " months" : "") + "\" data-base=\"" +
                  html_escape("/search?" + to_query_string(base)) + "\">";
  for (const Period& p : ps) {
    double value = share ? (p.all ? static_cast<double>(p.count) / static_cast<double>(p.all) : 0.0)
                         : static_cast<double>(p.count);
    // Heights in tenths, as classes (the page's CSP allows no inline styles); any match shows.
    int tenth = top > 0 ? static_cast<int>(value * 10 / top + 0.999) : 0;
    std::string what = period_label(p) + ": " + std::to_string(p.count) + (p.count == 1 ? " article" : " articles") +
                       (share ? " (" + percent(p.count, p.all) + " of " + std::to_string(p.all) + ")" : "");
    QueryParams narrowed = base;
    narrowed.emplace_back("date_from", period_name(p));
    narrowed.emplace_back("date_to", period_name(p));
    bool label = !by_month || p.month == 1 || &p == &ps.front();
    h += "<li><a href=\"" + html_escape("/search?" + to_query_string(narrowed)) + "\" data-period=\"" +
         period_name(p) + "\" title=\"" + html_escape(what) + "\" aria-label=\"" + html_escape(what) +
         "\"><span class=\"bar h" + std::to_string(tenth) + "\"></span><span class=\"tick\">" +
         (label ? std::to_string(p.year) : std::string()) + "</span></a></li>";
  }
  h += "</ol><p class=\"timeline-links\">";
  SearchRequest toggled = r;
  toggled.timeline_share = !share;
  toggled.page = 1;
  h += "<a href=\"" + html_escape("/search?" + to_query_string(search_params(toggled))) + "\">" +
       (share ? "Show counts" : "Show each period's share of all articles") + "</a>";
  return h + " · click a bar to narrow to it, or drag across bars for a range</p></section>";
}

}  // namespace tonle::web
