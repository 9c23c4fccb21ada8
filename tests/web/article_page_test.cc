// article_page_test.cc — the article page (web/article_page.cc) rendered from a plain ArticleView:
// paragraph anchors, the cite block, and a date worked out from the text marked as such.
#include <catch2/catch.hpp>

#include "web/pages.h"

using namespace tonle;
using namespace tonle::web;

namespace {
ArticleView view_of(std::string date_basis) {
  ArticleView v;
  v.article.id = "press/0042";
  v.article.title = "Commune chief answers land complaint";
  v.article.body = "First paragraph.\n\nSecond paragraph about the land.";
  v.article.source = "Mekong Ledger";
  v.article.url = "https://mekongledger.example/land";
  v.article.date = Date{.year = 2024, .month = 6, .day = 3};
  v.article.date_basis = std::move(date_basis);
  return v;
}
}  // namespace

TEST_CASE("each paragraph of the article page has an anchor to link to", "[web][unit]") {
  std::string page = render_article_page(view_of("JSON-LD datePublished"), "http://archive.example");
  CHECK(page.find("<p id=\"p1\">First paragraph.") != std::string::npos);
  CHECK(page.find("<p id=\"p2\">Second paragraph about the land.") != std::string::npos);
  CHECK(page.find("href=\"#p2\"") != std::string::npos);
  CHECK(page.find("id=\"p3\"") == std::string::npos);  // the blank line between is no paragraph
}

TEST_CASE("the cite block gives outlet, date, original and permalink", "[web][unit]") {
  std::string page = render_article_page(view_of("JSON-LD datePublished"), "http://archive.example");
  CHECK(page.find("<dt>Outlet</dt><dd>Mekong Ledger</dd>") != std::string::npos);
  CHECK(page.find("<dt>Date</dt><dd>2024-06-03</dd>") != std::string::npos);
  CHECK(page.find("href=\"https://mekongledger.example/land\"") != std::string::npos);
  CHECK(page.find("http://archive.example/articles/press%2F0042") != std::string::npos);
  CHECK(page.find("Mekong Ledger. \xE2\x80\x9C" "Commune chief answers land complaint.\xE2\x80\x9D 3 Jun 2024.") !=
        std::string::npos);
  CHECK(page.find("date from the text") == std::string::npos);
}

TEST_CASE("a date worked out from the lead is marked as such", "[web][unit]") {
  std::string page = render_article_page(view_of("lead paragraph"), "http://archive.example");
  CHECK(page.find("(date from the text)") != std::string::npos);
  CHECK(page.find("2024-06-03 (read from the text)") != std::string::npos);
}

TEST_CASE("the article page lists the other outlets' articles of its story", "[web][unit]") {
  ArticleView v = view_of("JSON-LD datePublished");
  CHECK(render_article_page(v, "http://archive.example").find("Same story") == std::string::npos);
  v.story = StoryView{.id = "s00c0ffee",
                      .outlets = {"Mekong Ledger", "Delta Wire"},
                      .articles = {{.id = "press/0042", .title = v.article.title, .source = "Mekong Ledger"},
                                   {.id = "wire/7", .title = "Land complaint answered", .source = "Delta Wire"}}};
  std::string page = render_article_page(v, "http://archive.example");
  CHECK(page.find("id=\"story\"") != std::string::npos);
  CHECK(page.find("Also covered by Delta Wire") != std::string::npos);
  CHECK(page.find("href=\"/articles/wire%2F7\"") != std::string::npos);
  CHECK(page.find("href=\"/articles/press%2F0042\">Commune") == std::string::npos);  // not itself
}
