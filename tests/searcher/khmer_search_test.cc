// khmer_search_test.cc — Khmer words found however the dictionary split the passage: inside
// compounds, across zero-width spaces, in another letter order; highlighted exactly.
#include <catch2/catch.hpp>

#include "indexer/indexer.h"
#include "searcher/searcher.h"
#include "searcher/snippets.h"
#include "test_support.h"

namespace tonle {

namespace {

class KhmerIndex {
 public:
  KhmerIndex() {
    auto article = [&](const std::string& name, const std::string& body) {
      testing::write_file(tmp_.path() / "in" / (name + ".txt"),
                          "---\ntitle: A story\ndate: 2024-03-01\n---\n" + body + "\n");
    };
    // Ministry of Interior answered the report.
    article("interior", "ក្រសួងមហាផ្ទៃបានឆ្លើយតបនឹងរបាយការណ៍នោះ។");
    // The ministry defends women's rights (ស្ត្រី in its proper letter order).
    article("women", "ក្រសួងកិច្ចការនារីការពារសិទ្ធិស្ត្រី។");
    // A rights organisation issued a statement, every word set off by a zero-width space.
    article("zwsp", "អង្គការ\u200Bសិទ្ធិ\u200Bមនុស្ស\u200Bបាន\u200Bចេញ\u200Bសេចក្តីថ្លែងការណ៍។");
    article("english", "The Interior Ministry answered the report on Monday.");
    // The gazetteer spells Hun Manet in Khmer; here written without the space.
    article("pm", "សម្តេចធិបតី ហ៊ុនម៉ាណែត បានថ្លែងនៅថ្ងៃច័ន្ទ។");
    IndexOptions o{.inputs = {(tmp_.path() / "in").string()}, .db = tmp_.path() / "db",
                   .gazetteer_path = testing::gazetteer_path(), .threads = 1};
    REQUIRE(run_index(o).exit_code() == 0);
    searcher_ = std::make_unique<Searcher>(o.db);
  }

  SearchResult find(const std::string& q) {
    SearchRequest r;
    r.query = q;
    return searcher_->search(r);
  }

  std::vector<std::string> ids(const std::string& q) {
    std::vector<std::string> out;
    for (const Hit& h : find(q).hits) {
      out.push_back(h.id);
    }
    return out;
  }

 private:
  testing::TempDir tmp_;
  std::unique_ptr<Searcher> searcher_;
};

KhmerIndex& index() {
  static KhmerIndex k;
  return k;
}

}  // namespace

TEST_CASE("a Khmer word inside a longer dictionary word is found and highlighted alone",
          "[search][khmer][integration]") {
  // ផ្ទៃ is part of មហាផ្ទៃ (interior), one word to the dictionary.
  SearchResult r = index().find("ផ្ទៃ");
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].id == "interior");
  CHECK(r.total == 1);
  const Snippet& s = r.hits[0].snippet;
  REQUIRE(s.highlights.size() == 1);
  CHECK(s.text.substr(s.highlights[0].begin, s.highlights[0].end - s.highlights[0].begin) == "ផ្ទៃ");
}

TEST_CASE("a Khmer query matches across zero-width spaces and in another letter order",
          "[search][khmer][integration]") {
  CHECK(index().ids("សិទ្ធិមនុស្ស") == std::vector<std::string>{"zwsp"});
  // ស្រ្តី: COENG RO typed before COENG TA.
  CHECK(index().ids("ស\u17D2\u179A\u17D2\u178F\u17B8") == std::vector<std::string>{"women"});
  // A quoted Khmer phrase with a space matches the text written without one.
  CHECK(index().ids("\"ក្រសួង មហាផ្ទៃ\"") == std::vector<std::string>{"interior"});
}

TEST_CASE("mixed Khmer and English queries, and Khmer punctuation typed alone",
          "[search][khmer][integration]") {
  CHECK(index().ids("ក្រសួង OR Interior").size() == 3);
  CHECK(index().ids("ផ្ទៃ Interior").empty());  // no article has both
  // "។ល។" (et cetera) is no word to look for inside others: it finds only itself.
  CHECK(index().find("។ល។").total == 0);
}

TEST_CASE("a Khmer article counts under the English facet value, shown with its Khmer spelling",
          "[search][khmer][integration]") {
  SearchResult r = index().find("Hun Manet");  // the English name finds the Khmer article too
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].id == "pm");
  const FacetValue* manet = nullptr;
  for (const auto& [f, values] : r.facets) {
    for (const FacetValue& v : values) {
      if (f == Facet::kPerson && v.value == "Hun Manet") {
        manet = &v;
      }
    }
  }
  REQUIRE(manet != nullptr);
  CHECK(manet->count == 1);
  CHECK(manet->khmer == "ហ៊ុន ម៉ាណែត");
}

}  // namespace tonle
