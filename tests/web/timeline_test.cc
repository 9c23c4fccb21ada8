// timeline_test.cc — the results page's timeline (web/timeline.cc): months or years, gaps shown,
// bars to scale linking to their period, the share view.
#include <catch2/catch.hpp>

#include "web/pages.h"

using namespace tonle;
using namespace tonle::web;

namespace {
size_t occurrences(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) {
    ++n;
  }
  return n;
}
}  // namespace

TEST_CASE("matches within three years are shown by month, gaps included", "[web][timeline][unit]") {
  SearchRequest r;
  r.query = "rights";
  std::vector<MonthCount> months = {{2023, 3, 2}, {2023, 9, 1}, {2023, 12, 1}};
  std::string h = render_timeline(r, months);
  CHECK(h.find("By month") != std::string::npos);
  CHECK(occurrences(h, "data-period=") == 10);  // March to December 2023
  CHECK(h.find("data-period=\"2023-06\"") != std::string::npos);
  CHECK(h.find("June 2023: 0 articles") != std::string::npos);
  CHECK(h.find("March 2023: 2 articles") != std::string::npos);
  // The tallest bar is full height; one article of two is half.
  CHECK(h.find("data-period=\"2023-03\" title=\"March 2023: 2 articles\" aria-label=\"March 2023: 2 articles\"><span "
               "class=\"bar h10\"") != std::string::npos);
  CHECK(h.find("September 2023: 1 article\"><span class=\"bar h5\"") != std::string::npos);
  // A bar narrows the same search to its month; the range the request had is replaced.
  CHECK(h.find("href=\"/search?q=rights&amp;date_from=2023-09&amp;date_to=2023-09\"") != std::string::npos);
  CHECK(render_timeline(r, {}).empty());
}

TEST_CASE("matches over more than three years are shown by year", "[web][timeline][unit]") {
  SearchRequest r;
  r.date_from = "2019";
  std::vector<MonthCount> months = {{2019, 5, 3}, {2023, 3, 1}};
  std::string h = render_timeline(r, months);
  CHECK(h.find("By year") != std::string::npos);
  CHECK(occurrences(h, "data-period=") == 5);  // 2019 to 2023, the empty years too
  CHECK(h.find("2021: 0 articles\"><span class=\"bar h0\"") != std::string::npos);
  CHECK(h.find("href=\"/search?q=&amp;date_from=2023&amp;date_to=2023\"") != std::string::npos);
}

TEST_CASE("the share view divides by the whole archive's articles in each period", "[web][timeline][unit]") {
  SearchRequest r;
  r.query = "eviction";
  r.timeline_share = true;
  std::vector<MonthCount> months = {{2020, 1, 1}, {2024, 1, 4}};
  std::vector<MonthCount> all = {{2020, 1, 2}, {2022, 6, 7}, {2024, 1, 40}};
  std::string h = render_timeline(r, months, &all);
  CHECK(h.find("share of all articles") != std::string::npos);
  CHECK(h.find("2020: 1 article (50.0% of 2)\"><span class=\"bar h10\"") != std::string::npos);
  CHECK(h.find("2024: 4 articles (10.0% of 40)\"><span class=\"bar h2\"") != std::string::npos);
  CHECK(h.find(">Show counts</a>") != std::string::npos);
  CHECK(h.find("href=\"/search?q=eviction&amp;share=1&amp;date_from=2024&amp;date_to=2024\"") != std::string::npos);
  CHECK(h.find("href=\"/search?q=eviction\">Show counts</a>") != std::string::npos);  // the toggle drops it
  CHECK(render_timeline(SearchRequest{}, months).find("share=1\">Show each period") != std::string::npos);
}
